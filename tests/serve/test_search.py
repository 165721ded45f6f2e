"""Full-text search: the engines' own stemming in the article's language, ranked, the matching
passage marked; in the store (SQLite and PostgreSQL), the API, the page and the CLI.

Texts written for these tests. Expected hits worked out by hand from the texts.
"""
from __future__ import annotations

import importlib
from datetime import date, datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from click.testing import CliRunner

import tollwatch.store
from tollwatch.models import Article, Reading
from tollwatch.store import search as fts
from tollwatch.store.engine import create_engine

MOSQUE = ("Villagers in Sarvan said two drones struck the old mosque before dawn; the "
          "regional hospital counted nine worshippers killed and many more hurt.")
CHECKPOINT = ("Soldiers at the river checkpoint exchanged fire with a patrol for an hour. "
              "Nobody was hurt, the border service said; a drone was seen overhead.")
FRENCH = ("Selon les autorités locales, trois bergers ont été tués par des tirs "
          "d'artillerie près du col, et leurs troupeaux dispersés.")
SPANISH = "Cuatro pescadores murieron y dos resultaron heridos cuando una lancha fue atacada."


def _config(conn: sa.Connection) -> Config:
    """Alembic over the package's migrations, on an open connection (as the store runs them)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(tollwatch.store.__file__).with_name("migrations")))
    cfg.attributes["connection"] = conn
    return cfg


def _readings() -> list[Reading]:
    day = date(2023, 4, 2)
    return [Reading(Article(id="mosque", text=MOSQUE, title="Attack on a village mosque",
                            published=day, language="en")),
            Reading(Article(id="checkpoint", text=CHECKPOINT, title=None, published=day,
                            language="en")),
            Reading(Article(id="fr-bergers", text=FRENCH, title=None, published=day,
                            language="fr")),
            Reading(Article(id="es-lancha", text=SPANISH, title=None, published=day,
                            language="es"))]


def _filled(store):
    store.save_many(_readings())
    return store


def test_words_match_by_stem_and_the_passage_marks_them(store):
    hits = _filled(store).search("drones mosques")
    assert [h["id"] for h in hits] == ["mosque"]
    h = hits[0]
    assert h["matched"] == "all" and h["rank"] > 0
    marked = [text.lower() for text, is_match in h["passage"] if is_match]
    assert "drones" in marked and "mosque" in marked
    assert "[drones]" in h["snippet"] and "\x02" not in h["snippet"]
    assert "".join(t for t, _ in h["passage"]).startswith("Villagers in Sarvan")


def test_when_no_report_has_every_word_the_nearest_are_ranked(store):
    # "strike" is not in MOSQUE's text ("struck"): no report has all three words;
    # MOSQUE has two of them (drone, mosque), CHECKPOINT one (drone)
    hits = _filled(store).search("drone strike mosque")
    assert [h["id"] for h in hits] == ["mosque", "checkpoint"]
    assert {h["matched"] for h in hits} == {"some"}
    assert hits[0]["rank"] > hits[1]["rank"] > 0


def test_exclusions_and_phrases_still_hold_in_the_fallback(store):
    _filled(store)
    assert store.search("drone -mosque -checkpoint") == []
    assert [h["id"] for h in store.search("submarine drone -mosque")] == ["checkpoint"]
    assert store.search('"mosque drones"') == []


def test_other_languages_are_stemmed_in_their_own_language(store, db_url):
    _filled(store)
    # "tués": SQLite folds the accent, PostgreSQL's French stemmer makes both "tu"
    assert [h["id"] for h in store.search("tues")] == ["fr-bergers"]
    if db_url.startswith("postgresql"):
        # French and Spanish plurals are PostgreSQL's (porter stems English only)
        assert [h["id"] for h in store.search("troupeau")] == ["fr-bergers"]
        assert [h["id"] for h in store.search("herido")] == ["es-lancha"]
        # no article has both words: each language's article with its own word
        hits = store.search("heridos killed")
        assert {h["id"] for h in hits} == {"es-lancha", "mosque"}
        assert {h["matched"] for h in hits} == {"some"}


def test_search_configs_agree_with_the_migration():
    migration = importlib.import_module(
        "tollwatch.store.migrations.versions.0002_search_language")
    assert migration.LANGUAGE_CONFIGS == fts.LANGUAGE_CONFIGS


def test_the_migration_rebuilds_the_index_of_stored_articles(db_url):
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "0001_initial")
            conn.execute(sa.text(
                "INSERT INTO articles (id, hash, text, title, published_inferred, language, "
                "toll, stored_at) VALUES ('old-fr', 'h1', :text, NULL, false, 'fr', '{}', :at)"),
                {"text": FRENCH, "at": datetime(2023, 4, 3, tzinfo=timezone.utc)})
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
        with engine.connect() as conn:
            hits = fts.search(conn, "bergers tues", 5)
        assert [h["id"] for h in hits] == ["old-fr"] and hits[0]["matched"] == "all"
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0001_initial")
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
        with engine.connect() as conn:
            assert [h["id"] for h in fts.search(conn, "bergers", 5)] == ["old-fr"]
    finally:
        engine.dispose()


def test_the_api_and_the_page_show_the_passage(client, loaded_store):
    _filled(loaded_store)
    client.app.state.views.invalidate()
    body = client.get("/api/v1/search", params={"q": "drone strike mosque"}).json()
    # two of the three words each ("Drone strike on Isfara"; drones and mosque), then one
    ids = [i["id"] for i in body["items"]]
    assert set(ids[:2]) == {"mosque", "kgtj-2"} and ids[2:] == ["checkpoint"]
    mosque = next(i for i in body["items"] if i["id"] == "mosque")
    assert mosque["matched"] == "some" and "[mosque]" in mosque["snippet"]
    page = client.get("/search", params={"q": "worshippers killed"}).text
    assert "<mark>worshippers</mark> <mark>killed</mark>" in page
    page = client.get("/search", params={"q": "drone strike mosque"}).text
    assert "no report has every word" in page
    untitled = client.get("/search", params={"q": "patrol"}).text
    assert ">Soldiers at the river checkpoint exchanged fire with a patrol for an …</a>" in untitled


def test_cli_prints_ranks_and_marked_passages(store, db_url):
    from tollwatch.cli import main

    _filled(store)
    out = CliRunner().invoke(main, ["search", "drone strike mosque", "--db", db_url])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert "no article has every word" in out.output
    first = next(line for line in lines if "mosque" in line.split())
    assert float(first.split()[0]) > 0
    assert "[drones]" in out.output and "[mosque]" in out.output
