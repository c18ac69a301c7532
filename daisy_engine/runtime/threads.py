"""Blocking work (a designer's sync tool, SMTP, HTTP, reading the console) on a daemon thread of its own.

`asyncio.to_thread` shares the loop's default pool, and a thread that never returns keeps a worker
busy and holds up the process at exit (`asyncio.run` waits for the pool). A tool that hangs past its
timeout must cost nothing but its own thread: the call goes on at the timeout, other tools and the
transport (which reads stdin the same way) keep their threads, and the process exits as soon as the
call is over, whatever the stray thread is still doing.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class ThreadExit(Exception):
    """The work on the thread raised SystemExit, KeyboardInterrupt or another BaseException: it is
    reported as an ordinary failure to the awaiting coroutine, never re-raised there as an exit."""


async def in_own_thread(function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` on a new daemon thread; awaiting it can be cancelled (a timeout)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    context = contextvars.copy_context()

    def work() -> None:
        try:
            result = context.run(function, *args, **kwargs)
        except Exception as exc:
            _settle(loop, future, None, exc)
        except BaseException as exc:  # sys.exit() or KeyboardInterrupt inside the work: a failure
            _settle(loop, future, None, ThreadExit(f"{type(exc).__name__} raised: {exc}".rstrip(": ")))
        else:
            _settle(loop, future, result, None)

    threading.Thread(target=work, name=f"daisy-{getattr(function, '__name__', 'work')}", daemon=True).start()
    return await future


def _settle(
    loop: asyncio.AbstractEventLoop, future: asyncio.Future[Any], value: Any, error: BaseException | None
) -> None:
    def settle() -> None:
        if future.done():  # the awaiting side gave up (timeout): the late result goes nowhere
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    with contextlib.suppress(RuntimeError):  # the loop is closed: the call is long over
        loop.call_soon_threadsafe(settle)
