"""A scenario written by hand for the export tests: two conflicts the same week, a wire copy,
an update, an adversary's claim, a historical figure, a figure no event carries.

India–Pakistan (expected, by hand):
  a1 (2 May)  Indian Army: 4 Indian soldiers killed at Uri on 1 May (incident); it also says
              3 Pakistani soldiers died (an adversary's claim: never counts).
  a2 (2 May)  a word-for-word copy of a1.
  a3 (3 May)  Indian Army: the toll rose to 9 Indian soldiers (the side's figure, an update);
              Pakistani military: 2 of its soldiers killed at Kotli on 3 May (the side's figure).
  a4 (4 May)  district officials: 3 civilians killed by shelling in Poonch on 4 May (incident);
              a news agency: at least 10 killed on both sides; 40 killed in 2019 (historical).
  Toll: India max(9, 4 + 3) = 9, Pakistan 2, total max(10, 11) = 11, high open.
  Incidents: Uri (a1, a2, a3) 4 stated + 1 apportioned = 5; Poonch 3 stated + 1 apportioned
  = 4 (India's 9 - 7 shared by Uri and Poonch); Kotli 2 apportioned (Pakistan's only incident
  in its figure's period). 5 + 4 + 2 = 11.
  As of 2 May: only Uri, 4 stated.

Sudan–South Sudan:
  b1 (2 May)  Sudanese army: 12 soldiers killed at Heglig on 1 May (incident).
  b2 (3 May)  South Sudan's government: 5 South Sudanese killed (side); a UN agency: at least 20
              killed in all around Heglig, 1-2 May (total). b2 reports no event.
  Toll: Sudan 12, South Sudan 5, total max(20, 17) = 20.
  Rows: Heglig 12 stated + 3 apportioned of unknown side = 15; South Sudan's 5 touch no event:
  an aggregate row. 15 + 5 = 20.
"""
from __future__ import annotations

from datetime import date

from tollwatch.models import (Actor, Article, Claim, Event, EventDate, Period, Place, Reading,
                              Source, Span, Victims)

D = date


def claim(cid, low, high="same", *, side, by, by_side, kind="military", scope="side",
          group="soldiers", place=None, day=None, end=None, partisan=False, historical=False,
          cumulative=False):
    return Claim(id=cid, category="killed", low=low, high=low if high == "same" else high,
                 text=str(low), evidence=Span(0, 1, "x"), rules="test.v1", scope=scope,
                 victims=Victims(group, side), reported_by=Source(by, kind, by_side),
                 partisan=partisan, historical=historical, cumulative=cumulative,
                 period=Period(day, end or day), location=place)


def event(eid, etype, sub, day, place, claims, actors=(), end=None):
    return Event(id=eid, event_type=etype, sub_event_type=sub, evidence=Span(0, 1, f"{eid} text"),
                 date=EventDate(day, end or day, "day" if end is None else "week"),
                 actors=tuple(actors), location=place, claims=tuple(claims))


URI = Place("Uri", "IN", "Jammu and Kashmir", 34.08, 74.05, 1)
POONCH = Place("Poonch", "IN", "Jammu and Kashmir", 33.77, 74.09, 1)
KOTLI = Place("Kotli", "PK", "Azad Kashmir", 33.52, 73.90, 1)
HEGLIG = Place("Heglig", "SD", "West Kordofan", 10.0, 29.4, 1)
IN_ARMY = Actor("Military Forces of India", "IN", "actor1", 1)
PK_ARMY = Actor("Military Forces of Pakistan", "PK", "actor2", 1)


def _reading(aid, day, text, claims, events, outlet=None):
    return Reading(article=Article(id=aid, text=text, published=day, outlet=outlet),
                   claims=tuple(claims), events=tuple(events))


