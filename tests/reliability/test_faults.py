"""Faults: kill -9 mid-ingest and mid-batch (a Dask worker too), PostgreSQL restarted
mid-run, a full disk under SQLite. Afterwards the store is consistent and a re-run completes
with every input article stored exactly once."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from .helpers import (REPO_ROOT, consistent, kill_group, missing, report, spawn, stored_ids, tw,
                      wait_for, write_jsonl)


def _count(db_file: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=5) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _inputs(tmp_path: Path, n: int) -> tuple[Path, set[str]]:
    records = [report(i) for i in range(n)]
    return write_jsonl(tmp_path / "reports.jsonl", records), {r["id"] for r in records}


def _no_traceback(run) -> None:
    assert "Traceback" not in run.stderr, run.stderr[-3000:]


@pytest.mark.slow
def test_kill_9_during_ingest_then_rerun_loses_and_doubles_nothing(tmp_path):
    source, ids = _inputs(tmp_path, 400)
    db_file = tmp_path / "k.db"
    db = f"sqlite:///{db_file}"
    proc = spawn("ingest", str(source), "--db", db, "--quiet")
    assert wait_for(lambda: _count(db_file) >= 30 or proc.poll() is not None, 120, every=0.02)
    kill_group(proc)
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    at_kill = stored_ids(db)
    assert 30 <= len(at_kill) < len(ids)
    consistent(db)
    assert set(at_kill) <= ids
    rerun = tw("ingest", str(source), "--db", db, "--quiet", timeout=300)
    _no_traceback(rerun)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    final = stored_ids(db)
    assert sorted(final) == sorted(ids)          # none lost, none doubled
    assert f"ingested {len(ids) - len(at_kill)}," in rerun.stderr
    consistent(db)


def _dask_workers(root: psutil.Process) -> list[psutil.Process]:
    out = []
    for p in root.children(recursive=True):
        try:
            cmd = " ".join(p.cmdline())
        except psutil.Error:
            continue
        if "spawn_main" in cmd or "forkserver" in cmd or "multiprocessing.spawn" in cmd:
            if not p.children():
                out.append(p)
    return out


@pytest.mark.slow
def test_kill_9_of_a_dask_worker_and_of_the_batch_then_rerun_loses_nothing(tmp_path):
    source, ids = _inputs(tmp_path, 480)
    db_file = tmp_path / "b.db"
    db = f"sqlite:///{db_file}"
    proc = spawn("batch", str(source), "--db", db, "--workers", "2", "--quiet")
    assert wait_for(lambda: _count(db_file) >= 32 or proc.poll() is not None, 180, every=0.05)
    workers = _dask_workers(psutil.Process(proc.pid))
    assert workers, "no Dask worker process found"
    workers[0].send_signal(signal.SIGKILL)          # a worker dies mid-task
    after_worker = _count(db_file)
    progressed = wait_for(lambda: _count(db_file) >= after_worker + 48 or proc.poll() is not None,
                          120, every=0.05)
    assert progressed, "the batch stalled after losing a worker"
    if proc.poll() is None:
        kill_group(proc)                            # then the whole batch, client included
    else:
        proc.wait()
    consistent(db)
    at_kill = stored_ids(db)
    assert set(at_kill) <= ids and len(at_kill) == len(set(at_kill))
    rerun = tw("batch", str(source), "--db", db, "--workers", "2", "--quiet", timeout=400)
    _no_traceback(rerun)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert sorted(stored_ids(db)) == sorted(ids)
    consistent(db)


# ---- PostgreSQL restarted mid-run --------------------------------------------------------

@pytest.fixture
def private_pg():
    """A throwaway PostgreSQL of our own on a free port (never the shared one)."""
    from .helpers import free_port

    if shutil.which("runuser") is None and os.geteuid() == 0:
        missing("runuser not found: cannot start a private PostgreSQL as the postgres user")
    port = free_port()
    data = Path(f"/tmp/tollwatch-reliability-pg-{port}")
    env = {**os.environ, "TOLLWATCH_PG_PORT": str(port), "TOLLWATCH_PG_DATA": str(data)}
    script = str(REPO_ROOT / "scripts" / "pg.sh")
    started = subprocess.run([script, "start"], capture_output=True, text=True, env=env, timeout=120)
    if started.returncode != 0:
        missing(f"could not start a private PostgreSQL: {started.stderr.strip()[-300:]}")

    def restart(pause: float = 1.0) -> None:
        subprocess.run([script, "stop"], env=env, check=True, timeout=60)
        time.sleep(pause)
        subprocess.run([script, "start"], env=env, check=True, timeout=120, capture_output=True)
    try:
        yield started.stdout.strip(), restart
    finally:
        subprocess.run([script, "stop"], env=env, timeout=60)
        shutil.rmtree(data, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.postgres
def test_postgresql_restarted_mid_run_then_rerun_completes(tmp_path, private_pg):
    import psycopg

    url, restart = private_pg
    source, ids = _inputs(tmp_path, 300)

    def count() -> int:
        try:
            with psycopg.connect(url, connect_timeout=2) as c:
                return c.execute("SELECT count(*) FROM articles").fetchone()[0]
        except psycopg.Error:
            return 0
    proc = spawn("ingest", str(source), "--db", url, "--quiet")
    assert wait_for(lambda: count() >= 20 or proc.poll() is not None, 120, every=0.05)
    assert proc.poll() is None, "the run ended before the restart"
    restart()
    out, err = proc.communicate(timeout=300)
    assert "Traceback" not in err, err[-3000:]
    # the store retries a lost connection (store/retry.py): the run rides over the restart
    assert proc.returncode == 0, (proc.returncode, err[-2000:])
    assert sorted(stored_ids(url)) == sorted(ids)
    consistent(url)
    rerun = tw("ingest", str(source), "--db", url, "--quiet", timeout=300)
    _no_traceback(rerun)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert sorted(stored_ids(url)) == sorted(ids)
    consistent(url)


# ---- disk full under SQLite --------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (needs mount rights; skipped with a message where mounting is refused)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command: disk-full test not run")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}): disk-full test "
                    "not run")

    def grow() -> None:
        subprocess.run(["mount", "-o", "remount,size=64m", str(mnt)], check=True)
    try:
        yield mnt, grow
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


@pytest.mark.slow
def test_disk_full_on_sqlite_is_a_clear_error_and_corrupts_nothing(tmp_path, small_disk):
    mnt, grow = small_disk
    filler = "\n".join(f"Paragraph {k}: residents described the market, the river, road {k * 13}."
                       for k in range(150))   # ~11 KB of varied background per report
    records = []
    for i in range(30):
        r = report(i)
        r["text"] = r["text"] + "\n\n" + filler + f" Note {i}."
        records.append(r)
    source = write_jsonl(tmp_path / "big.jsonl", records)
    ids = {r["id"] for r in records}
    db = f"sqlite:///{mnt / 'full.db'}"
    run = tw("ingest", str(source), "--db", db, "--quiet", timeout=300)
    _no_traceback(run)
    assert run.returncode in (1, 2), run.stderr[-2000:]
    assert "full" in run.stderr.lower(), run.stderr[-2000:]
    assert "big.jsonl#r000" in run.stderr     # each failure names its article
    kept = stored_ids(db)
    assert 0 < len(kept) < len(ids) and set(kept) <= ids
    consistent(db)
    grow()                                               # space again: the re-run completes
    rerun = tw("ingest", str(source), "--db", db, "--quiet", timeout=300)
    _no_traceback(rerun)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert sorted(stored_ids(db)) == sorted(ids)
    consistent(db)
