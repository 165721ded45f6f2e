"""Readings built by hand for the store tests (texts written for these tests)."""
from __future__ import annotations

from datetime import date

from tollwatch.models import (Actor, Article, Claim, Event, EventDate, Period, Place, Range,
                              Reading, Source, Span, Toll, Victims)

BORDER_TEXT = ("Shelling near the border village of Ovchi killed at least 12 civilians on "
               "Friday, the regional health office said. Another 30 people were wounded and "
               "four soldiers are missing after a drone strike hit a mosque.")
CAPITAL_TEXT = ("Officials in the capital said two police officers were detained after the "
                "protest. No deaths were reported.")
FLOOD_TEXT = "A convoy was ambushed on the mountain road; several drivers were kidnapped."


def border_reading(**article_changes) -> Reading:
    kw = dict(id="border-1", text=BORDER_TEXT, title="Shelling kills civilians near Ovchi",
              url="https://www.example.org/news/ovchi?utm_source=feed",
              published=date(2022, 9, 16), published_inferred=True, outlet="Example Wire",
              origin="tests/border.txt")
    kw.update(article_changes)
    article = Article(**kw)
    place = Place(name="Ovchi", country="KG", admin1="Batken", lat=40.1, lon=70.75, precision=1)
    killed = Claim(id="c1", category="killed", low=12, high=None, text="at least 12 civilians",
                   evidence=Span(0, 103, BORDER_TEXT[:103]), rules="casualties.v1",
                   victims=Victims("civilians", "KG"),
                   reported_by=Source("the regional health office", "government", "KG"),
                   verified=None, partisan=True, period=Period(date(2022, 9, 16), date(2022, 9, 16)),
                   location=place, scope="side")
    injured = Claim(id="c2", category="injured", low=30, high=30, text="Another 30 people",
                    evidence=Span(104, 140, BORDER_TEXT[104:140]), rules="casualties.v1",
                    approximate=False, best=30, verified=False, location=Place(),
                    scope="incident", part_of="c1", cumulative=True)
    missing = Claim(id="c3", category="missing", low=4, high=4, text="four soldiers",
                    evidence=Span(145, 159, "four soldiers are missing"), rules="casualties.v1",
                    victims=Victims("soldiers", None), verified=True,
                    reported_by=Source("Reuters", "agency", None), historical=True)
    strike = Event(id="e1", event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", evidence=Span(160, 200, "a drone strike"),
                   date=EventDate(date(2022, 9, 16), date(2022, 9, 17), "day"),
                   actors=(Actor("Military Forces of Tajikistan", "TJ", "actor1", 1),
                           Actor("Civilians (Kyrgyzstan)", "KG", "actor2", 7)),
                   location=place, claims=("c1", "c2"))
    toll = Toll(killed=Range(12, 12, None), injured=Range(30, 30, 30), missing=Range(4, 4, 4))
    return Reading(article=article, claims=(killed, injured, missing), events=(strike,), toll=toll)


def capital_reading() -> Reading:
    article = Article(id="capital-2", text=CAPITAL_TEXT, title=None, url=None,
                      published=date(2022, 9, 20))
    detained = Claim(id="c1", category="detained", low=2, high=2, text="two police officers",
                     evidence=Span(20, 60, CAPITAL_TEXT[:60]), rules="casualties.v2",
                     victims=Victims("police officers", "TJ"),
                     reported_by=Source("Officials", "government", "TJ"), verified=True)
    return Reading(article=article, claims=(detained,),
                   toll=Toll(detained=Range(2, 2, 2)))


def undated_reading() -> Reading:
    """No date, no title, no URL, no events; a claim with an unknown number."""
    article = Article(id="undated-3", text=FLOOD_TEXT)
    kidnapped = Claim(id="c1", category="kidnapped", low=None, high=None,
                      text="several drivers", evidence=Span(40, 72, FLOOD_TEXT),
                      rules="casualties.v1", approximate=True)
    return Reading(article=article, claims=(kidnapped,), toll=Toll(kidnapped=Range(None, None, None)))
