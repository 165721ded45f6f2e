"""Russian through natasha's bundled models, handed on as spaCy Docs.

razdel splits sentences and tokens; slovnet (with navec vectors, all inside the natasha wheel)
tags UD parts of speech and features and parses UD relations; pymorphy3 gives lemmas, picking
the analysis that agrees with the tagger as natasha's own lemmatizer does (natasha's depends on
pymorphy2, which fails on Python 3.11). Each text becomes one spaCy Doc with words, spaces,
heads, UD relations (`root` written `ROOT` as in spaCy's pipelines), lemmas, POS, morphology
and sentence starts, over spaCy's Russian vocabulary, so the claim grammar reads the same kind of
object in every language.
"""
from __future__ import annotations

from .ru_word_order import (accusative_counts, conjuncts_before_their_verbs, counted_genitives_beside_a_subject,
                            genitives_as_subjects, hedges_over_numbers, including_phrases, instrumental_subjects,
                            modifiers_across_the_root, nouns_as_modifiers, numbers_as_arguments,
                            numbers_before_their_verb, numerals_as_modifiers, objects_before_their_verbs,
                            objects_of_an_intransitive, objects_taken_across_a_comma, one_subject_of_a_singular_verb,
                            passive_subjects, subjects_after_their_verbs, subjects_left_loose,
                            subjects_hung_before_their_verb, subjects_of_a_second_clause, subjects_taken_across_a_comma)
from .tree import breakdowns_after_colon, hedges_on_numbers, numbers_on_verbs, repair_tree

DEFAULT_BATCH_SIZE = 64


READINGS_KEPT = 200_000  # word forms whose dictionary readings are remembered


