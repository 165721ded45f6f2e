"""The conflict page's map in a real Chromium against `tollwatch serve`.

Over tests/serve/map_readings.py (by hand: 7 incidents, 5 on the map at Batken 3, Isfara 1,
Osh 1; Batken and Isfara, 20 km apart, are one cluster at the fitted view; 2 incidents without
coordinates) and over the demo corpus (the markers against the GeoJSON export). Every request
must stay on 127.0.0.1 and the console must stay clean. The demo page, a marker clicked, is
docs/screenshots/conflict-map.png.
"""
from __future__ import annotations

import httpx
import pytest

from .conftest import REPO_ROOT, serve_readings
from .map_readings import stacked_war

pytestmark = pytest.mark.browser
SHOTS = REPO_ROOT / "docs" / "screenshots"
CID = "kg-tj-2022-09"
LOCATED = {"map-1#e1", "map-1#e2", "map-2#e2", "map-2#e3", "map-3#e1"}
MARKERS = "#event-map .scattergeo .point"


@pytest.fixture(scope="module")
def map_server(tmp_path_factory):
    server = serve_readings(tmp_path_factory, "map", stacked_war())
    yield server
    server.stop()


def drawn_map(page) -> None:
    page.wait_for_load_state("load")
    page.wait_for_selector(MARKERS, state="attached", timeout=20_000)
    page.wait_for_selector("#event-map .countries path", state="attached", timeout=20_000)


def click_marker(page, n: int) -> str:
    """Click the n-th marker where it is drawn; the incident id the page then shows."""
    page.locator("#event-map").scroll_into_view_if_needed()
    box = page.locator(MARKERS).nth(n).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.evaluate("document.getElementById('event-detail').dataset.incident = ''")
    page.mouse.move(1, 1)                                          # off the map: no hover left
    page.wait_for_selector("#event-map .hoverlayer .hovertext", state="detached")
    page.mouse.move(x, y)
    page.wait_for_selector("#event-map .hoverlayer .hovertext")   # plotly has found the marker
    page.mouse.click(x, y)
    page.wait_for_function("document.getElementById('event-detail').dataset.incident")
    return page.locator("#event-detail").get_attribute("data-incident")


def marker_centres(page) -> list[tuple[float, float]]:
    boxes = [page.locator(MARKERS).nth(n).bounding_box() for n in range(page.locator(MARKERS).count())]
    return [(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2) for b in boxes]


def labels(page) -> list[str]:
    """The place labels as drawn, one line of a label after another, joined by ' | '."""
    return page.locator("#event-map .scattergeo text").evaluate_all("""els => els.map(e => {
        const lines = Array.from(e.querySelectorAll('tspan.line'));
        const text = lines.length ? lines.map(l => l.textContent).join(' | ') : e.textContent;
        return text.replace(/\\u00a0/g, ' ').trim(); })""")


