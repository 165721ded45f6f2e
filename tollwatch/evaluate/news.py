"""Adapters for agency and news paragraphs: WAD excerpts and the multilingual news set.

WAD (wad_dev.jsonl): {"id", "text", "published", "gold": {"killed", "injured"}, "country": ISO3}.
Multilingual (multilingual_dev.jsonl): {"id", "title"?, "text", "lang", "gold": {"killed",
"injured", "detained", "missing"}, ...}; killed and injured are scored overall and per language
(`killed_fr`, `injured_ru`, ...); `missing` holds abductions in this set and is not scored,
`detained` is not scored either (../shared/eval/README.md).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .cases import Case, iso_date, read_jsonl

LANGUAGES = ("fr", "es", "ru", "uk")   # the languages of the multilingual set, scored apart
SCORED = ("killed", "injured")


def alpha2(iso3: str | None) -> str | None:
    """ISO 3166-1 alpha-3 -> alpha-2 ("NGA" -> "NG"); unknown or empty -> None (not scored)."""
    if not iso3:
        return None
    import pycountry  # imported here: loading its tables is not free
    country = pycountry.countries.get(alpha_3=str(iso3).upper())
    return country.alpha_2 if country else None


def read_wad(path: Path) -> Iterator[Case]:
    for row in read_jsonl(path):
        g = row.get("gold") or {}
        yield Case(row["id"], row.get("text"), {
            "killed": g.get("killed"), "injured": g.get("injured"),
            "country": alpha2(row.get("country")),
        }, published=iso_date(row.get("published")))


def language_fields() -> tuple[str, ...]:
    """killed_fr, injured_fr, killed_es, ...: one pair per language of the set."""
    return tuple(f"{name}_{lang}" for lang in LANGUAGES for name in SCORED)


def read_multilingual(path: Path) -> Iterator[Case]:
    """The extractor gets the headline as Article.title and the body as Article.text, as the
    ingest readers give them (JSON Lines, HTML, feeds); the language and date are not passed."""
    for row in read_jsonl(path):
        g = row.get("gold") or {}
        lang = row.get("lang")
        gold = {name: g.get(name) for name in SCORED}
        for l_ in LANGUAGES:
            for name in SCORED:
                gold[f"{name}_{l_}"] = g.get(name) if lang == l_ else None
        yield Case(row["id"], row.get("text"), gold, title=row.get("title") or None)
