"""Opening a store: writers create and migrate it, readers never create or change it."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.errors import StoreError
from tollwatch.store import head_revision, open_store
from tollwatch.store.engine import alembic_config, create_engine, current_revision

from .readings import border_reading

READ_COMMANDS = [["conflicts"], ["toll"], ["toll", "kg-tj-2022-09", "--format", "table"],
                 ["export", "--format", "acled-csv", "-o", "out.csv"], ["search", "strike"],
                 ["serve", "--port", "1"]]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_read_command_on_a_missing_sqlite_file_says_so_and_creates_nothing(args, tmp_path,
                                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "nowhere" / ".." / "absent.db"
    run = CliRunner().invoke(main, [*args, "--db", f"sqlite:///{path}"])
    assert run.exit_code == 1
    assert run.stderr == (f"error: no store at {path} (run `tollwatch ingest ... --db "
                          f"sqlite:///{path}` first)\n")
    assert "Traceback" not in run.output
    assert list(tmp_path.iterdir()) == []          # no database, no -wal, no empty out.csv


def test_write_commands_still_create_the_store(tmp_path):
    text = tmp_path / "one.txt"
    text.write_text("Gunmen killed three guards at a checkpoint on Monday, police said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    runner = CliRunner()
    run = runner.invoke(main, ["ingest", str(text), "--db", f"sqlite:///{tmp_path / 'i.db'}", "-q"])
    assert run.exit_code == 0, run.output
    run = runner.invoke(main, ["migrate", "--db", f"sqlite:///{tmp_path / 'm.db'}"])
    assert run.exit_code == 0 and run.output.strip() == head_revision()
    # batch opens the store before any worker starts; an input with nothing to read needs none
    run = runner.invoke(main, ["batch", str(empty), "--db", f"sqlite:///{tmp_path / 'b.db'}", "-q"])
    assert run.exit_code == 1 and "failed 1" in run.stderr
    for name in ("i.db", "m.db", "b.db"):
        with open_store(f"sqlite:///{tmp_path / name}", create=False) as store:
            assert store.revision == head_revision()
    with open_store(f"sqlite:///{tmp_path / 'i.db'}", create=False) as store:
        assert store.count()["articles"] == 1


def _one_step_back(url: str) -> str | None:
    """Run the latest migration's downgrade: the store as an older tollwatch left it."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "-1")
        return current_revision(engine)
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_readers_never_change_an_old_schema_and_say_to_migrate(db_url, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    with open_store(db_url) as store:
        store.save(border_reading())
    old = _one_step_back(db_url)
    assert old != head_revision()
    tables = _tables(db_url)
    for args in READ_COMMANDS:
        run = CliRunner().invoke(main, [*args, "--db", db_url])
        assert run.exit_code == 1, (args, run.output)
        [line] = run.stderr.splitlines()
        assert line.startswith("error: the store at ") and "run `tollwatch migrate --db " in line
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == old        # not upgraded behind our back
    finally:
        engine.dispose()
    assert _tables(db_url) == tables
    with pytest.raises(StoreError, match="tollwatch migrate"):
        open_store(db_url, create=False)

    run = CliRunner().invoke(main, ["migrate", "--db", db_url])
    assert run.exit_code == 0 and run.output.strip() == head_revision()
    run = CliRunner().invoke(main, ["conflicts", "--db", db_url])
    assert run.exit_code == 0, run.output


def test_a_store_from_a_newer_tollwatch_is_named_as_such(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    with open_store(url) as store:
        with store.engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="9999_future, unknown to this version of tollwatch"):
        open_store(url, create=False)


@pytest.mark.parametrize("url", ["mysql://u@localhost/db", "not a url",
                                 "postgresql://nobody@127.0.0.1:1/none"])
def test_serve_with_a_bad_url_prints_one_line(url):
    run = CliRunner().invoke(main, ["serve", "--db", url])
    assert run.exit_code == 1
    [line] = run.stderr.splitlines()
    assert line.startswith("error: ") and "Traceback" not in run.output
