"""Reporting an extractor that raised, without the caller's words.

A caller's words never reach the logs unmasked, and a traceback would carry them (in the frame that
raised, in the exception's message). What a maintainer needs is which code failed and where: the
exception's type and the file:line it came from, and how long the turn was.
"""

from __future__ import annotations

import logging
import traceback


def where(exc: BaseException) -> str:
    """`file:line` of the innermost frame of `exc`'s traceback ("?" when it has none)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


def log_failure(log: logging.Logger, what: str, exc: BaseException, words: object) -> None:
    """Log that `what` raised on a turn, naming the exception and where it was raised, not the turn."""
    log.error("%s failed with %s at %s on a turn of %d characters", what, type(exc).__name__, where(exc),
              len(str(words)))


__all__ = ["log_failure", "where"]
