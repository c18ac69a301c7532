"""`daisy-engine call NUMBER --flow FLOW`: one outbound call through LiveKit SIP."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from daisy_engine.cli.livekit_options import AgentName, ApiKey, ApiSecret, Records, Url


def call_command(
    number: Annotated[str, typer.Argument(help="The number to call, E.164, e.g. +5215512345678.", show_default=False)],
    flow: Annotated[
        Path, typer.Option("--flow", help="The flow the call runs, e.g. flows/daisy.yaml.", show_default=False)
    ],
    locale: Annotated[
        str | None,
        typer.Option(
            "--locale", "-l", help="Language of the call, e.g. es-MX (default: the flow's first).", show_default=False
        ),
    ] = None,
    context: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="A context variable for this call, NAME=VALUE (repeatable), e.g. --set company=ACME.",
            show_default=False,
        ),
    ] = None,
    agent_name: AgentName = None,
    trunk: Annotated[
        str | None,
        typer.Option(
            "--trunk",
            envvar="LIVEKIT_SIP_OUTBOUND_TRUNK",
            show_default=False,
            help="Outbound trunk id, e.g. ST_abc123 (default: $LIVEKIT_SIP_OUTBOUND_TRUNK, else the only one).",
        ),
    ] = None,
    ring: Annotated[
        int, typer.Option("--ring", min=5, max=120, help="Seconds to let the phone ring before giving up.")
    ] = 30,
    records: Records = None,
    url: Url = None,
    api_key: ApiKey = None,
    api_secret: ApiSecret = None,
) -> None:
    """Call NUMBER and run FLOW on the call.

    The agent (a worker started with `daisy-engine run FLOW` on LiveKit, registered under the flow's name) is
    dispatched into a new room with the call's details, then NUMBER is dialed through the outbound
    trunk and the command waits until it is answered. Every attempt is written to the records file;
    a busy or unanswered call is queued for `daisy-engine callbacks run` when the flow's
    `callbacks: {retry_after}` says to retry.

    Exit status: 0 answered, 3 busy, 4 no answer, 5 rejected, 6 failed, 1 LiveKit unreachable or
    misconfigured, 2 usage.
    """
    import asyncio

    from daisy_engine.cli.livekit_options import fail, load, phone_number, settings
    from daisy_engine.cli.run_cmd import _context_value

    number = phone_number(number)
    loaded = load(flow)
    if locale is not None and locale not in loaded.locales:
        fail(f"--locale: the flow speaks {', '.join(loaded.locales)}, not {locale}", 2)
    values: dict[str, object] = {}
    for item in context or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(f"--set: expected NAME=VALUE, got {item!r}", 2)
        try:
            values[name.strip()] = _context_value(loaded, name.strip(), value)
        except typer.BadParameter as exc:
            fail(f"--set: {exc.message}", 2)
    config = settings(url, api_key, api_secret)

    from daisy_engine.store import RecordsFileError, records_path
    from daisy_engine.store.callbacks import CallbackQueue
    from daisy_engine.telephony.scheduler import record_attempt
    from daisy_engine.transports.livekit.sip import (
        LiveKitUnavailable,
        OutboundCall,
        connect,
        outbound_trunk_for,
        place_call,
    )

    try:
        queue = CallbackQueue(records_path(records))
    except RecordsFileError as exc:
        fail(str(exc))

    async def run():  # noqa: ANN202
        async with connect(config, timeout=15) as lk:
            trunk_id = await outbound_trunk_for(lk, trunk)
            return await place_call(
                lk,
                OutboundCall(
                    phone=number,
                    trunk_id=trunk_id,
                    flow=loaded.name,
                    agent_name=agent_name or loaded.name,
                    locale=locale or loaded.default_locale,
                    context=values,
                    ring_seconds=ring,
                ),
            )

    try:
        placed = asyncio.run(run())
    except LiveKitUnavailable as exc:
        fail(str(exc))
    except Exception as exc:  # the server refused the dispatch: say why, in one line
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        fail(f"LiveKit refused the call: {str(message).splitlines()[0]}")
    attempt = placed.attempt
    try:
        retry = record_attempt(
            queue,
            loaded.name,
            loaded.callbacks,
            number,
            attempt,
            locale=locale or loaded.default_locale,
            room=placed.room,
        )
        queued = queue.get(retry) if retry is not None else None
    finally:
        queue.close()
    if attempt.answered:
        typer.echo(f"answered: {number} is talking to {agent_name or loaded.name} in room {placed.room}")
    else:
        why = f" ({attempt.detail})" if attempt.detail else ""
        then = f"; retry queued for {queued.due_at}" if queued is not None else ""
        typer.echo(f"{attempt.outcome.replace('_', ' ')}: {number}{why}{then}", err=True)
    raise typer.Exit(attempt.exit_code)
