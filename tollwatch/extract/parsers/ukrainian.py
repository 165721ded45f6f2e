"""Ukrainian through natasha's Russian models, with Russian stand-ins as the parser's input.

No Ukrainian dependency parser installs offline (the registry's `uk-core-news-sm` is a
placeholder), so slovnet's Russian tagger and parser read each Ukrainian sentence word for
word in Russian: a function word or fixed phrase from a table ("і" -> "и", "за даними" -> "по
данным"), a numeral as its digits ("п'ятьох" -> "5"), any other word as the Russian lemma of its
Ukrainian lemma (from the table, else the Ukrainian lemma respelled, when pymorphy3 knows it as
Russian), inflected to the Ukrainian word's case, number, gender and tense ("загиблих" ->
"погибших", "поранено" -> "ранено"); a word with no stand-in goes in as written. The Doc keeps
the Ukrainian words, spaces and offsets, with Ukrainian lemmas from pymorphy3's Ukrainian
dictionary (the analysis that agrees best with the tagger). Measured in docs/LANGUAGES.md:
the casualty verb's subject or object on 24 sentences of our own, 3/24 with the Ukrainian words
as written, 21/24 (see the test) with the stand-ins.
"""
from __future__ import annotations

import itertools
import json
import re
from importlib import resources

from .russian import DEFAULT_BATCH_SIZE, RussianParser

_LINES = re.compile(r"(?:[^\n]|\n(?=[^\S\n]*[a-zа-яёіїєґ]))+\n?")
APOSTROPHES = ("'", "’", "ʼ", "`")
# Ukrainian letters -> the Russian letters a cognate usually has ("обстріл" -> "обстрел")
RESPELL = {"і": ("и", "е", "о"), "ї": ("и", "йи"), "є": ("е",), "ґ": ("г",), "и": ("и", "ы")}
STAND_IN_CACHE = 200_000  # word forms kept with their stand-in
CASE_ORDER = ("nomn", "accs", "gent", "loct", "datv", "ablt")
CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
CLAUSE_ENDS = frozenset(".,;:!?")
KEPT = CASES | {"sing", "plur", "masc", "femn", "neut", "past", "pres", "futr", "1per", "2per", "3per"}


def parser_words_table() -> dict:
    path = resources.files("tollwatch.extract").joinpath("lexicons", "uk", "parser_words.v1.json")
    return json.loads(path.read_text("utf-8"))


