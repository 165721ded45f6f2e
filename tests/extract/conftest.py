import socket
from datetime import date
from pathlib import Path

import pytest

from english import find_claims
from tollwatch.errors import TollwatchError
from tollwatch.extract.reader import Reader
from tollwatch.extract.toll import article_toll
from tollwatch.ingest import iter_articles
from tollwatch.models import Article
from tollwatch.resolve import reconcile
from tollwatch.settings import load_settings

DEMO_CORPUS = Path(__file__).resolve().parents[2] / "demo" / "corpus"


@pytest.fixture
def read():
    """Claims and toll of a short text of our own."""
    def _read(text: str, published: date | None = date(2022, 9, 18)):
        claims = find_claims(Article.from_text(text, published=published))
        return claims, article_toll(claims)
    return _read


@pytest.fixture
def network_off(monkeypatch):
    """No connection can be opened: what runs here must be offline."""
    def refuse(*_a, **_k):
        raise OSError("network is off in this test")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="session")
def reader():
    """One Reader of every language (packs built on first use), shared by the language tests."""
    return Reader.load()


@pytest.fixture(scope="session")
def readings(reader):
    """Every report of the demo corpus, read once for the tests that need them all."""
    items = iter_articles([DEMO_CORPUS], settings=load_settings())
    return [reader.read(a) for a in items if not isinstance(a, TollwatchError)]


@pytest.fixture
def kg_tj():
    """The reconciled Kyrgyz-Tajik toll of some readings, as of a day (None: the latest)."""
    def toll(readings, as_of=None):
        (one,) = [t.to_dict() for t in reconcile(readings, as_of=as_of) if t.conflict.id == "kg-tj-2022-09"]
        return one
    return toll
