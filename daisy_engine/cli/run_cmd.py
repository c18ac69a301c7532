"""`daisy-engine run FLOW`: one call through a flow, in the terminal (or, later, on LiveKit).

Imports nothing from livekit: the console starts fast and works without the voice extras installed.
The engine itself is imported inside the command, so other commands (`validate` on every save) do
not pay for it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from daisy_engine.compiler import CompiledFlow
    from daisy_engine.flow.model import Flow


def run_command(
    flow: Annotated[Path, typer.Argument(help="The flow file, e.g. flows/daisy.yaml.", show_default=False)],
    console: Annotated[bool, typer.Option(
        "--console", help="Talk to the flow in this terminal even when LIVEKIT_URL is set.")] = False,
    locale: Annotated[str | None, typer.Option(
        "--locale", "-l", help="Language of the call, e.g. es-MX or en-US (default: the flow's first).",
        show_default=False)] = None,
    records: Annotated[Path | None, typer.Option(
        "--records", help="SQLite file for call records (default: $DAISY_RECORDS or ./daisy-records.db).",
        show_default=False)] = None,
    phone: Annotated[str | None, typer.Option(
        "--phone", help="The caller's phone number; a callback from the same number resumes its record.",
        show_default=False)] = None,
    caller_id: Annotated[str | None, typer.Option(
        "--caller-id", help="Caller id, as the phone network would give it.", show_default=False)] = None,
    context: Annotated[list[str] | None, typer.Option(
        "--set", help="A context variable for this call, NAME=VALUE (repeatable), e.g. --set company=ACME.",
        show_default=False)] = None,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show the step, the slots and the attempts after each turn.")] = False,
) -> None:
    """Run one call of FLOW. Without LIVEKIT_URL (or with --console) the call happens in this terminal:
    you type what the caller says. Piped input is read one caller turn per line."""
    import asyncio

    from rich.console import Console
    from rich.markup import escape

    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import FlowError, load_flow
    from daisy_engine.store import RecordsFileError, records_path

    err = Console(stderr=True, highlight=False, emoji=False)
    try:
        loaded = load_flow(flow)
    except FlowError as exc:
        for diagnostic in exc.report.sorted():
            err.print(escape(diagnostic.format_text()), soft_wrap=True)
        raise typer.Exit(1) from None
    if os.environ.get("LIVEKIT_URL") and not console:
        err.print("LIVEKIT_URL is set, but the LiveKit transport is not available yet. "
                  "Use --console to run the call in this terminal.")
        raise typer.Exit(2)
    if locale is not None and locale not in loaded.locales:
        raise typer.BadParameter(f"the flow speaks {', '.join(loaded.locales)}", param_hint="--locale")
    values: dict[str, object] = {}
    for item in context or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--set")
        values[name] = _context_value(loaded, name, value)
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
    err.print(f"[dim]record {outcome['record_id']} saved to {escape(str(records_path(records)))} "
              f"({escape(str(outcome['outcome']))})[/]")


# The call metadata a call may be given besides the flow's own context variables.
_CALL_METADATA = ("phone", "caller_id", "call_id", "agent_name")
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
        raise typer.BadParameter(f"'{name}' is not a context variable of flow '{flow.name}' "
                                 f"(it declares: {known})", param_hint="--set")
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
    raise typer.BadParameter(f"{name} must be {_EXPECTED.get(declared.type, declared.type)} "
                             f"({declared.type}), got {text!r}", param_hint="--set")


async def _call(compiled: CompiledFlow, locale: str | None, context: dict[str, object], path: Path,
                debug: bool) -> dict[str, object]:
    from daisy_engine.runtime.conversation import Conversation
    from daisy_engine.store import SQLiteStore
    from daisy_engine.transports.console import run_console

    store = SQLiteStore(path)
    try:
        conversation = Conversation(compiled, locale=locale, context=context, store=store)
        return await run_console(conversation, debug=debug)
    finally:
        await store.close()


def _log_to_stderr(debug: bool) -> None:
    import logging

    from daisy_engine.runtime.masking import MaskingFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("daisy_engine")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if debug else logging.WARNING)
