"""Recorded migrations, bad URLs, the CLI commands, and the one writer under threads."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tollwatch.errors import StoreError
from tollwatch.store import canonical_url, head_revision, migrate, open_store
from tollwatch.store.engine import create_engine
from tollwatch.store.rows import article_row
from tollwatch.store.schema import articles

from .readings import border_reading, capital_reading


def _versions(url):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))]
    finally:
        engine.dispose()


def test_migration_is_recorded_and_rerunning_is_a_no_op(db_url):
    assert migrate(db_url) == "0002_search_language" == head_revision()
    assert _versions(db_url) == ["0002_search_language"]
    with open_store(db_url) as s:
        s.save(border_reading())
    assert migrate(db_url) == "0002_search_language"
    assert _versions(db_url) == ["0002_search_language"]
    with open_store(db_url) as s:
        assert s.revision == "0002_search_language"
        assert s.count()["articles"] == 1


@pytest.mark.parametrize("url", ["not a url", "mysql://u@localhost/db",
                                 "postgresql://nobody@127.0.0.1:1/none",
                                 "sqlite:////nonexistent-dir/sub/x.db"])
def test_bad_url_is_a_store_error(url):
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert "\n" not in str(err.value)   # one line for the CLI


def test_canonical_url():
    assert canonical_url("HTTP://WWW.Example.org:80/a/b/?utm_medium=x&z=1&a=2#frag") == \
        "https://example.org/a/b?a=2&z=1"
    assert canonical_url("https://example.org/a?id=3") != canonical_url("https://example.org/a?id=4")
    assert canonical_url(None) is None and canonical_url("  ") is None


def _cli():
    from tollwatch.cli import main  # imports every registered command
    return main


def test_cli_migrate_and_search(db_url):
    main = _cli()
    runner = CliRunner()
    out = runner.invoke(main, ["migrate", "--db", db_url])
    assert out.exit_code == 0 and out.output.strip() == "0002_search_language"
    with open_store(db_url) as s:
        s.save_many([border_reading(), capital_reading()])
    out = runner.invoke(main, ["search", "drone strike", "--db", db_url, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    assert '"id": "border-1"' in out.output and "capital-2" not in out.output
    out = runner.invoke(main, ["search", "police", "--db", db_url])
    assert out.exit_code == 0 and "capital-2" in out.output


def test_cli_search_bad_db_fails_with_one_line():
    main = _cli()
    out = CliRunner().invoke(main, ["search", "x", "--db", "mysql://u@h/d"])
    assert out.exit_code == 1 and "error:" in out.output


def test_concurrent_writers_store_each_article_once(store):
    base = border_reading()
    readings = [replace(base, article=replace(base.article, id=f"a{i}", text=f"{base.article.text} {i}",
                                              url=f"https://example.org/{i}"))
                for i in range(12)]
    results: list[bool] = []

    def worker():
        for r in readings:
            results.append(store.save(r))
            store.count()  # readers interleave with the writer

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 12 and results.count(False) == 36
    assert store.count() == {"articles": 12, "claims": 36, "events": 12}


def test_schema_module_matches_the_migrations(store):
    """A column added to schema.py without a migration (or the reverse) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tollwatch.store.schema import metadata

    def ours(obj, name, type_, _reflected, _compare_to):
        # full-text search objects are made per dialect by the migration, not in schema.py
        return not (str(name).startswith(("articles_fts", "search_vector", "search_config", "ix_articles_search")))

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": ours})
        assert compare_metadata(ctx, metadata) == []


def test_readers_are_not_blocked_by_an_open_write(store):
    """While the writer's transaction is open, readers see the last committed state."""
    store.save(capital_reading())
    row = article_row(border_reading())
    with store._write_lock:
        conn = store.engine.connect() if store.engine.dialect.name != "sqlite" else store._writer_conn()
        with conn.begin():
            conn.execute(articles.insert(), row)
            assert store.count()["articles"] == 1      # not blocked, not dirty
            assert store.has_article(id="border-1") is False
        if store.engine.dialect.name != "sqlite":
            conn.close()
    assert store.count()["articles"] == 2
