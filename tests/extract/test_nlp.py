"""The spaCy pipelines load from installed packages, offline, once per process."""
import socket

import pytest

from tollwatch.errors import ConfigError
from tollwatch.extract.nlp import load_nlp


def test_english_pipeline_loads_offline_and_parses(monkeypatch):
    def refuse(*_a, **_k):
        raise OSError("network is off in this test")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    load_nlp.cache_clear()
    nlp = load_nlp("en")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Two soldiers were killed in Batken on Friday.")
    assert [t.dep_ for t in doc if t.text == "soldiers"] == ["nsubjpass"]
    assert load_nlp("en") is nlp  # cached: loaded once


def test_french_pipeline_is_installed():
    assert "parser" in load_nlp("fr").pipe_names


def test_unknown_language_is_a_clear_config_error():
    with pytest.raises(ConfigError, match="no spaCy pipeline"):
        load_nlp("xx")
