"""Who reports a figure, and whose victims they are (sides), read from the sentence.

Sides and sources are data, per language (lexicons/<lang>/sides.v1.json): ISO 3166-1 alpha-2
for states, a lower-case id for non-state armed groups (`taliban`, `fmln`, `islamic_state`, ...),
the same codes in every language ("kirghize", "kirguís", "киргизский" are KG). A language's
states and groups add to the English names (a French report says "Taliban" and "Kaboul"); its
sources, reporting verbs and office words are its own. A word ending in "*" is a stem ("таджик*"
reads every case of "таджикский"). Every function takes the claim's pack language ("en" when
not given).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..models import Source
from .claims.lexicon import lexicon
from .memo import per_sentence

PARTY_KINDS = ("government", "military", "armed_group")


def _read_table(language: str) -> dict[str, Any]:
    path = resources.files(__package__).joinpath("lexicons", language, "sides.v1.json")
    if not path.is_file():
        raise ConfigError(f"no sides table (sides.v1.json) for language {language!r}")
    return json.loads(path.read_text("utf-8"))


@cache
def sides_table(language: str = "en") -> dict[str, Any]:
    """The sides table of `language`: its own sources and verbs, its states, groups and leaders
    added to the English ones."""
    english = _read_table("en")
    if language == "en":
        return english
    own = _read_table(language)
    table = dict(own)
    for key in ("states", "groups", "leaders"):
        merged = {k: list(v) for k, v in english.get(key, {}).items() if not k.startswith("_")}
        for k, words in own.get(key, {}).items():
            if not k.startswith("_"):
                merged[k] = merged.get(k, []) + [w for w in words if w not in merged.get(k, [])]
        table[key] = merged
    return table


def _word(w: str) -> str:
    return re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)


def _words(words: list[str]) -> str:
    return "|".join(_word(w) for w in sorted(words, key=len, reverse=True))


@cache
def _side_patterns(language: str = "en") -> list[tuple[str, re.Pattern[str]]]:
    table = sides_table(language)
    out = []
    for side, words in list(table["states"].items()) + list(table["groups"].items()):
        out.append((side, re.compile(rf"(?<!\w)(?:{_words(words)})(?!\w)", re.IGNORECASE)))
    return out


def side_of(text: str, language: str = "en") -> str | None:
    """The first side named in `text` (a demonym, a country, an armed group), else None."""
    best: tuple[int, str] | None = None
    for side, pattern in _side_patterns(language):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), side)
    return best[1] if best else None


@per_sentence()
def sides_in(text: str, language: str = "en") -> frozenset[str]:
    """Every side (state or armed group) named in `text` (kept per text: a sentence's claims ask again)."""
    return frozenset(side for side, p in _side_patterns(language) if p.search(text))


@per_sentence()
def states_in(text: str, language: str = "en") -> frozenset[str]:
    """Every state (ISO code) named in `text`."""
    return frozenset(side for side, p in _side_patterns(language) if len(side) == 2 and side.isupper() and p.search(text))


@cache
def _source_patterns(language: str = "en") -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    table = sides_table(language)
    rows = list(table["sources"])
    countries = [w for words in table["states"].values() for w in words]
    rows.insert(0, {"pattern": table["possessive_source"].format(states=_words(countries)),
                    "kind": "government", "side": "demonym"})  # "Azerbaijan's defence ministry"
    rows.insert(len(rows) - 1, {"pattern": _words(countries), "kind": "government", "side": "demonym",
                                "next_to_verb": True})  # "Tajikistan said", not "in northern Nigeria, militia told"
    others = {r["side"] for r in rows if r["kind"] != "armed_group"}  # "isaf": coalition forces, a military row
    groups = [w for side, words in table["groups"].items() if not side.startswith("_") and side not in others
              for w in words]
    rows.insert(len(rows) - 1, {"pattern": _words(groups), "kind": "armed_group", "side": "demonym",
                                "next_to_verb": True})  # "Al-Shabaab claimed the attack, saying ..."
    names = {"states": _words(countries), "leaders": _words([n for side, words in _leaders(language).items() for n in words])}
    return [(re.compile(rf"(?<![\w-])(?:{row['pattern'].format(**names) if '{states}' in row['pattern'] or '{leaders}' in row['pattern'] else row['pattern']})(?![\w-])",
                        re.IGNORECASE), row) for row in rows]


def _leaders(language: str = "en") -> dict[str, list[str]]:
    return {side: words for side, words in sides_table(language).get("leaders", {}).items() if not side.startswith("_")}


def _leader_side(name: str, language: str = "en") -> str | None:
    """"Prime Minister Nikol Pashinyan": the state a named leader speaks for."""
    low = name.lower()
    return next((side for side, words in _leaders(language).items()
                 if any(re.search(rf"\b{_word(w)}\b", low) for w in words)), None)


@cache
def _verb_pattern(language: str = "en") -> re.Pattern[str]:
    table = sides_table(language)
    verbs = _words(table["reporting_verbs"])
    if table.get("verb_inserts"):  # "l'armée a de son côté évoqué": a short insert after the auxiliary
        verbs = "|".join(_word(w).replace(r"\ ", rf"(?:\s+(?:{table['verb_inserts']}))?\s+", 1)
                         for w in sorted(table["reporting_verbs"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE)


@cache
def _table_pattern(language: str, key: str) -> re.Pattern[str]:
    return re.compile(sides_table(language)[key], re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    source: Source
    verb: str
    inherit: bool = False  # "this source": the previous reporter


def is_office(source: Source | None, language: str = "en") -> bool:
    """A state office named without its state ("the ministry", "Emergency Situations Minister
    Boobek Ajikeeb"): a government reporter whose side the text must supply."""
    return bool(source and source.kind == "government" and source.side is None and source.name
                and _table_pattern(language, "office_pattern").search(source.name))


def same_office(generic: Source, named: Source, language: str = "en") -> bool:
    """"a ministry spokeswoman" after "the Kyrgyz health ministry": the office named before, when
    every word of the generic name's office ("health ministry") is in the named one."""
    filler = set(sides_table(language)["office_filler_words"])
    words = [w for w in re.findall(sides_table(language)["office_word"], generic.name.lower()) if w not in filler]
    office = [w for w in words if _table_pattern(language, "office_pattern").fullmatch(w)]
    return bool(office) and all(w in named.name.lower() for w in words)


def _match_source(window: str, language: str = "en", before: bool = True) -> Attribution | None:
    """The reporter named in `window`; `before`: the window ends at the reporting verb (a name that
    must stand right before its verb is looked for there), else it starts after it."""
    leading = _table_pattern(language, "leading_words")
    trailing = _table_pattern(language, "trailing_words")
    if not before:  # "По данным министерства, более 100 боевиков ...": the name before the clause's end
        window = re.split(r"[,;:]", window, maxsplit=1)[0]
    for pattern, row in _source_patterns(language):
        m = None
        for m in pattern.finditer(window):
            pass  # the last mention is the subject nearest the verb
        if m is None or (before and row.get("next_to_verb") and len(window[m.end():].split()) > 1):
            continue  # a group's name right before the verb, not a word of the figure's clause ("killed 5 Shabaab fighters, it said")
        name = leading.sub("", " ".join(m.group(0).split()))  # "By the evening the ministry said"
        name = trailing.sub("", name)  # "the Interior Ministry has said": not "Interior Ministry has"
        side = side_of(name, language) if row["side"] == "demonym" else \
            _leader_side(name, language) if row["side"] == "leader" else row["side"]
        return Attribution(Source(name, row["kind"], side), "", inherit=row["kind"] == "inherit")
    return None


def issuer(text: str, language: str = "en") -> Source | None:
    """The institution a release opens with ("Ministry of Health of the Kyrgyz Republic"): the
    default reporter of figures no sentence attributes."""
    first = text.strip().split("\n", 1)[0]
    if not first or len(first) > 100 or first.rstrip().endswith((".", "!", "?")):
        return None  # a sentence ("Gunmen shot a farmer dead in Baghdad."), no institution's name
    found = _match_source(first, language)
    if not found or found.inherit or found.source.kind == "witness" or _bare_state(found.source.name, language):
        return None  # a headline naming a state or its people ("... soldats kirghizes et tadjiks") issues nothing
    if found.source.side is None and found.source.kind in PARTY_KINDS:
        if _verb_pattern(language).search(first):
            return None  # "Cinq soldats tués, annonce l'état-major": a headline, not an institution's name
        return Source(first.strip(), found.source.kind, side_of(first, language))  # "... of the Kyrgyz Republic"
    return found.source


def _bare_state(name: str | None, language: str) -> bool:
    """A state's name or demonym alone ("tadjiks", "Kyrgyzstan"), no office with it."""
    countries = [w for words in sides_table(language)["states"].values() for w in words]
    return bool(name) and re.fullmatch(rf"(?:{_words(countries)})", name.strip(), re.IGNORECASE) is not None


_INVERTED = re.compile(r"[,;:—–]\s*$")  # a reporting verb right after a clause's end: its subject follows it


def reporter_at(sentence: str, pos: int, language: str = "en") -> Attribution | None:
    """The reporter of a figure at `pos` in `sentence`: 'according to X' ("selon", "según",
    "по данным": the source after the words), else the subject of the nearest reporting verb
    before it (or, failing that, after it)."""
    verbs = list(_verb_pattern(language).finditer(sentence))
    ends = [v.end() for v in verbs]
    after_words = {" ".join(w.split()) for w in sides_table(language)["source_after"]}
    for v in verbs:
        said = " ".join(v.group(0).lower().split())
        if said in after_words and not _clause_break(sentence, pos, v):
            found = _match_source(sentence[v.end():v.end() + 80], language, before=False)
            if found:
                return Attribution(found.source, said, found.inherit)
    before = [v for v in verbs if v.start() < pos]
    after = [v for v in verbs if v.start() >= pos and not _contrast(sentence[pos:v.start()], language)
             and not _clause_break(sentence, pos, v)]
    trailing = bool(sides_table(language).get("source_after_verb"))
    for v in list(reversed(before)) + after[:2]:
        if trailing and _INVERTED.search(sentence[:v.start()]):
            found = _match_source(sentence[v.end():v.end() + 80], language, before=False)
            if found:  # "..., a indiqué la police", "..., сообщила обласна адміністрація": after its verb
                return Attribution(found.source, v.group(0).lower(), found.inherit)
            continue  # its subject follows it: the clause before is the figure's, not a reporter's
        told = bisect_right(ends, v.start())  # the verbs ending before this one starts (ends rise)
        prev_end = ends[told - 1] if told else 0
        start = pos if v.start() > pos else 0
        cut = re.search(r"[,;:—–]", sentence[pos:v.start()]) if v.start() > pos else None
        if cut:
            start = pos + cut.end()  # "погибли трое мирных жителей, местные власти сообщили": not the victims' words
        window = sentence[max(prev_end, v.start() - 90, start):v.start()].rsplit(";", 1)[-1]  # its clause's subject
        found = _match_source(window, language)
        if found:
            return Attribution(found.source, v.group(0).lower(), found.inherit)
    if trailing:  # "... a indiqué mardi la police", "... informó este lunes la Fiscalía"
        for v in after[:2]:
            found = _match_source(sentence[v.end():v.end() + 80], language, before=False)
            if found:
                return Attribution(found.source, v.group(0).lower(), found.inherit)
    return None


def _clause_break(sentence: str, pos: int, verb: re.Match) -> bool:
    """A semicolon between the figure at `pos` and a reporting verb: the verb reports its own clause
    ("Rights groups said four were shot dead; the police said only two died")."""
    return ";" in sentence[min(verb.end(), pos):max(verb.start(), pos)]


def _contrast(between: str, language: str) -> bool:
    """"claimed 20 soldiers, but the army said only three died": a reporting verb after a contrast
    word reports its own clause, not the figure before it."""
    return lexicon(language).cue("contrast_words").search(between) is not None


def is_partisan(source: Source | None) -> bool:
    """A reporter that is itself a party to the fighting."""
    return bool(source and source.kind in PARTY_KINDS and source.side)
