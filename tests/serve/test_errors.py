"""One JSON error shape for every error, ours or FastAPI's: {"error": {"code","message","source"}}."""
from __future__ import annotations

import pytest

from .conftest import LIMIT, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}

CASES = [
    ("get", "/api/v1/nothing-here", {}, 404, "not_found"),
    ("get", "/api/v1/conflicts/no-such-conflict", {}, 404, "not_found"),
    ("get", "/api/v1/articles/no-such-article", {}, 404, "not_found"),
    ("get", "/api/v1/claims?limit=0", {}, 422, "invalid_request"),
    ("get", "/api/v1/claims?category=eaten", {}, 422, "invalid_request"),
    ("get", "/api/v1/conflicts?as_of=yesterday", {}, 422, "invalid_request"),
    ("delete", "/api/v1/claims", {}, 405, "method_not_allowed"),
    ("post", "/api/v1/articles", {"json": {"text": "x"}}, 401, "unauthorized"),
    ("post", "/api/v1/articles", {"json": {}, "headers": AUTH}, 422, "invalid_request"),
    ("post", "/api/v1/articles", {"content": b"x" * (LIMIT + 1), "headers": AUTH}, 413, "input_too_large"),
]


@pytest.mark.parametrize("method,url,kw,status,code", CASES, ids=[f"{c[3]}-{c[1]}" for c in CASES])
def test_every_error_has_the_one_shape(client, method, url, kw, status, code):
    resp = getattr(client, method)(url, **kw)
    assert resp.status_code == status
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "source"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_a_missing_conflict_names_itself_as_the_source(client):
    body = client.get("/api/v1/conflicts/atlantis").json()
    assert body["error"]["source"] == "atlantis"
