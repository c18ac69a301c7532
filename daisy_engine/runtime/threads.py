"""Blocking work (a designer's sync tool, SMTP, HTTP, reading the console) on daemon worker threads.

`asyncio.to_thread` shares the loop's default pool, and a thread that never returns keeps a worker
busy and holds up the process at exit (`asyncio.run` waits for the pool). A tool that hangs past its
timeout must cost nothing but the thread it hangs in: the call goes on at the timeout, other tools and the
transport (which reads stdin the same way) keep their threads, and the process exits as soon as the
call is over, whatever the stray thread is still doing.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from daisy_engine.errors import DaisyError

T = TypeVar("T")


class ThreadExit(DaisyError):
    """The work on the thread raised SystemExit, KeyboardInterrupt or another BaseException: it is
    reported as an ordinary failure to the awaiting coroutine, never re-raised there as an exit."""


class DaemonPool:
    """Reusable daemon worker threads that grow when every worker is busy.

    Unlike a `ThreadPoolExecutor`, a worker stuck in a tool forever is never waited for (not at loop
    shutdown, not at interpreter exit), and it never makes other work queue behind it: a new worker is
    started instead. Workers that finish wait for the next job, so a burst of quick tool calls reuses a
    handful of threads instead of starting one per call."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = 0
        self._started = 0

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._idle > 0:
                self._idle -= 1  # an idle worker will take it
                start = False
            else:
                self._started += 1
                start = True
        self._jobs.put(job)
        if start:
            threading.Thread(target=self._work, name=f"{self._name}-{self._started}", daemon=True).start()

    def _work(self) -> None:
        while True:
            self._jobs.get()()
            with self._lock:
                self._idle += 1


TOOLS = DaemonPool("daisy-tool")
"""Where blocking tool work runs (designer functions, SMTP, HTTP)."""
CONSOLE = DaemonPool("daisy-console")
"""Where the console transport reads its input: never behind a tool."""


async def run_blocking(function: Callable[..., T], /, *args: Any, pool: DaemonPool = TOOLS, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` on a daemon worker of `pool`; awaiting it can be cancelled (a timeout)
    and the worker, if the function never returns, holds up nothing."""
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

    pool.submit(work)
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