def test_markers_clusters_and_the_unlocated_list(watched, map_server):
    page = watched
    page.goto(f"{map_server.url}/conflicts/{CID}")
    drawn_map(page)
    assert page.locator(MARKERS).count() == 5
    # Batken (3) and Isfara (1) are one cluster of 4 at the fitted view, Osh a place alone
    assert sorted(labels(page)) == sorted(["4 incidents | Batken, KG · 3 | Isfara, TJ", "Osh, KG"])
    # stacked markers are separated: no two drawn within 12 px of each other
    centres = marker_centres(page)
    gaps = [((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
            for k, (ax, ay) in enumerate(centres) for bx, by in centres[k + 1:]]
    assert min(gaps) >= 12, gaps
    # the view is fitted to the conflict: every marker inside the map, the map not the world
    box = page.locator("#event-map").bounding_box()
    assert all(box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]
               for x, y in centres)
    lat = page.evaluate("document.getElementById('event-map')._fullLayout.geo.lataxis.range")
    assert lat[0] < 40.06 and lat[1] > 40.53 and lat[1] - lat[0] < 6

    unlocated = page.locator("#unlocated li[data-incident]")
    assert sorted(unlocated.evaluate_all("els => els.map(e => e.dataset.incident)")) == ["map-1#e3", "map-3#e2"]
    assert "placed only as Kyrgyzstan (KG)" in unlocated.nth(0).inner_text()
    unlocated.nth(1).locator("button").click()
    detail = page.locator("#event-detail")
    assert detail.get_attribute("data-incident") == "map-3#e2"
    assert "Arrests" in detail.inner_text() and "no coordinates" in detail.inner_text()
    # the markers' list opens the same event from the keyboard
    page.locator("details.located summary").click()
    page.locator("#located li[data-incident='map-2#e2'] button").focus()
    page.keyboard.press("Enter")
    assert detail.get_attribute("data-incident") == "map-2#e2"
    assert "Air/drone strike" in detail.inner_text()
    assert page.outside_requests == [] and page.console_errors == []


def test_clicking_a_marker_shows_its_event_figures_and_evidence(watched, map_server):
    page = watched
    page.goto(f"{map_server.url}/conflicts/{CID}")
    drawn_map(page)
    shown = {click_marker(page, n): n for n in range(page.locator(MARKERS).count())}
    assert set(shown) == LOCATED                       # each marker opens its own incident

    click_marker(page, shown["map-2#e2"])
    detail = page.locator("#event-detail")
    text = detail.inner_text()
    assert "Air/drone strike · Explosions/Remote violence" in text
    assert "2022-09-18" in text and "Isfara (Sughd, TJ)" in text
    assert "5 · stated for this incident" in text
    assert "Ferghana Valley Wire" in text             # a source of the incident
    figure = detail.locator("table.figures tbody tr")
    assert figure.count() == 1
    assert figure.locator("td").nth(0).inner_text() == "five Tajik civilians"
    assert "(not verified)" in figure.inner_text()
    evidence = ("A Kyrgyz drone hit a market in Isfara, killing five Tajik civilians, "
                "according to the Tajik embassy.")
    assert detail.locator("blockquote.evidence").inner_text() == f"“{evidence}”"
    figure.locator("td.sentence a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/articles/map-2#claim-c2")
    assert page.locator("mark.figure#claim-c2").inner_text().startswith("five Tajik civilians")
    assert page.outside_requests == [] and page.console_errors == []


def test_as_of_a_day_the_map_shows_that_day(watched, map_server):
    page = watched
    page.goto(f"{map_server.url}/conflicts/{CID}?as_of=2022-09-17")
    drawn_map(page)
    assert page.locator(MARKERS).count() == 2
    assert labels(page) == ["Batken, KG · 2 incidents"]
    assert page.locator("#unlocated li[data-incident]").count() == 1
    assert page.outside_requests == [] and page.console_errors == []


def test_demo_markers_are_the_exported_incidents(watched, demo_server):
    page = watched
    conflicts = httpx.get(demo_server.url + "/api/v1/conflicts").json()["items"]
    kgtj = next(t["conflict"]["id"] for t in conflicts if set(t["conflict"]["countries"]) >= {"KG", "TJ"})
    page.goto(f"{demo_server.url}/conflicts/{kgtj}")
    drawn_map(page)
    geo = httpx.get(demo_server.url + "/api/v1/exports/events.geojson", params={"conflict": kgtj}).json()
    placed = {f["id"] for f in geo["features"] if f["geometry"]}
    unplaced = {f["id"] for f in geo["features"] if not f["geometry"] and f["properties"]["event"]}
    assert page.locator(MARKERS).count() == len(placed) > 0
    listed = page.locator("#unlocated li[data-incident]").evaluate_all("els => els.map(e => e.dataset.incident)")
    assert set(listed) == unplaced
    shown = click_marker(page, 0)
    assert shown in placed
    assert page.locator("#event-detail blockquote.evidence").inner_text().strip()
    assert page.outside_requests == [] and page.console_errors == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    # the page from its title down to the map and the event shown under it
    bottom = page.evaluate("document.getElementById('map').getBoundingClientRect().bottom + window.scrollY")
    page.screenshot(path=str(SHOTS / "conflict-map.png"), full_page=True,
                    clip={"x": 0, "y": 0, "width": 1280, "height": bottom + 12})