class UkrainianParser(RussianParser):
    """natasha's Russian models over Russian stand-ins of Ukrainian words; build once per process."""

    lang = "uk"

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE):
        super().__init__(batch_size=batch_size)
        import pymorphy3
        from spacy.lang.uk import Ukrainian

        self.morph = pymorphy3.MorphAnalyzer(lang="uk")  # lemmas from the Ukrainian dictionary
        self.vocab = Ukrainian().vocab
        table = parser_words_table()
        self.forms: dict[str, str] = table["forms"]
        self.pairs: dict[str, list[str]] = table["pairs"]
        self.lemmas: dict[str, str] = table["lemmas"]
        self.short_forms: dict[str, dict[str, str]] = table["short_forms"]
        self.participle_endings: list[list[str]] = table["participle_endings"]
        self.linking_forms: frozenset[str] = frozenset(  # every form of the linking verbs, built once
            f.word for lemma in table["linking_verbs"] for a in self.russian.parse(lemma)
            if a.tag.POS == "INFN" and a.normal_form == lemma for f in a.lexeme if f.tag.POS == "VERB")
        from .ru_numbers import Numerals
        self.numerals = Numerals.load("uk")
        self._stand_ins: dict[str, str] = {}
        self._tags: dict[str, object | None] = {}  # parser word -> the Russian dictionary's first reading's tag

    def sentences(self, text: str) -> list[tuple[int, str]]:
        """razdel's sentences, also cut at a line break before a line that opens with anything
        but a lower-case letter (a headline, a dateline, a paragraph): razdel runs a headline
        without a full stop into the next sentence, and the parser then hangs the headline's
        figures on the next sentence's verbs."""
        out = []
        for start, sentence in super().sentences(text):
            for m in _LINES.finditer(sentence):
                if m.group(0).strip():
                    out.append((start + m.start(), m.group(0)))
        return out

    def tokens(self, tokens):
        """razdel cuts "п'ятьох" at the apostrophe: the parts are one word again."""
        joined: list[tuple[int, int, str]] = []
        for token in tokens:
            if joined and len(joined) >= 1 and joined[-1][1] == token[0] and (
                    (joined[-1][2][-1:] in APOSTROPHES and token[2][:1].isalpha()
                     and len(joined[-1][2]) > 1)
                    or (token[2] in APOSTROPHES and joined[-1][2][-1:].isalpha())):
                start, _, word = joined.pop()
                joined.append((start, token[1], word + token[2]))
            else:
                joined.append(token)
        return joined

    def parser_words(self, words: list[str]) -> list[str]:
        out = [self.stand_in(word) for word in words]
        for i in range(len(words) - 1):
            pair = self.pairs.get(f"{words[i].lower()} {words[i + 1].lower()}")
            if pair:
                out[i], out[i + 1] = _cased(words[i], pair[0]), _cased(words[i + 1], pair[1])
        for i in range(1, len(out)):
            agent = i + 1 < len(out) and self._instrumental(out[i + 1])  # "а потім убиті бандою"
            if i + 1 == len(out) or out[i + 1] in CLAUSE_ENDS or self._linking(out[i - 1]) or self._preposition(out[i + 1]) \
                    or agent:
                before = out[i - 2] if i >= 2 and self._degree(out[i - 1]) else out[i - 1]  # "двоє дітей тяжко поранені"
                out[i] = self._predicative(before, out[i], agent) or out[i]
        return out

    def _instrumental(self, word: str) -> bool:
        """"бандой": a noun in the instrumental, the agent a passive participle before it takes."""
        tag = self._tag(word)
        return tag is not None and tag.POS == "NOUN" and "ablt" in tag

    def _preposition(self, word: str) -> bool:
        """"поранені внаслідок обстрілу": a preposition after the state ends its phrase as a clause's end does."""
        return self._pos(word) == "PREP"

    def _degree(self, word: str) -> bool:
        """"тяжело", "легко": an adverb between the people and their state."""
        return self._pos(word) == "ADVB"

    def _tag(self, word: str):
        """The tag of the first reading the Russian dictionary gives a parser word, remembered."""
        if word not in self._tags:
            if len(self._tags) >= STAND_IN_CACHE:
                self._tags.clear()
            self._tags[word] = self.russian.parse(word)[0].tag if word.isalpha() else None
        return self._tags[word]

    def _pos(self, word: str) -> str | None:
        """The first part of speech the Russian dictionary gives a parser word."""
        tag = self._tag(word)
        return tag.POS if tag is not None else None

    def _linking(self, word: str) -> bool:
        """"были": a form of a verb that links a subject to its state."""
        return word.lower() in self.linking_forms

    def _predicative(self, before: str, word: str, agent: bool = False) -> str | None:
        """"Водій і пасажир поранені.": Ukrainian says a state after its people with the full
        participle, Russian with the short one ("ранены"); slovnet reads the full one as a noun.
        A passive participle in the nominative ending its clause right after people (a noun in
        the nominative, or counted in the genitive plural: "двоє дітей"), or right after a linking
        verb ("були вбиті в засідці"), or before its agent ("а потім убиті бандою") -> its short form."""
        if not agent and not self._linking(before) and not any(  # (any reading: "военных" is first an adjective)
                noun.tag.POS == "NOUN" and ("nomn" in noun.tag or {"gent", "plur"} <= noun.tag.grammemes)
                for noun in self.russian.parse(before)):
            return None
        parses = [p for p in self.russian.parse(word) if "nomn" in p.tag]
        short = next((self.short_forms[p.normal_form] for p in parses if p.normal_form in self.short_forms), None)
        part = next((p for p in parses if p.tag.POS == "PRTF" and "pssv" in p.tag), None)
        if short is None and part is None:
            return None
        tag = (part or parses[0]).tag
        number = {"plur"} if "plur" in tag else {"sing", tag.gender}
        if short is not None:  # an adjective in the dictionary, a participle in use: "раненые" -> "ранены"
            return _cased(word, short["plur" if "plur" in number else tag.gender])
        return next((_cased(word, f.word) for f in part.lexeme if f.tag.POS == "PRTS" and number | {"past"} <= f.tag.grammemes), None)

    def stand_in(self, word: str) -> str:
        if word not in self._stand_ins:
            if len(self._stand_ins) >= STAND_IN_CACHE:  # a long-running watch or server reads on
                self._stand_ins.clear()
            self._stand_ins[word] = _cased(word, self._russian(word.lower()))
        return self._stand_ins[word]

    def _russian(self, word: str) -> str:
        for mark in APOSTROPHES[1:]:
            word = word.replace(mark, "'")
        if word in self.forms:
            return self.forms[word]
        if not any(c.isalpha() for c in word):
            return word
        analyses = self.morph.parse(word)
        if not analyses or analyses[0].tag.POS is None:
            return word
        value = next((self.numerals.values[a.normal_form] for a in analyses
                      if a.tag.POS == "NUMR" and a.normal_form in self.numerals.values), None)
        if value is not None:  # "п'ятьох", "троє" (also a noun) -> "5", "3"
            return str(value)
        if analyses[0].tag.POS == "GRND":
            return self._gerund(word) or word
        # an analysis whose lemma the table knows ("людину": a noun, not an adjective "людин"),
        # of that lemma's readings the nominative first ("правоохоронці": plural, not locative)
        known = [a for a in analyses if a.normal_form in self.lemmas] or analyses
        analysis = min((a for a in known if a.normal_form == known[0].normal_form), key=_case_rank)
        lemma = self.lemmas.get(analysis.normal_form) or self._respelled(analysis)
        if lemma is None:
            return word
        return self._inflected(lemma, analysis) or word

    def lemma(self, word: str, pos: str, feats: dict) -> str:
        """The dictionary gives a past gerund as its own lemma ("вбивши"), and a passive participle
        as an adjective ("застрелений"); read as a participle, its verb is the lemma."""
        lemma = super().lemma(word, pos, feats)
        verb = self._verb_of_gerund(lemma)
        if verb is None and pos == "VERB" and (feats.get("VerbForm") == "Part" or feats.get("Voice") == "Pass"):
            return self._verb_of_participle(lemma) or lemma
        return verb.normal_form if verb is not None else lemma

    def _verb_of_participle(self, lemma: str) -> str | None:
        """"застрелений" -> "застрелити": the infinitive of a passive participle, by the table's
        endings, where the dictionary knows it."""
        if not any("pssv" in a.tag for a in self.morph.parse(lemma)):
            return None
        for ending, infinitive in self.participle_endings:
            if lemma.endswith(ending):
                verb = lemma[:-len(ending)] + infinitive
                return verb if self.morph.word_is_known(verb) else None
        return None

    def _verb_of_gerund(self, word: str):
        """"вбивши" -> the analysis of "вбити": a past gerund's infinitive, where the dictionary knows it."""
        if not word.endswith("вши"):
            return None
        return next((a for a in self.morph.parse(word[:-3] + "ти") if "infn" in a.tag.grammemes), None)

    def _gerund(self, word: str) -> str | None:
        """"вбивши" -> "убив": the Russian past gerund of the verb's Russian lemma."""
        found = self._verb_of_gerund(word)
        lemma = found and (self.lemmas.get(found.normal_form) or self._respelled(found))
        if not lemma:
            return None
        return next((f.word for parse in self.russian.parse(lemma) if _e(parse.normal_form) == _e(lemma)
                     for f in parse.lexeme
                     if f.tag.POS == "GRND" and "past" in f.tag.grammemes), None)

    def _respelled(self, analysis) -> str | None:
        """The Ukrainian lemma respelled as a Russian lemma pymorphy3 knows with the same part
        of speech, or None."""
        lemma = analysis.normal_form.replace("'", "")
        places = [i for i, c in enumerate(lemma) if c in RESPELL][:3]
        for choice in itertools.product(*(RESPELL[lemma[i]] for i in places)):
            letters = list(lemma)
            for i, letter in zip(places, choice):
                letters[i] = letter
            candidate = "".join(letters)
            if candidate.endswith("ти") and analysis.tag.POS == "VERB":
                candidate = candidate[:-2] + "ть"  # "зарізати" -> "зарезать"
            if self.russian.word_is_known(candidate) and any(
                    _e(p.normal_form) == candidate and _pos(p.tag) == _pos(analysis.tag)
                    for p in self.russian.parse(candidate)):
                return candidate
        return None

    def _inflected(self, lemma: str, analysis) -> str | None:
        """`lemma` (Russian) in the form of the Ukrainian `analysis`."""
        wanted = {g for g in analysis.tag.grammemes if g in KEPT}
        if analysis.tag.POS == "VERB":
            wanted.add("VERB")  # a finite past "сягнула" -> "достигла", not the participle "достигнувшая"
        if "voct" in analysis.tag.grammemes:
            wanted.add("nomn")
        if analysis.tag.POS == "NOUN" and not wanted & {"sing", "plur"}:
            wanted.add("sing")  # "солдат": a nominative the dictionary gives no number (not "солдаты")
        for parse in self.russian.parse(lemma):
            if _e(parse.normal_form) != _e(lemma) and not (parse.tag.POS == "PRTF" and _e(parse.word) == _e(lemma)):
                continue  # (a participle's lemma is its verb: "задержанный" -> "задержать")
            if "Impe" in analysis.tag.grammemes:  # "поранено" -> "ранено"
                return next((f.word for f in parse.lexeme if f.tag.POS == "PRTS"
                             and {"neut", "sing", "past"} <= f.tag.grammemes), None)
            for grammemes in (wanted, wanted & (CASES | {"sing", "plur"}), set()):
                try:
                    form = parse.inflect(grammemes) if grammemes else parse
                except ValueError:
                    form = None
                if form is not None:
                    return form.word
        return None


def _case_rank(analysis) -> int:
    return next((i for i, case in enumerate(CASE_ORDER) if case in analysis.tag.grammemes), len(CASE_ORDER))


def _pos(tag) -> str | None:
    """Participles are adjectives in the Ukrainian dictionary, their own part of speech in the
    Russian one; an infinitive is a verb in the Ukrainian one, its own part of speech in the Russian."""
    return {"PRTF": "ADJF", "PRTS": "ADJS", "INFN": "VERB"}.get(tag.POS, tag.POS)


def _e(word: str) -> str:
    return word.replace("ё", "е")


def _cased(original: str, word: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return word[:1].upper() + word[1:]
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word
