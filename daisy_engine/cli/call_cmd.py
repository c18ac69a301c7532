"""`daisy-engine call NUMBER --flow FLOW`: one outbound call through LiveKit SIP."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from daisy_engine.cli.call_options import Context, Locale, Ring, Trunk, check_locale, context_values
from daisy_engine.cli.livekit_options import AgentName, ApiKey, ApiSecret, Records, Url


def call_command(
    number: Annotated[str, typer.Argument(help="The number to call, E.164, e.g. +5215512345678.", show_default=False)],
    flow: Annotated[
        Path, typer.Option("--flow", help="The flow the call runs, e.g. flows/daisy.yaml.", show_default=False)
    ],
    locale: Locale = None,
    context: Context = None,
    agent_name: AgentName = None,
    trunk: Trunk = None,
    ring: Ring = 30,
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

    from daisy_engine.cli.errors import unexpected
    from daisy_engine.cli.livekit_options import fail, load, one_line, open_queue, phone_number, settings

    number = phone_number(number)
    loaded = load(flow)
    check_locale(loaded, locale)  # a usage error, said as every other one
    values = context_values(loaded, context)
    config = settings(url, api_key, api_secret)

    from daisy_engine.telephony.scheduler import record_attempt
    from daisy_engine.transports.livekit.sip import (
        LiveKitRefused,
        LiveKitUnavailable,
        OutboundCall,
        PlacedCall,
        connect,
        outbound_trunk_for,
        place_call,
    )

    queue = open_queue(records)

    async def run() -> PlacedCall:
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
    except LiveKitRefused as exc:  # the server refused the dispatch: say why, in one line
        fail(f"LiveKit refused the call: {one_line(exc)}")
    except Exception as exc:  # not a mistake of the user's: its traceback, then the line
        unexpected(exc, "placing the call")
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
