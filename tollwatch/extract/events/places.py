"""Places named in text, geocoded offline with the gazetteer (gazetteer.py).

`find_places(text)` gives each place mention with its `Place`; events pick theirs in events.py.
A name that cannot be placed in a country the document is about is dropped rather than guessed;
a capital speaking for its government ("according to Bishkek"), a place inside an attribution
clause ("officials in Dushanbe said ...", "..., police in Kandahar said"), a country inside an
organisation's name and a town name inside a person's name are no places.

In French, Spanish, Russian and Ukrainian (`language=`) names are also looked up among their
local spellings ("Баткен", "Kirguistán"), Russian and Ukrainian names in their cases
("в Баткене", "Исфаре"), and regions named with their word ("région de Batken",
"Баткенская область"); the words are data (lexicons/places/local.v1.json).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...models import Place
from .gazetteer import BIG_CITY, MIN_POPULATION, Entry, Gazetteer, default_gazetteer, normalise
from .local_places import _NAME_RUN, _local, _name_run, _state_words, lookup

__all__ = ["BIG_CITY", "MIN_POPULATION", "Entry", "Gazetteer", "Mention", "best_place",
           "country_place", "default_gazetteer", "document_countries", "document_regions",
           "find_places", "normalise"]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    place: Place
    kind: str
    counterpart: bool = False  # "fighting with Tajikistan": a party named, not where it happened




def document_countries(text: str, gaz: Gazetteer, language: str = "en") -> set[str]:
    """Countries a document is about: named countries, regions and nationality words. A region
    whose name is also a big city elsewhere ('San Salvador') does not vouch for its country."""
    found: set[str] = set()
    flags = re.I if _shouted(text) else 0  # wire copy in capitals: "SALVADORAN"
    low = text.lower() if flags else text
    for word, iso in gaz.demonyms.items():  # (searched only where the word is in the text at all)
        if iso not in found and (word.lower() if flags else word) in low \
                and re.search(rf"\b{re.escape(word)}s?\b", text, flags):
            found.add(iso)
    for pattern, iso in _state_words(language):
        if iso not in found and pattern.search(text):
            found.add(iso)
    for mt in _name_run(language).finditer(text):
        cands = lookup(gaz, mt.group(0), language)
        for e in cands:
            if e.kind == "country" or (e.kind == "region" and not any(
                    t.kind == "town" and t.population >= BIG_CITY and t.country != e.country
                    for t in cands)):
                found.add(e.country)
    return found


def _shouted(text: str) -> bool:
    letters = [ch for ch in text[:3000] if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def document_regions(text: str, gaz: Gazetteer, language: str = "en") -> set[str]:
    """Admin-1 regions a document names: they decide between same-named districts and towns."""
    return {e.admin1 for mt in _name_run(language).finditer(text) for e in lookup(gaz, mt.group(0), language)
            if e.kind == "region" and e.admin1}


_RANK = {"region": 0, "town": 1, "district": 1, "country": 2}
# "Faizabad district, Jowzjan province" / "Sabari district of Khost": a place, then its region
_IN_REGION = re.compile(r"^\s*(?:(?:district|village|town|city|area)s?\s*)?(?:,|of|in)\s*$", re.I)


def _choose(cands: list[Entry], countries: set[str], after: str,
            regions: set[str] = frozenset(), shouted: bool = False) -> Entry | None:
    first_word = after.split()[0].lower().strip(",.;") if after.split() else ""
    if first_word in {"province", "provinces", "region", "oblast", "governorate", "viloyati"}:
        only = [e for e in cands if e.kind == "region"]
        cands = only or cands
    if first_word in {"district", "districts"}:
        cands = [e for e in cands if e.kind != "region"]  # "Bak district" is no region
    known = [e for e in cands if e.country in countries]
    if known:
        cands = known
    elif not any(e.kind == "country" for e in cands):
        # a big city may stand without its country, but not in capitals, where any word
        # ("COLONIA", "MEDINA") may be some city's other name
        cands = [] if shouted else [e for e in cands if e.population >= BIG_CITY and e.kind == "town"]
    if len({e.admin1 for e in cands}) > 1:
        named = [e for e in cands if e.admin1 in regions]
        cands = named or cands
    if not cands:
        return None
    return max(cands, key=lambda e: (e.population, -_RANK[e.kind]))


def _mention(gaz: Gazetteer, text: str, s: int, e: int, entry: Entry) -> Mention:
    following = text[e:e + 20].lower().split()
    precision = {"town": 1, "district": 2, "region": 3, "country": 3}[entry.kind]
    if following and following[0].strip(",.;") in gaz.district_words and entry.kind == "town":
        precision = 2
    return Mention(s, e, text[s:e], Place(
        name=entry.name if entry.kind != "region" else entry.admin1,
        country=entry.country, admin1=entry.admin1, lat=entry.lat, lon=entry.lon,
        precision=precision), entry.kind)


def find_places(text: str, gaz: Gazetteer | None = None, countries: set[str] | None = None,
                regions: set[str] | None = None, language: str = "en") -> list[Mention]:
    """Place mentions in `text` in order, each resolved to one Place (or left out).

    `regions`: admin-1 names the whole document gives (default: those `text` gives)."""
    gaz = gaz or default_gazetteer()
    if countries is None:
        countries = document_countries(text, gaz, language)
    if regions is None:
        regions = document_regions(text, gaz, language)
    shouted = _shouted(text)
    out: list[Mention] = []
    for run in _name_run(language).finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            lead = normalise(words[i].group(0)).split()
            longer = not lead or lead[0] in gaz.first_words  # no name of two words or more starts otherwise
            for j in range(len(words), i, -1):
                if j - i > 1 and not longer:
                    continue
                s = run.start() + words[i].start()
                e = run.start() + words[j - 1].end()
                if text[e - 2:e] in ("'s", "’s"):  # "Khas Uruzgan’s district chief"
                    e -= 2
                cands = lookup(gaz, text[s:e], language)
                if not cands:
                    continue
                entry = _choose(cands, countries, text[e:e + 30], regions, shouted)
                if entry is None or _in_organisation_name(gaz, text, s, entry):
                    continue
                if (entry.kind != "country" and (_speaks(gaz, text, s, e) or said_there(gaz, text, s, e))) or (
                        entry.kind in ("town", "district") and _part_of_longer_name(gaz, words, j)):
                    i = j - 1  # "according to Bishkek", "President Vladimir Putin"
                    break
                m = _mention(gaz, text, s, e, entry)
                if entry.kind == "country" and _COUNTERPART.search(text[max(0, s - 12):s]):
                    m = replace(m, counterpart=True)
                out.append(m)
                i = j - 1
                break
            i += 1
    if language != "en":
        out = _with_named_regions(gaz, text, out, countries, language)
    return [_in_named_region(gaz, text, m, nxt) for m, nxt in zip(out, out[1:] + [None])]


def _in_organisation_name(gaz: Gazetteer, text: str, start: int, entry: Entry) -> bool:
    """'Islamic Movement of Uzbekistan', 'State Committee for National Security of Kyrgyzstan':
    the country is part of an organisation's name."""
    m = re.search(r"((?:[A-Z]\w+|for|and|of)(?:\s+(?:[A-Z]\w+|for|and|of))*)\s+of\s+(?:the\s+)?$",
                  text[max(0, start - 80):start])
    return (entry.kind == "country" and m is not None
            and any(w in gaz.organisation_words for w in m.group(1).split()))


