"""Language packs: every word list and the parser of one language, built once into one object.

A pack is the folder `lexicons/<lang>/` (data only) plus the parser it names: either installed
spaCy packages (`"parser": [...]`, the English pack) or `"parser_loader": "parsers"`, which is
`tollwatch.extract.parsers.load_parser(lang)` (spaCy for fr/es, natasha for ru).
Callers build it once per process or Dask worker (`load_pack("en")`) and pass it into
`read_article`; nothing in extraction loads words or models on its own. The claims' rule stamp
(`pack.rules`) is a hash of the pack's files and of the grammar modules, so any change to a word
list or to the grammar changes the stamp stored with every claim.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..errors import ConfigError
from .events.needles import Alternatives
from .parsers.attribute_index import index_attribute_ruler
from .parsers.one_sentence import one_sentence  # noqa: F401  (registers the component)

RULE_FAMILY = "casualties.v2"
# The claim grammar's own relations: every pack maps its parser's labels onto these.
RELATIONS = frozenset({
    "subj", "subjpass", "obj", "agent", "num", "qmod", "conj", "cc", "appos", "prep", "pobj",
    "pcomp", "obl", "case", "det", "poss", "acl", "relcl", "advcl", "xcomp", "ccomp", "oprd",
    "pred", "attr", "aux", "auxpass", "neg", "compound", "amod", "advmod", "nmod", "root", "prt",
    "punct", "dep", "parataxis", "mark", "orphan"})
_GRAMMAR_MODULES = ("claims", "parsers", "packs.py", "casualties.py", "attribution.py", "numbers.py",
                    "headline.py")  # the code whose change changes the stamp (parse repairs too)


@dataclass(frozen=True)
class LanguagePack:
    language: str
    grammar: dict[str, Any]              # lexicons/<lang>/grammar.v1.json
    parser: Any = field(repr=False)      # a spaCy Language (or an object with .pipe -> Docs)
    rules: str = RULE_FAMILY
    cue: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)
    dateline: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)
    link_list: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)  # "RELATED COVERAGE", "Lire aussi |"
    common_words: frozenset[str] = field(default=frozenset(), repr=False)  # for re-casing shouting
    _by_label: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # relation()

    def has_cue(self, text: str) -> bool:
        """The text holds a casualty cue (`cue` matches in it): each of the cue's alternatives searched
        only where one of its literal needles is in the lower-cased text (needles.Alternatives)."""
        parts = self.__dict__.get("_cue_parts")
        if parts is None:  # built once, from the cue itself
            parts = Alternatives(self.cue.pattern, self.cue.flags)
            object.__setattr__(self, "_cue_parts", parts)
        return parts.found(text)

    def relation(self, token) -> str:
        """The project's relation for a token's parser label ("nsubjpass" -> "subjpass"); a UD
        subtype the pack does not map takes its main label's ("obl:mod" -> "obl"). Kept per label
        id (the hot path of every parse repair)."""
        known = self._by_label
        found = known.get(token.dep)
        if found is None:
            rels = self.grammar["relations"]
            dep = token.dep_
            found = rels.get(dep)
            if found is None and ":" in dep:
                found = rels.get(dep.split(":", 1)[0])
            found = known[token.dep] = found or "dep"  # one of RELATIONS
        return found

    def words(self, name: str) -> frozenset[str]:
        return self._sets[name]

    def lemma_as_verb(self, token) -> str | None:
        """The lemma the parser's own rule lemmatiser gives `token` read as a verb ("shot" ->
        "shoot"); None where the parser has none (natasha)."""
        has = getattr(self.parser, "has_pipe", None)
        rule = getattr(self.parser.get_pipe("lemmatizer"), "rule_lemmatize", None) if has and has("lemmatizer") else None
        if rule is None:
            return None
        pos, token.pos_ = token.pos_, "VERB"
        try:
            lemmas = rule(token)
        finally:
            token.pos_ = pos
        return lemmas[0].lower() if lemmas else None

    @property
    def phrasal_by_verb(self) -> dict[str, list[tuple[list[str], str]]]:
        """The grammar's phrasal verbs under their verb ("shoot down" -> "shoot": (["down"], category)),
        in the table's order; built once."""
        table = self.__dict__.get("_phrasal_by_verb")
        if table is None:
            table = {}
            for phrase, category in self.grammar["phrasal"].items():
                verb, *rest = phrase.split()
                table.setdefault(verb, []).append((rest, category))
            object.__setattr__(self, "_phrasal_by_verb", table)
        return table

    @property
    def _sets(self) -> dict[str, frozenset[str]]:
        cache = self.__dict__.get("_word_sets")
        if cache is None:
            cache = {k: frozenset(v) for k, v in self.grammar.items()
                     if isinstance(v, list) and all(isinstance(w, str) for w in v)}
            object.__setattr__(self, "_word_sets", cache)
        return cache


