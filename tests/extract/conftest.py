import socket
from datetime import date

import pytest

from english import find_claims
from tollwatch.extract.toll import article_toll
from tollwatch.models import Article


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
