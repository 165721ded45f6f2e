"""The read API over the hand-written border war, on SQLite and PostgreSQL.

Expected figures were worked out by hand from tests/serve/readings.py: the Kyrgyz health
ministry's latest figure is 30 Kyrgyz dead (20 Sept), the Tajik embassy's is "at least 20"
Tajik dead (19 Sept); four claims, two located events, three articles.
"""
from __future__ import annotations


def _conflict(client) -> dict:
    body = client.get("/api/v1/conflicts").json()
    assert body["total"] == 1
    return body["items"][0]


def test_conflicts_list_the_reconciled_toll_by_side(client):
    toll = _conflict(client)
    assert sorted(toll["conflict"]["countries"]) == ["KG", "TJ"]
    killed = toll["killed"]
    assert killed["by_side"]["KG"]["best"] == 30
    assert killed["by_side"]["TJ"]["best"] == 20
    assert killed["by_side"]["TJ"]["high"] is None          # "at least 20": open-ended
    assert killed["best"] == 50
    assert toll["injured"]["best"] == 40


def test_as_of_gives_the_toll_as_it_stood(client):
    cid = _conflict(client)["conflict"]["id"]
    then = client.get(f"/api/v1/conflicts/{cid}", params={"as_of": "2022-09-18"}).json()
    assert then["killed"]["best"] == 12
    assert "TJ" not in then["killed"]["by_side"]
    listed = client.get("/api/v1/conflicts", params={"as_of": "2022-09-18"}).json()
    assert listed["as_of"] == "2022-09-18" and listed["items"][0]["killed"]["best"] == 12


def test_series_and_band_of_a_conflict(client):
    cid = _conflict(client)["conflict"]["id"]
    body = client.get(f"/api/v1/conflicts/{cid}/series", params={"category": "killed"}).json()
    assert {p["category"] for p in body["series"]} == {"killed"}
    band = {(p["date"], p["side"]): p for p in body["band"]}
    assert band[("2022-09-17", "KG")]["best"] == 12
    assert band[("2022-09-20", "KG")]["best"] == 30
    assert band[("2022-09-19", "TJ")]["low"] == 20 and band[("2022-09-19", "TJ")]["high"] is None
    assert band[("2022-09-20", "all")]["best"] == 50


def test_claims_filters_and_pagination(client):
    get = lambda **p: client.get("/api/v1/claims", params=p).json()
    assert get()["total"] == 4
    assert get(side="KG")["total"] == 3
    assert get(side="KG", category="killed")["total"] == 2
    assert [c["article_id"] for c in get(verified="false")["items"]] == ["kgtj-2"]
    assert get(verified="unknown")["total"] == 3
    assert [c["text"] for c in get(source="embassy")["items"]] == ["At least 20 Tajik civilians"]
    assert get(since="2022-09-19")["total"] == 2
    assert get(until="2022-09-17")["total"] == 2
    cid = _conflict(client)["conflict"]["id"]
    assert get(conflict=cid)["total"] == 4 and get(conflict="nowhere")["total"] == 0
    page = get(limit=1, offset=1)
    assert page["total"] == 4 and page["limit"] == 1 and page["offset"] == 1 and len(page["items"]) == 1
    one = get(article="kgtj-3")["items"][0]
    assert one["best"] == 30 and one["evidence"]["sentence"].startswith("The Kyrgyz health ministry")


def test_events_as_json_and_geojson(client):
    body = client.get("/api/v1/events").json()
    assert body["total"] == 2
    assert [e["article_id"] for e in client.get("/api/v1/events", params={"side": "TJ"}).json()["items"]] == ["kgtj-1"]
    assert client.get("/api/v1/events", params={"verified": "false"}).json()["items"][0]["article_id"] == "kgtj-2"
    geo = client.get("/api/v1/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection"
    coords = sorted(f["geometry"]["coordinates"] for f in geo["features"])
    assert coords == [[70.63, 40.13], [70.82, 40.06]]


def test_articles_with_claims_and_evidence(client):
    listed = client.get("/api/v1/articles").json()
    assert [a["id"] for a in listed["items"]] == ["kgtj-3", "kgtj-2", "kgtj-1"]
    art = client.get("/api/v1/articles/kgtj-1").json()
    claim = art["claims"][0]
    assert art["text"][claim["evidence"]["start"]:claim["evidence"]["end"]] == claim["evidence"]["sentence"]
    assert "12 Kyrgyz citizens" in claim["evidence"]["sentence"]


def test_search_finds_the_drone_report(client):
    body = client.get("/api/v1/search", params={"q": "drone"}).json()
    assert [a["id"] for a in body["items"]] == ["kgtj-2"]
    assert client.get("/api/v1/search", params={"q": "nothingmatcheshere"}).json()["total"] == 0


def test_exports_download_as_files(client):
    acled = client.get("/api/v1/exports/acled.csv")
    assert acled.status_code == 200 and acled.headers["content-type"].startswith("text/csv")
    assert 'attachment; filename="tollwatch-acled.csv"' == acled.headers["content-disposition"]
    header = acled.text.splitlines()[0]
    assert "event_type" in header and "fatalities" in header
    assert len(acled.text.strip().splitlines()) == 3          # header + the two events
    ucdp = client.get("/api/v1/exports/ucdp.csv")
    assert ucdp.status_code == 200 and "best" in ucdp.text.splitlines()[0]
    geo = client.get("/api/v1/exports/events.geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    assert geo.json()["type"] == "FeatureCollection" and len(geo.json()["features"]) == 2
    assert client.get("/api/v1/exports/events.kml").status_code == 422