def india_pakistan() -> list[Reading]:
    a1_claims = [claim("c1", 4, side="IN", by="Indian Army", by_side="IN", scope="incident",
                       place=URI, day=D(2023, 5, 1)),
                 claim("c2", 3, side="PK", by="Indian Army", by_side="IN", partisan=True,
                       day=D(2023, 5, 1))]
    a1_events = [event("e1", "Battles", "Armed clash", D(2023, 5, 1), URI, ["c1", "c2"],
                       [IN_ARMY, PK_ARMY])]
    text1 = ("Four Indian soldiers were killed in an exchange of fire at Uri on Monday, the Indian "
             "Army said, adding that three Pakistani soldiers also died.")
    a3 = _reading("a3", D(2023, 5, 3), "The Indian Army said the toll had risen to nine soldiers; "
                  "Pakistan's military said two of its soldiers died at Kotli.", [
        claim("c1", 9, side="IN", by="Indian Army", by_side="IN", day=D(2023, 5, 1),
              end=D(2023, 5, 3), cumulative=True),
        claim("c2", 2, side="PK", by="Pakistani military", by_side="PK", day=D(2023, 5, 3))],
        [event("e1", "Battles", "Armed clash", D(2023, 5, 1), URI, ["c1"], [IN_ARMY, PK_ARMY],
               end=D(2023, 5, 3)),
         event("e2", "Battles", "Armed clash", D(2023, 5, 3), KOTLI, ["c2"],
               [Actor("Military Forces of Pakistan", "PK", "actor1", 1)])])
    a4 = _reading("a4", D(2023, 5, 4), "Shelling killed three civilians in Poonch; at least ten "
                  "people have died on both sides. In 2019 forty were killed.", [
        claim("c1", 3, side="IN", by="district officials", by_side="IN", kind="government",
              scope="incident", group="civilians", place=POONCH, day=D(2023, 5, 4)),
        claim("c2", 10, None, side=None, by="Press Trust", by_side=None, kind="agency",
              scope="total", group="people", day=D(2023, 5, 1), end=D(2023, 5, 4)),
        claim("c3", 40, side=None, by=None, by_side=None, kind=None, scope="total",
              group="people", day=D(2019, 2, 14), historical=True)],
        [event("e1", "Explosions/Remote violence", "Shelling/artillery/missile attack",
               D(2023, 5, 4), POONCH, ["c1", "c3"],
               # as a reader may wrongly give it: the civilians as actor1
               [Actor("Civilians (India)", "IN", "actor1", 7),
                Actor("Military Forces of Pakistan", "PK", "actor2", 1)])])
    return [_reading("a1", D(2023, 5, 2), text1, a1_claims, a1_events, outlet="Wire A"),
            _reading("a2", D(2023, 5, 2), text1, a1_claims, a1_events, outlet="Wire B"), a3, a4]


def sudan_south_sudan() -> list[Reading]:
    b1 = _reading("b1", D(2023, 5, 2), "Twelve Sudanese soldiers were killed at Heglig on Monday, "
                  "the army said.", [
        claim("c1", 12, side="SD", by="Sudanese army", by_side="SD", scope="incident",
              place=HEGLIG, day=D(2023, 5, 1))],
        [event("e1", "Battles", "Armed clash", D(2023, 5, 1), HEGLIG, ["c1"],
               [Actor("Military Forces of Sudan", "SD", "actor1", 1)])])
    b2 = _reading("b2", D(2023, 5, 3), "South Sudan's government said five South Sudanese died; "
                  "a UN agency counted at least twenty dead in all.", [
        claim("c1", 5, side="SS", by="South Sudan government", by_side="SS", kind="government",
              group="people", day=D(2023, 5, 1), end=D(2023, 5, 2)),
        claim("c2", 20, None, side=None, by="UN humanitarian office", by_side=None, kind="ngo",
              scope="total", group="people", day=D(2023, 5, 1), end=D(2023, 5, 2),
              place=HEGLIG)], [])
    return [b1, b2]


def readings() -> list[Reading]:
    return india_pakistan() + sudan_south_sudan()
