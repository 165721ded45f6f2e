"""One institution, one source; incidents told apart by place and day. Expected figures by hand."""
from __future__ import annotations

from datetime import date

from tollwatch.models import Place
from tollwatch.resolve import reconcile
from tollwatch.resolve.sources import aliases, source_name

from .factory import claim, reading

D = date


def test_one_ministry_under_its_many_names_is_one_source():
    names = [("Kyrgyz health ministry", "KG"), ("Kyrgyzstan's health ministry", "KG"),
             ("Ministry of Health of the Kyrgyz Republic", "KG"),
             ("the country's health ministry", "KG"), ("The Kyrgyz Ministry of Health", "KG")]
    keys = {source_name(n, s).key for n, s in names}
    assert keys <= {"kyrgyz ministry of health", "ministry of health"}
    assert aliases({source_name(n, s) for n, s in names}) == {
        "ministry of health": "kyrgyz ministry of health"}


def test_a_country_or_its_capital_speaking_is_its_government():
    assert source_name("Tajikistan", "TJ").key == "tajik government"
    assert source_name("Dushanbe", "TJ").key == "tajik government"
    assert source_name("Tajik diplomacy", "TJ").key == "tajik ministry of foreign affairs"
    # the side is read from the name when the reporter's side is unknown
    assert source_name("Azerbaijan's defence ministry", None).key == "azerbaijani ministry of defence"
    assert source_name("Red Crescent", None).key == "red crescent"


def test_an_unqualified_name_joins_its_one_qualified_source_only():
    kg = source_name("Kyrgyz health ministry", "KG")
    tj = source_name("Tajik health ministry", "TJ")
    bare = source_name("the health ministry", None)
    assert aliases({kg, bare}) == {"ministry of health": "kyrgyz ministry of health"}
    assert aliases({kg, tj, bare}) == {}          # which of the two? left apart
    ministry = source_name("the ministry", "TJ")
    tj_fm = source_name("Tajikistan's foreign ministry", "TJ")
    assert aliases({ministry, tj_fm, kg}) == {"ministry": "tajik ministry of foreign affairs"}


def test_a_ministry_under_three_names_is_not_added_up_or_disputed():
    rs = [reading("s-1", D(2022, 9, 16), claim("c1", "killed", 24, side="KG",
                                               by="Kyrgyz health ministry", by_side="KG")),
          reading("s-2", D(2022, 9, 17), claim("c1", "killed", 36, side="KG",
                                               by="Kyrgyzstan's health ministry", by_side="KG")),
          reading("s-3", D(2022, 9, 18), claim("c1", "killed", 30, side="KG",
                                               by="the health ministry")),
          reading("s-4", D(2022, 9, 16), claim("c1", "killed", 40, side="KG",
                                               by="Ministry of Health of the Kyrgyz Republic",
                                               by_side="KG"))]
    (t,) = reconcile(rs)
    # one source whose latest word (18 Sept) is 30: a revision downwards, not a dispute
    assert t.tolls["killed"].by_side["KG"].best == 30
    assert [d for d in t.disputes if d["kind"] == "sources_disagree"] == []


def test_incidents_at_one_place_on_two_days_add_up():
    inc = dict(scope="incident", side="KG", by="Reuters", country="KG", place="Batken")
    rs = [reading("d-1", D(2022, 9, 15), claim("c1", "killed", 5, day=D(2022, 9, 14), **inc)),
          reading("d-2", D(2022, 9, 17), claim("c1", "killed", 7, day=D(2022, 9, 16), **inc)),
          # the 14 Sept shelling told again by another outlet: the same incident
          reading("d-3", D(2022, 9, 18), claim("c1", "killed", 5, day=D(2022, 9, 14),
                                               **{**inc, "by": "AFP"}))]
    assert reconcile(rs)[0].tolls["killed"].best == 12


def test_a_country_is_no_place_for_telling_incidents_apart():
    kyrgyzstan = Place(name="Kyrgyzstan", country="KG")      # no region, no coordinates
    ministry = dict(side="KG", by="Kyrgyz health ministry", by_side="KG", scope="incident")
    rs = [reading("p-1", D(2022, 9, 18), claim("c1", "killed", 46, country="KG", place="Batken",
                                               day=D(2022, 9, 18), **ministry)),
          reading("p-2", D(2022, 9, 20), claim("c1", "killed", 46, day=D(2022, 9, 20),
                                               **ministry).with_(location=kyrgyzstan))]
    # the second is the ministry's toll for the side restated, not a new incident
    assert reconcile(rs)[0].tolls["killed"].by_side["KG"].best == 46


def test_an_earlier_lower_figure_of_another_source_is_no_dispute():
    rs = [reading("e-1", D(2022, 9, 14), claim("c1", "injured", 2, side="TJ", by="Tajikistan",
                                               by_side="TJ")),
          reading("e-2", D(2022, 9, 18), claim("c1", "injured", 25, side="TJ",
                                               by="Tajik foreign ministry", by_side="TJ")),
          # the same day, a third source says fewer: that is a dispute
          reading("e-3", D(2022, 9, 18), claim("c1", "killed", 35, side="TJ", by="MFA",
                                               by_side="TJ"),
                  claim("c2", "killed", 30, side="TJ", by="Red Crescent", kind="ngo"))]
    (t,) = reconcile(rs)
    found = [(d["category"], d["side"]) for d in t.disputes if d["kind"] == "sources_disagree"]
    assert found == [("killed", "TJ")]
