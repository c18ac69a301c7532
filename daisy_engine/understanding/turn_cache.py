"""Caches of what is read from a caller's words, and one way to forget them all when a call ends.

A turn is read many times over (each reader folds it, splits it, parses its numbers again), so the pure
functions of a turn's text are remembered for the last few thousand texts. Those texts are a caller's words:
data a deployment must be able to forget, not something the process keeps after the call is over. So every such
cache is made with `turn_cache` (never a bare `functools.lru_cache`), which registers it here, and the runtime
calls `forget_turns()` when a call ends (`Conversation`, whatever transport runs it: console, LiveKit, replay,
the conversation tests). A cache keyed only by what the flow says (its patterns, its phrases) is no caller's
words and may stay a plain `lru_cache`.

Forgetting costs nothing but speed: the functions are pure, so a call running beside the one that ended
computes again what it had remembered. Measured (`benchmarks/bench_turn_caches.py`), that speed is nil: with 10 or
100 calls side by side, calls ending all along, a turn costs what it does with one call alone - what is read again
and again is the turn being heard, within the turn. Caches kept per call (a context variable naming the call's own,
dropped at its end) were tried: no turn got faster, every cached read paid for finding its call's cache (turn CPU
up by a third in `bench_runtime.py`), and the caches grew with the calls alive (about a hundred entries each).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class _Cache(Protocol):
    def cache_clear(self) -> None: ...

    def cache_info(self) -> Any: ...


_CACHES: list[_Cache] = []


def turn_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` for a pure function of a caller's words, registered so that
    `forget_turns` empties it when a call ends."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]  # the same call signature, with cache_clear/cache_info

    return wrap


def forget_turns() -> None:
    """Empty every cache of a caller's words (the call is over: nothing of what it said stays in memory)."""
    for cache in _CACHES:
        cache.cache_clear()


def turn_caches() -> tuple[Any, ...]:
    """Every registered cache (each with `cache_info()` and `cache_clear()`), for checking what they hold."""
    return tuple(_CACHES)
