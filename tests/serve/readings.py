"""Readings written by hand for the serve tests: a fictional border war in three reports.

Figures (by hand): killed in the latest reports — KG 30 (health ministry, 20 Sept),
TJ 20 (Tajik embassy, 19 Sept, "at least", partisan, unverified).
"""
from __future__ import annotations

from datetime import date

from tollwatch.models import (Actor, Article, Claim, Event, EventDate, Period, Place, Range,
                              Reading, Source, Span, Toll, Victims)

BATKEN = Place(name="Batken", country="KG", admin1="Batken", lat=40.06, lon=70.82, precision=2)
ISFARA = Place(name="Isfara", country="TJ", admin1="Sughd", lat=40.13, lon=70.63, precision=1)


def _claim(text: str, figure: str, cid: str, category: str, low, high, *, side, by, kind,
           by_side=None, verified=None, partisan=False, scope="side", day=None, place=None) -> Claim:
    start = text.index(figure)
    sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sentence_end = text.find(".", start) + 1 or len(text)
    return Claim(id=cid, category=category, low=low, high=high, text=figure,
                 evidence=Span(sentence_start, sentence_end, text[sentence_start:sentence_end]),
                 rules="test.v1", victims=Victims("people", side),
                 reported_by=Source(by, kind, by_side), verified=verified, partisan=partisan,
                 period=Period(day, day), location=place, scope=scope)


def first_report() -> Reading:
    text = ("BISHKEK, 17 Sept. Fighting on the Kyrgyz-Tajik border killed 12 Kyrgyz citizens, "
            "the Kyrgyz health ministry said. Another 40 people were wounded near Batken.")
    day = date(2022, 9, 17)
    c1 = _claim(text, "12 Kyrgyz citizens", "c1", "killed", 12, 12, side="KG",
                by="Kyrgyz health ministry", kind="government", by_side="KG", partisan=True,
                day=day, place=BATKEN)
    c2 = _claim(text, "40 people", "c2", "injured", 40, 40, side="KG",
                by="Kyrgyz health ministry", kind="government", by_side="KG", day=day, place=BATKEN)
    ev = Event(id="e1", event_type="Battles", sub_event_type="Armed clash",
               evidence=c1.evidence, date=EventDate(day, day, "day"),
               actors=(Actor("Military Forces of Kyrgyzstan", "KG"), Actor("Military Forces of Tajikistan", "TJ", "actor2")),
               location=BATKEN, claims=("c1",))
    art = Article(id="kgtj-1", text=text, title="Border clashes kill 12", published=day)
    return Reading(art, (c1, c2), (ev,), Toll(killed=Range(12, 12, 12), injured=Range(40, 40, 40)))


def second_report() -> Reading:
    text = ("DUSHANBE, 19 Sept. At least 20 Tajik civilians died when a drone struck Isfara, "
            "the Tajik embassy claimed; the figure could not be verified.")
    day = date(2022, 9, 19)
    c1 = _claim(text, "At least 20 Tajik civilians", "c1", "killed", 20, None, side="TJ",
                by="Tajik embassy", kind="government", by_side="TJ", verified=False,
                partisan=True, day=day, place=ISFARA)
    ev = Event(id="e1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
               evidence=c1.evidence, date=EventDate(day, day, "day"),
               actors=(Actor("Military Forces of Kyrgyzstan", "KG"),), location=ISFARA, claims=("c1",))
    art = Article(id="kgtj-2", text=text, title="Drone strike on Isfara", published=day)
    return Reading(art, (c1,), (ev,), Toll(killed=Range(20, 20, None)))


def third_report() -> Reading:
    text = ("BISHKEK, 20 Sept. The Kyrgyz health ministry raised the toll to 30 Kyrgyz dead. "
            "<script>alert('x')</script> <b>bold claims</b> were posted online.")
    day = date(2022, 9, 20)
    c1 = _claim(text, "30 Kyrgyz dead", "c1", "killed", 30, 30, side="KG",
                by="Kyrgyz health ministry", kind="government", by_side="KG", partisan=True,
                day=day, place=BATKEN)
    art = Article(id="kgtj-3", text=text, title="Toll rises to 30 <i>in Kyrgyzstan</i>", published=day)
    return Reading(art, (c1,), (), Toll(killed=Range(30, 30, 30)))


def border_war() -> list[Reading]:
    return [first_report(), second_report(), third_report()]
