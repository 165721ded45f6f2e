"""Scenario tests: expected tolls and series written out by hand before running the code."""
from __future__ import annotations

from datetime import date

from tollwatch.contract import validate
from tollwatch.resolve import assign_conflicts, reconcile

from .factory import claim, reading

D = date


def kyrgyz_tajik():
    mh = dict(by="Kyrgyz Ministry of Health", by_side="KG", partisan=True, country="KG",
              place="Batken")
    return [
        reading("kt-1", D(2022, 9, 16), claim("c1", "killed", 24, side="KG", **mh)),
        reading("kt-2", D(2022, 9, 17), claim("c1", "killed", 36, side="KG", **mh),
                claim("c2", "injured", 100, side="KG", **mh)),
        reading("kt-3", D(2022, 9, 18),
                claim("c1", "killed", 46, side="KG", **mh),
                claim("c2", "killed", 35, side="TJ", by="Tajik Foreign Ministry", by_side="TJ",
                      partisan=True, verified=False, country="TJ"),
                claim("c3", "killed", 81, None, by="the two sides", scope="total", country="KG"),
                claim("c4", "killed", 12, side="TJ", scope="incident", part_of="c2", country="TJ"),
                claim("c5", "killed", 50, side="KG", historical=True, country="KG"),
                claim("c6", "killed", 100, side="TJ", partisan=True, **{k: v for k, v in mh.items()
                                                                        if k != "partisan"}),
                claim("c7", "injured", 140, side="KG", **mh),
                claim("c8", "injured", 25, side="TJ", by="Tajik Foreign Ministry",
                      by_side="TJ", partisan=True, country="TJ"),
                claim("c9", "missing", 4, side="KG", **mh)),
    ]


def armenia_azerbaijan():
    return [
        reading("aa-1", D(2022, 9, 14),
                claim("c1", "killed", 49, side="AM", by="Armenian Defence Ministry",
                      by_side="AM", partisan=True, country="AM"),
                claim("c2", "killed", 50, side="AZ", by="Azerbaijani Defence Ministry",
                      by_side="AZ", partisan=True, country="AZ")),
        reading("aa-2", D(2022, 9, 15),
                claim("c1", "killed", 71, side="AZ", by="Azerbaijani Defence Ministry",
                      by_side="AZ", partisan=True, country="AZ")),
    ]


def by_id(tolls):
    return {t.conflict.id: t.to_dict() for t in tolls}


def test_two_conflicts_the_same_week_stay_apart():
    tolls = by_id(reconcile(kyrgyz_tajik() + armenia_azerbaijan()))
    assert sorted(tolls) == ["am-az-2022-09", "kg-tj-2022-09"]
    kt = tolls["kg-tj-2022-09"]["conflict"]
    assert kt["name"] == "Kyrgyzstan–Tajikistan, September 2022"
    assert kt["countries"] == ["KG", "TJ"]
    assert (kt["start"], kt["end"]) == ("2022-09-16", "2022-09-18")
    assert tolls["am-az-2022-09"]["conflict"]["name"] == "Armenia–Azerbaijan, September 2022"
    assignment = assign_conflicts(kyrgyz_tajik() + armenia_azerbaijan())
    assert assignment == {"kt-1": "kg-tj-2022-09", "kt-2": "kg-tj-2022-09",
                          "kt-3": "kg-tj-2022-09", "aa-1": "am-az-2022-09",
                          "aa-2": "am-az-2022-09"}


def test_kyrgyz_tajik_toll_by_hand():
    t = by_id(reconcile(kyrgyz_tajik()))["kg-tj-2022-09"]
    validate(t, "toll")
    killed = t["killed"]
    # stated total "at least 81" (open) vs 46 + 35 = 81; part_of, historical, enemy claim out
    assert (killed["low"], killed["best"], killed["high"]) == (81, 81, None)
    assert killed["by_side"]["KG"] == {"low": 46, "best": 46, "high": 46}
    tj = killed["by_side"]["TJ"]
    assert (tj["low"], tj["best"], tj["high"]) == (35, 35, 35)
    assert tj["claimed_by_adversary"]["best"] == 100
    assert tj["claimed_by_adversary"]["by"] == ["Ministry of Health of Kyrgyzstan"]
    assert t["injured"]["best"] == 165 and t["injured"]["high"] == 165
    assert t["missing"]["best"] == 4
    assert t["detained"] == {"low": 0, "best": 0, "high": 0, "rule": t["detained"]["rule"],
                             "by_side": {}}
    assert t["as_of"] == "2022-09-18"
    assert [d["kind"] for d in t["disputes"]] == ["adversary_claim"]
    assert t["disputes"][0]["claimed"] == 100 and t["disputes"][0]["credible_best"] == 35


