"""A place is never exported under another country's name.

The place's region is checked against ISO 3166-2 (pycountry): a region that is a subdivision of
another country, and of none of the place's own, moves the place to that country; a region
unknown to ISO 3166-2 (a district, a spelling of our own) is left as it is.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

import pycountry

from ..models import Place

_DROP = re.compile(r"[^a-z]+")
_SUFFIXES = (" region", " province", " oblast", " viloyati", " marz", " rayon", " district")


def fold(name: str) -> str:
    """'Syunik'' and 'Syunik Province' -> 'syunik': letters only, no accents, no 'province'."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return _DROP.sub("", text)


@cache
def _regions() -> dict[str, frozenset[str]]:
    """{folded subdivision name: the countries that have a subdivision of that name}."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(fold(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


def checked_place(place: Place | None) -> Place | None:
    """The place under the country its region belongs to (see the module's rule)."""
    if place is None or not place.admin1 or not place.country:
        return place
    owners = _regions().get(fold(place.admin1), frozenset())
    if not owners or place.country in owners or len(owners) != 1:
        return place
    return replace(place, country=next(iter(owners)))
