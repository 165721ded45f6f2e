"""Inputs are read here, articles are read (extracted) on workers, readings stored here.

At most `workers * INFLIGHT_PER_WORKER` articles are out at a time, so memory stays flat
however large the input; results are stored as they complete, by one writer.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from datetime import date

from distributed import Client, LocalCluster, as_completed

from ..errors import ConfigError
from ..ingest import Tally, iter_articles
from ..jobs import (Summary, articles_to_read, estimate_total, progress_bar, reporter,
                    save_reading)
from ..settings import Settings
from ..store import open_store
from .work import read_one

log = logging.getLogger(__name__)
INFLIGHT_PER_WORKER = 8


def _client(scheduler: str | None, workers: int) -> tuple[Client, LocalCluster | None]:
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


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
    client = cluster = None  # started on the first article that needs reading
    started = time.monotonic()
    pending = None
    inflight = limit = 0

    def collect(future) -> None:
        outcome = future.result()
        future.release()
        if outcome[0] == "ok":
            save_reading(store, outcome[1], summary, report)
        else:
            _, source, message = outcome
            summary.add_failure(source, message)
            report(f"error: {source}: {message}")
        bar.update(1)
        bar.set_postfix(new=summary.ingested, dup=summary.duplicates,
                        failed=len(summary.failed), refresh=False)

    try:
        items = iter_articles(paths, settings=settings, published=published, tally=tally,
                              known=lambda url: store.has_article(url=url))
        for article in articles_to_read(store, items, summary, report):
            if client is None:
                client, cluster = _client(scheduler, workers)
                n_workers = len(client.scheduler_info().get("workers", {})) or workers
                limit = max(1, n_workers) * INFLIGHT_PER_WORKER
                pending = as_completed(with_results=False)
            pending.add(client.submit(read_one, article, published, pure=False))
            inflight += 1
            while inflight >= limit:
                collect(next(pending))
                inflight -= 1
        for future in pending or ():
            collect(future)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        summary.seconds = time.monotonic() - started
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        store.close()
    return summary
