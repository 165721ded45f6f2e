"""Two incidents of different types at one place and day are two sets of victims (rules
`incidents.v2`, `apportion.v2`): each keeps its own stated figure, and the toll and the exports
still agree. Figures by hand below and in tests/serve/map_readings.py."""
from __future__ import annotations

import io
from datetime import date

import pandas as pd

from tests.export.scenario import D, _reading, claim, event
from tests.serve.map_readings import stacked_war
from tollwatch.export import event_rows, export_readings
from tollwatch.models import Actor, Place
from tollwatch.resolve import reconcile

KG = "kg-tj-2022-09"
BATKEN = Place("Batken", "KG", "Batken", 40.06, 70.82, 1)
TJ_ARMY = Actor("Military Forces of Tajikistan", "TJ", "actor1", 1)
KG_ARMY = Actor("Military Forces of Kyrgyzstan", "KG", "actor2", 1)
MINISTRY = dict(by="Kyrgyz health ministry", by_side="KG", kind="government", partisan=True)


def _killed(readings, as_of=None):
    [toll] = [t for t in reconcile(readings, as_of=as_of) if t.conflict.id == KG]
    k = toll.tolls["killed"]
    return k.best, {s: v.best for s, v in k.by_side.items()}


def test_a_shelling_and_a_bus_attack_in_batken_keep_their_own_figures():
    # map_readings: 17 Sept, the ministry: shelling of Batken 9 killed, the same day in Batken
    # a bus attacked 3 killed (violence against civilians); 18 Sept the wire retells the 9
    # (no new incident) and a drone strike in Isfara kills 5 Tajik; 19 Sept 2 killed by new
    # shelling of Batken. Kyrgyz killed 9 + 3 + 2 = 14 (it was 11: the 3 taken as inside the
    # 9), Tajik 5, total 19.
    assert _killed(stacked_war()) == (19, {"KG": 14, "TJ": 5})
    rows = {r.incident.id: r for r in event_rows(stacked_war()) if r.incident}
    assert (rows["map-1#e1"].killed, rows["map-1#e1"].basis) == ((9, 9, 9), "stated")
    assert (rows["map-1#e2"].killed, rows["map-1#e2"].basis) == ((3, 3, 3), "stated")
    assert rows["map-1#e1"].incident.articles == ("map-1", "map-2")
    df = pd.read_csv(io.StringIO(export_readings(stacked_war(), "acled-csv")))
    assert df.fatalities.sum() == 19
    assert df[df.event_type == "Violence against civilians"].fatalities.tolist() == [3]
    # as of the 17th: the ministry's report alone, 9 + 3
    assert _killed(stacked_war(), date(2022, 9, 17)) == (12, {"KG": 12})
    df17 = pd.read_csv(io.StringIO(export_readings(stacked_war(), "acled-csv",
                                                   as_of=date(2022, 9, 17))))
    assert sorted(df17.fatalities) == [0, 3, 9]


def _two_reports(second_type):
    """The same 9 killed in Batken on 17 Sept, told by two outlets that type it differently."""
    day = D(2022, 9, 17)
    first = _reading("w1", day, "Nine killed as shells hit Batken.", [
        claim("c1", 9, side="KG", scope="incident", place=BATKEN, day=day, group="residents",
              **MINISTRY)], [
        event("e1", "Explosions/Remote violence", "Shelling/artillery/missile attack", day,
              BATKEN, ["c1"], [TJ_ARMY, KG_ARMY])])
    second = _reading("w2", D(2022, 9, 18), "Nine residents of Batken died in the attack.", [
        claim("c1", 9, side="KG", scope="incident", place=BATKEN, day=day, group="residents",
              **MINISTRY)], [
        event("e1", *second_type, day, BATKEN, ["c1"], [TJ_ARMY])])
    return [first, second]


def test_reports_that_type_one_attack_differently_do_not_double_it():
    # no report tells two incidents apart at Batken on the 17th: the 9 is one figure, whatever
    # type each outlet gives it; the exports give the 9 to one of the two incidents
    readings = _two_reports(("Violence against civilians", "Attack"))
    assert _killed(readings) == (9, {"KG": 9})
    rows = [r for r in event_rows(readings) if r.incident]
    assert sorted(r.killed[1] for r in rows) == [0, 9]
    same = _two_reports(("Explosions/Remote violence", "Shelling/artillery/missile attack"))
    assert _killed(same) == (9, {"KG": 9})
    assert [r.killed[1] for r in event_rows(same) if r.incident] == [9]
