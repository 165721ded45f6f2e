"""The dated low / best / high band per side, figures written by hand before running."""
from __future__ import annotations

from datetime import date

from tollwatch.resolve import reconcile

from .test_scenarios import kyrgyz_tajik


def _band(tolls, category):
    (t,) = tolls
    return {(p["date"], p["side"]): (p["low"], p["best"], p["high"])
            for p in t.to_dict()["band"] if p["category"] == category}


def test_band_of_the_kyrgyz_tajik_scenario():
    killed = _band(reconcile(kyrgyz_tajik()), "killed")
    assert killed == {
        ("2022-09-16", "all"): (24, 24, 24), ("2022-09-16", "KG"): (24, 24, 24),
        ("2022-09-17", "all"): (36, 36, 36), ("2022-09-17", "KG"): (36, 36, 36),
        # "at least 81" in all leaves the high open; the Tajik admission is in the low
        ("2022-09-18", "all"): (81, 81, None), ("2022-09-18", "KG"): (46, 46, 46),
        ("2022-09-18", "TJ"): (35, 35, 35),
    }
    injured = _band(reconcile(kyrgyz_tajik()), "injured")
    assert injured[("2022-09-17", "KG")] == (100, 100, 100)
    assert injured[("2022-09-18", "all")] == (165, 165, 165)
    assert ("2022-09-16", "all") not in injured   # nothing reported injured yet


def test_band_as_of_stops_that_day():
    killed = _band(reconcile(kyrgyz_tajik(), as_of=date(2022, 9, 17)), "killed")
    assert sorted({d for d, _s in killed}) == ["2022-09-16", "2022-09-17"]
    assert killed[("2022-09-17", "KG")] == (36, 36, 36)
