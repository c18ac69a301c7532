"""`daisy-engine run FLOW`: one call through a flow in the terminal, or a LiveKit worker.

With `LIVEKIT_URL` set (in the environment or ./.env) and no `--console`, the command starts a LiveKit
Agents worker whose every call runs the flow (see `daisy_engine.transports.livekit.worker`). Imports
nothing from livekit at module level: the console starts fast and works without the voice extras
installed. The engine itself is imported inside the command, so other commands (`validate` on every
save) do not pay for it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from daisy_engine.compiler import CompiledFlow
    from daisy_engine.flow.model import Flow


def run_command(
    flow: Annotated[Path, typer.Argument(help="The flow file, e.g. flows/daisy.yaml.", show_default=False)],
    console: Annotated[
        bool, typer.Option("--console", help="Talk to the flow in this terminal even when LIVEKIT_URL is set.")
    ] = False,
    locale: Annotated[
        str | None,
        typer.Option(
            "--locale",
            "-l",
            help="Language of the call, e.g. es-MX or en-US (default: the flow's first).",
            show_default=False,
        ),
    ] = None,
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
    context: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="A context variable for this call, NAME=VALUE (repeatable), e.g. --set company=ACME.",
            show_default=False,
        ),
    ] = None,
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
    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import FlowError, load_flow
    from daisy_engine.store import RecordsFileError, records_path

    err = Console(stderr=True, highlight=False, emoji=False)
    load_env_file()
    worker = bool(os.environ.get("LIVEKIT_URL")) and not console
    if worker:
        _check_openai_key(err)  # said at once, before the flow is even read
    try:
        loaded = load_flow(flow)
    except FlowError as exc:
        for diagnostic in exc.report.sorted():
            err.print(escape(diagnostic.format_text()), soft_wrap=True)
        raise typer.Exit(1) from None
    if locale is not None and locale not in loaded.locales:
        raise typer.BadParameter(f"the flow speaks {', '.join(loaded.locales)}", param_hint="--locale")
    values: dict[str, object] = {}
    for item in context or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--set")
        values[name] = _context_value(loaded, name, value)
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
    _log_to_stderr(debug)
    try:
        outcome = asyncio.run(_call(compile_flow(loaded), locale, values, records_path(records), debug))
    except RecordsFileError as exc:  # before the call starts: nothing was said, nothing is lost
        err.print(escape(str(exc)), soft_wrap=True)
        raise typer.Exit(1) from None
    # On stderr in both modes: piped stdout stays the agent's lines only.
    err.print(
        f"[dim]record {outcome['record_id']} saved to {escape(str(records_path(records)))} "
        f"({escape(str(outcome['outcome']))})[/]"
    )


def _check_openai_key(err: Console) -> None:
    if not os.environ.get("OPENAI_API_KEY", "").strip():
        err.print(
            "OPENAI_API_KEY is not set: the LiveKit worker's voice models need it (set it in the "
            "environment or in .env, or use --console for a text call without a model)",
            soft_wrap=True,
        )
        raise typer.Exit(1)


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
        err.print(
            f"the LiveKit transport needs the voice extras ({exc.name} is missing): "
            "pip install 'daisy-engine[livekit]'",
            soft_wrap=True,
            markup=False,  # `[livekit]` is text, not a rich style tag
        )
        raise typer.Exit(1) from None
    _log_to_stderr(debug, worker=True)
    try:
        server = LiveKitServer.from_env(dict(os.environ))
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
        err.print(escape(str(exc)), soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


# The call metadata a call may be given besides the flow's own context variables.
_CALL_METADATA = ("phone", "caller_id", "call_id", "agent_name", "direction")
_EXPECTED = {"integer": "a whole number", "number": "a number", "boolean": "true or false"}


def _context_value(flow: Flow, name: str, text: str) -> object:
    """A `--set` value typed as the flow declares the variable; a clear usage error (exit 2) for a name
    the flow does not declare or a value that is not of the declared type."""
    import math

    declared = flow.context.get(name)
    if declared is None:
        if name in _CALL_METADATA:
            return text
        known = ", ".join(sorted(flow.context)) or "none"
        raise typer.BadParameter(
            f"'{name}' is not a context variable of flow '{flow.name}' (it declares: {known})", param_hint="--set"
        )
    clean = text.strip()
    try:
        if declared.type == "integer":
            return int(clean)
        if declared.type == "number":
            number = float(clean)
            if math.isfinite(number):
                return number
        elif declared.type == "boolean":
            if clean.lower() in ("true", "false"):
                return clean.lower() == "true"
        else:
            return text
    except ValueError:
        pass
    raise typer.BadParameter(
        f"{name} must be {_EXPECTED.get(declared.type, declared.type)} ({declared.type}), got {text!r}",
        param_hint="--set",
    )


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


def _log_to_stderr(debug: bool, *, worker: bool = False) -> None:
    """The engine's log on stderr, masked. A worker logs its calls at INFO; LiveKit's own log only from
    WARNING (DEBUG with --debug)."""
    import logging

    from daisy_engine.runtime.masking import MaskingFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("daisy_engine")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if debug or worker else logging.WARNING)
    if worker:
        livekit = logging.getLogger("livekit")
        livekit.addHandler(handler)
        livekit.setLevel(logging.DEBUG if debug else logging.ERROR)
