"""The pieces under every layer: models -> contract, settings layering, sentences, errors."""
from datetime import date

import jsonschema
import pytest

from tollwatch.contract import errors as contract_errors, validate
from tollwatch.errors import IngestError, InputTooLarge
from tollwatch.extract.text import split_sentences
from tollwatch.models import Article, Claim, Range, Reading, Source, Span, Toll, Victims
from tollwatch.settings import load_settings


def _reading() -> Reading:
    text = "At least 81 people have been killed, officials said."
    claim = Claim(id="c1", category="killed", low=81, high=None, text="At least 81 people",
                  evidence=Span(0, 51, text), rules="casualties.v1", scope="total",
                  victims=Victims("people", None), reported_by=Source("officials", "government"))
    art = Article.from_text(text, published=date(2022, 9, 18))
    return Reading(art, (claim,), (), Toll(killed=Range(81, 81, None)))


def test_a_reading_serialises_to_the_contract():
    obj = _reading().to_dict()
    validate(obj)
    assert obj["toll"]["killed"] == {"low": 81, "best": 81, "high": None}
    assert obj["toll"]["displaced"] == {"low": 0, "best": 0, "high": 0}
    assert obj["published"] == {"date": "2022-09-18", "inferred": False}
    assert obj["claims"][0]["best"] == 81 and obj["claims"][0]["high"] is None


def test_the_schema_rejects_renamed_or_bad_fields():
    obj = _reading().to_dict()
    obj["claims"][0]["category"] = "dead"
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)
    obj = _reading().to_dict()
    del obj["toll"]["missing"]
    assert any("missing" in e for e in contract_errors(obj))


def test_article_id_defaults_to_a_content_hash_that_ignores_spacing():
    a, b = Article.from_text("Two  soldiers\nwere killed."), Article.from_text("Two soldiers were killed.")
    assert a.id == b.id and len(a.id) == 16


def test_content_hash_is_the_one_stored_ids_were_made_with():
    # ids already stored were sha256 of " ".join(text.split()): every kind of white space, at the ends too
    import hashlib
    from tollwatch.models import content_hash
    texts = ["", "   ", "  Two  people\n", "a\tb\r\nc", "x\xa0y\u2028z\u3000", "\x1c\x1dend\x0b", "Ж\u200bé"]
    for text in texts:
        assert content_hash(text) == hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
    assert content_hash("  Two  people\n") == "822a91fd217b527f"


def test_settings_layer_defaults_file_env_flags(tmp_path):
    cfg = tmp_path / "tw.toml"
    cfg.write_text('db = "sqlite:///from-file.db"\nmax_article_bytes = 10\n')
    s = load_settings(config=cfg, env={})
    assert (s.db, s.max_article_bytes, s.token) == ("sqlite:///from-file.db", 10, None)
    s = load_settings(config=cfg, env={"TOLLWATCH_DB": "sqlite:///env.db", "TOLLWATCH_ALLOW_PRIVATE": "yes"})
    assert s.db == "sqlite:///env.db" and s.allow_private is True
    s = load_settings(config=cfg, env={"TOLLWATCH_DB": "sqlite:///env.db"}, db="sqlite:///flag.db", token=None)
    assert s.db == "sqlite:///flag.db"


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "KABUL, Afghanistan (Jan. 25, 2013)\nGen. Smith said two were killed. A third died later."
    sents = split_sentences(text)
    assert [s.text for s in sents][-2:] == ["Gen. Smith said two were killed.", "A third died later."]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_errors_carry_a_code_a_status_and_one_shape():
    err = InputTooLarge("article of 60 MB is over the 5 MB limit", source="big.html")
    assert isinstance(err, IngestError) and err.status == 413
    assert err.to_dict() == {"error": {"code": "input_too_large",
                                       "message": "article of 60 MB is over the 5 MB limit",
                                       "source": "big.html"}}
