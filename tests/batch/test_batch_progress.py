"""`tollwatch batch` for people: a bar that moves from the first article, Dask quiet unless -v."""
from __future__ import annotations

import json
import logging

from tollwatch.batch import run_batch
from tollwatch.batch.runner import chunk_sizes, dask_logs_like_ours
from tollwatch.settings import Settings


def _first(sizes, n):
    return [next(sizes) for _ in range(n)]


def test_chunks_start_small_and_stay_small_for_a_small_input():
    # doubling from one article up to 64
    assert _first(chunk_sizes(None, 2), 9) == [1, 2, 4, 8, 16, 32, 64, 64, 64]
    # 20,000 articles on 2 workers: an even share (1,250) is far above 64
    assert _first(chunk_sizes(20_000, 2), 8) == [1, 2, 4, 8, 16, 32, 64, 64]
    # 12 articles on 2 workers: 8 chunks per worker would be under one article each
    assert _first(chunk_sizes(12, 2), 4) == [1, 1, 1, 1]
    # 100 articles on 2 workers: at most ceil(100 / 16) = 7 per chunk
    assert _first(chunk_sizes(100, 2), 5) == [1, 2, 4, 7, 7]


def test_dask_logs_follow_the_application_level_and_are_restored():
    dask_log = logging.getLogger("distributed")
    before = dask_log.level
    root = logging.getLogger()
    old_root = root.level
    try:
        root.setLevel(logging.WARNING)                 # tollwatch batch
        with dask_logs_like_ours():
            assert not logging.getLogger("distributed.scheduler").isEnabledFor(logging.INFO)
        root.setLevel(logging.INFO)                    # tollwatch -v batch
        with dask_logs_like_ours():
            assert logging.getLogger("distributed.scheduler").isEnabledFor(logging.INFO)
    finally:
        root.setLevel(old_root)
    assert dask_log.level == before


def test_a_run_shows_starting_workers_then_reading_and_no_dask_info(tmp_path, capsys, caplog):
    src = tmp_path / "five.jsonl"
    places = ["Gao", "Kidal", "Mopti", "Segou", "Timbuktu"]
    src.write_text("".join(json.dumps({"id": f"p{i}", "text": f"Gunmen killed {i + 2} herders "
                                       f"near {place} on Sunday, the mayor said."}) + "\n"
                           for i, place in enumerate(places)))
    root = logging.getLogger()
    old_root = root.level
    root.setLevel(logging.WARNING)   # as `tollwatch batch` leaves it (caplog's handler keeps all)
    try:
        summary = run_batch([src], settings=Settings(db=f"sqlite:///{tmp_path / 'p.db'}"),
                            workers=1, progress=True)
    finally:
        root.setLevel(old_root)
    assert (summary.ingested, summary.failed) == (5, [])
    err = capsys.readouterr().err
    assert "starting workers:   0%" in err and "reading:" in err and "5/5" in err
    assert err.index("starting workers") < err.index("reading:")
    # without dask_logs_like_ours the scheduler and nanny log about two dozen INFO lines here
    dask_info = [r for r in caplog.records if r.name.startswith("distributed")
                 and r.levelno < logging.WARNING]
    assert dask_info == []
