"""Events, places and dates as the full pipeline gives them (casualty claims included).

The texts are written for these tests: a border war between two states reported from one
capital, with each side's toll, an incident inside one side's toll and an earlier episode.
"""
from datetime import date

from english import read_article
from tollwatch.models import Article

BORDER = (
    "BISHKEK - Fighting on the border between Kyrgyzstan and Tajikistan has killed at least 60 "
    "people this week, both governments said on Sunday.\n\n"
    "Kyrgyzstan's health ministry said 31 Kyrgyz citizens had been killed in the Batken region. "
    "Tajik officials said 29 Tajik citizens died, and that a Kyrgyz drone strike on a school "
    "killed nine people.\n\n"
    "In March 2021, clashes in the same area left more than 40 people dead."
)


def _reading():
    return read_article(Article(id="border", text=BORDER), published=date(2022, 9, 18))


def _event_of(reading, needle):
    claim = next(c for c in reading.claims if needle in c.text)
    return next((e for e in reading.events if claim.id in e.claims), None), claim


def test_a_sides_figures_are_placed_in_its_region():
    ev, claim = _event_of(_reading(), "31")
    assert ev is not None and ev.location.country == "KG" and ev.location.admin1 == "Batken"
    assert claim.location.admin1 == "Batken" and claim.period.end == date(2022, 9, 18)


def test_drone_strike_inside_the_other_sides_toll_is_in_its_country():
    reading = _reading()
    ev, _ = _event_of(reading, "29")
    assert ev.sub_event_type == "Air/drone strike" and ev.location.country == "TJ"
    assert any(a.side == "KG" for a in ev.actors)


def test_earlier_episode_is_no_event_of_this_one():
    reading = _reading()
    ev, claim = _event_of(reading, "40")
    assert claim.historical and ev is None
    assert all(e.date.start is None or e.date.start.year == 2022 for e in reading.events)


def test_filing_city_is_no_event_place():
    assert all(e.location is None or e.location.name != "Bishkek" for e in _reading().events)


def test_every_event_is_dated_within_the_report_week():
    for e in _reading().events:
        assert date(2022, 9, 11) <= e.date.start <= e.date.end <= date(2022, 9, 18)
