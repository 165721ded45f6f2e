"""Undated reports: kept out of every episode and toll, listed by `tollwatch conflicts --undated`,
counted by ingest. The texts are written for these tests."""
from __future__ import annotations

from datetime import date

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.resolve import link_episodes, reconcile
from tollwatch.store import open_store
from tollwatch.tolls import stored_undated

from .factory import claim, reading

D = date(2022, 9, 16)


def _readings():
    dated = reading("kg-1", D, claim("c1", "killed", 24, side="KG", by="Kyrgyz Ministry of Health",
                                     by_side="KG", country="KG", day=D))
    # no publication date; its claim is dated April 2021 (a historical mention read as current)
    undated = reading("old-1", None, claim("c1", "killed", 50, side="KG", by="Kyrgyz Ministry of Health",
                                           by_side="KG", country="KG", day=date(2021, 4, 30)))
    return [dated, undated]


def test_an_undated_report_joins_no_episode_and_no_toll():
    ep = link_episodes(_readings())
    assert [r.article.id for r in ep.undated] == ["old-1"]
    assert "old-1" not in ep.conflict_of() and list(ep.conflicts) == ["kg-2022-09"]
    (toll,) = reconcile(_readings())
    assert toll.tolls["killed"].best == 24
    assert list(toll.articles) == ["kg-1"]


def test_conflicts_undated_lists_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    with open_store(url) as store:
        for r in _readings():
            store.save(r)
        assert [r.article.id for r in stored_undated(store)] == ["old-1"]
    run = CliRunner().invoke(main, ["conflicts", "--undated", "--db", url])
    assert run.exit_code == 0, run.output
    assert "old-1" in run.output and "kg-1" not in run.output and "--published" in run.output
    run = CliRunner().invoke(main, ["conflicts", "--db", url])
    assert "kg-2022-09" in run.output and "2021" not in run.output


def test_ingest_counts_the_undated_and_says_how_to_date_them(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling of a border village on Friday killed three people, "
                                    "the regional governor said.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("KABUL, Afghanistan (Jan. 25, 2013) - Afghan troops detained two "
                                    "men in Logar province yesterday.", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'i.db'}"
    run = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                    "--db", url, "-q"])
    assert run.exit_code == 0, run.output
    assert "ingested 2" in run.output
    line = next(x for x in run.output.splitlines() if "undated" in x)
    assert "undated 1" in line and "--published" in line and "conflicts --undated" in line
