"""The demo corpus's Ukrainian report of the Kyrgyz-Tajik clashes (demo/corpus/reports-uk.jsonl,
written in our own words) is read in Ukrainian and joins the conflict of the other reports
without changing its toll. Figures by hand, from the text and docs/DEMO.md."""
from datetime import date

import pytest

UKRAINIAN = "kgtj-uk-09"


def test_the_ukrainian_report_is_read_in_ukrainian(readings):
    (r,) = [r for r in readings if r.article.id == UKRAINIAN]
    assert r.article.language == "uk"
    assert (r.toll.killed.low, r.toll.killed.best, r.toll.killed.high) == (81, 81, 81)   # 46 KG + 35 TJ
    assert r.toll.injured.best == 165                                                    # 140 KG + 25 TJ
    kyrgyz = next(c for c in r.claims if c.category == "killed" and c.low == 46)
    assert kyrgyz.victims.side == "KG" and kyrgyz.reported_by.side == "KG" and kyrgyz.partisan
    tajik = next(c for c in r.claims if c.category == "killed" and c.low == 35)
    assert tajik.victims.side == "TJ" and tajik.reported_by.side == "TJ" and tajik.verified is False
    assert all(c.rules.startswith("casualties.v2-uk-") for c in r.claims)


@pytest.mark.parametrize("as_of", [date(2022, 9, 18), None])
def test_the_conflict_toll_is_the_same_with_and_without_it(readings, as_of, kg_tj):
    every = kg_tj(readings, as_of)
    without = kg_tj([r for r in readings if r.article.id != UKRAINIAN], as_of)
    for cat in ("killed", "injured", "missing", "detained"):
        assert every[cat] == without[cat], (cat, as_of)
    assert UKRAINIAN in {r["article"] for f in every["claims"] for r in f["reports"]}
    if as_of is None:
        assert (every["killed"]["low"], every["killed"]["best"], every["killed"]["high"]) == (81, 81, None)
        assert every["killed"]["by_side"]["KG"]["best"] == 46 and every["killed"]["by_side"]["TJ"]["best"] == 35
        assert every["injured"]["best"] == 165
