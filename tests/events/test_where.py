"""Where an event happened, not where it was said; a place never under another country's name.

The texts are written for these tests.
"""
from datetime import date

from tollwatch.extract.events.build import build_events
from tollwatch.extract.events.places import find_places
from tollwatch.models import Article, Claim, Span, Victims


def _claim(cid, text, needle, n, side=None):
    start = text.index(needle)
    return Claim(id=cid, category="killed", low=n, high=n, text=needle, victims=Victims("people", side),
                 evidence=Span(start, start + len(needle), needle), rules="test")


def _names(text):
    return [m.text for m in find_places(text)]


def test_the_speakers_place_is_no_place_of_the_event():
    assert _names("Two officials in Dushanbe, speaking on condition of anonymity, told reporters "
                  "that 14 Tajik villagers had died.") == []
    assert _names("Rockets hit Isfara on Thursday, officials in Dushanbe said.") == ["Isfara"]
    assert _names("Rockets hit Isfara on Thursday, according to sources in Dushanbe.") == ["Isfara"]
    assert _names("Rockets hit a school on Thursday, said a spokesman in Dushanbe.") == []


def test_a_place_after_a_clause_that_is_no_attribution_stays():
    text = "The truce mostly held, although each side accused the other of firing near Isfara."
    assert _names(text) == ["Isfara"]
    assert _names("Tajik troops shelled Batken, killing four people.") == ["Batken"]


def test_figures_told_from_the_capital_are_placed_where_the_victims_are():
    text = ("Officials in Bishkek said 12 Kyrgyz soldiers were killed on Thursday in fighting with "
            "Tajik troops in the Batken region.")
    claims = [_claim("c1", text, "12 Kyrgyz soldiers", 12, side="KG")]
    _, events = build_events(Article(id="w1", text=text, published=date(2022, 9, 17)), claims)
    event = next(e for e in events if "c1" in e.claims)
    assert (event.location.country, event.location.admin1) == ("KG", "Batken")
    assert event.location.name != "Bishkek"


def test_a_town_of_one_country_is_not_filed_under_the_other():
    text = ("Azerbaijan said two of its soldiers were killed by Armenian fire in Lachin district on "
            "Monday. In the resort town of Jermuk, 300 residents fled after shells landed nearby, regional "
            "officials said.")
    _, events = build_events(Article(id="w2", text=text, published=date(2022, 9, 14)),
                             [_claim("c1", text, "two of its soldiers", 2, side="AZ")])
    shelled = next(e for e in events if "Jermuk" in e.evidence.sentence)
    assert (shelled.location.name, shelled.location.country) == ("Jermuk", "AM")
    assert shelled.location.admin1 == "Vayots Dzor"


def test_an_unknown_town_borrows_no_neighbours_place():
    text = ("Azerbaijan said two of its soldiers were killed in Lachin district on Monday. "
            "In the hill village of Zarvashen, 300 residents fled after shells landed nearby.")
    _, events = build_events(Article(id="w3", text=text, published=date(2022, 9, 14)),
                             [_claim("c1", text, "two of its soldiers", 2, side="AZ")])
    shelled = next(e for e in events if "Zarvashen" in e.evidence.sentence)
    assert shelled.location is None or shelled.location.admin1 is None


def test_civilians_are_never_actor1_outside_riots_and_protests():
    from tollwatch.extract.events.actors import find_actors, interaction

    def roles(sentence, event_type):
        return [(a.name, a.role, a.inter) for a in find_actors(sentence, "TJ", event_type)]

    got = roles("Villagers said soldiers opened fire on them.", "Violence against civilians")
    assert got == [("Military Forces of Tajikistan", "actor1", 1), ("Civilians (Tajikistan)", "actor2", 7)]
    got = roles("Three civilians were killed when shells hit the market.", "Explosions/Remote violence")
    assert got == [("Unidentified Armed Group (Tajikistan)", "actor1", 3),
                   ("Civilians (Tajikistan)", "actor2", 7)]
    assert interaction(got[0][2], got[1][2]) == 37
    got = roles("Residents were evacuated from two villages.", "Strategic developments")
    assert got == [("Civilians (Tajikistan)", "actor2", 7)]
    got = roles("Rioters beat two passers-by; residents fled.", "Riots")
    assert got[0][1] == "actor1" and got[0][2] == 5


def test_civilian_victims_of_a_clash_do_not_lead_the_event():
    text = "Tajik officials said 20 people died in the clashes, most of them civilians."
    claims = [_claim("c1", text, "20 people", 20, side="TJ")]
    _, events = build_events(Article(id="w4", text=text, published=date(2022, 9, 17)), claims)
    assert events and all(a.inter != 7 for a in events[0].actors if a.role == "actor1")


def test_an_undated_reports_events_take_no_date_from_an_earlier_episode():
    text = ("Fighting on the border killed 30 people this week, both sides said.\n\n"
            "The toll already exceeds that of the last big clashes, in March 2021, which left about "
            "forty people dead.\n\n"
            "On Saturday morning, officials said two more soldiers had been killed near the border post.")
    claims = [_claim("c1", text, "30 people", 30), _claim("c2", text, "about forty people", 40),
              _claim("c3", text, "two more soldiers", 2)]
    claims[1] = claims[1].with_(historical=True)
    claims, events = build_events(Article(id="u1", text=text), claims)
    assert events and all(e.date.start is None for e in events)
    assert all(c.period.start is None for c in claims)
