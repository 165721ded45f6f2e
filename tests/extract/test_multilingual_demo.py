"""One conflict and one toll across languages: the demo corpus's Russian, Spanish and French
reports of the Kyrgyz-Tajik clashes (demo/corpus/reports-fr-es-ru.jsonl, written in our own
words) join the English reports' conflict without changing its toll. Figures by hand, from the
texts and docs/DEMO.md."""
from datetime import date

import pytest

OTHERS = {"kgtj-ru-03": "ru", "kgtj-es-05": "es", "kgtj-fr-08": "fr"}
KG_HEALTH = "Ministry of Health of Kyrgyzstan"


def test_each_report_is_read_in_its_language(readings):
    got = {r.article.id: r for r in readings if r.article.id in OTHERS}
    assert {i: r.article.language for i, r in got.items()} == OTHERS
    expected = {"kgtj-ru-03": (24, 87, "KG"), "kgtj-es-05": (36, 129, "KG"), "kgtj-fr-08": (35, 25, "TJ")}
    for ident, (killed, injured, side) in expected.items():
        r = got[ident]
        assert (r.toll.killed.best, r.toll.injured.best) == (killed, injured), ident
        dead = next(c for c in r.claims if c.category == "killed" and c.low == killed)
        assert dead.victims.side == side and dead.reported_by.side == side and dead.partisan, ident
        assert dead.rules.startswith(f"casualties.v2-{OTHERS[ident]}-")


@pytest.mark.parametrize("as_of", [date(2022, 9, 16), date(2022, 9, 17), date(2022, 9, 18), None])
def test_one_conflict_and_the_same_toll_across_languages(readings, as_of, kg_tj):
    english = [r for r in readings if r.article.id not in OTHERS]
    every = kg_tj(readings, as_of)
    alone = kg_tj(english, as_of)
    for cat in ("killed", "injured", "missing"):
        assert every[cat] == alone[cat], (cat, as_of)
    if as_of is None:
        assert (every["killed"]["low"], every["killed"]["best"], every["killed"]["high"]) == (81, 81, None)
        assert every["killed"]["by_side"]["KG"]["best"] == 46 and every["killed"]["by_side"]["TJ"]["best"] == 35
        assert every["injured"]["best"] == 165


def test_a_translation_is_a_report_of_the_same_figure(readings, kg_tj):
    toll = kg_tj(readings, date(2022, 9, 16))
    figures = [f for f in toll["claims"] if f["category"] == "killed" and f["side"] == "KG" and f["best"] == 24]
    assert len(figures) == 1
    (figure,) = figures
    assert figure["source"] == KG_HEALTH
    assert {"kgtj-03", "kgtj-ru-03"} <= {r["article"] for r in figure["reports"]}
