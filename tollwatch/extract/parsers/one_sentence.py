"""Each text the claim reader parses is one sentence already (text.split_sentences chose it): the
parser may start a new tree only after a punctuation mark other than a comma (a full stop, a
semicolon, a dateline's dash, a colon, a quote) or a line break, where the splitter may have left
two sentences together, not after a word or a comma ("Le maire de la commune, Ali Cissé, a été
tué mardi soir, ont rapporté des témoins" was three trees, the subject in none of the verb's)."""
from __future__ import annotations

from spacy.language import Language


def _may_start(prev) -> bool:
    """A sentence may start after `prev`: a line break, a blank (a masked dateline) or a
    punctuation mark other than a comma."""
    return prev.is_space or "\n" in prev.whitespace_ or (prev.is_punct and prev.text != ",")


@Language.component("tollwatch_one_sentence")
def one_sentence(doc):
    """No sentence starts after a word or a comma (the parser keeps preset boundaries and decides
    the rest)."""
    for token in doc[1:]:
        if not _may_start(doc[token.i - 1]):
            token.is_sent_start = False
    return doc
