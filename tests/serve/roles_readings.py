"""A second hand-written war, built so that every role a claim can play in a toll appears once.

Kyrgyz ministry, 17 Sept: 10 Kyrgyz killed (side), 4 of them at a school (incident, part_of),
  50 killed in April 2021 (historical).
Kyrgyz ministry, 18 Sept: 15 Kyrgyz killed (supersedes the 10), and 60 Tajik soldiers killed
  (a party about its enemy's losses: an adversary's claim).
A wire copy of the 18 Sept report, the same day (a copy of it).
Tajik embassy, 18 Sept: 8 Tajik killed, could not be verified (verified false).
Killed by hand: KG 15, TJ 8, all 23; as of 17 Sept: KG 10, all 10.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from tollwatch.models import (Actor, Article, Event, EventDate, Period, Place, Range, Reading,
                              Toll)

from .readings import BATKEN, ISFARA, _claim

KG_MINISTRY = dict(by="Kyrgyz health ministry", kind="government", by_side="KG", partisan=True)
SCHOOL = Place(name="Kok-Tash", country="KG", admin1="Batken", lat=39.96, lon=70.9, precision=1)


def ministry_17() -> Reading:
    day = date(2022, 9, 17)
    text = ("BISHKEK, 17 Sept. The Kyrgyz health ministry said 10 Kyrgyz citizens were killed "
            "in the border fighting. Four pupils died when a shell hit a school in Kok-Tash. "
            "In April 2021 clashes in the same valley left 50 people dead.")
    c1 = _claim(text, "10 Kyrgyz citizens", "c1", "killed", 10, 10, side="KG", day=day,
                place=BATKEN, **KG_MINISTRY)
    c2 = _claim(text, "Four pupils", "c2", "killed", 4, 4, side="KG", day=day, place=SCHOOL,
                scope="incident", **KG_MINISTRY)
    c2 = replace(c2, part_of="c1")
    c3 = _claim(text, "50 people", "c3", "killed", 50, 50, side="KG", **KG_MINISTRY)
    c3 = replace(c3, historical=True, period=Period(date(2021, 4, 28), date(2021, 4, 30)))
    art = Article(id="roles-1", text=text, title="Ten Kyrgyz killed, ministry says", published=day)
    shell = Event(id="e1", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", evidence=c2.evidence,
                  date=EventDate(day, day, "day"), actors=(Actor("Military Forces of Tajikistan", "TJ"),),
                  location=SCHOOL, claims=("c2",))
    return Reading(art, (c1, c2, c3), (shell,), Toll(killed=Range(10, 10, 10)))


WIRE_18 = ("BISHKEK, 18 Sept. The Kyrgyz health ministry raised its count to 15 Kyrgyz killed "
           "in three days of fighting along the border with Tajikistan, and said its forces had "
           "killed 60 Tajik soldiers in the Batken region, a figure no one else has given. "
           "Residents of villages near the frontier described shelling through the night and "
           "long queues of cars heading north, away from the fighting, on the only road out.")


def ministry_18(article_id: str = "roles-2", text: str = WIRE_18) -> Reading:
    day = date(2022, 9, 18)
    c1 = _claim(text, "15 Kyrgyz killed", "c1", "killed", 15, 15, side="KG", day=day,
                place=BATKEN, **KG_MINISTRY)
    c2 = _claim(text, "60 Tajik soldiers", "c2", "killed", 60, 60, side="TJ", day=day,
                place=BATKEN, **KG_MINISTRY)
    art = Article(id=article_id, text=text, title="Kyrgyz toll rises to 15", published=day)
    return Reading(art, (c1, c2), (), Toll(killed=Range(15, 15, 15)))


def wire_copy() -> Reading:
    text = WIRE_18.replace("Residents of villages", "Residents of several villages")
    return ministry_18("roles-2-copy", text)


def embassy_18() -> Reading:
    day = date(2022, 9, 18)
    text = ("DUSHANBE, 18 Sept. Eight Tajik civilians were killed in Isfara, the Tajik embassy "
            "said; the figure could not be independently verified.")
    c1 = _claim(text, "Eight Tajik civilians", "c1", "killed", 8, 8, side="TJ", day=day,
                place=ISFARA, by="Tajik embassy", kind="government", by_side="TJ",
                partisan=True, verified=False)
    art = Article(id="roles-3", text=text, title="Eight Tajik civilians killed", published=day)
    clash = Event(id="e1", event_type="Battles", sub_event_type="Armed clash", evidence=c1.evidence,
                  date=EventDate(day, day, "day"), actors=(Actor("Military Forces of Kyrgyzstan", "KG"),),
                  location=ISFARA, claims=("c1",))
    return Reading(art, (c1,), (clash,), Toll(killed=Range(8, 8, 8)))


def every_role() -> list[Reading]:
    return [ministry_17(), ministry_18(), wire_copy(), embassy_18()]
