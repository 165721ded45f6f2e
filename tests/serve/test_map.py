"""The conflict page's map, without a browser: one marker per incident as the exports count
them, places with their counts, the incidents without coordinates listed, all as of the page's
day. Figures by hand in tests/serve/map_readings.py.
"""
from __future__ import annotations

import html as html_lib
import json
import re
from datetime import date

import pytest

from tollwatch.serve.event_map import incident_map
from tollwatch.serve.view import View

from .conftest import client_over
from .map_readings import stacked_war

CID = "kg-tj-2022-09"
LOCATED = {"map-1#e1", "map-1#e2", "map-2#e2", "map-2#e3", "map-3#e1"}
UNLOCATED = {"map-1#e3", "map-3#e2"}


@pytest.fixture
def map_client(store, db_url):
    with client_over(store, db_url, stacked_war()) as c:
        yield c


def the_map(readings, as_of=None):
    view = View.build(readings)
    return incident_map(view.readings.values(), CID, as_of, view.claim_index)


def chart_map(page: str) -> dict:
    raw = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page, re.S)
    return json.loads(raw.group(1))["map"]


def test_one_marker_per_incident_and_places_with_their_counts():
    m = the_map(stacked_war())
    # 8 article events, 7 incidents: the wire's retelling of the 17th's shelling is no new one
    assert {i["id"] for i in m["located"]} == LOCATED
    assert {i["id"] for i in m["unlocated"]} == UNLOCATED
    assert [(p["name"], p["country"], p["count"]) for p in m["places"]] == [
        ("Batken", "KG", 3), ("Isfara", "TJ", 1), ("Osh", "KG", 1)]
    batken = [i for i in m["located"] if i["place_index"] == 0]
    assert {i["id"] for i in batken} == {"map-1#e1", "map-1#e2", "map-3#e1"}
    assert m["aggregate"] == []


def test_an_incident_carries_its_figures_sources_and_evidence():
    m = {i["id"]: i for i in the_map(stacked_war())["located"]}
    shelling = m["map-1#e1"]
    assert shelling["articles"] == ["map-1", "map-2"]            # told twice, one incident
    assert shelling["killed"] == {"low": 9, "best": 9, "high": 9}
    assert shelling["date"]["start"] == "2022-09-17"
    assert [(f["article"], f["claim"], f["text"]) for f in shelling["figures"]] == [
        ("map-1", "c1", "nine Kyrgyz residents"), ("map-2", "c1", "nine Kyrgyz residents")]
    assert shelling["evidence"] == {
        "article": "map-1",
        "sentence": "Tajik artillery pounded Batken through the morning and nine Kyrgyz "
                    "residents were killed, the Kyrgyz health ministry said."}
    drone = m["map-2#e2"]
    assert (drone["event_type"], drone["sub_event_type"]) == ("Explosions/Remote violence",
                                                              "Air/drone strike")
    assert drone["where"] == "Isfara (Sughd, TJ)"
    assert drone["killed"]["best"] == 5 and drone["basis"] == "stated"
    assert [f["verified"] for f in drone["figures"]] == [False]
    assert "Ferghana Valley Wire" in drone["sources"]


def test_as_of_a_day_the_map_holds_what_was_reported_by_then():
    m = the_map(stacked_war(), date(2022, 9, 17))
    assert {i["id"] for i in m["located"]} == {"map-1#e1", "map-1#e2"}
    assert [(p["name"], p["count"]) for p in m["places"]] == [("Batken", 2)]
    assert {i["id"] for i in m["unlocated"]} == {"map-1#e3"}
    assert m["located"][0]["articles"] == ["map-1"]              # the wire came a day later


def test_the_page_lists_the_incidents_it_cannot_place(map_client):
    page = map_client.get(f"/conflicts/{CID}").text
    block = re.search(r'<ul id="unlocated"[^>]*>(.*?)</ul>', page, re.S).group(1)
    listed = re.findall(r'<li data-incident="([^"]+)">(.*?)</li>', block, re.S)
    assert {i for i, _ in listed} == UNLOCATED
    text = {i: " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", t)).split()) for i, t in listed}
    assert "placed only as Kyrgyzstan (KG)" in text["map-1#e3"]
    assert "Agreement" in text["map-1#e3"] and "2022-09-17" in text["map-1#e3"]
    assert "place unknown" in text["map-3#e2"] and "Arrests" in text["map-3#e2"]
    caption = " ".join(re.sub(r"<[^>]+>", "", re.search(
        r'<figcaption id="map-caption">(.*?)</figcaption>', page, re.S).group(1)).split())
    assert caption.startswith("Incidents (7): 5 on the map at 3 places")
    assert "2 without coordinates" in caption
    # the markers also as a list (for the keyboard and for reading)
    on_map = re.search(r'<ul id="located">(.*?)</ul>', page, re.S).group(1)
    assert set(re.findall(r'<li data-incident="([^"]+)">', on_map)) == LOCATED


def test_the_map_and_the_geojson_export_name_the_same_incidents(map_client):
    for as_of in ("", "2022-09-17", "2022-09-18"):
        query = f"?as_of={as_of}" if as_of else ""
        m = chart_map(map_client.get(f"/conflicts/{CID}{query}").text)
        params = {"conflict": CID} | ({"as_of": as_of} if as_of else {})
        geo = map_client.get("/api/v1/exports/events.geojson", params=params).json()
        placed = {f["id"]: f["geometry"]["coordinates"] for f in geo["features"] if f["geometry"]}
        assert {i["id"]: [i["lon"], i["lat"]] for i in m["located"]} == placed, as_of
        unplaced = {f["id"] for f in geo["features"] if not f["geometry"]
                    and f["properties"]["event"]}
        assert {i["id"] for i in m["unlocated"]} == unplaced, as_of
