"""Shared helpers for the reliability tests: run the real CLI, check a store is consistent.

`consistent(db_url)` is the one definition of "the store stays consistent" used everywhere:
every claim and event belongs to a stored article, the counts the store reports match the
rows, no article is stored twice, and on SQLite `PRAGMA integrity_check` and the FTS5
index's own integrity check pass.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-c", "from tollwatch.cli import main; main()"]
# the same, printing the process's peak resident memory (KiB) on stderr as it exits: VmHWM of
# its own address space (ru_maxrss would carry over the forking pytest process's size on Linux)
CLI_RSS = [sys.executable, "-c", "import re, sys\nfrom tollwatch.cli import main\ntry:\n"
           "    main()\nfinally:\n    hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())\n"
           "    print('peak_rss_kib', hwm.group(1), file=sys.stderr)"]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing(message: str) -> None:
    """Skip with a message; under CI=true the absence is a failure."""
    if in_ci():
        pytest.fail(f"{message} (CI=true: required)")
    pytest.skip(message)


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e.pop("TOLLWATCH_CONFIG", None)
    e.update({"PYTHONUNBUFFERED": "1", **extra})
    return e


def tw(*args: str, timeout: float = 120, rss: bool = False,
       **extra_env: str) -> subprocess.CompletedProcess:
    """Run `tollwatch ARGS...` in a fresh process, as a user would (`rss`: report its peak
    memory on the last stderr line, `peak_rss_kib N`)."""
    return subprocess.run([*(CLI_RSS if rss else CLI), *args], capture_output=True, text=True,
                          timeout=timeout, env=env(**extra_env), cwd=REPO_ROOT)


def peak_rss_mib(run: subprocess.CompletedProcess) -> float:
    line = [ln for ln in run.stderr.splitlines() if ln.startswith("peak_rss_kib ")][-1]
    return int(line.split()[1]) / 1024


def spawn(*args: str, **extra_env: str) -> subprocess.Popen:
    return subprocess.Popen([*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env(**extra_env), cwd=REPO_ROOT,
                            start_new_session=True)


def kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the process and everything it started (its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


PLACES = ["Kandahar", "Kunduz", "Herat", "Mosul", "Aleppo", "Idlib", "Gao", "Mopti", "Batken",
          "Isfara", "Kidal", "Maiduguri"]


def report(i: int) -> dict:
    """A distinct, plausible report with a figure (i varies the text, so no two are alike)."""
    place = PLACES[i % len(PLACES)]
    return {"id": f"r{i:05d}", "published": f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}",
            "text": f"{place.upper()} - Gunmen killed {3 + i % 40} villagers and wounded "
                    f"{1 + i % 9} others near {place} on Monday, police said. Report {i} of "
                    f"the series, filed {i * 7 % 101} minutes after the attack."}


def stored_ids(db_url: str) -> list[str]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as c:
            return [r[0] for r in c.execute(sa.text("SELECT id FROM articles"))]
    finally:
        engine.dispose()


def consistent(db_url: str) -> dict[str, int]:
    """Assert the store at `db_url` is consistent; return its counts."""
    from tollwatch.store import open_store

    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as c:
            q = lambda sql: c.execute(sa.text(sql)).scalar()  # noqa: E731
            rows = {"articles": q("SELECT count(*) FROM articles"),
                    "claims": q("SELECT count(*) FROM claims"),
                    "events": q("SELECT count(*) FROM events")}
            assert q("SELECT count(DISTINCT id) FROM articles") == rows["articles"], "article doubled"
            assert q("SELECT count(*) FROM claims WHERE article_id NOT IN "
                     "(SELECT id FROM articles)") == 0, "a claim without its article"
            assert q("SELECT count(*) FROM events WHERE article_id NOT IN "
                     "(SELECT id FROM articles)") == 0, "an event without its article"
            if engine.dialect.name == "sqlite":
                assert q("PRAGMA integrity_check") == "ok"
                c.execute(sa.text("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"))
    finally:
        engine.dispose()
    with open_store(db_url) as store:
        assert store.count() == rows, (store.count(), rows)
    return rows


def wait_for(predicate, timeout: float, every: float = 0.2) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(every)
    return False
