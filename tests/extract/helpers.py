"""Helpers shared by the rule tests."""


def one_claim(claims, text_part):
    """The one claim whose text contains `text_part` (fails listing all claim texts otherwise)."""
    found = [c for c in claims if text_part in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]
