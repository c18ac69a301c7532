"""Caches of what is read from a caller's words, kept per call and forgotten when that call ends.

A turn is read many times over (each reader folds it, splits it, parses its numbers again), so the pure
functions of a turn's text are remembered for the last few thousand texts. Those texts are a caller's words:
data a deployment must be able to forget, not something the process keeps after the call is over. So every such
cache is made with `turn_cache` (never a bare `functools.lru_cache`). A cache keyed only by what the flow says (its
patterns, its phrases) is no caller's words and may stay a plain `lru_cache`.

Each call reads through caches of its own, a `TurnScope`: the runtime makes one per call and enters it (`in_scope`)
for everything the call does, so what a call's words left in the caches is exactly its scope, dropped whole when
that call ends (`TurnScope.forget`), while the calls running beside it keep theirs. (One set of caches for the
whole process, emptied at every call's end, also emptied those of every other call going on: speed only, as the
functions are pure, but on a worker holding many calls each end cost the others their caches.)

A read outside any call (the `eval` command, a flow's phrases read when it is compiled, a test calling an extractor)
goes to one shared scope that lives until the next call ends, or `forget_turns()`: so even a read a call made
outside its own scope is forgotten when it ends.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, update_wrapper
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_SIZES: dict[Callable[..., Any], int] = {}  # each cached function (as written) -> how many texts it remembers


class TurnScope(dict[Callable[..., Any], Any]):
    """The caches of one call's words: for each cached function, an `lru_cache` of it made at its first use in
    the call (a dict, so finding it is one lookup in C: most of a cached call's cost is that lookup)."""

    __slots__ = ("__weakref__",)

    def __init__(self) -> None:
        super().__init__()
        _LIVE.add(self)

    def __missing__(self, function: Callable[..., Any]) -> Any:
        cache = self[function] = lru_cache(maxsize=_SIZES[function])(function)
        return cache

    def held(self) -> int:
        """How many texts (and their readings) the scope holds in all."""
        return sum(cache.cache_info().currsize for cache in self.values())

    def forget(self) -> None:
        """Drop everything the scope holds (its call is over)."""
        self.clear()

    def __hash__(self) -> int:  # a scope is itself, not its contents (kept in a WeakSet)
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


_LIVE: weakref.WeakSet[TurnScope] = weakref.WeakSet()  # every scope not yet collected, for `forget_turns`
_OUTSIDE = TurnScope()  # reads made outside any call
_SCOPE: ContextVar[TurnScope] = ContextVar("daisy_turn_scope", default=_OUTSIDE)


def turn_cache(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)` for a pure function of a caller's words, kept per call: in the scope of the
    call reading it (see `in_scope`), else in the shared one of reads outside any call."""

    def wrap(function: F) -> F:
        _SIZES[function] = maxsize
        current = _SCOPE.get

        def cached(*args: Any, **kwargs: Any) -> Any:
            return current()[function](*args, **kwargs)

        return update_wrapper(cached, function)  # type: ignore[return-value]  # the same call signature

    return wrap


@contextmanager
def in_scope(scope: TurnScope) -> Iterator[TurnScope]:
    """Read through `scope`'s caches within the block (and in the tasks it starts): one call's words, apart."""
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def forget_outside() -> None:
    """Empty the shared scope of reads made outside any call (a call ended: whatever it may have read there goes)."""
    _OUTSIDE.forget()


def forget_turns() -> None:
    """Empty every cache of a caller's words, of every call and outside any."""
    for scope in list(_LIVE):
        scope.forget()


def turn_caches() -> tuple[Any, ...]:
    """Every cache holding a caller's words now, of every call and outside any (each with `cache_info()` and
    `cache_clear()`), for checking what they hold."""
    return tuple(cache for scope in list(_LIVE) for cache in scope.values())
