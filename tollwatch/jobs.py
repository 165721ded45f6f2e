"""The single-process ingest run: inputs -> articles -> read_article -> store.

Already stored articles (same id, content or canonical URL) are skipped before extraction, so
a re-run is cheap and an interrupted run resumes where it stopped; with `--published`, an
article stored undated is read again with that date and replaces its undated copy
(`Store.redate`). One bad article never stops the run: it is counted in the summary with its
reason.
"""
from __future__ import annotations

import logging
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

from .errors import ConfigError, TollwatchError
from .extract.reader import Reader
from .ingest import HtmlPage, Tally, iter_articles
from .models import Article, Reading
from .settings import Settings
from .store import Store, open_store

log = logging.getLogger(__name__)


@dataclass
class Summary:
    """What a run did: ingested, duplicates, skipped and failed inputs with reasons."""
    ingested: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (input, reason)
    skipped: Counter = field(default_factory=Counter)             # reason -> count
    per_input: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    seconds: float = 0.0
    interrupted: bool = False
    undated: int = 0      # stored with no publication date (none given, none found in the text)
    redated: int = 0      # stored undated before, replaced by a reading dated with --published

    def add_failure(self, source: str | None, reason: str) -> None:
        self.failed.append((source or "?", reason))
        self.per_input[_input_of(source)]["failed"] += 1

    def add(self, article: Article | HtmlPage, outcome: str) -> None:
        if outcome == "ingested":
            self.ingested += 1
        elif outcome == "redated":
            self.redated += 1
        else:
            self.duplicates += 1
        self.per_input[article.origin or getattr(article, "id", "?")][outcome] += 1

    @property
    def ok(self) -> bool:
        return not self.failed and not self.interrupted

    def lines(self, *, per_input: bool = False) -> list[str]:
        rate = self.ingested / self.seconds if self.seconds > 0 else 0.0
        out = [f"ingested {self.ingested}, "
               + (f"redated {self.redated}, " if self.redated else "")
               + f"duplicates {self.duplicates}, "
               f"skipped {sum(self.skipped.values())}, failed {len(self.failed)} "
               f"in {self.seconds:.1f} s ({rate:.1f} articles/s)"
               + (" - INTERRUPTED (run again to resume)" if self.interrupted else "")]
        if self.undated:
            out.append(f"  undated {self.undated}: no publication date given or found in the text; "
                       "stored undated and kept out of conflicts (tollwatch conflicts --undated "
                       "lists them); give one with --published YYYY-MM-DD (ingesting them "
                       "again with it replaces the undated copies)")
        if self.redated:
            out.append(f"  redated {self.redated}: stored undated before; read again with "
                       "--published, and the new reading replaced the undated copy")
        out += [f"  skipped {n}: {reason}" for reason, n in sorted(self.skipped.items())]
        out += [f"  failed: {src}: {reason}" for src, reason in self.failed[:50]]
        if len(self.failed) > 50:
            out.append(f"  ... and {len(self.failed) - 50} more failures")
        if per_input:
            for name, c in sorted(self.per_input.items()):
                out.append(f"  {name}: ingested {c['ingested']}, duplicates {c['duplicates']}, "
                           f"failed {c['failed']}")
        return out


