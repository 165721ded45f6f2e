"""Scare quotes set aside while a spaCy pipeline parses, then put back as punctuation.

"L'armée a indiqué avoir « neutralisé » 37 « terroristes »": quote marks around a word or two
(a term the writer keeps at a distance, not a quotation) break the small French and Spanish
models' trees: the verb loses its object and the number hangs on a quote mark. The sentence is
parsed without them, then the Doc is rebuilt over the original tokens, so the text and every
offset are the original's; each quote mark hangs on the word next to it inside the quotes as
`punct`. Longer quotations (a sentence someone said) are parsed as they are.
"""
from __future__ import annotations

from typing import Iterable, Iterator

# opening mark -> the marks that close it
PAIRS = {"«": "»", "“": "”\"", "„": "“”", "\"": "\"”", "‹": "›"}
MOST_WORDS = 3     # a longer span in quotes is a quotation, parsed as written


def scare_quotes(doc) -> list[int]:
    """Indices of the quote marks around 1 to MOST_WORDS words (no punctuation inside)."""
    marks: list[int] = []
    i = 0
    while i < len(doc):
        closing = PAIRS.get(doc[i].text)
        if closing is None:
            i += 1
            continue
        inner = 0
        j = i + 1
        while j < len(doc) and inner <= MOST_WORDS and doc[j].text not in closing:
            if doc[j].is_punct or doc[j].is_space:
                break
            inner += 1
            j += 1
        if 0 < inner <= MOST_WORDS and j < len(doc) and doc[j].text in closing:
            marks += [i, j]
            i = j + 1
        else:
            i += 1
    return marks


class QuotesAside:
    """A spaCy pipeline whose `pipe` and call parse each text without its scare quotes; every
    other attribute is the pipeline's."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def __call__(self, text: str):
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], batch_size: int | None = None, **kwargs) -> Iterator:
        texts = list(texts)
        plain = [self.nlp.make_doc(t) for t in texts]
        marks = [scare_quotes(d) for d in plain]
        shown = [_without(d, m) if m else t for t, d, m in zip(texts, plain, marks)]
        for text, doc, m, parsed in zip(texts, plain, marks, self.nlp.pipe(shown, batch_size=batch_size or 64, **kwargs)):
            rebuilt = _rebuilt(doc, m, parsed) if m else None
            yield rebuilt if rebuilt is not None else (parsed if not m else self.nlp(text))


def _without(doc, marks: list[int]):
    from spacy.tokens import Doc
    drop = set(marks)
    kept = [t for t in doc if t.i not in drop]
    return Doc(doc.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept])


def _rebuilt(doc, marks: list[int], parsed):
    """The parse of the quote-less Doc laid over the original tokens; None when the pipeline
    changed the tokens (a multiword noun joined), so the caller parses the text as written."""
    from spacy.tokens import Doc
    drop = set(marks)
    kept = [t.i for t in doc if t.i not in drop]
    if len(parsed) != len(kept):
        return None
    at = {old: new for new, old in enumerate(kept)}
    back = {new: old for old, new in at.items()}
    opening = set(marks[0::2])
    heads, deps, pos, tags, lemmas, morphs = [], [], [], [], [], []
    for t in doc:
        if t.i in drop:
            inner = t.i + 1 if t.i in opening else t.i - 1
            heads.append(inner)
            deps.append("punct")
            pos.append("PUNCT")
            tags.append("PUNCT")
            lemmas.append(t.text)
            morphs.append("")
            continue
        p = parsed[at[t.i]]
        heads.append(back[p.head.i])
        deps.append(p.dep_)
        pos.append(p.pos_)
        tags.append(p.tag_)
        lemmas.append(p.lemma_)
        morphs.append(str(p.morph))
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, morphs=morphs)
