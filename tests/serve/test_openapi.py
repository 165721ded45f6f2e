"""Schemathesis over the published OpenAPI spec: a bounded number of generated requests per
operation, and no server error for any of them (the write endpoint is probed without a token)."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tollwatch.serve.app import create_app
from tollwatch.settings import Settings
from tollwatch.store import open_store

from .readings import border_war


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'api.db'}"
    store = open_store(url)
    for reading in border_war():
        store.save(reading)
    app = create_app(Settings(db=url, token="s3cret", max_request_bytes=20_000), store=store)
    yield schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    store.close()


def _check(case, calls: list) -> None:
    response = case.call()
    calls.append(case.method)
    where = f"{case.method} {case.formatted_path}"
    assert response.status_code < 500, f"{where}: {response.text[:300]}"
    if response.status_code >= 400 and "json" in response.headers.get("content-type", [""])[0]:
        assert set(response.json()) == {"error"}, f"{where}: {response.text[:300]}"
    case.validate_response(response, checks=[not_a_server_error])


def test_no_generated_request_gets_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10  # conflicts, series, claims, events, articles, search, exports, write
    calls: list[str] = []
    for operation in operations:
        run = given(operation.as_strategy())(lambda case: _check(case, calls))
        settings(max_examples=12, deadline=None, derandomize=True, database=None,
                 suppress_health_check=list(HealthCheck))(run)()
    assert len(calls) >= 5 * len(operations) and "POST" in calls
