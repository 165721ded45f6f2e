"""Per-article limits: how long reading one article may take.

`time_limit(seconds, source=...)` bounds a block of pure-Python work in any thread (the CLI's
main thread, a Dask worker's thread, the API's thread pool): a watchdog timer raises
`TimeLimitExceeded` inside the thread that entered the block, and keeps raising it every
`_REPEAT` seconds until the block is left, so a handler that swallows one cannot hold the
article forever. A long C call (one regex over the whole text) finishes before the exception
lands; each such call is bounded by the article's size (max_article_bytes).

Memory per article is bounded by the size limit on the input (max_article_bytes, checked by
every reader before the article is read); see RELIABILITY.md for the measured figures.
"""
from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import ExtractError

ENV = "TOLLWATCH_MAX_ARTICLE_SECONDS"
_REPEAT = 0.5


class TimeLimitExceeded(ExtractError):
    """Reading one article took longer than the per-article time limit."""
    code = "time_limit"
    status = 422

    def __init__(self, message: str = "reading the article took longer than the per-article "
                 "time limit", *, source: str | None = None):
        super().__init__(message, source=source)


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc else None)


class _Watchdog:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.inside = True
        self.fired = False
        self.timer: threading.Timer | None = None

    def arm(self, delay: float) -> None:
        self.timer = threading.Timer(delay, self.fire)
        self.timer.daemon = True
        self.timer.start()

    def fire(self) -> None:
        with self.lock:
            if not self.inside:
                return
            self.fired = True
            _raise_in(self.thread_id, TimeLimitExceeded)
            self.arm(_REPEAT)

    def disarm(self) -> None:
        with self.lock:
            self.inside = False
            if self.timer is not None:
                self.timer.cancel()
            if self.fired:  # an exception set but not yet delivered must not leak out
                _raise_in(self.thread_id, None)


@contextmanager
def time_limit(seconds: float, *, source: str | None = None) -> Iterator[None]:
    """Raise TimeLimitExceeded (naming `source`) if the block runs longer than `seconds`
    (0 or less: no limit). The caller passes Settings.max_article_seconds, read at the edge."""
    if seconds <= 0:
        yield
        return
    dog = _Watchdog(seconds)
    dog.arm(seconds)
    try:
        yield
    except TimeLimitExceeded:
        dog.disarm()
        raise TimeLimitExceeded(f"reading the article took longer than {seconds:g} s "
                                f"(per-article time limit, {ENV})", source=source) from None
    finally:
        dog.disarm()
