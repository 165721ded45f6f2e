"""Each claim's role in its conflict's toll, as the reconciler decided it (never re-derived).

The reconciled toll lists figures (resolve/provenance.py), each with its role and the reports
(article, claim) that state it. This maps them back onto the claims the page lists:

- counted: the source's current figure for these victims, in the toll;
- superseded: the same source said more, or later, since (`by`: the figure that replaced it);
- inside: an incident inside a larger figure (`by`: that figure), not added again;
- copy: read from a near-duplicate of another article (`by`: that article), counted once there;
- historical: an earlier episode, never counted;
- adversary: a party's figure for its enemy's losses, kept apart as a dispute;
- none: not part of any toll (a category the toll does not add up, or no conflict).
"""
from __future__ import annotations

from typing import Any

ROLES = ("counted", "superseded", "inside", "copy", "historical", "adversary", "none")
LABELS = {"counted": "counted", "superseded": "superseded", "inside": "inside",
          "copy": "a copy", "historical": "historical", "adversary": "an adversary's claim",
          "none": "not in the toll"}
_FROM_FIGURE = {"counted": "counted", "superseded": "superseded", "part_of": "inside",
                "historical": "historical", "adversary": "adversary"}


def claim_roles(toll: dict[str, Any] | None) -> dict[tuple[str, str], dict[str, Any]]:
    """{(article id, claim id): {"role", "label", "by", "figure"}} for every claim the toll's
    figures report; `by` is a figure id ("article#claim") or, for a copy, the article copied."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for figure in (toll or {}).get("claims") or []:
        role = _FROM_FIGURE.get(figure["role"], "none")
        by = {"superseded": figure.get("superseded_by"), "inside": figure.get("part_of")}.get(role)
        for report in figure["reports"]:
            key = (report["article"], report["claim"])
            copied = report.get("copy_of")
            if copied:
                # the copied article's own report of this figure, when it has one
                by = figure["id"] if figure["id"].startswith(copied + "#") else copied
                out[key] = {"role": "copy", "label": LABELS["copy"], "by": by,
                            "counts_as": role, "figure": figure["id"]}
            else:
                out[key] = {"role": role, "label": LABELS[role], "by": by,
                            "counts_as": role, "figure": figure["id"]}
    return out


NO_ROLE = {"role": "none", "label": LABELS["none"], "by": None, "counts_as": "none", "figure": None}


def with_roles(claims: list[dict[str, Any]], toll: dict[str, Any] | None,
               index: dict[tuple[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """The claim rows, each with its `role` entry (a new dict per row; the rows are shared);
    `by_text` is the quantity as written in the claim `by` names (from `index`, the View's
    claims by (article, claim)), so the page can say "inside “10 Kyrgyz citizens”"."""
    roles = claim_roles(toll)
    out = []
    for row in claims:
        role = roles.get((row["article_id"], row["id"]), NO_ROLE)
        article, _, claim = (role["by"] or "").partition("#")
        named = index.get((article, claim)) if claim else None
        out.append(row | {"role": role | {"by_text": named["text"] if named else None}})
    return out