def _pack_dir(language: str):
    return resources.files("tollwatch.extract").joinpath("lexicons", language)


def rules_stamp(language: str) -> str:
    """RULE_FAMILY plus a hash of the pack's data files and the grammar modules' source."""
    h = hashlib.sha256()
    folder = Path(str(_pack_dir(language)))
    for path in sorted(folder.glob("*.json")):
        h.update(path.name.encode() + path.read_bytes())
    code = Path(__file__).parent
    for name in _GRAMMAR_MODULES:
        target = code / name
        for path in sorted(target.rglob("*.py") if target.is_dir() else [target]):
            h.update(path.name.encode() + path.read_bytes())
    return f"{RULE_FAMILY}-{language}-{h.hexdigest()[:10]}"


@Language.component("tollwatch_hyphenated_words")
def hyphenated_words(doc):
    """"passer-by", "12-year-old", "pro-government": one word for the tagger and the parser
    (spaCy splits them at the hyphen, and the parts then take roles of their own)."""
    spans, i = [], 0
    while i < len(doc) - 2:
        j = i
        while j + 2 < len(doc) and doc[j + 1].text in ("-", "‐") and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].text[:1].isalpha():
            j += 2
        numeral = all(doc[k].like_num for k in range(i, j + 1, 2))  # "Twenty-eight" stays a numeral
        if j > i and (doc[i].is_alpha or doc[i].like_num) and not numeral:
            spans.append(doc[i:j + 1])
        i = j + 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _load_parser(names: list[str], exclude: list[str]):
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=exclude)
        index_attribute_ruler(nlp)  # the same attributes, matched by tag (parsers/attribute_index.py)
        nlp.add_pipe("tollwatch_hyphenated_words", first=True)
        nlp.add_pipe("tollwatch_one_sentence", before="parser")  # the text is one sentence (parsers/one_sentence.py)
        return nlp
    raise ConfigError(f"no spaCy pipeline installed for this language pack (expected one of {names})")


def common_words(parser: Any) -> frozenset[str]:
    """Lower-case words of the language (the parser's stop words and its lemmatizer's word
    index): an upper-case word not among them is kept capitalised as a name when a shouting
    wire is re-cased ("JAIME ROJAS" -> "Jaime Rojas", "THE MURDERS" -> "the murders")."""
    words: set[str] = set(getattr(getattr(parser, "Defaults", None), "stop_words", ()) or ())
    try:
        lookups = parser.get_pipe("lemmatizer").lookups
    except (AttributeError, KeyError):
        return frozenset(words)
    for name in ("lemma_index", "lemma_exc"):
        if lookups.has_table(name):
            for entry in lookups.get_table(name).values():
                words.update(entry if isinstance(entry, list) else entry.keys())
    return frozenset(w for w in words if w.isalpha() and w.islower())


def load_pack(language: str = "en", *, parser: Any = None) -> LanguagePack:
    """Build the pack of `language` (its words and its parser). ConfigError when there is none."""
    folder = _pack_dir(language)
    grammar_file = folder.joinpath("grammar.v1.json")
    if not grammar_file.is_file():
        raise ConfigError(f"no language pack for {language!r}")
    grammar = json.loads(grammar_file.read_text("utf-8"))
    if parser is None and grammar.get("parser_loader") == "parsers":
        from .parsers import load_parser
        parser = load_parser(language)
    elif parser is None:
        parser = _load_parser(grammar["parser"], grammar.get("parser_exclude", []))
    return LanguagePack(language=language, grammar=grammar, parser=parser,
                        rules=rules_stamp(language),
                        cue=re.compile(grammar["cue_stems"], re.IGNORECASE),
                        dateline=re.compile(grammar.get("dateline", r"(?!)")),
                        link_list=re.compile(grammar.get("link_list_pattern", r"(?!)"), re.IGNORECASE | re.MULTILINE),
                        common_words=common_words(parser))
