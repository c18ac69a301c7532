"""The worker: `daisy-engine run FLOW` with `LIVEKIT_URL` set.

Started programmatically (`AgentServer.run`), not through `livekit.agents.cli.run_app`, which re-parses
`sys.argv` and exits 0 on failure. The flow is loaded and compiled once, here, and shared by every call
(jobs run as threads of this process, so they share it). The worker registers under an agent name
(explicit dispatch); SIGTERM or Ctrl-C drains: no new calls, the calls in progress finish, then it exits.

Failures a person reads are one line (`WorkerError`): a LiveKit server that cannot be reached, keys it
refuses, a missing OpenAI key. Before registering, the credentials are checked with one server API call
(the same key and secret the worker uses), so a wrong secret is named as such instead of as a vague
connection failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from livekit import api
from livekit.agents import AgentServer, JobContext, JobExecutorType

from daisy_engine.errors import DaisyError
from daisy_engine.runtime.masking import masked_logger
from daisy_engine.transports.livekit.entrypoint import FlowApp, run_call
from daisy_engine.transports.livekit.server_url import http_url, url_problem

logger = masked_logger("daisy_engine.livekit")  # masked at INFO, whatever the handlers

# A short development secret ("secret" in `livekit-server --dev`) is legitimate here; PyJWT's warning
# about its length would be the only line on stderr next to a real error.
warnings.filterwarnings("ignore", message="The HMAC key is .* bytes long")

CHECK_TIMEOUT = 10.0
"""Seconds the credential check may take before the server counts as unreachable."""


class WorkerError(DaisyError):
    """A problem that stops the worker, said in one line."""


@dataclass
class LiveKitServer:
    url: str
    api_key: str
    api_secret: str

    @classmethod
    def from_env(cls, env: dict[str, str]) -> LiveKitServer:
        url = env.get("LIVEKIT_URL", "").strip()
        key, secret = env.get("LIVEKIT_API_KEY", "").strip(), env.get("LIVEKIT_API_SECRET", "").strip()
        missing = [
            name
            for name, value in (("LIVEKIT_URL", url), ("LIVEKIT_API_KEY", key), ("LIVEKIT_API_SECRET", secret))
            if not value
        ]
        if missing:
            raise WorkerError(
                f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set: the worker "
                "needs the LiveKit server's URL, API key and secret (or use --console)"
            )
        problem = url_problem(url)
        if problem is not None:
            raise WorkerError(problem)
        return cls(url, key, secret)

    @property
    def http_url(self) -> str:
        return http_url(self.url)


async def check_server(server: LiveKitServer, timeout: float = CHECK_TIMEOUT) -> None:
    """One authenticated API call: WorkerError when the server cannot be reached or refuses the keys."""
    try:
        async with api.LiveKitAPI(server.http_url, server.api_key, server.api_secret) as lk:
            await asyncio.wait_for(lk.room.list_rooms(api.ListRoomsRequest()), timeout)
    except api.TwirpError as exc:
        if exc.status in (401, 403) or exc.code in ("unauthenticated", "permission_denied"):
            raise WorkerError(
                f"the LiveKit server at {server.url} refused the API key and secret "
                "(check LIVEKIT_API_KEY and LIVEKIT_API_SECRET)"
            ) from None
        # A server that is not LiveKit (a web server, a proxy) gives no Twirp message: name the status.
        detail = exc.message or f"HTTP {exc.status}"
        raise WorkerError(
            f"the LiveKit server at {server.url} answered with an error: {detail} "
            "(is LIVEKIT_URL a LiveKit server?)"
        ) from None
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        reason = _unreachable(exc)
        raise WorkerError(
            f"cannot reach the LiveKit server at {server.url} ({reason}); "
            "check LIVEKIT_URL and that the server is running"
        ) from None


def _unreachable(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer"
    cause = getattr(exc, "os_error", None) or exc
    if isinstance(cause, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "unknown host"
    return str(cause) or type(exc).__name__


def build_server(
    app: FlowApp,
    server: LiveKitServer,
    *,
    agent_name: str,
    port: int = 0,
    entry: Callable[[JobContext], Any] | None = None,
) -> AgentServer:
    """An AgentServer whose every job is a call of `app`'s flow, registered as `agent_name`."""
    worker = AgentServer(
        ws_url=server.url,
        api_key=server.api_key,
        api_secret=server.api_secret,
        job_executor_type=JobExecutorType.THREAD,
        max_retry=2,
        port=port,
        num_idle_processes=0,
    )

    async def call(ctx: JobContext) -> None:
        await run_call(ctx, app)

    worker.rtc_session(entry or call, agent_name=agent_name)
    return worker


def freeze_startup() -> None:
    """Leave what the worker built before its first call (modules, the compiled flow, the models'
    clients) out of every later garbage collection. Every call of a worker runs in its one process, and
    a full collection walks every object the process holds, stopping the event loop meanwhile: frozen,
    the startup objects are no longer walked (benchmarks/gc_policies.py: the longest full collection
    about half as long at 1,000 live calls). Collected first, so no startup garbage is kept for good."""
    gc.collect()
    gc.freeze()


async def serve(
    app: FlowApp,
    server: LiveKitServer,
    *,
    agent_name: str,
    port: int = 0,
    on_checked: Callable[[], Awaitable[None]] | None = None,
    on_ready: Callable[[AgentServer], Any] | None = None,
) -> None:
    """Check the server (then `on_checked`), register the worker and serve calls until SIGTERM/SIGINT,
    then drain."""
    await check_server(server)
    if on_checked is not None:
        await on_checked()
    worker = build_server(app, server, agent_name=agent_name, port=port)
    freeze_startup()
    loop = asyncio.get_running_loop()
    stopping: asyncio.Task[None] | None = None

    async def drain_and_close() -> None:
        logger.warning("stopping: no new calls; waiting for the calls in progress to end")
        with contextlib.suppress(Exception):
            await worker.drain()
        await worker.aclose()

    def stop() -> None:
        nonlocal stopping
        if stopping is None:
            stopping = loop.create_task(drain_and_close())

    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop)
    if on_ready is not None:
        worker.on("worker_started", lambda *_: on_ready(worker))
    try:
        await worker.run()
    except RuntimeError as exc:
        if "failed to connect" in str(exc):
            raise WorkerError(
                f"cannot register the worker with the LiveKit server at {server.url}: the agent "
                "connection failed (check LIVEKIT_URL, the keys and the server's agent support)"
            ) from None
        raise
    finally:
        if stopping is not None:
            await stopping
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
