"""`daisy-engine run FLOW`: one call through a flow in the terminal, or a LiveKit worker.

With `LIVEKIT_URL` set (in the environment or ./.env) and no `--console`, the command starts a LiveKit
Agents worker whose every call runs the flow (see `daisy_engine.transports.livekit.worker`). Imports
nothing from livekit at module level: the console starts fast and works without the voice extras
installed. The engine itself is imported inside the command, so other commands (`validate` on every
save) do not pay for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from daisy_engine.cli.call_options import Context, Locale, check_locale, context_values
from daisy_engine.cli.errors import USAGE, fail

if TYPE_CHECKING:
    from rich.console import Console

    from daisy_engine.compiler import CompiledFlow
    from daisy_engine.flow.model import Flow


def run_command(
    flow: Annotated[Path, typer.Argument(help="The flow file, e.g. flows/daisy.yaml.", show_default=False)],
    console: Annotated[
        bool, typer.Option("--console", help="Talk to the flow in this terminal even when LIVEKIT_URL is set.")
    ] = False,
    locale: Locale = None,
    records: Annotated[
        Path | None,
        typer.Option(
            "--records",
            help="SQLite file for call records (default: $DAISY_RECORDS or ./daisy-records.db).",
            show_default=False,
        ),
    ] = None,
    phone: Annotated[
        str | None,
        typer.Option(
            "--phone",
            help="The caller's phone number; a callback from the same number resumes its record.",
            show_default=False,
        ),
    ] = None,
    caller_id: Annotated[
        str | None,
        typer.Option("--caller-id", help="Caller id, as the phone network would give it.", show_default=False),
    ] = None,
    context: Context = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the step, the slots and the attempts after each turn.")
    ] = False,
    agent_name: Annotated[
        str | None,
        typer.Option(
            "--agent-name",
            help="LiveKit worker only: the agent name calls are dispatched to (default: the flow's name).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run FLOW. With LIVEKIT_URL set (environment or .env): a LiveKit voice worker serving calls until
    SIGTERM. Without it (or with --console) one call in this terminal: you type what the caller says;
    piped input is read one caller turn per line."""
    import asyncio

    from rich.console import Console
    from rich.markup import escape

    from daisy_engine.cli.env_file import load_env_file
    from daisy_engine.cli.livekit_options import load
    from daisy_engine.cli.stderr_log import log_to_stderr
    from daisy_engine.compiler import compile_flow
    from daisy_engine.store import RecordsFileError, records_path

    err = Console(stderr=True, highlight=False, emoji=False)
    load_env_file()
    worker = bool(os.environ.get("LIVEKIT_URL")) and not console
    if worker:
        _check_openai_key()  # said at once, before the flow is even read
    loaded = load(flow)
    check_locale(loaded, locale)
    values = context_values(loaded, context)
    if worker:
        if phone or caller_id:
            raise typer.BadParameter(
                "is for one console call; a worker's calls get the number from the dispatch metadata or the SIP caller",
                param_hint="--phone" if phone else "--caller-id",
            )
        # --locale and --set are the defaults of every call the dispatch metadata does not say otherwise.
        _serve(loaded, agent_name or loaded.name, records_path(records), debug, err, locale, values)
        return
    if phone:
        values["phone"] = phone
    if caller_id:
        values["caller_id"] = caller_id
    log_to_stderr(debug)
    try:
        outcome = asyncio.run(_call(compile_flow(loaded), locale, values, records_path(records), debug))
    except RecordsFileError as exc:  # before the call starts: nothing was said, nothing is lost
        fail(str(exc))
    # On stderr in both modes: piped stdout stays the agent's lines only.
    err.print(
        f"[dim]record {outcome['record_id']} saved to {escape(str(records_path(records)))} "
        f"({escape(str(outcome['outcome']))})[/]"
    )


def _check_openai_key() -> None:
    if not os.environ.get("OPENAI_API_KEY", "").strip():
        fail(
            "OPENAI_API_KEY is not set: the LiveKit worker's voice models need it (set it in the "
            "environment or in .env, or use --console for a text call without a model)"
        )


def _serve(
    loaded: Flow,
    agent_name: str,
    records: Path,
    debug: bool,
    err: Console,
    locale: str | None = None,
    context: dict[str, object] | None = None,
) -> None:
    """The LiveKit worker: one line and exit 1 for anything that stops it before it serves."""
    import asyncio

    from rich.markup import escape

    from daisy_engine.compiler import compile_flow
    from daisy_engine.store import RecordsFileError, SQLiteStore

    try:
        from daisy_engine.transports.livekit.entrypoint import FlowApp
        from daisy_engine.transports.livekit.models import MissingKeyError, openai_key
        from daisy_engine.transports.livekit.worker import LiveKitServer, WorkerError, serve
    except ImportError as exc:
        fail(f"the LiveKit transport needs the voice extras ({exc.name} is missing): "
             "pip install 'daisy-engine[livekit]'")
    from daisy_engine.cli.stderr_log import log_to_stderr

    try:
        server = LiveKitServer.from_env(dict(os.environ))
    except WorkerError as exc:  # a setting missing or malformed: a usage error, said before anything starts
        fail(str(exc), USAGE)
    log_to_stderr(debug, worker=True)
    try:
        app = FlowApp(
            compile_flow(loaded),
            records,
            api_key=openai_key(),
            base_url=os.environ.get("OPENAI_BASE_URL") or None,
            default_locale=locale,
            default_context=dict(context or {}),
        )

        async def checked() -> None:
            await SQLiteStore(records).close()  # an unusable records file stops the worker now, not mid-call
            err.print(
                f"[dim]worker for flow {escape(loaded.name)} registering as agent {escape(agent_name)} "
                f"on {escape(server.url)}; records in {escape(str(records))}[/]",
                soft_wrap=True,
            )

        asyncio.run(serve(app, server, agent_name=agent_name, on_checked=checked))
    except (WorkerError, MissingKeyError, RecordsFileError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


async def _call(
    compiled: CompiledFlow, locale: str | None, context: dict[str, object], path: Path, debug: bool
) -> dict[str, object]:
    from daisy_engine.runtime.conversation import Conversation
    from daisy_engine.store import SQLiteStore
    from daisy_engine.transports.console import run_console

    store = SQLiteStore(path)
    try:
        conversation = Conversation(compiled, locale=locale, context=context, store=store)
        return await run_console(conversation, debug=debug)
    finally:
        await store.close()
