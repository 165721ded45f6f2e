"""The headline's figures, for what the body leaves unsaid.

A headline sums up its article ("Asesinan a excombatiente de las Farc en zona rural de Neiva"),
so its figures restate the body's: read beside them they would count every victim twice, or
twice differently ("подросток очень тяжело ранен" over a body in which he later dies). The
headline's figures enter the article only when the body counts no victim at all ("el crimen de
un exguerrillero": no count the reader takes). Its evidence is the headline
itself, at offsets 0-0 of the body (the contract's mark of a span outside the text).
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Article, Claim, Span
from . import casualties
from .packs import LanguagePack


def with_headline(article: Article, claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """`claims` (the body's), else the headline's figures."""
    title = " ".join((article.title or "").split())
    if not title or any(not c.historical for c in claims):
        return claims
    own = casualties.find_claims(replace(article, text=title, title=None), pack, headline=True)
    if not own:
        return claims
    ids = {c.id: f"c{len(claims) + k + 1}" for k, c in enumerate(own)}
    return claims + [c.with_(id=ids[c.id], part_of=ids.get(c.part_of) if c.part_of else None,
                             evidence=Span(0, 0, title)) for c in own]
