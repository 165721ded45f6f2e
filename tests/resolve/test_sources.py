"""One institution, one source; incidents told apart by place and day. Expected names by hand."""
from __future__ import annotations

from datetime import date

import pytest

from tollwatch.contract import validate
from tollwatch.models import Place, Source
from tollwatch.resolve import reconcile
from tollwatch.resolve.sources import Said, SourceId, identify, read_source, tables
from tollwatch.serve.charts import source_series
from tollwatch.serve.view import claim_row

from .factory import claim, reading

D = date
KG_HEALTH = SourceId("Ministry of Health of Kyrgyzstan", "health_ministry", "KG")

# (name as written, reporter's side as the extractor gave it, reporter's kind)
MUST_COLLAPSE = {
    KG_HEALTH: [
        ("Kyrgyz Ministry of Health", None, "government"),
        ("Kyrgyz health ministry", "KG", "government"),
        ("Kyrgyzstan's health ministry", None, "government"),
        ("Kyrgyzstan’s Health Ministry", "KG", None),
        ("Ministry of Health of the Kyrgyz Republic", None, "government"),
        ("the health ministry", "KG", "government"),          # the claim's side says whose
        ("the country's health ministry", "KG", "government"),
        ("Kyrgyz health minister Alymkadyr Beishenaliev", None, "government"),
    ],
    SourceId("Government of Tajikistan", "government", "TJ"): [
        ("Tajikistan", None, "government"), ("Dushanbe", "TJ", "government"),
        ("the Tajik government", None, None), ("Tajik authorities", "TJ", "government"),
        ("officials in Dushanbe", None, "government"), ("a spokesman", "TJ", "government"),
    ],
    SourceId("Ministry of Foreign Affairs of Tajikistan", "foreign_ministry", "TJ"): [
        ("Tajik diplomacy", "TJ", "government"), ("Tajikistan's foreign ministry", None, None),
        ("the Ministry of Foreign Affairs of the Republic of Tajikistan", None, None),
        ("MFA", "TJ", "government"), ("Tajik Foreign Minister Sirojiddin Muhriddin", None, None),
    ],
    SourceId("Border Service of Kyrgyzstan", "border_service", "KG"): [
        ("Kyrgyzstan's border service", None, None), ("Kyrgyz border guards", None, "military"),
        ("the Border Service of the State Committee for National Security of the Kyrgyz Republic",
         None, "government"),
    ],
    SourceId("Office of the President of Russia", "president", "RU"): [
        ("the Kremlin", None, None), ("Russian presidential press service", None, None),
    ],
    SourceId("Human Rights Watch", "ngo", None): [
        ("Human Rights Watch", None, "ngo"), ("HRW", None, "ngo"),
        ("HUMAN RIGHTS WATCH", None, "ngo"),
    ],
    SourceId("Central Asian Rights Monitor", "ngo", None): [
        ("CENTRAL ASIAN RIGHTS MONITOR", None, "ngo"), ("the Central Asian Rights Monitor", None, "ngo"),
    ],
    SourceId("Taliban", "armed_group", None): [
        ("the Taliban", "taliban", "armed_group"), ("Zabihullah Mujahid", "taliban", "armed_group"),
    ],
}

MUST_STAY_APART = [
    # the same kind, two countries
    [("Kyrgyz health ministry", "KG"), ("Ministry of Health of the Republic of Tajikistan", None),
     ("Uzbek health ministry", None), ("the health ministry", None)],
    # one country, two kinds
    [("Kyrgyz health ministry", "KG"), ("Kyrgyz defence ministry", "KG"), ("the Kyrgyz army", "KG"),
     ("Kyrgyz Emergencies Ministry", "KG"), ("Kyrgyz border service", "KG"), ("Bishkek", "KG")],
    # two NGOs, and two national societies of one movement
    [("Amnesty International", None), ("Human Rights Watch", None), ("Kyrgyz Red Crescent", None),
     ("Tajik Red Crescent", None)],
    # an embassy abroad is its own country's, not the host's
    [("Tajik embassy in Moscow", "TJ"), ("Moscow", "RU")],
]


@pytest.mark.parametrize("expected", list(MUST_COLLAPSE), ids=lambda s: s.name)
def test_names_of_one_institution_collapse(expected):
    for name, side, kind in MUST_COLLAPSE[expected]:
        assert read_source(name, side, kind) == expected, name


@pytest.mark.parametrize("names", MUST_STAY_APART, ids=lambda ns: ns[0][0])
def test_names_of_different_institutions_stay_apart(names):
    read = [read_source(n, s) for n, s in names]
    assert len({r.name for r in read}) == len(names), read


def test_canonical_names_and_countries_read_as_an_analyst_writes_them():
    assert read_source("Tajik embassy in Moscow", "TJ") == SourceId(
        "Embassy of Tajikistan", "embassy", "TJ")
    assert read_source("U.S. military") == SourceId(
        "Armed Forces of the United States", "army", "US")
    assert read_source("Azerbaijan's defence ministry") == SourceId(
        "Ministry of Defence of Azerbaijan", "defence_ministry", "AZ")
    assert read_source("the two sides", None, "government").name == "Both sides"
    # a state body no pattern names keeps its own name, with its country
    assert read_source("the Ombudsman", "KG", "government").name == "Ombudsman of Kyrgyzstan"
    assert read_source("Kyrgyz Ombudsman", None, "government").name == "Ombudsman of Kyrgyzstan"
    # without a country in the name or the claim, none is made up
    assert read_source("the health ministry") == SourceId("Ministry of Health", "health_ministry", None)


