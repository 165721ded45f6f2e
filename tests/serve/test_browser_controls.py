"""The conflict page's controls and the API docs in a real Chromium against `tollwatch serve`.

Over tests/serve/roles_readings.py (figures by hand: killed KG 15, TJ 8, all 23; as of
17 Sept KG 10). Every request must stay on 127.0.0.1 and the console must stay clean.
Screenshots go to docs/screenshots/ (the pages as the docs show them).
"""
from __future__ import annotations

import pytest

from .conftest import REPO_ROOT, serve_readings
from .roles_readings import every_role

pytestmark = pytest.mark.browser
SHOTS = REPO_ROOT / "docs" / "screenshots"
CID = "kg-tj-2022-09"


@pytest.fixture(scope="module")
def roles_server(tmp_path_factory):
    server = serve_readings(tmp_path_factory, "roles", every_role())
    yield server
    server.stop()


def drawn(page) -> None:
    """Wait until plotly has drawn the band chart (the page's scripts have run)."""
    page.wait_for_load_state("load")
    page.wait_for_function("document.getElementById('band-chart') && document.getElementById('band-chart').data")


def killed_all(page) -> str:
    return page.locator("#toll-table tr[data-category=killed][data-side=all] td.best").inner_text()


def test_the_as_of_control_redraws_the_page_and_the_url(watched, roles_server):
    page = watched
    page.goto(f"{roles_server.url}/conflicts/{CID}")
    drawn(page)
    assert page.locator("#as-of-label").inner_text() == "as of 2022-09-18"
    assert killed_all(page) == "23"
    assert page.locator("#claims-table tbody tr").count() == 8

    page.fill("#as-of", "2022-09-17")          # the change event submits the form
    page.wait_for_url("**as_of=2022-09-17**")
    drawn(page)
    assert page.locator("#as-of-label").inner_text() == "as of 2022-09-17"
    assert killed_all(page) == "10"
    assert page.locator("#claims-table tbody tr").count() == 3
    page.wait_for_function("document.getElementById('band-chart').data")
    band_days = page.evaluate("Array.from(document.getElementById('band-chart').data)"
                              ".flatMap(t => Array.from(t.x || []))")
    assert band_days and all(str(d).startswith("2022-09-17") for d in band_days)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_selector("#event-map .scattergeo .point", state="attached", timeout=20_000)
    page.screenshot(path=str(SHOTS / "conflict-as-of.png"), full_page=True)

    shared = page.url                             # the URL is the view: open it afresh
    page.goto(shared)
    assert killed_all(page) == "10"
    page.locator("#as-of-latest").click()
    page.wait_for_load_state("load")
    assert killed_all(page) == "23"
    assert page.outside_requests == [] and page.console_errors == []


def test_claims_roles_and_the_filter(watched, roles_server):
    page = watched
    page.goto(f"{roles_server.url}/conflicts/{CID}")
    drawn(page)
    roles = page.locator("#claims-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.role)")
    assert sorted(roles) == sorted(["superseded", "inside", "historical", "counted", "adversary",
                                    "copy", "copy", "counted"])
    superseded = page.locator("#claims-table tr[data-role=superseded] td.role")
    assert superseded.inner_text() == "superseded by “15 Kyrgyz killed”"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_selector("#event-map .scattergeo .point", state="attached", timeout=20_000)
    page.screenshot(path=str(SHOTS / "conflict.png"), full_page=True)

    page.select_option("#claim-filter select[name=role]", "copy")   # submits on change
    page.wait_for_url("**role=copy**")
    page.wait_for_load_state("load")
    assert page.locator("#claims-table tbody tr").count() == 2
    page.select_option("#claim-filter select[name=side]", "TJ")
    page.wait_for_url("**side=TJ**")
    assert page.locator("#claims-table tbody tr").count() == 1
    assert "60" in page.locator("#claims-table tbody tr td.best").inner_text()

    superseded_link = f"{roles_server.url}/conflicts/{CID}?role=superseded"
    page.goto(superseded_link)
    page.locator("#claims-table a.role-ref").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/articles/roles-2#claim-c1")
    assert page.locator("mark.figure#claim-c1").inner_text().startswith("15 Kyrgyz killed")
    assert page.outside_requests == [] and page.console_errors == []


def test_api_docs_work_offline(watched, roles_server):
    page = watched
    page.goto(f"{roles_server.url}/api/v1/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 8
    assert "tollwatch" in page.locator(".swagger-ui .title").inner_text()
    page.locator(".opblock-summary-path", has_text="/api/v1/conflicts/{conflict_id}").first.click()
    page.wait_for_selector(".opblock.is-open .parameters", timeout=10_000)
    assert page.outside_requests == [], page.outside_requests
    assert page.console_errors == [], page.console_errors
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "api-docs.png"), full_page=False)


def test_pages_for_the_docs(watched, roles_server):
    """The remaining pages, for docs/screenshots: overview, an article, search, a 404."""
    page = watched
    SHOTS.mkdir(parents=True, exist_ok=True)
    for path, name in (("/", "overview"), ("/articles/roles-1#claim-c2", "article"),
                       ("/search?q=killed+soldiers+shepherds", "search"), ("/no/such/page", "not-found")):
        page.goto(roles_server.url + path)
        page.wait_for_load_state("load")
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert page.locator("h1").inner_text() == "Nothing here"
    assert page.outside_requests == []
    assert [e for e in page.console_errors if "404" not in e] == []
