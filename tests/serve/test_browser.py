"""The dashboard in a real Chromium against a real `tollwatch serve`.

Over the hand-written border war the figures are known by hand (KG 30, TJ at least 20, total 50),
over the demo corpus from docs/DEMO.md (KG 46, TJ 35, total 81);
and everywhere the page must show what the API says. Screenshots go to artifacts/
"""
from __future__ import annotations

import httpx
import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def plotted(page, div: str) -> list[dict]:
    """The traces plotly drew in `div` (name, type, x, y), read from the live page."""
    page.wait_for_function(f"document.getElementById('{div}') && document.getElementById('{div}').data")
    return page.evaluate(f"""Array.from(document.getElementById('{div}').data).map(t => (
        {{name: t.name, type: t.type || 'scatter', x: t.x ? Array.from(t.x) : null,
          y: t.y ? Array.from(t.y) : null, lat: t.lat ? Array.from(t.lat) : null}}))""")


def open_conflict(page, server, name_part: str) -> None:
    page.goto(server.url + "/")
    page.get_by_role("link", name=name_part).first.click()
    page.wait_for_load_state("networkidle")


def test_conflict_page_shows_band_series_map_and_claims(page, hand_server):
    open_conflict(page, hand_server, "Kyrgyzstan")
    assert "/conflicts/" in page.url

    band = {t["name"]: t for t in plotted(page, "band-chart")}
    # one point per day a report came in (17, 19, 20 Sept); the Tajik figure appears on the 19th
    assert band["KG"]["y"] == [12, 12, 30] and band["TJ"]["y"] == [20, 20]
    assert band["KG"]["x"][-1].startswith("2022-09-20")
    assert band["all"]["y"][-1] == 50
    sources = {t["name"]: t["y"] for t in plotted(page, "source-chart")}
    assert sources == {"Ministry of Health of Kyrgyzstan · KG": [12, 30],
                       "Embassy of Tajikistan · TJ": [20]}

    events = plotted(page, "event-map")
    # one trace per event type, then the legs of spread markers and the place labels
    assert {t["name"] for t in events} == {"Battles", "Explosions/Remote violence", "spread", "places"}
    assert all(t["type"] == "scattergeo" for t in events)
    page.wait_for_selector("#event-map .countries path", state="attached", timeout=15_000)
    assert page.locator("#event-map .scattergeo .point").count() == 2

    rows = page.locator("#claims-table tbody tr")
    assert rows.count() == 4
    embassy = rows.filter(has_text="Tajik embassy")
    assert embassy.locator("td.best").inner_text() == "20"
    assert embassy.locator("td.verified-false").inner_text() == "not verified"
    assert page.locator("#toll-table tr[data-category=killed][data-side=KG] td.best").inner_text() == "30"
    assert page.outside_requests == []
    page.screenshot(path=str(ARTIFACTS / "conflict-hand.png"), full_page=True)

    embassy.get_by_role("link").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/articles/kgtj-2#claim-c1")
    figure = page.locator("mark.figure#claim-c1")
    assert figure.inner_text().startswith("At least 20 Tajik civilians")
    figure.hover()
    tip = figure.locator(".tip")
    assert tip.is_visible() and "killed 20–open" in tip.inner_text() and "not verified" in tip.inner_text()
    page.screenshot(path=str(ARTIFACTS / "article-hand.png"), full_page=True)


def test_article_html_is_shown_as_text(page, hand_server):
    page.goto(hand_server.url + "/articles/kgtj-3")
    text = page.locator("#article-text")
    assert "<script>alert('x')</script>" in text.inner_text()
    assert text.locator("script, b").count() == 0
    assert page.locator("mark.figure").inner_text().startswith("30 Kyrgyz dead")


def test_search_box_and_phone_layout(browser, hand_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(hand_server.url + "/")
    page.fill("header form.search input", "drone")
    page.press("header form.search input", "Enter")
    page.wait_for_load_state("networkidle")
    assert page.locator("ul.results li").count() == 1
    assert "Drone strike on Isfara" in page.locator("ul.results").inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(ARTIFACTS / "search-phone.png"), full_page=True)
    page.goto(hand_server.url + "/conflicts/" + httpx.get(hand_server.url + "/api/v1/conflicts").json()["items"][0]["conflict"]["id"])
    page.wait_for_function("document.getElementById('event-map').data")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the conflict page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(ARTIFACTS / "conflict-phone.png"), full_page=True)
    context.close()


def test_demo_corpus_kyrgyz_tajik_conflict(page, demo_server):
    conflicts = httpx.get(demo_server.url + "/api/v1/conflicts").json()["items"]
    kgtj = next((t for t in conflicts if set(t["conflict"]["countries"]) >= {"KG", "TJ"}), None)
    assert kgtj is not None, [t["conflict"] for t in conflicts]
    open_conflict(page, demo_server, kgtj["conflict"]["name"] or kgtj["conflict"]["id"])
    killed = kgtj["killed"]
    # docs/DEMO.md, the tolls an analyst would state as of 20 Sept: KG 46, TJ 35, 81 in all
    expected = {"KG": 46, "TJ": 35, "all": 81}
    for side, best in expected.items():
        cell = page.locator(f"#toll-table tr[data-category=killed][data-side='{side}'] td.best")
        assert cell.inner_text() == str(best), f"killed {side}"
    for side, figures in killed["by_side"].items():
        cell = page.locator(f"#toll-table tr[data-category=killed][data-side='{side}'] td.best")
        assert cell.inner_text() == f"{figures['best']:,}"
    band = {t["name"]: t for t in plotted(page, "band-chart")}
    assert band["all"]["y"][-1] == killed["best"] == 81
    assert band["KG"]["y"][-1] == 46 and band["TJ"]["y"][-1] == 35
    assert plotted(page, "source-chart"), "no source series drawn"
    # one marker per incident with coordinates, as the GeoJSON export counts them
    incidents = httpx.get(demo_server.url + "/api/v1/exports/events.geojson",
                          params={"conflict": kgtj["conflict"]["id"]}).json()
    markers = [t for t in plotted(page, "event-map") if t["name"] not in ("spread", "places")]
    assert sum(len(t["lat"]) for t in markers) == sum(1 for f in incidents["features"] if f["geometry"])
    claims = httpx.get(demo_server.url + "/api/v1/claims",
                       params={"conflict": kgtj["conflict"]["id"], "limit": 1}).json()["total"]
    assert page.locator("#claims-table tbody tr").count() == min(claims, 1000)
    assert page.outside_requests == []
    page.screenshot(path=str(ARTIFACTS / "conflict-demo.png"), full_page=True)

    page.locator("#claims-table a.evidence").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("mark.figure").count() >= 1
    figure = page.locator("mark.figure").first
    figure.hover()
    assert figure.locator(".tip").is_visible()
    page.screenshot(path=str(ARTIFACTS / "article-demo.png"), full_page=True)
