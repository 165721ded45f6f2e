"""A third hand-written border war, for the map: stacked places, a repeated incident, events
without coordinates.

Reports (all invented, in our own words):
- 17 Sept, Kyrgyz ministry: shelling of Batken (9 Kyrgyz killed there) and, the same day in
  Batken, an attack on a bus of civilians (3 killed); a ceasefire talk "somewhere in Kyrgyzstan"
  (a country, no coordinates).
- 18 Sept, a wire: the same Batken shelling of the 17th told again (no new incident), a drone
  strike on Isfara (5 Tajik killed), fighting near Osh on the 18th.
- 19 Sept, Tajik embassy: more shelling of Batken on the 19th (2 killed), and arrests at a place
  it does not name (no location at all).

By hand: 7 incidents (8 article events: the 17th's shelling is reported twice); 5 on the map
at 3 places (Batken 3, Isfara 1, Osh 1); 2 without coordinates. As of 17 Sept: 3 incidents,
2 on the map (both in Batken), 1 without coordinates.
"""
from __future__ import annotations

from datetime import date

from tollwatch.models import (Actor, Article, Event, EventDate, Place, Range, Reading, Span,
                              Toll)

from .readings import BATKEN, ISFARA, _claim

OSH = Place(name="Osh", country="KG", admin1="Osh", lat=40.53, lon=72.8, precision=1)
KYRGYZSTAN = Place(name="Kyrgyzstan", country="KG")
KG_FORCES = Actor("Military Forces of Kyrgyzstan", "KG")
TJ_FORCES = Actor("Military Forces of Tajikistan", "TJ")
MINISTRY = dict(by="Kyrgyz health ministry", kind="government", by_side="KG", partisan=True)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _event(eid, kind, text, sentence_of, day, place, claims=(), actors=(TJ_FORCES,)) -> Event:
    start = text.index(sentence_of)
    end = text.find(".", start) + 1
    return Event(id=eid, event_type=kind[0], sub_event_type=kind[1],
                 evidence=Span(start, end, text[start:end]), date=EventDate(day, day, "day"),
                 actors=actors, location=place, claims=claims)


def ministry_17() -> Reading:
    day = date(2022, 9, 17)
    text = ("BISHKEK, 17 Sept. Tajik artillery pounded Batken through the morning and nine Kyrgyz "
            "residents were killed, the Kyrgyz health ministry said. In the afternoon gunmen fired "
            "on a bus leaving Batken, killing three Kyrgyz passengers. Envoys of both "
            "governments met for ceasefire talks at an undisclosed site in Kyrgyzstan.")
    c1 = _claim(text, "nine Kyrgyz residents", "c1", "killed", 9, 9, side="KG", day=day,
                place=BATKEN, scope="incident", **MINISTRY)
    c2 = _claim(text, "three Kyrgyz passengers", "c2", "killed", 3, 3, side="KG", day=day,
                place=BATKEN, scope="incident", **MINISTRY)
    events = (
        _event("e1", SHELLING, text, "Tajik artillery", day, BATKEN, ("c1",)),
        _event("e2", ("Violence against civilians", "Attack"), text, "In the afternoon", day,
               BATKEN, ("c2",)),
        _event("e3", ("Strategic developments", "Agreement"), text, "Envoys of both", day,
               KYRGYZSTAN, actors=(KG_FORCES, TJ_FORCES)),
    )
    art = Article(id="map-1", text=text, title="Shelling and a bus attack in Batken", published=day)
    return Reading(art, (c1, c2), events, Toll(killed=Range(12, 12, 12)))


def wire_18() -> Reading:
    day = date(2022, 9, 18)
    text = ("OSH, 18 Sept. Yesterday's bombardment of Batken left nine Kyrgyz residents dead, "
            "officials in Bishkek repeated. A Kyrgyz drone hit a market in Isfara, killing five "
            "Tajik civilians, according to the Tajik embassy. Soldiers of both armies exchanged "
            "fire outside Osh before dawn.")
    c1 = _claim(text, "nine Kyrgyz residents", "c1", "killed", 9, 9, side="KG",
                day=date(2022, 9, 17), place=BATKEN, scope="incident", **MINISTRY)
    c2 = _claim(text, "five Tajik civilians", "c2", "killed", 5, 5, side="TJ", day=day,
                place=ISFARA, scope="incident", by="Tajik embassy", kind="government",
                by_side="TJ", partisan=True, verified=False)
    events = (
        _event("e1", SHELLING, text, "Yesterday's bombardment", date(2022, 9, 17), BATKEN, ("c1",)),
        _event("e2", ("Explosions/Remote violence", "Air/drone strike"), text, "A Kyrgyz drone",
               day, ISFARA, ("c2",), actors=(KG_FORCES,)),
        _event("e3", ("Battles", "Armed clash"), text, "Soldiers of both", day, OSH,
               actors=(KG_FORCES, TJ_FORCES)),
    )
    art = Article(id="map-2", text=text, title="Drone strike on an Isfara market", published=day,
                  outlet="Ferghana Valley Wire")
    return Reading(art, (c1, c2), events, Toll(killed=Range(14, 14, 14)))


def embassy_19() -> Reading:
    day = date(2022, 9, 19)
    text = ("DUSHANBE, 19 Sept. Renewed shelling of Batken on Monday killed two Kyrgyz herders, "
            "the Tajik embassy acknowledged. Tajik police detained several men they accused of "
            "spying, without saying where.")
    c1 = _claim(text, "two Kyrgyz herders", "c1", "killed", 2, 2, side="KG", day=day,
                place=BATKEN, scope="incident", by="Tajik embassy", kind="government",
                by_side="TJ")
    events = (
        _event("e1", SHELLING, text, "Renewed shelling", day, BATKEN, ("c1",)),
        _event("e2", ("Strategic developments", "Arrests"), text, "Tajik police", day, None,
               actors=(TJ_FORCES,)),
    )
    art = Article(id="map-3", text=text, title="Two herders killed in new shelling", published=day)
    return Reading(art, (c1,), events, Toll(killed=Range(2, 2, 2)))


def stacked_war() -> list[Reading]:
    return [ministry_17(), wire_18(), embassy_19()]