class RussianParser:
    """natasha's Russian pipeline behind spaCy's `.pipe`; build once per process."""

    lang = "ru"

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE):
        import pymorphy3
        from natasha.data import NEWS_EMBEDDING, NEWS_MORPH, NEWS_SYNTAX
        from navec import Navec
        from slovnet import Morph, Syntax
        from spacy.lang.ru import Russian

        embedding = Navec.load(NEWS_EMBEDDING)
        self.batch_size = batch_size
        self._tagger = Morph.load(NEWS_MORPH, batch_size=batch_size).navec(embedding)
        self._syntax = Syntax.load(NEWS_SYNTAX, batch_size=batch_size).navec(embedding)
        self.morph = pymorphy3.MorphAnalyzer(lang="ru")
        self.russian = self.morph  # the analyser of the words the tagger sees (Russian stand-ins in uk)
        # spaCy's Russian vocabulary: its lexical attributes (like_num for "двадцать", is_space,
        # is_punct, is_stop) work as in spaCy's own Docs; a bare Vocab() would leave them False.
        self.vocab = Russian().vocab
        self.repairs = 0  # attachments changed to make well-formed trees (tree.py)
        self.hedges = one_word_hedges(self.lang)
        self.hedge_ends = hedge_ends(self.lang)
        self.vague = vague_words(self.lang)
        self._lemmas: dict[tuple, str] = {}
        self._known: dict[str, list] = {}  # word -> the dictionary's readings of it (bounded: a server reads on)

    def __call__(self, text: str):
        return next(iter(self.pipe([text])))

    def pipe(self, texts, batch_size: int | None = None):
        """spaCy Docs for `texts`, in order, parsing `batch_size` texts' sentences at a time."""
        chunk_size = batch_size or self.batch_size
        chunk: list[str] = []
        for text in texts:
            chunk.append(text)
            if len(chunk) >= chunk_size:
                yield from self._parse(chunk)
                chunk = []
        if chunk:
            yield from self._parse(chunk)

    def _parse(self, texts: list[str]):
        from razdel import tokenize

        segmented = []  # per text: list of sentences, each a list of (start, stop, word)
        for text in texts:
            sentences = []
            for start, sentence in self.sentences(text):
                tokens = self.tokens([(start + t.start, start + t.stop, t.text) for t in tokenize(sentence)])
                if tokens:
                    sentences.append(tokens)
            segmented.append(sentences)
        words = [self.parser_words([word for _, _, word in sentence])
                 for sentences in segmented for sentence in sentences]
        tags = iter(self._tagger.map(words))
        trees = iter(self._syntax.map(words))
        for text, sentences in zip(texts, segmented):
            yield self._doc(text, sentences, tags, trees)

    def _doc(self, text, sentences, tags, trees):
        """One Doc whose text is `text` exactly: a gap between tokens other than one space becomes
        a whitespace token (POS `SPACE`, relation `dep`), as in spaCy's own Docs. A gap belongs to
        the sentence before it (the first sentence for leading whitespace)."""
        from spacy.tokens import Doc

        doc = _Columns()
        position = 0
        for sentence in sentences:
            tagged, tree = next(tags), next(trees)
            self._short_participles(tagged.tokens, tree.tokens)
            local_heads, rels, repairs = repair_tree(
                [int(token.head_id) for token in tree.tokens], [token.rel for token in tree.tokens])
            self.repairs += repairs + self._repair(local_heads, rels, [word for _, _, word in sentence], tagged.tokens)
            indices = []  # the Doc index of each of the sentence's tokens
            for i, ((start, stop, word), tag) in enumerate(zip(sentence, tagged.tokens)):
                gap = text[position:start]
                if gap:
                    doc.gap(gap, before_first=not indices and not doc.words)
                indices.append(len(doc.words))
                doc.add(word, local_heads[i], "ROOT" if rels[i] == "root" else rels[i],
                        self.lemma(word, tag.pos, tag.feats), tag.pos,
                        "|".join(f"{key}={tag.feats[key]}" for key in sorted(tag.feats)),
                        sent_start=i == 0 and doc.leading_gap is None)
                position = stop
            for index in indices:  # sentence-local heads -> Doc indices
                doc.heads[index] = indices[doc.heads[index]]
            if doc.leading_gap is not None:  # leading whitespace hangs on the first sentence's root
                root = next(i for i, head in enumerate(local_heads) if head == i)
                doc.heads[doc.leading_gap], doc.leading_gap = indices[root], None
        if position < len(text):
            doc.gap(text[position:], before_first=not doc.words)
        return Doc(self.vocab, words=doc.words, spaces=doc.spaces, heads=doc.heads, deps=doc.deps,
                   lemmas=doc.lemmas, pos=doc.pos, morphs=doc.morphs, sent_starts=doc.sent_starts)

    def _short_participles(self, tags, tree) -> None:
        """"зарезан сотрудник полиции": the tagger takes a rarer short passive participle for an
        adjective; one with a passive subject that the dictionary knows as a short participle is
        one (VERB, short, passive), as "убит" is tagged. Changes `tags` in place."""
        for i, tag in enumerate(tags):
            if tag.pos != "ADJ" or not any(t.rel == "nsubj:pass" and int(t.head_id) == i + 1 for t in tree):
                continue
            found = next((a for a in self._readings(tag.text) if a.tag.POS == "PRTS"), None)
            if found is None:
                continue
            feats = {k: v for k, v in tag.feats.items() if k in ("Gender", "Number")}
            feats.update(Aspect="Perf" if found.tag.aspect == "perf" else "Imp", Tense="Past",
                         Variant="Short", VerbForm="Part", Voice="Pass")
            tag.pos, tag.feats = "VERB", feats

    def _nouns_tagged_adjectives(self, heads: list[int], rels: list[str], tags) -> int:
        """"убили старосту деревни": a word the dictionary knows only as a noun, tagged an adjective
        of the noun after it, is that noun's head, the noun after it its genitive modifier (the
        tagger read "старосту деревни" as one plural object). Changes `tags`, `heads`, `rels` in place."""
        fixed = 0
        for i, tag in enumerate(tags):
            j = heads[i]
            if tag.pos != "ADJ" or rels[i] != "amod" or j != i + 1 or tags[j].pos != "NOUN":
                continue
            readings = [a for a in self._readings(tag.text) if a.is_known]
            if not readings or any(a.tag.POS != "NOUN" for a in readings) or readings[0].tag.case is None:
                continue
            tag.pos = "NOUN"
            tag.feats = {k: v for k, v in tag.feats.items() if k in ("Case", "Gender")}
            tag.feats["Animacy"] = "Anim" if readings[0].tag.animacy == "anim" else "Inan"
            tag.feats["Number"] = "Plur" if readings[0].tag.number == "plur" else "Sing"
            heads[i], rels[i] = (i if heads[j] == j else heads[j]), rels[j]
            heads[j], rels[j] = i, "nmod"
            for k, h in enumerate(heads):  # the noun's other words stay with it, its place taken
                if h == j and k != i and rels[k] in ("conj", "cc", "punct"):
                    heads[k] = i
            fixed += 1
        return fixed

    def _readings(self, word: str) -> list:
        """The dictionary's readings of a word the tagger saw, remembered per word."""
        found = self._known.get(word)
        if found is None:
            if len(self._known) >= READINGS_KEPT:
                self._known.clear()
            found = self._known[word] = self.russian.parse(word)
        return found

    def _intransitive(self, word: str) -> bool:
        """The dictionary knows the verb form only as intransitive ("погибли", "скончались")."""
        readings = [a for a in self._readings(word) if a.tag.POS == "VERB"]
        return bool(readings) and all(a.tag.transitivity == "intr" for a in readings)

    def _repair(self, heads: list[int], rels: list[str], words: list[str], tags) -> int:
        """Attachments slovnet gets wrong in Russian word order put right, in order (ru_word_order.py,
        tree.py); `heads` and `rels` change in place. Returns how many were changed."""
        nouns = self._nouns_tagged_adjectives(heads, rels, tags)
        pos = [tag.pos for tag in tags]
        intransitive = [p == "VERB" and self._intransitive(t.text) for p, t in zip(pos, tags)]
        cases = [tag.feats.get("Case") for tag in tags]
        return (nouns + numerals_as_modifiers(rels, pos)
                + modifiers_across_the_root(heads, rels, pos)
                + nouns_as_modifiers(heads, rels, pos)
                + numbers_on_verbs(heads, rels, pos)
                + hedges_on_numbers(heads, rels, words, self.hedges)
                + breakdowns_after_colon(heads, rels, words, pos)
                + subjects_after_their_verbs(heads, rels, pos)
                + including_phrases(heads, rels, words)
                + subjects_of_a_second_clause(heads, rels, pos, words)
                + subjects_left_loose(heads, rels, pos, words, cases)
                + subjects_taken_across_a_comma(heads, rels, pos, words)
                + objects_taken_across_a_comma(heads, rels, pos, words)
                + subjects_hung_before_their_verb(heads, rels, pos, intransitive)
                + objects_of_an_intransitive(heads, rels, pos, intransitive)
                + numbers_before_their_verb(heads, rels, pos, [t.feats.get("VerbForm") == "Fin" for t in tags])
                + numbers_as_arguments(heads, rels, pos, cases)
                + accusative_counts(heads, rels, cases)
                + counted_genitives_beside_a_subject(heads, rels, cases)
                + instrumental_subjects(heads, rels, cases)
                + objects_before_their_verbs(heads, rels, pos, cases)
                + conjuncts_before_their_verbs(heads, rels, pos, cases)
                + genitives_as_subjects(heads, rels, pos, cases)
                # again: a numeral made a subject just now ("погиб один и ранено двое военных")
                + subjects_after_their_verbs(heads, rels, pos)
                + hedges_over_numbers(heads, rels, words, pos, self.hedge_ends, self.vague)
                + one_subject_of_a_singular_verb(heads, rels, pos, [tag.feats.get("Number") for tag in tags])
                + passive_subjects(heads, rels, [tag.feats.get("Voice") for tag in tags]))

    def sentences(self, text: str) -> list[tuple[int, str]]:
        """(start, text) of each sentence of `text`, as razdel splits them."""
        from razdel import sentenize
        return [(s.start, s.text) for s in sentenize(text)] if text else []

    def tokens(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """One sentence's (start, stop, word) tokens as razdel gives them (a subclass may join some)."""
        return tokens

    def parser_words(self, words: list[str]) -> list[str]:
        """The words slovnet's tagger and parser see for one sentence: the words themselves here
        (the Ukrainian parser hands it Russian stand-ins)."""
        return words

    def lemma(self, word: str, pos: str, feats: dict) -> str:
        """The dictionary form of `word` whose analysis agrees best with the tagger's."""
        key = (word, pos, tuple(sorted(feats.items())))
        if key not in self._lemmas:
            self._lemmas[key] = _best_lemma(self.morph, word, pos, feats)
        return self._lemmas[key]


def _best_lemma(morph, word: str, pos: str, feats: dict) -> str:
    from natasha.morph.lemma import grams_sim, normal_word
    from natasha.morph.vocab import ud_feats, ud_pos

    word = normal_word(word)
    best, best_score = None, 0
    for analysis in morph.parse(word):
        form_pos, form_feats = ud_pos(analysis.tag), dict(ud_feats(analysis.tag))
        if form_pos == pos and form_feats == feats:
            return normal_word(analysis.normal_form)
        score = grams_sim(form_pos, form_feats, pos, feats)
        if score > best_score:
            best, best_score = analysis, score
    return normal_word(best.normal_form) if best is not None else word


def one_word_hedges(language: str) -> frozenset[str]:
    """The one-word hedges of `language`'s vague table ("более", "около"; "понад", "близько")."""
    import json
    from importlib import resources
    table = json.loads(resources.files("tollwatch.extract").joinpath(
        "lexicons", language, "vague.v1.json").read_text("utf-8"))
    return frozenset(w for words in table["hedges"].values() for w in words if " " not in w)


def vague_words(language: str) -> frozenset[str]:
    """The one-word vague amounts of `language`'s vague table ("десятка", "сотни")."""
    import json
    from importlib import resources
    table = json.loads(resources.files("tollwatch.extract").joinpath(
        "lexicons", language, "vague.v1.json").read_text("utf-8"))
    return frozenset(w.lower() for entry in table["vague"] for w in entry["words"] if " " not in w)


def hedge_ends(language: str) -> frozenset[str]:
    """The last word of every hedge of `language`'s vague table ("более"; "менее" of "не менее")."""
    import json
    from importlib import resources
    table = json.loads(resources.files("tollwatch.extract").joinpath(
        "lexicons", language, "vague.v1.json").read_text("utf-8"))
    return frozenset(w.split()[-1] for words in table["hedges"].values() for w in words if w.split())


class _Columns:
    """The per-token columns of a Doc being built (see RussianParser._doc)."""

    def __init__(self):
        self.words, self.spaces, self.heads, self.deps = [], [], [], []
        self.lemmas, self.pos, self.morphs, self.sent_starts = [], [], [], []
        self.leading_gap: int | None = None

    def add(self, word, head, dep, lemma, pos, morph, sent_start):
        self.words.append(word)
        self.spaces.append(False)
        self.heads.append(head)
        self.deps.append(dep)
        self.lemmas.append(lemma)
        self.pos.append(pos)
        self.morphs.append(morph)
        self.sent_starts.append(sent_start or len(self.words) == 1)

    def gap(self, gap: str, before_first: bool):
        """Whitespace between tokens: one space is the previous token's trailing space; the rest
        is a token of its own, attached to the token before (or, leading, to the first root)."""
        if self.words and gap.startswith(" ") and not self.spaces[-1]:
            self.spaces[-1], gap = True, gap[1:]
        if not gap:
            return
        if before_first:
            self.leading_gap = len(self.words)
        self.add(gap, len(self.words) - 1 if self.words else 0, "dep", gap,
                 "SPACE" if gap.isspace() else "X", "", sent_start=before_first)