def said(article: str, claim_id: str, name: str, side: str | None = None):
    return Said(article, claim_id, Source(name, "government", side))


def test_a_name_without_its_country_takes_the_article_then_the_conflict():
    ids = identify([
        said("a1", "c1", "Kyrgyz health ministry", "KG"), said("a1", "c2", "the health ministry"),
        said("a2", "c1", "Tajik health ministry", "TJ"), said("a2", "c2", "health ministry"),
        said("a3", "c1", "the emergencies ministry"),      # only the Kyrgyz one is named anywhere
        said("a4", "c1", "Kyrgyzstan's Ministry of Emergency Situations"),
        said("a5", "c1", "health ministry"),               # two in the conflict: which?
    ])
    assert ids[("a1", "c2")] == KG_HEALTH
    assert ids[("a2", "c2")].name == "Ministry of Health of Tajikistan"
    assert ids[("a3", "c1")].name == "Ministry of Emergency Situations of Kyrgyzstan"
    assert ids[("a5", "c1")] == SourceId("Ministry of Health", "health_ministry", None)


def test_a_bare_ministry_is_its_country_s_one_ministry_only():
    ids = identify([said("a1", "c1", "Tajikistan's foreign ministry", "TJ"),
                    said("a1", "c2", "Kyrgyz health ministry", "KG"),
                    said("a2", "c1", "the ministry", "TJ"),
                    said("a3", "c1", "the ministry")])         # KG or TJ? left apart
    assert ids[("a2", "c1")].name == "Ministry of Foreign Affairs of Tajikistan"
    assert ids[("a3", "c1")] == SourceId("Unnamed ministry", "ministry", None)


def test_words_are_kept_per_language():
    t = tables()
    assert set(t["languages"]) == {"en", "fr", "es", "ru"} and set(t["aliases"]) == {"en"}
    for lang in t["languages"]:
        assert {"kinds", "countries", "filler", "determiners", "place_after"} <= set(t["languages"][lang])
        kinds = {k for k, _p in t["languages"][lang]["kinds"]}
        assert kinds <= set(t["kinds"])
    # a language without its own words yet reads with the English ones
    assert read_source("Kyrgyz health ministry", language="xx") == KG_HEALTH


FIVE = ["Kyrgyz Ministry of Health", "Kyrgyz health ministry", "Kyrgyzstan's health ministry",
        "Ministry of Health of the Kyrgyz Republic", "health ministry"]


def five_spellings():
    """The ministry's killed toll told under five names over five days; the last, unqualified
    name comes from an article about Kyrgyz losses only, whose claim gives the reporter no
    side. The first article also gives the Tajik ministry's figure (one conflict, two sides)."""
    figures = [(D(2022, 9, 14), 9), (D(2022, 9, 15), 24), (D(2022, 9, 16), 36),
               (D(2022, 9, 17), 31), (D(2022, 9, 18), 46)]
    tajik = claim("c2", "killed", 35, side="TJ", by="Tajik health ministry", by_side="TJ")
    out = []
    for n, ((day, killed), name) in enumerate(zip(figures, FIVE)):
        by_side = None if name == "health ministry" else "KG"
        kyrgyz = claim("c1", "killed", killed, side="KG", by=name, by_side=by_side)
        out.append(reading(f"m-{n}", day, *([kyrgyz, tajik] if n == 0 else [kyrgyz])))
    return out


def test_five_spellings_are_one_current_figure_and_one_line():
    (t,) = reconcile(five_spellings())
    # one source: its latest word (46, on the 18th) stands; 31 after 36 is a revision, no dispute
    assert t.tolls["killed"].by_side["KG"].best == 46
    assert [d for d in t.disputes if d["kind"] == "sources_disagree"] == []
    counted = [f for f in t.claims if f["side"] == "KG" and f["role"] == "counted"]
    assert [(f["source"], f["best"]) for f in counted] == [("Ministry of Health of Kyrgyzstan", 46)]
    toll = t.to_dict()
    validate(toll, "toll")
    assert toll["sources"] == [
        {"name": "Ministry of Health of Kyrgyzstan", "kind": "health_ministry", "country": "KG",
         "written": sorted(FIVE)},
        {"name": "Ministry of Health of Tajikistan", "kind": "health_ministry", "country": "TJ",
         "written": ["Tajik health ministry"]}]

    rows = [claim_row(r, c, t.conflict.id) for r in five_spellings() for c in r.claims]
    lines = source_series(rows, "killed")
    assert [(s["source"], s["side"], s["country"]) for s in lines] == [
        ("Ministry of Health of Kyrgyzstan", "KG", "KG"),
        ("Ministry of Health of Tajikistan", "TJ", "TJ")]
    assert [(p["date"], p["best"]) for p in lines[0]["points"]] == [
        ("2022-09-14", 9), ("2022-09-15", 24), ("2022-09-16", 36), ("2022-09-17", 31),
        ("2022-09-18", 46)]


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
