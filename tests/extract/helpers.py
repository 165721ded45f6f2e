"""Helpers shared by the rule tests."""
from datetime import date

import pytest

from tollwatch.models import Article


def read_in(reader, text, language, title=None, published=date(2022, 9, 18)):
    """The reading of a text of our own in `language` (with its headline apart, if given),
    published 2022-09-18 unless told."""
    return reader.read(Article.from_text(text, title=title, published=published, language=language))


def figures_in(reader, text, language, title=None):
    """(killed best, injured best) of that reading."""
    r = read_in(reader, text, language, title)
    return r.toll.killed.best, r.toll.injured.best


def toll_of(reader, language, published, text):
    """The toll of a whole report of our own, published on `published` (YYYY-MM-DD)."""
    return reader.read(Article.from_text(text, published=date.fromisoformat(published), language=language)).toll


def one_claim(claims, text_part):
    """The one claim whose text contains `text_part` (fails listing all claim texts otherwise)."""
    found = [c for c in claims if text_part in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


def summary_tests(cases, gaps, gaps_named="GAPS"):
    """The two tests of a round of summaries: each case gives its (killed, injured) best, and each
    known gap still does not (strict: a pass means the gap closed and becomes a case). Bind them
    at module level: `test_summary_in_its_language, test_known_gaps = summary_tests(CASES, GAPS)`."""
    @pytest.mark.parametrize("language,text,killed,injured", cases)
    def test_summary_in_its_language(reader, language, text, killed, injured):
        assert figures_in(reader, text, language) == (killed, injured)

    if not gaps:
        return test_summary_in_its_language, None  # every gap closed: no empty (skipped) test

    @pytest.mark.xfail(strict=True, reason=f"known gap: see {gaps_named}")
    @pytest.mark.parametrize("language,text,killed,injured", gaps)
    def test_known_gaps(reader, language, text, killed, injured):
        assert figures_in(reader, text, language) == (killed, injured)

    return test_summary_in_its_language, test_known_gaps


def headline_tests(reports):
    """The test of a round's reports with their headlines (as the eval and the ingest readers give
    them: the headline apart): each gives its (killed, injured) best. Bind it at module level:
    `test_report_with_its_headline = headline_tests(REPORTS)`."""
    @pytest.mark.parametrize("language,title,text,killed,injured", reports)
    def test_report_with_its_headline(reader, language, title, text, killed, injured):
        assert figures_in(reader, text, language, title) == (killed, injured)

    return test_report_with_its_headline


def dated_report_tests(reports):
    """The test of a round's reports with their headlines and publication dates, (language,
    published, title or None, text, killed, injured or None): each gives its killed best and,
    unless None (the report gives no exact count), its injured best. Bind it at module level:
    `test_report_with_its_headline_and_date = dated_report_tests(REPORTS)`."""
    @pytest.mark.parametrize("language,published,title,text,killed,injured", reports)
    def test_report_with_its_headline_and_date(reader, language, published, title, text, killed, injured):
        r = read_in(reader, text, language, title, date.fromisoformat(published))
        assert r.toll.killed.best == killed
        assert injured is None or r.toll.injured.best == injured

    return test_report_with_its_headline_and_date


def category_tests(cases):
    """The test of a round's figures of other categories, (language, text, category, best): each
    gives that category's best. Bind it at module level:
    `test_other_categories_in_leads = category_tests(OTHER_CATEGORIES)`."""
    @pytest.mark.parametrize("language,text,category,best", cases)
    def test_other_categories_in_leads(reader, language, text, category, best):
        assert read_in(reader, text, language).toll.get(category).best == best

    return test_other_categories_in_leads


def _stated(r, expected):
    """A toll entry as the test states it: its (low, best, high) for a tuple, its best for a number."""
    return (r.low, r.best, r.high) if isinstance(expected, tuple) else r.best


def report_tests(articles, gaps=(), gaps_named="ARTICLE_GAPS"):
    """The two tests of a round of whole reports (language, published, text, killed, injured): each
    gives its tolls (a best, or a (low, best, high) range), each known gap still does not (strict).
    Bind them at module level, as summary_tests."""
    def assert_toll(reader, language, published, text, killed, injured):
        t = toll_of(reader, language, published, text)
        assert (_stated(t.killed, killed), _stated(t.injured, injured)) == (killed, injured)

    @pytest.mark.parametrize("language,published,text,killed,injured", articles)
    def test_the_toll_of_a_whole_report(reader, language, published, text, killed, injured):
        assert_toll(reader, language, published, text, killed, injured)

    @pytest.mark.xfail(strict=True, reason=f"known gap: see {gaps_named}")
    @pytest.mark.parametrize("language,published,text,killed,injured", gaps)
    def test_known_gaps_of_whole_reports(reader, language, published, text, killed, injured):
        assert_toll(reader, language, published, text, killed, injured)

    return test_the_toll_of_a_whole_report, (test_known_gaps_of_whole_reports if gaps else None)

def release_tests(releases, gaps=(), gaps_named="RELEASE_GAPS"):
    """The two tests of whole releases with their headlines and publication dates, (language,
    published, title, text, {category: best}): each gives those bests, each known gap still does
    not (strict). Bind them at module level, as summary_tests."""
    def bests(reader, language, published, title, text, want):
        r = read_in(reader, text, language, title, date.fromisoformat(published))
        return {category: r.toll.get(category).best for category in want}

    @pytest.mark.parametrize("language,published,title,text,want", releases)
    def test_release_with_its_date(reader, language, published, title, text, want):
        assert bests(reader, language, published, title, text, want) == want

    @pytest.mark.xfail(strict=True, reason=f"known gap: see {gaps_named}")
    @pytest.mark.parametrize("language,published,title,text,want", gaps)
    def test_release_gaps(reader, language, published, title, text, want):
        assert bests(reader, language, published, title, text, want) == want

    return test_release_with_its_date, (test_release_gaps if gaps else None)


def isaf_release_tests(releases, gaps=(), gaps_named="ISAF_GAPS"):
    """The two tests of ISAF-style releases, (published, title, text, killed low, detained low), the
    lows ISAF records: each gives them, each known gap still does not (strict). Bind them at module
    level, as summary_tests."""
    def lows(reader, published, title, text):
        toll = read_in(reader, text, "en", title, date.fromisoformat(published)).toll
        return toll.killed.low, toll.detained.low

    @pytest.mark.parametrize("published,title,text,killed,detained", releases)
    def test_isaf_release(reader, published, title, text, killed, detained):
        assert lows(reader, published, title, text) == (killed, detained)

    @pytest.mark.xfail(strict=True, reason=f"known gap: see {gaps_named}")
    @pytest.mark.parametrize("published,title,text,killed,detained", gaps)
    def test_isaf_gap(reader, published, title, text, killed, detained):
        assert lows(reader, published, title, text) == (killed, detained)

    return test_isaf_release, (test_isaf_gap if gaps else None)
