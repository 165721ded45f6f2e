"""The per-source chart in a real Chromium: one institution under five names is one line, with
a legend that names it once and a date axis in days. Figures and names written by hand."""
from __future__ import annotations

from datetime import date

import httpx
import pytest

from tollwatch.models import Article, Claim, Period, Reading, Source, Span, Victims

from .conftest import ARTIFACTS, Server
from .test_browser import plotted

pytestmark = pytest.mark.browser

SPELLINGS = [  # (published, name as written, the reporter's side as read, killed)
    (date(2023, 5, 2), "Kyrgyz Ministry of Health", "KG", 3),
    (date(2023, 5, 3), "Kyrgyz health ministry", "KG", 8),
    (date(2023, 5, 4), "Kyrgyzstan's health ministry", "KG", 11),
    (date(2023, 5, 5), "Ministry of Health of the Kyrgyz Republic", "KG", 14),
    (date(2023, 5, 6), "health ministry", None, 17),
]


def _claim(cid: str, killed: int, side: str, by: str, by_side: str | None) -> Claim:
    return Claim(id=cid, category="killed", low=killed, high=killed, text=str(killed),
                 evidence=Span(0, 1, str(killed)), rules="test.v1", scope="side",
                 victims=Victims("people", side), reported_by=Source(by, "government", by_side))


def five_names() -> list[Reading]:
    """Daily bulletins from Batken; the first also gives the Tajik ministry's own count."""
    out = []
    for n, (day, name, by_side, killed) in enumerate(SPELLINGS):
        claims = [_claim("c1", killed, "KG", name, by_side)]
        if n == 0:
            claims.append(_claim("c2", 4, "TJ", "Tajik health ministry", "TJ"))
        text = f"Batken, {day:%d %B}. The {name} said {killed} Kyrgyz people had died."
        out.append(Reading(article=Article(id=f"bulletin-{n}", text=text, published=day,
                                           title=f"Bulletin {n + 1}"),
                           claims=tuple(claims)))
    return out


@pytest.fixture(scope="module")
def five_names_server(tmp_path_factory):
    from tollwatch.store import open_store

    folder = tmp_path_factory.mktemp("sources")
    url = f"sqlite:///{folder / 'sources.db'}"
    with open_store(url) as store:
        for reading in five_names():
            store.save(reading)
    server = Server(url, folder / "server.log")
    yield server
    server.stop()


def svg_texts(page, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all("els => els.map(e => e.textContent)")


def test_one_ministry_under_five_names_is_one_line(page, five_names_server):
    (toll,) = httpx.get(five_names_server.url + "/api/v1/conflicts").json()["items"]
    assert toll["killed"]["by_side"]["KG"]["best"] == 17
    page.goto(f"{five_names_server.url}/conflicts/{toll['conflict']['id']}")
    page.wait_for_load_state("networkidle")

    lines = {t["name"]: t for t in plotted(page, "source-chart")}
    assert sorted(lines) == ["Ministry of Health of Kyrgyzstan · KG",
                             "Ministry of Health of Tajikistan · TJ"]
    kg = lines["Ministry of Health of Kyrgyzstan · KG"]
    assert kg["y"] == [3, 8, 11, 14, 17]
    assert [x[:10] for x in kg["x"]] == [d.isoformat() for d, *_ in SPELLINGS]

    legend = svg_texts(page, "#source-chart .legend .traces text.legendtext")
    assert sorted(legend) == sorted(lines)
    axis = page.evaluate("document.getElementById('source-chart').layout.xaxis")
    assert axis["type"] == "date" and axis["tickformat"] == "%-d %b"
    ticks = svg_texts(page, "#source-chart .xaxislayer-above .xtick text")
    assert "2 May" in ticks and "6 May" in ticks
    assert svg_texts(page, "#source-chart .g-xtitle text") == ["2023"]
    assert page.outside_requests == []
    page.locator("#source-chart").screenshot(path=str(ARTIFACTS / "source-chart.png"))
