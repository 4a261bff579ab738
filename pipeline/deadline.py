"""The per-article time limit's exception, and the deadline the pipeline checks between stages.

``vnpipe run --timeout`` bounds the pipeline on one article two ways: an interrupt (a signal
in the main thread, an asynchronous exception in a worker's thread: ``cli.time_limit``), and
this deadline, checked after every stage. The interrupt stops a stage that runs away; the
check makes the limit hold even where an interrupt is lost or late, as in a loaded Dask
worker, where the asynchronous exception only lands when the thread next runs Python code.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class ArticleTimeout(BaseException):
    """The pipeline ran past the per-article time limit.

    A BaseException, like KeyboardInterrupt: it can arrive at any instruction, and library
    code that swallows ``Exception`` (underthesea's ``text_istitle`` does, in the POS
    features) must not swallow it, or the article runs on past its limit."""


_local = threading.local()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Within the block, ``check_deadline`` raises ArticleTimeout once ``seconds`` have passed (this thread only)."""
    previous = getattr(_local, "at", None)
    _local.at = None if not seconds else time.monotonic() + seconds
    try:
        yield
    finally:
        _local.at = previous


def check_deadline() -> None:
    """Raise ArticleTimeout when this thread's deadline has passed."""
    at = getattr(_local, "at", None)
    if at is not None and time.monotonic() > at:
        raise ArticleTimeout()
