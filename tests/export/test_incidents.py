"""Exports that add up: the hand-written scenario (tests/export/scenario.py states every expected
figure and how it was worked out) loaded by real consumers: pandas and geojson."""
import io
import json
from datetime import date

import geojson
import pandas as pd
import pytest
from click.testing import CliRunner

from tests.export import scenario
from tollwatch.cli import main
from tollwatch.errors import NotFound
from tollwatch.export import export_readings
from tollwatch.resolve import reconcile

IP, SS = "in-pk-2023-05", "sd-ss-2023-05"


def _csv(fmt, **kw):
    return pd.read_csv(io.StringIO(export_readings(scenario.readings(), fmt, **kw)))


def test_acled_fatalities_add_up_to_the_toll_per_conflict():
    df = _csv("acled-csv")
    assert df.groupby("conflict")["fatalities"].sum().to_dict() == {IP: 11, SS: 20}
    for col in ("fatalities", "year", "iso", "inter1", "inter2", "interaction"):
        assert df[col].dtype == "int64", col
    assert pd.to_datetime(df["event_date"]).notna().all()
    ip = df[df.conflict == IP].set_index("location")
    # the copy (a2) and the update (a3) are the Uri incident, not new events
    assert sorted(ip.index) == ["Kotli", "Poonch", "Uri"]
    assert ip.loc["Uri", "fatalities"] == 5 and ip.loc["Uri", "fatalities_basis"] == "stated+apportioned"
    assert (ip.loc["Uri", "fatalities_stated"], ip.loc["Uri", "fatalities_apportioned"]) == (4, 1)
    assert ip.loc["Uri", "articles"] == "a1; a2; a3" and ip.loc["Uri", "first_reported"] == "2023-05-02"
    # the Indian Army once (however often it is quoted; its canonical name is resolve/sources.py's),
    # then the two outlets
    sources = ip.loc["Uri", "source"].split("; ")
    assert len(sources) == 3 and sources[1:] == ["Wire A", "Wire B"] and "India" in sources[0]
    assert ip.loc["Poonch", "fatalities"] == 4 and ip.loc["Kotli", "fatalities"] == 2
    ss = df[df.conflict == SS]
    assert sorted(zip(ss.fatalities, ss.fatalities_basis)) == [(5, "aggregate"), (15, "stated+apportioned")]


def test_acled_sums_match_reconcile_as_of_each_day():
    for day in (date(2023, 5, 2), date(2023, 5, 3), date(2023, 5, 4)):
        sums = _csv("acled-csv", as_of=day).groupby("conflict")["fatalities"].sum().to_dict()
        tolls = {t.conflict.id: t.tolls["killed"].best for t in reconcile(scenario.readings(), as_of=day)}
        assert sums == {k: v for k, v in tolls.items()}, day
    assert _csv("acled-csv", as_of=date(2023, 5, 2)).groupby("conflict")["fatalities"].sum().to_dict() \
        == {IP: 4, SS: 12}


def test_acled_civilians_are_actor2():
    df = _csv("acled-csv").set_index("event_id_cnty")
    poonch = df[df.location == "Poonch"].iloc[0]
    assert poonch["actor1"] == "Military Forces of Pakistan" and poonch["actor2"] == "Civilians (India)"
    assert (poonch["inter1"], poonch["inter2"], poonch["interaction"]) == (1, 7, 17)
    assert poonch["civilian_targeting"] == "Civilian targeting"


def test_ucdp_deaths_by_side_add_up_to_the_side_tolls():
    df = _csv("ucdp-csv")
    for col in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
                "type_of_violence"):
        assert df[col].dtype == "int64", col
    assert (df.low <= df.best).all() and (df.high.isna() | (df.best <= df.high)).all()
    assert set(df.type_of_violence) <= {1, 2, 3}
    code = {"Government of India": "IN", "Government of Pakistan": "PK", "Government of Sudan": "SD",
            "Government of South Sudan": "SS"}
    by_side = {}
    for _, r in df.iterrows():
        for side, n in ((code.get(r.side_a), r.deaths_a), (code.get(r.side_b), r.deaths_b)):
            if n:
                by_side[(r.conflict, side)] = by_side.get((r.conflict, side), 0) + n
        # civilians' side is in deaths_by_side ("IN=4"); here the only civilians are Indian
        if r.deaths_civilians:
            by_side[(r.conflict, "IN")] = by_side.get((r.conflict, "IN"), 0) + r.deaths_civilians
        if r.deaths_unknown:
            by_side[(r.conflict, "unknown")] = by_side.get((r.conflict, "unknown"), 0) + r.deaths_unknown
    assert by_side == {(IP, "IN"): 9, (IP, "PK"): 2, (SS, "SD"): 12, (SS, "SS"): 5, (SS, "unknown"): 3}
    poonch = df[df.event_id == "a4#e1"].iloc[0]
    assert (poonch.side_a, poonch.deaths_civilians, poonch.deaths_a) == ("Government of India", 3, 1)
    assert poonch.deaths_by_side == "IN=4"


