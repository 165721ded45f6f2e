"""A posted article goes through read_article and the store, and the API sees it at once."""
from __future__ import annotations

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("OSH, 21 Sept. Three border guards were killed overnight in a new exchange of fire, "
        "the Kyrgyz border service said.")


def test_posting_a_text_stores_its_reading(client):
    before = client.get("/api/v1/articles").json()["total"]
    resp = client.post("/api/v1/articles", json={"text": TEXT, "id": "posted-1",
                                                 "title": "Guards killed", "published": "2022-09-21"},
                       headers=AUTH)
    assert resp.status_code == 201, resp.text
    assert resp.headers["location"] == "/api/v1/articles/posted-1"
    body = resp.json()
    assert body["id"] == "posted-1" and body["published"] == {"date": "2022-09-21", "inferred": False}
    assert body["toll"]["killed"]["best"] == 3
    assert client.get("/api/v1/articles").json()["total"] == before + 1
    stored = client.get("/api/v1/articles/posted-1").json()
    assert stored["text"] == TEXT and stored["title"] == "Guards killed"
    assert any(c["category"] == "killed" and c["low"] == 3 for c in stored["claims"])


def test_posting_html_reads_its_main_text(client):
    html = ("<html><head><title>Clash</title></head><body><nav>Menu Home About</nav><article><p>"
            + TEXT + "</p><p>Officials gave no further details about the clash on Tuesday.</p>"
            "</article></body></html>")
    resp = client.post("/api/v1/articles", json={"html": html, "published": "2022-09-21"}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    stored = client.get(resp.headers["location"]).json()
    assert "border guards were killed" in stored["text"] and "<p>" not in stored["text"]


def test_a_body_with_two_sources_is_refused(client):
    resp = client.post("/api/v1/articles", json={"text": TEXT, "url": "https://example.org/a"}, headers=AUTH)
    assert resp.status_code == 422 and "exactly one" in resp.json()["error"]["message"]