def _speaks(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """A capital standing for its government: 'according to Bishkek', 'Moscow said'."""
    before = text[max(0, start - 16):start].lower()
    verbs = "|".join(gaz.speaker_verbs)
    return before.rstrip().endswith("according to") or re.match(
        rf"\s+(?:also\s+|has\s+|have\s+|had\s+)?(?:{verbs})\b", text[end:end + 24]) is not None


def said_there(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """The place at text[start:end] says where a statement was made, not where the event
    happened: 'Two officials in Dushanbe, speaking ..., told X that', '..., police in Kandahar
    said.', 'according to sources in Kabul'."""
    verbs = "|".join(gaz.speaker_verbs + gaz.told_verbs)
    nouns = "|".join(sorted(gaz.speaker_nouns, key=len, reverse=True))
    before = text[max(0, start - 60):start]
    if re.search(rf"\b(?:{nouns})\s+(?:(?:based|stationed)\s+)?(?:in|from|at)\s+(?:the\s+)?$", before, re.I) \
            and re.match(rf"[^.;:]{{0,90}}?\b(?:{verbs})\b", text[end:end + 110], re.I):
        return True  # the speakers' own place, then their verb
    if re.search(r"\baccording\s+to\b[^,.;]*$", text[max(0, start - 80):start], re.I):
        return True
    clause = text.rfind(",", 0, start)
    if clause == -1:
        return False
    tail = text[clause + 1:]
    said = re.search(rf"\b(?:{verbs})\b", tail, re.I)  # ", local authorities in X said."
    return said is not None and len(tail) < 110 and "," not in tail[:said.start()] \
        and not re.search(r"[,;:]", tail[said.end():].rstrip(" .!?\"”'’")) \
        and (said.start() == len(tail) - len(tail.lstrip()) or re.match(r"\s*(?:[\w'’-]+\s+){0,3}(?:"
                                                           + nouns + r")\b", tail, re.I) is not None)


def names_unknown_place(gaz: Gazetteer, text: str, found: list[Mention]) -> bool:
    """The sentence names its own place in words that `found` (its resolved mentions) does not
    cover ('in the spa town of Zarvash'): it then borrows no place from its neighbours."""
    words = "|".join(sorted(gaz.place_nouns, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{words})\s+of\s+([A-Z][\w'’\-]+)", text):
        if not any(f.start <= m.start(1) < f.end for f in found):
            return True
    return False


def _part_of_longer_name(gaz: Gazetteer, words: list[re.Match], j: int) -> bool:
    """A town name followed by another capitalised word of the same name ('Vladimir Putin',
    'Kabul Bank'), unless that word says what kind of place it is ('Batken Region')."""
    if j >= len(words):
        return False
    nxt = words[j].group(0).lower().strip(",.;:’'")
    return nxt not in gaz.region_words and nxt not in gaz.district_words


def country_place(iso: str, gaz: Gazetteer) -> Place | None:
    """A country as an event place (precision 3), named as GeoNames names it."""
    name = gaz.country_names.get(iso)
    return Place(name=name, country=iso, precision=3) if name else None


def _in_named_region(gaz: Gazetteer, text: str, m: Mention, nxt: Mention | None) -> Mention:
    """A town or district named with its region ("X district, Y province") lies in that region."""
    if (nxt is None or m.kind not in ("town", "district") or nxt.kind != "region"
            or nxt.place.country != m.place.country or m.place.admin1 == nxt.place.admin1
            or not _IN_REGION.match(text[m.end:nxt.start])):
        return m
    same = [e for e in gaz.lookup(m.text) if e.admin1 == nxt.place.admin1 and e.kind != "region"]
    if same:
        return _mention(gaz, text, m.start, m.end, max(same, key=lambda e: e.population))
    r = nxt.place
    return Mention(m.start, m.end, m.text, Place(m.text, r.country, r.admin1, r.lat, r.lon, 2), m.kind)


_COUNTERPART = re.compile(r"\b(with|against|between|and|from|by)\s+(the\s+)?$", re.I)


def best_place(mentions: list[Mention]) -> Place | None:
    """The place a sentence puts its event: the first town or region, completed by a region
    named with it; else the first country not named as a party ("clashes with Tajikistan")."""
    specific = [m for m in mentions if m.kind != "country"]
    if not specific:
        where = [m for m in mentions if not m.counterpart]
        return where[0].place if where else None
    first = specific[0].place
    if first.admin1 is None:
        for m in specific[1:]:
            if m.kind == "region" and m.place.country == first.country:
                return Place(first.name, first.country, m.place.admin1, first.lat, first.lon,
                             max(first.precision or 1, 2))
    return first


def _region_of(gaz: Gazetteer, name: str, countries: set[str], language: str) -> Entry | None:
    """The admin-1 region called `name` (or whose capital town is called `name`: "Batken")."""
    cands = lookup(gaz, name, language)
    regions = [e for e in cands if e.kind == "region"]
    for town in (e for e in cands if e.kind == "town" and e.admin1):
        regions += [r for r in gaz.lookup(town.admin1) if r.kind == "region" and r.country == town.country]
    known = [e for e in regions if e.country in countries] or regions
    return known[0] if known else None


def _with_named_regions(gaz: Gazetteer, text: str, found: list[Mention], countries: set[str],
                        language: str) -> list[Mention]:
    """Regions named with the language's region word ("région de Batken", "provincia de Batken",
    "Баткенская область", "провинции Гильменд"): they replace what their name read alone."""
    local = _local()
    capital = local["name_run"][language]["capital"]
    named: list[Mention] = []
    before = local["region_before"].get(language)
    if before:
        for m in re.finditer(rf"{before}([{capital}][\w’'\-]*(?:[ -][{capital}][\w’'\-]*)?)", text, re.I):
            entry = _region_of(gaz, m.group(1), countries, language)
            if entry is not None:
                named.append(_mention(gaz, text, m.start(1), m.end(1), entry))
    after = local["region_after"].get(language)
    if after:
        adjectives = sorted(local["endings"][language]["adjectives"], key=len, reverse=True)
        for m in re.finditer(rf"([{capital}][\w\-]+){after}", text):
            word = m.group(1)
            for end in adjectives:
                if word.lower().endswith(end) and len(word) - len(end) >= 3:
                    entry = _region_of(gaz, word[:len(word) - len(end)], countries, language)
                    if entry is not None:
                        named.append(_mention(gaz, text, m.start(1), m.end(1), entry))
                        break
    if not named:
        return found
    kept = [f for f in found if not any(n.start < f.end and f.start < n.end for n in named)]
    return sorted(kept + named, key=lambda m: m.start)
