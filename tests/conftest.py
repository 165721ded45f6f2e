"""Fixtures shared by the whole suite.

- `pg_url`: the PostgreSQL server from $TOLLWATCH_TEST_PG (`make test` starts one with
  scripts/pg.sh). Absent or unreachable: the test is skipped with a message, or fails
  when CI=true.
- `db_url`: a fresh, empty database per test, once on SQLite (a file under tmp_path) and
  once on PostgreSQL (a uniquely named database, dropped afterwards).
- `store`: `open_store(db_url)`, closed afterwards.
- `eval_dir`: ../shared/eval beside the repository root (skipped, or failing under CI=true).
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser):
    # Golden tests (tests/golden/README.md): write actual outputs to tests/golden/actual/ for review.
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="write actual golden outputs to tests/golden/actual/ (never expected/)")


def _missing(message: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: required)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get("TOLLWATCH_TEST_PG", "").strip()
    if not url:
        _missing("PostgreSQL: $TOLLWATCH_TEST_PG is not set (run `make test`, or scripts/pg.sh start)")
    import psycopg
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        _missing(f"PostgreSQL at {url} is unreachable: {exc}")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tollwatch.db'}"
        return
    import psycopg
    from psycopg import sql
    server = request.getfixturevalue("pg_url")
    name = f"tw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    from sqlalchemy.engine import make_url
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def store(db_url):
    from tollwatch.store import open_store
    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    path = REPO_ROOT.parent / "shared" / "eval"
    if not path.is_dir():
        _missing(f"evaluation data not found at {path}")
    return path