def _input_of(source: str | None) -> str:
    """The input file a failure belongs to (file:line and file#record name their file)."""
    src = source or "?"
    for sep in ("#",):
        src = src.split(sep)[0]
    m = re.match(r"^(.*):\d+$", src)
    return m.group(1) if m and not src.startswith(("http:", "https:")) else src


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when cheap to tell (text, HTML, JSON Lines)."""
    total = 0
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if not f.is_file() or name.endswith((".gz", ".warc", ".rss", ".atom", ".xml", ".urls")):
                return None
            if name.endswith((".jsonl", ".ndjson")):
                with f.open("rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            else:
                total += 1
    return total


def progress_bar(enabled: bool | None, total: int | None) -> tqdm:
    """articles/s and ETA on stderr; off with --quiet or when stderr is not a terminal."""
    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total, unit="article", file=sys.stderr, disable=not show,
                dynamic_ncols=True, smoothing=0.1)


def reporter(bar: tqdm) -> Callable[[str], None]:
    """Per-article error lines go above the progress bar as they happen; without a bar they
    are left to the summary, which lists every failure."""
    return bar.write if not bar.disable else (lambda line: log.info(line))


def articles_to_read(store: Store, items: Iterator, summary: Summary,
                     report: Callable[[str], None], *, redate: bool = False
                     ) -> Iterator[Article | HtmlPage]:
    """Articles not yet stored; errors and duplicates go to the summary on the way. With
    `redate` (a date was given), articles stored undated are read again too."""
    for item in items:
        if isinstance(item, TollwatchError):
            summary.add_failure(item.source, item.message)
            report(f"error: {item}")
            continue
        if isinstance(item, HtmlPage):  # not parsed yet: only its URL can be checked
            key = dict(url=item.url) if item.url else None
        else:
            key = dict(id=item.id, hash=item.hash, url=item.url)
        stored = key is not None and store.has_article(**key)
        if stored and redate and store.undated_copy(**key):
            stored = False              # read again with the date; save_reading replaces it
        if stored:
            summary.add(item, "duplicates")
            continue
        yield item


def unstored_in_groups(store: Store, items: Iterator, summary: Summary,
                       report: Callable[[str], None], size: int) -> Iterator[Article | HtmlPage]:
    """`articles_to_read` with one store lookup per `size` articles instead of one each (a
    batch run's reader). An article stored by this same run is caught when its twin is
    saved, so the counts come out as in `articles_to_read`."""
    group: list[Article | HtmlPage] = []
    for item in items:
        if isinstance(item, TollwatchError):
            summary.add_failure(item.source, item.message)
            report(f"error: {item}")
            continue
        group.append(item)
        if len(group) >= size:
            yield from _unstored(store, group, summary)
            group = []
    yield from _unstored(store, group, summary)


def _unstored(store: Store, group: list, summary: Summary) -> Iterator[Article | HtmlPage]:
    if not group:
        return
    keys = [(None, None, item.url) if isinstance(item, HtmlPage)  # not parsed yet: URL only
            else (item.id, item.hash, item.url) for item in group]
    for item, stored in zip(group, store.stored_among(keys)):
        if stored:
            summary.add(item, "duplicates")
        else:
            yield item


def save_reading(store: Store, reading: Reading, summary: Summary,
                 report: Callable[[str], None], *, redate: bool = False) -> None:
    """Store one reading; with `redate`, a dated reading of an article stored undated
    replaces the undated copy (one transaction: `Store.redate`)."""
    try:
        new = store.save(reading)
        if new is False and redate and reading.article.published and store.redate(reading):
            summary.add(reading.article, "redated")
            return
    except TollwatchError as exc:
        new = exc
    record_saved(reading, new, summary, report)


def record_saved(reading: Reading, outcome: bool | TollwatchError, summary: Summary,
                 report: Callable[[str], None]) -> None:
    """Count one store outcome: new (True), already stored (False) or the error that kept it out."""
    if isinstance(outcome, TollwatchError):
        a = reading.article  # name the article, not only its file (JSON Lines, WARC)
        where = f"{a.origin}#{a.id}" if a.origin and a.origin != a.id else (a.origin or a.id)
        summary.add_failure(where, outcome.message)
        report(f"error: {where}: {outcome.message}")
        return
    summary.add(reading.article, "ingested" if outcome else "duplicates")
    if outcome and reading.article.published is None:
        summary.undated += 1


def run_ingest(paths: Iterable[str], *, settings: Settings, published: date | None = None,
               progress: bool | None = None, feeds_only: bool = False,
               on_saved: Callable[[Summary], None] | None = None, language: str | None = None) -> Summary:
    """Ingest every article in `paths` into the store at settings.db; returns the summary.
    `language`: every article's declared language (`--language`)."""
    paths = [str(p) for p in paths]
    store = open_store(settings.db)
    tally = Tally()
    summary = Summary(skipped=tally.skipped)
    started = time.monotonic()
    bar = progress_bar(False if settings.quiet else progress,
                       None if feeds_only else estimate_total(paths))
    report = reporter(bar)
    redate = published is not None

    def known(url: str) -> bool:  # a URL stored undated is fetched again when a date is given
        return store.has_article(url=url) and not (redate and store.undated_copy(url=url))
    items = iter_articles(paths, settings=settings, published=published, tally=tally,
                          known=known, feeds_only=feeds_only, language=language)
    reader = Reader.load(max_seconds=settings.max_article_seconds, default_language=settings.language)
    try:  # read_many: 32 articles' cue sentences parsed at a time; a twin is caught when saved
        for article, reading in reader.read_many(articles_to_read(store, items, summary, report, redate=redate),
                                                 published=published):
            if isinstance(reading, Exception):  # one bad article never stops the run
                log.debug("extraction failed", exc_info=reading)
                summary.add_failure(article.origin or article.id, f"extraction failed: {reading}")
                report(f"error: {article.origin or article.id}: extraction failed: {reading}")
                continue
            save_reading(store, reading, summary, report, redate=redate)
            bar.update(1)
            bar.set_postfix(new=summary.ingested, dup=summary.duplicates,
                            failed=len(summary.failed), refresh=False)
            if on_saved is not None:
                on_saved(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.close()
        summary.seconds = time.monotonic() - started
        store.close()
    return summary


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'15m', '30s', '1h30m', '2h' -> seconds."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", text.strip().lower())
    if not parts or "".join(n + u for n, u in parts) != re.sub(r"\s+", "", text.lower()):
        raise ConfigError(f"interval must look like 30s, 15m, 1h or 1h30m, got {text!r}")
    return sum(float(n) * _UNITS[u] for n, u in parts)


def watch_feeds(feeds: list[str], *, settings: Settings, every: float, once: bool = False,
                report: Callable[[Summary], None] = lambda s: None,
                sleep: Callable[[float], None] = time.sleep) -> Summary:
    """Poll the feeds every `every` seconds, ingesting new items; a feed that is down or not
    a feed is reported and polled again next round. Returns the last round's summary."""
    while True:
        summary = run_ingest(feeds, settings=settings, progress=False, feeds_only=True)
        report(summary)
        if once or summary.interrupted:
            return summary
        try:
            sleep(every)
        except KeyboardInterrupt:
            return summary
