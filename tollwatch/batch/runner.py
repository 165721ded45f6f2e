"""Inputs are read here, articles are read (extracted) on workers, readings stored here.

Articles go out in chunks of CHUNK, at most INFLIGHT_PER_WORKER chunks per worker at a time,
so memory stays flat however large the input; results are stored as they complete, by one
writer. The cluster starts only when the first article needs reading, so a re-run over
inputs already stored costs no cluster at all.
"""
from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable
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


class _Workers:
    """The Dask side of a run: submit chunks, hand each finished chunk's outcomes to `done`."""

    def __init__(self, scheduler: str | None, workers: int, published: date | None,
                 done: Callable[[list[tuple]], None]):
        self.scheduler, self.workers, self.published, self.done = scheduler, workers, published, done
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None
        self.pending = None
        self.inflight = 0
        self.limit = 1

    def _start(self) -> None:
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
        future.release()
        self.inflight -= 1
        self.done(outcomes)

    def submit(self, chunk: list[Article | HtmlPage]) -> None:
        if self.client is None:
            self._start()
        self.pending.add(self.client.submit(read_chunk, chunk, self.published, pure=False))
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
              progress: bool | None = None) -> Summary:
    """Like jobs.run_ingest, with extraction spread over Dask workers."""
    paths = [str(p) for p in paths]
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    store = open_store(settings.db)
    tally = Tally()
    summary = Summary(skipped=tally.skipped)
    bar = progress_bar(False if settings.quiet else progress, estimate_total(paths))
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

    dask = _Workers(scheduler, workers, published, done)
    try:
        items = iter_articles(paths, settings=settings, published=published, tally=tally,
                              known=lambda url: store.has_article(url=url), defer_html=True)
        chunk: list[Article | HtmlPage] = []
        for article in unstored_in_groups(store, items, summary, report, CHUNK):
            chunk.append(article)
            if len(chunk) >= CHUNK:
                dask.submit(chunk)
                chunk = []
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