def test_geojson_and_jsonl_add_up_too():
    fc = geojson.loads(export_readings(scenario.readings(), "geojson"))
    assert fc.is_valid and fc["type"] == "FeatureCollection"
    sums = {}
    for f in fc["features"]:
        sums[f["properties"]["conflict"]] = sums.get(f["properties"]["conflict"], 0) \
            + f["properties"]["killed"]["best"]
    assert sums == {IP: 11, SS: 20}
    uri = next(f for f in fc["features"] if f["id"] == "a1#e1")
    assert list(uri["geometry"]["coordinates"]) == [74.05, 34.08]
    lines = [json.loads(x) for x in export_readings(scenario.readings(), "jsonl").splitlines()]
    assert sum(x["killed"]["best"] for x in lines if x["conflict"] == IP) == 11
    assert next(x for x in lines if x["id"] == "a1#e1")["claims"] == ["a1#c1", "a1#c2", "a2#c1", "a2#c2", "a3#c1"]


def test_a_place_is_exported_under_its_own_country():
    from tollwatch.export.places import checked_place
    from tollwatch.models import Place
    goris = checked_place(Place("Goris", "AZ", "Syunik", 39.5, 46.3, 1))
    assert goris.country == "AM"
    assert checked_place(Place("Batken", "KG", "Batken")).country == "KG"
    assert checked_place(Place("Sangin", "AF", "Helmand")).country == "AF"


def test_unknown_conflict_is_a_clear_error(tmp_path):
    with pytest.raises(NotFound):
        export_readings(scenario.readings(), "acled-csv", conflict="xx-yy-1999-01")
    assert export_readings(scenario.readings(), "acled-csv", conflict="in-pk").count("\n") == 4
    from tollwatch.store import open_store
    url = f"sqlite:///{tmp_path / 'tw.db'}"
    with open_store(url) as store:
        for r in scenario.readings():
            store.save(r)
    res = CliRunner().invoke(main, ["export", "--format", "acled-csv", "--db", url, "--conflict", "UNKNOWN"])
    assert res.exit_code == 1 and "no conflict 'UNKNOWN'" in res.output
    res = CliRunner().invoke(main, ["export", "--format", "acled-csv", "--db", url, "--as-of", "2023-05-02"])
    assert res.exit_code == 0, res.output
    assert pd.read_csv(io.StringIO(res.output))["fatalities"].sum() == 16


def _rows_seen(rows):
    return [(r.conflict.id, r.incident.id if r.incident else None, r.side, r.killed, r.basis,
             r.deaths_by_side()) for r in rows]


def test_rows_from_episodes_linked_before_are_the_same_rows():
    from tollwatch.export import event_rows
    from tollwatch.resolve.episodes import link_episodes
    readings = scenario.readings()
    episodes = link_episodes(readings)
    for day in (None, date(2023, 5, 2), date(2023, 5, 4)):
        plain = event_rows(readings, as_of=day)
        # given the episodes, the readings are not read again: an empty list gives the same rows
        linked = event_rows([], as_of=day, episodes=episodes)
        assert _rows_seen(linked) == _rows_seen(plain), day
        one = event_rows([], as_of=day, conflict="sd-ss", episodes=episodes)
        assert _rows_seen(one) == [x for x in _rows_seen(plain) if x[0] == SS], day
    assert sum(r.killed[1] for r in event_rows([], conflict=IP, episodes=episodes)) == 11
    with pytest.raises(NotFound):
        event_rows([], conflict="xx-yy", episodes=episodes)
