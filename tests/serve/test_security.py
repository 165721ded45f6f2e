"""Writing needs the token; bodies are bounded; private URLs are refused; article HTML is escaped."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tollwatch.serve.app import create_app
from tollwatch.settings import Settings

from .conftest import LIMIT, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": TOKEN}, {"Authorization": "Basic czNjcmV0"}])
def test_writes_without_the_right_token_get_401(client, headers):
    before = client.get("/api/v1/articles").json()["total"]
    resp = client.post("/api/v1/articles", json={"text": "Two soldiers were killed."}, headers=headers)
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "unauthorized"
    assert resp.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/v1/articles").json()["total"] == before


def test_without_a_configured_token_writing_is_off(loaded_store, db_url):
    app = create_app(Settings(db=db_url, token=None), store=loaded_store)
    with TestClient(app) as c:
        resp = c.post("/api/v1/articles", json={"text": "x"}, headers={"Authorization": "Bearer "})
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "writes_disabled"
    assert "TOLLWATCH_TOKEN" in resp.json()["error"]["message"]


def test_oversized_bodies_get_413_declared_or_streamed(client):
    big = b'{"text": "' + b"a" * LIMIT + b'"}'
    assert client.post("/api/v1/articles", content=big, headers=AUTH).status_code == 413

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(LIMIT // 1000 + 2):
            yield b"a" * 1000

    resp = client.post("/api/v1/articles", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413
    assert resp.json()["error"]["code"] == "input_too_large"


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/report", "http://10.0.0.7/report",
                                 "http://[::1]/report", "http://169.254.169.254/latest/meta-data"])
def test_a_url_to_a_private_address_is_refused(client, url):
    resp = client.post("/api/v1/articles", json={"url": url}, headers=AUTH)
    assert resp.status_code == 422
    err = resp.json()["error"]
    assert err["code"] == "fetch_error" and "refused" in err["message"]


def test_html_in_article_text_is_escaped(client):
    page = client.get("/articles/kgtj-3").text
    assert "<script>alert" not in page and "<b>bold claims</b>" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;b&gt;bold claims&lt;/b&gt;" in page
    assert "<i>in Kyrgyzstan</i>" not in page and "&lt;i&gt;in Kyrgyzstan&lt;/i&gt;" in page
