"""Property-based fuzzing (Hypothesis) of number parsing, the extractor and the importers.

Whatever the text: no exception but the TollwatchError family escapes; every claim's evidence
span is its text and holds its figure; low <= best <= high; the output validates against the
contract. Example counts are bounded so the suite stays fast.
"""
from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from tollwatch.contract import validate
from tollwatch.errors import IngestError, TollwatchError
from tollwatch.extract.numbers import find_quantities, parse_number
from english import read_article
from tollwatch.ingest.html import html_article
from tollwatch.ingest.jsonl import jsonl_articles
from tollwatch.ingest.text import decode
from tollwatch.models import Article

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CATEGORIES = ("killed", "injured", "missing", "detained", "kidnapped", "displaced")

numbers = st.one_of(
    st.integers(0, 10**6).map(str),
    st.integers(1000, 10**7).map(lambda n: f"{n:,}"),
    st.sampled_from(["one", "two", "twelve", "forty-six", "a hundred", "two hundred and thirty",
                     "several", "dozens", "a few", "scores", "hundreds", "thousands", "a dozen"]),
    st.sampled_from(["1e308", "-5", "99999999999999999999", "9" * 50, "9" * 5000, "0.5", "3.7",
                     "007",
                     "1,2,3", "12-15", "between 4 and 9", "4 or 5", "NaN", "∞", "٣", "１２"]),
)
hedges = st.sampled_from(["", "at least ", "more than ", "about ", "nearly ", "up to ", "some ",
                          "over ", "as many as "])
victims = st.sampled_from(["people", "civilians", "soldiers", "police officers", "children",
                           "militants", "Kyrgyz border guards", "villagers", ""])
verbs = st.sampled_from(["were killed", "died", "were wounded", "were injured", "are missing",
                         "were arrested", "were kidnapped", "fled their homes", "were shot dead",
                         "killed", "have been displaced", "were abducted"])
sources = st.sampled_from(["", ", police said", ", the ministry of health said",
                           ", according to the group's own statement", ", a claim that could not "
                           "be independently verified", ", the Taliban claimed"])
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def sentences(draw) -> str:
    kind = draw(st.integers(0, 3))
    n, h, v, verb, src = draw(numbers), draw(hedges), draw(victims), draw(verbs), draw(sources)
    if kind == 0:
        return f"{h}{n} {v} {verb}{src}."
    if kind == 1:
        return f"Gunmen killed {h}{n} {v} in {draw(st.sampled_from(['Kabul', 'Gao', 'Batken']))}{src}."
    if kind == 2:
        return f"A policeman was shot dead and {n} {v} {verb} on February 30{src}."
    return draw(noise)


articles = st.lists(sentences(), min_size=1, max_size=8).map(
    lambda parts: " ".join(parts) if any(p.strip() for p in parts) else "Calm day.")


@FAST
@given(st.one_of(st.text(max_size=60), numbers))
def test_parse_number_never_raises_and_gives_a_plausible_count(text):
    n = parse_number(text)
    assert n is None or (isinstance(n, int) and 0 <= n < 10**10)


@FAST
@given(st.one_of(articles, st.text(max_size=300)))
def test_quantities_lie_where_they_say_and_are_ordered(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.low is None or q.low >= 0
        assert q.high is None or q.low is None or q.low <= q.high
        if q.best is not None and q.low is not None:
            assert q.low <= q.best and (q.high is None or q.best <= q.high)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_claim_holds_its_figure_and_the_output_keeps_the_contract(text):
    try:
        reading = read_article(Article.from_text(text))
    except TollwatchError:
        return   # a documented, typed refusal is allowed; anything else fails the test
    out = reading.to_dict()
    validate(out)
    json.dumps(out, ensure_ascii=False).encode("utf-8")
    for c in reading.claims:
        assert c.category in CATEGORIES
        span = text[c.evidence.start:c.evidence.end]
        assert span == c.text and span.strip(), (span, c)
        assert c.text in c.evidence.sentence and c.evidence.sentence in text
        assert c.low is None or c.low >= 0
        if c.low is not None and c.high is not None:
            assert c.low <= c.high, c
        if c.best is not None and c.low is not None:
            assert c.low <= c.best and (c.high is None or c.best <= c.high), c
        if c.low is not None and c.low >= 3 and c.low == c.high and not c.approximate:
            # a stated figure: its number is inside the span
            assert any(q.low == c.low for q in find_quantities(span)), (span, c)
    for cat in CATEGORIES:
        r = getattr(reading.toll, cat)
        assert r.low <= r.best and (r.high is None or r.best <= r.high), (cat, r)


@FAST
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_an_ingest_error(data):
    try:
        text = decode(data, source="fuzz")
    except IngestError as err:
        assert err.message and err.source == "fuzz"
        return
    text.encode("utf-8")


@FAST
@given(st.lists(st.one_of(
    st.binary(max_size=80),
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}).encode(), st.text(max_size=60),
              st.one_of(st.none(), st.text(max_size=8), st.integers())),
    st.builds(lambda o: json.dumps(o).encode(), st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids,
                                                                  max_size=3), max_leaves=10)),
), max_size=6))
def test_json_lines_importer_gives_one_item_per_nonblank_line(lines):
    data = b"\n".join(line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines) + b"\n"
    items = list(jsonl_articles(io.BytesIO(data), name="fuzz.jsonl", limit=10_000))
    nonblank = [ln for ln in data.split(b"\n") if ln.strip()]
    assert len(items) == len(nonblank)
    for item in items:
        if isinstance(item, IngestError):
            assert item.source.startswith("fuzz.jsonl:")
        else:
            assert isinstance(item, Article) and item.text.strip()
            item.text.encode("utf-8")


@FAST
@given(st.text(max_size=300), st.integers(0, 60))
def test_html_importer_gives_an_article_or_an_ingest_error(body, depth):
    html = "<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>"
    try:
        article = html_article(html, source="fuzz.html")
    except IngestError as err:
        assert err.source == "fuzz.html"
        return
    assert isinstance(article, Article) and article.text.strip()
