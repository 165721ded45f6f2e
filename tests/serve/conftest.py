"""Fixtures for the API and dashboard: an app over a loaded store, a real server, a browser.

- `client`: a TestClient over `create_app` on the `store` fixture (SQLite and PostgreSQL),
  loaded with the hand-written border war (tests/serve/readings.py); token "s3cret",
  request limit 20,000 bytes.
- `server_for(db_url)`: a real `tollwatch serve` subprocess on a free local port.
- `browser`: Chromium from $TOLLWATCH_CHROMIUM or /usr/bin/chromium, driven by playwright;
  skipped with a message when absent, failing under CI=true. Never downloads a browser.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from contextlib import contextmanager

import pytest

from .readings import border_war

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "artifacts"
TOKEN = "s3cret"
LIMIT = 20_000
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def missing(message: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: required)")
    pytest.skip(message)


@pytest.fixture
def loaded_store(store):
    for reading in border_war():
        store.save(reading)
    return store


@pytest.fixture
def client(loaded_store, db_url):
    from fastapi.testclient import TestClient

    from tollwatch.serve.app import create_app
    from tollwatch.settings import Settings

    app = create_app(Settings(db=db_url, token=TOKEN, max_request_bytes=LIMIT), store=loaded_store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@contextmanager
def client_over(store, db_url: str, readings):
    """A test client of the app over `store`, after saving `readings` into it."""
    from fastapi.testclient import TestClient

    from tollwatch.serve.app import create_app
    from tollwatch.settings import Settings

    for reading in readings:
        store.save(reading)
    with TestClient(create_app(Settings(db=db_url), store=store), raise_server_exceptions=False) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tollwatch_command() -> list[str]:
    script = Path(sys.executable).with_name("tollwatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tollwatch.cli"]


class Server:
    """`tollwatch serve --db URL --port N` running until the fixture ends."""

    def __init__(self, db_url: str, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "TOLLWATCH_TOKEN"}
        self.log = log
        self._log_fh = open(log, "w")
        self.proc = subprocess.Popen(
            [*tollwatch_command(), "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self._log_fh, stderr=subprocess.STDOUT, env=env, cwd=REPO_ROOT)
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(f"tollwatch serve exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/api/v1/openapi.json", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"tollwatch serve did not answer within {timeout} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log_fh.close()


def serve_readings(tmp_path_factory, name: str, readings) -> Server:
    """A real server over a fresh SQLite store holding `readings` (the caller stops it)."""
    from tollwatch.store import open_store

    folder = tmp_path_factory.mktemp(name)
    url = f"sqlite:///{folder / (name + '.db')}"
    with open_store(url) as store:
        for reading in readings:
            store.save(reading)
    return Server(url, folder / "server.log")


@pytest.fixture
def watched(page):
    """The page, with its console errors collected (page.console_errors)."""
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors
    return page


@pytest.fixture(scope="module")
def hand_server(tmp_path_factory):
    """A real server over the hand-written border war (SQLite)."""
    server = serve_readings(tmp_path_factory, "hand", border_war())
    yield server
    server.stop()


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """A real server over the demo corpus, ingested with `tollwatch ingest demo/corpus`."""
    corpus = REPO_ROOT / "demo" / "corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        missing(f"demo corpus not found at {corpus}")
    folder = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{folder / 'demo.db'}"
    done = subprocess.run([*tollwatch_command(), "ingest", str(corpus), "--db", url],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=600)
    if done.returncode not in (0, 1):
        pytest.fail(f"tollwatch ingest failed: {done.stderr[-2000:]}")
    server = Server(url, folder / "server.log")
    yield server
    server.stop()


def chromium_path() -> str | None:
    given = os.environ.get("TOLLWATCH_CHROMIUM", "").strip()
    for candidate in (given, "/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        missing("Chromium not found ($TOLLWATCH_CHROMIUM or /usr/bin/chromium): "
                "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    outside: list[str] = []
    # every asset must be local: note any request that leaves 127.0.0.1
    p.on("request", lambda req: outside.append(req.url)
         if not req.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")) else None)
    p.outside_requests = outside
    yield p
    context.close()
