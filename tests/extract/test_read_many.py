"""Reader.read_many: many articles read as `read` reads each, their cue sentences parsed in
batches across articles; one failing article never stops the rest. Texts are our own."""
from dataclasses import replace

from tollwatch.extract.ahead import AHEAD_CHARS, parse_ahead
from tollwatch.extract.casualties import MAX_FIGURES, TooManyFigures, sentences_of
from tollwatch.extract.claims.parsed import parse_cue_sentences
from tollwatch.extract.reader import AHEAD, Reader
from tollwatch.models import Article

TEXTS = [
    ("en", "Gunmen killed four villagers in Kunduz province on Monday, police said."),
    ("en", "A roadside bomb wounded two soldiers near the border. Nobody else was hurt."),
    ("en", "The ministry held a press conference about the harvest."),
    ("fr", "Trois gendarmes ont été tués dimanche dans une embuscade près de Djibo, selon l'armée."),
    ("es", "Dos policías murieron y cinco resultaron heridos en un ataque en Culiacán."),
    ("ru", "В результате обстрела погибли шесть человек, еще девять ранены, сообщили в минздраве."),
]
# hand-written before the code ran: each text's killed and injured figures (0: none told)
EXPECTED = [(4, 0), (0, 2), (0, 0), (3, 0), (2, 5), (6, 9)]


def _figures(reading):
    toll = reading.toll
    return (toll.killed.best, toll.injured.best)


def _articles(n):
    return [Article(id=f"a{k}", text=TEXTS[k % len(TEXTS)][1]) for k in range(n)]


def test_read_many_reads_every_article_as_read_does_across_batches(reader):
    articles = _articles(AHEAD + 8)  # past one batch
    together = list(reader.read_many(articles))
    assert [a.id for a, _ in together] == [a.id for a in articles]
    for article, reading in together:
        assert reading.to_dict() == reader.read(article).to_dict()
    assert [_figures(r) for _, r in together[:len(TEXTS)]] == EXPECTED
    assert [r.article.language for _, r in together[:len(TEXTS)]] == [lang for lang, _ in TEXTS]


def test_one_failing_article_does_not_stop_the_others(reader):
    huge = "Two people were killed. " * (MAX_FIGURES + 100)
    assert len(huge) > AHEAD_CHARS  # parsed in its own reading, under its limits
    articles = _articles(3) + [Article(id="huge", text=huge), Article(id="empty", text="")] + _articles(2)
    out = list(reader.read_many(articles))
    assert [a.id for a, _ in out] == ["a0", "a1", "a2", "huge", "empty", "a0", "a1"]
    assert isinstance(out[3][1], TooManyFigures)
    assert out[4][1].claims == ()
    assert [_figures(r) for _, r in out[5:]] == EXPECTED[:2]


class CountingParser:
    def __init__(self, parser):
        self.parser, self.calls = parser, 0

    def pipe(self, texts, **kw):
        self.calls += 1
        return self.parser.pipe(texts, **kw)


def test_the_cue_sentences_of_a_batch_are_parsed_in_one_call():
    reader = Reader.load(("en",))
    counting = CountingParser(reader.pack("en").parser)
    reader.packs["en"] = replace(reader.pack("en"), parser=counting)
    articles = [a for a in _articles(2 * AHEAD) if a.text in (TEXTS[0][1], TEXTS[1][1])]
    readings = [r for _, r in reader.read_many(articles)]
    assert counting.calls == 1 and all(_figures(r) in EXPECTED[:2] for r in readings)
    counting.calls = 0
    for a in articles:
        reader.read(a)
    assert counting.calls == len(articles)


def test_parses_made_for_other_sentences_are_not_used(reader):
    pack = reader.pack("en")
    first, second = TEXTS[0][1], TEXTS[1][1]
    ahead = parse_ahead([(first, pack)])[0]
    assert ahead is not None and len(ahead.docs) == 1
    own = parse_cue_sentences(sentences_of(second, pack), pack)
    given = parse_cue_sentences(sentences_of(second, pack), pack, ahead)
    assert [(i, p.doc.text) for i, p in given.items()] == [(i, p.doc.text) for i, p in own.items()]
    assert [p.doc.text[:15] for p in given.values()] == ["A roadside bomb", "Nobody else was"]