def test_series_by_hand():
    t = by_id(reconcile(kyrgyz_tajik()))["kg-tj-2022-09"]
    killed = [(p["date"], p["side"], p["best"]) for p in t["series"] if p["category"] == "killed"]
    assert killed == [("2022-09-16", None, 24), ("2022-09-16", "KG", 24),
                      ("2022-09-17", None, 36), ("2022-09-17", "KG", 36),
                      ("2022-09-18", None, 81), ("2022-09-18", "KG", 46),
                      ("2022-09-18", "TJ", 35)]


def test_older_report_ingested_later_does_not_lower_the_toll():
    mh = dict(by="Kyrgyz Ministry of Health", by_side="KG", country="KG")
    later_first = [reading("x-3", D(2022, 9, 18), claim("c1", "killed", 46, side="KG", **mh)),
                   reading("x-1", D(2022, 9, 16), claim("c1", "killed", 24, side="KG", **mh))]
    t = reconcile(later_first)[0].to_dict()
    assert t["killed"]["best"] == 46
    roles = {f["best"]: f["role"] for f in t["claims"]}
    assert roles == {24: "superseded", 46: "counted"}


def test_as_of_gives_the_toll_as_it_stood():
    t = by_id(reconcile(kyrgyz_tajik(), as_of=D(2022, 9, 17)))["kg-tj-2022-09"]
    assert t["as_of"] == "2022-09-17"
    assert (t["killed"]["low"], t["killed"]["best"], t["killed"]["high"]) == (36, 36, 36)
    assert t["articles"] == ["kt-1", "kt-2"]


def test_fifty_outlets_one_figure():
    mh = dict(by="Kyrgyz Ministry of Health", by_side="KG", country="KG")
    rs = [reading(f"o-{i:02d}", D(2022, 9, 17), claim("c1", "killed", 36, side="KG", **mh),
                  text=f"Outlet {i} writes its own story: the ministry says 36 Kyrgyz died. "
                       + "word " * i)
          for i in range(50)]
    t = reconcile(rs)[0].to_dict()
    assert t["killed"]["best"] == 36
    assert len(t["claims"]) == 1
    assert len(t["claims"][0]["reports"]) == 50


def test_incidents_add_up_unless_a_side_total_is_larger():
    inc = dict(scope="incident", side="AF", by="ISAF", by_side=None, country="AF")
    rs = [reading("i-1", D(2013, 1, 5), claim("c1", "killed", 3, place="Kandahar",
                                              day=D(2013, 1, 5), **inc)),
          reading("i-2", D(2013, 1, 6), claim("c1", "killed", 2, place="Helmand",
                                              day=D(2013, 1, 6), **inc)),
          # a second outlet repeats the Kandahar incident: counted once
          reading("i-3", D(2013, 1, 7), claim("c1", "killed", 3, place="Kandahar",
                                              day=D(2013, 1, 5), by="Reuters", side="AF",
                                              scope="incident", country="AF"))]
    assert reconcile(rs)[0].to_dict()["killed"]["best"] == 5
    rs.append(reading("i-4", D(2013, 1, 8), claim("c1", "killed", 9, side="AF", by="ISAF",
                                                  country="AF")))
    assert reconcile(rs)[0].to_dict()["killed"]["best"] == 9


def test_unnumbered_victims_leave_the_toll_open():
    rs = [reading("u-1", D(2022, 9, 17), claim("c1", "killed", 46, side="KG", by="MoH",
                                               by_side="KG", country="KG"),
                  claim("c2", "killed", None, None, side="KG", scope="incident", country="KG"))]
    k = reconcile(rs)[0].to_dict()["killed"]
    assert (k["low"], k["best"], k["high"]) == (46, 46, None)


def test_credible_sources_disagreeing_is_a_dispute():
    rs = [reading("d-1", D(2022, 9, 17),
                  claim("c1", "killed", 46, side="KG", by="MoH", by_side="KG", country="KG"),
                  claim("c2", "killed", 40, side="KG", by="Red Crescent", kind="ngo",
                        country="KG"))]
    t = reconcile(rs)[0].to_dict()
    assert t["killed"]["best"] == 46
    d = [x for x in t["disputes"] if x["kind"] == "sources_disagree"]
    assert [(f["source"], f["best"]) for f in d[0]["figures"]] == [
        ("Ministry of Health of Kyrgyzstan", 46), ("Red Crescent", 40)]


def test_victims_of_unknown_side_are_a_floor_not_added():
    rs = [reading("n-1", D(2022, 9, 17),
                  claim("c1", "killed", 46, side="KG", by="MoH", by_side="KG", country="KG"),
                  claim("c2", "killed", 10, scope="incident", by="Reuters", country="KG",
                        place="Batken")),
          reading("n-2", D(2022, 9, 18),
                  claim("c1", "killed", 60, scope="incident", by="AFP", country="KG",
                        place="Leilek"))]
    k = reconcile(rs)[0].to_dict()["killed"]
    # unknown side: 10 + 60 = 70 > 46, so best 70; high adds both: 46 + 70 = 116
    assert (k["low"], k["best"], k["high"]) == (70, 70, 116)
    assert k["by_side"]["unknown"] == {"low": 70, "best": 70, "high": 70}
