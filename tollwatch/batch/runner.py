"""Inputs are read here, articles are read (extracted) on workers, readings stored here.

Articles go out in chunks of at most CHUNK, at most INFLIGHT_PER_WORKER chunks per worker at
a time, so memory stays flat however large the input; results are stored as they complete, by
one writer. The first chunks are small (1, 2, 4, ... articles) and a small input goes out in
small chunks, so the progress bar moves from the first article on. The cluster starts only
when the first article needs reading (the bar says "starting workers" meanwhile), so a re-run
over inputs already stored costs no cluster at all. Dask's own log lines follow the level of
the application's logging: quiet unless asked for (`tollwatch -v batch`).
"""
from __future__ import annotations

import logging
import math
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date

import dask
from distributed import Client, LocalCluster, as_completed

from ..errors import ConfigError, TollwatchError
from ..ingest import HtmlPage, Tally, iter_articles
from ..jobs import (Summary, estimate_total, progress_bar, record_saved, reporter,
                    unstored_in_groups)
from ..models import Article
from ..settings import Settings
from ..store import open_store
from .work import read_chunk

log = logging.getLogger(__name__)
CHUNK = 64
INFLIGHT_PER_WORKER = 3
CONNECT_TIMEOUT = "10s"  # to a scheduler given by address
# Local workers fork from one server process that has imported the libraries once, instead of
# each starting a fresh interpreter that imports them again (Dask's default, "spawn"): about
# 2.5 s of CPU and 2 s of wall time less per run on 2 cores.
START_METHOD = "forkserver"
CHUNKS_PER_WORKER = 8    # a known, small input is cut so each worker gets about this many chunks


def chunk_sizes(total: int | None, workers: int) -> Iterator[int]:
    """Sizes of the chunks sent out, in order: doubling from 1 up to CHUNK, and no larger than
    an even share of a known total (CHUNKS_PER_WORKER per worker)."""
    cap = CHUNK if total is None else max(1, min(CHUNK, math.ceil(total / (workers * CHUNKS_PER_WORKER))))
    size = 1
    while True:
        yield min(size, cap)
        size = min(size * 2, CHUNK)


@contextmanager
def dask_logs_like_ours() -> Iterator[None]:
    """Dask's loggers at the level of the application's root logger for the run (WARNING
    unless -v), instead of the INFO that distributed sets for itself; restored afterwards."""
    dask_log = logging.getLogger("distributed")
    before = dask_log.level
    dask_log.setLevel(logging.getLogger().getEffectiveLevel())
    try:
        yield
    finally:
        dask_log.setLevel(before)


class _Workers:
    """The Dask side of a run: submit chunks, hand each finished chunk's outcomes to `done`."""

    def __init__(self, scheduler: str | None, workers: int, published: date | None,
                 settings: Settings, done: Callable[[list[tuple]], None],
                 phase: Callable[[str], None] = lambda _: None):
        self.scheduler, self.workers, self.published, self.done = scheduler, workers, published, done
        self.settings = settings
        self.phase: Callable[[str], None] | None = phase
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None
        self.pending = None
        self.inflight = 0
        self.limit = 1

    def _start(self) -> None:
        if self.phase is not None:
            self.phase("starting workers")
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {self.scheduler} "
                                  f"({exc})") from None
        else:
            method = (START_METHOD if START_METHOD in multiprocessing.get_all_start_methods()
                      else "spawn")
            with dask.config.set({"distributed.worker.multiprocessing-method": method}):
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                            processes=True, dashboard_address=None,
                                            silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or self.workers
        self.limit = max(1, n) * INFLIGHT_PER_WORKER
        self.pending = as_completed(with_results=False)

    def _collect(self, future) -> None:
        outcomes = future.result()
        if self.phase is not None:   # the first chunk is back: workers are up, reader loaded
            self.phase("reading")
            self.phase = None
        future.release()
        self.inflight -= 1
        self.done(outcomes)

    def submit(self, chunk: list[Article | HtmlPage]) -> None:
        if self.client is None:
            self._start()
        self.pending.add(self.client.submit(read_chunk, chunk, self.published,
                                            self.settings.max_article_seconds,
                                            self.settings.language, pure=False))
        self.inflight += 1
        while self.inflight >= self.limit:
            self._collect(next(self.pending))

    def drain(self) -> None:
        for future in self.pending or ():
            self._collect(future)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_batch(paths: Iterable[str], *, settings: Settings, workers: int = 2,
              scheduler: str | None = None, published: date | None = None,
              progress: bool | None = None, language: str | None = None) -> Summary:
    """Like jobs.run_ingest, with extraction spread over Dask workers (`language`: every
    article's declared language, `--language`)."""
    paths = [str(p) for p in paths]
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    store = open_store(settings.db)
    tally = Tally()
    summary = Summary(skipped=tally.skipped)
    total = estimate_total(paths)
    bar = progress_bar(False if settings.quiet else progress, total)
    report = reporter(bar)
    started = time.monotonic()

    def done(outcomes: list[tuple]) -> None:
        readings = [o[1] for o in outcomes if o[0] == "ok"]
        try:
            saved = store.save_chunk(readings)  # one transaction per chunk, a savepoint each
        except TollwatchError as exc:
            saved = [exc] * len(readings)
        for reading, result in zip(readings, saved):
            record_saved(reading, result, summary, report)
        for _, source, message in (o for o in outcomes if o[0] != "ok"):
            summary.add_failure(source, message)
            report(f"error: {source}: {message}")
        bar.update(len(outcomes))
        bar.set_postfix(new=summary.ingested, dup=summary.duplicates,
                        failed=len(summary.failed), refresh=False)

    def phase(name: str) -> None:
        bar.set_description(name)
        if name == "reading":
            bar.start_t = time.time()  # rate and ETA from here, not counting the workers' start

    dask = _Workers(scheduler, workers, published, settings, done, phase=phase)
    sizes = chunk_sizes(total, workers)
    with dask_logs_like_ours():
        try:
            items = iter_articles(paths, settings=settings, published=published, tally=tally,
                                  known=lambda url: store.has_article(url=url), defer_html=True,
                                  language=language)
            chunk: list[Article | HtmlPage] = []
            size = next(sizes)
            for article in unstored_in_groups(store, items, summary, report, CHUNK):
                chunk.append(article)
                if len(chunk) >= size:
                    dask.submit(chunk)
                    chunk, size = [], next(sizes)
            if chunk:
                dask.submit(chunk)
            dask.drain()
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            bar.close()
            summary.seconds = time.monotonic() - started
            dask.close()
            store.close()
    return summary
