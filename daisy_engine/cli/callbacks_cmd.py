"""`daisy-engine callbacks run|list`: call people back when they asked, or when nobody answered."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from daisy_engine.cli.call_options import Ring, Trunk
from daisy_engine.cli.errors import USAGE
from daisy_engine.cli.livekit_options import AgentName, ApiKey, ApiSecret, Records, Url

if TYPE_CHECKING:
    from daisy_engine.flow.model import Flow
    from daisy_engine.store.callbacks import CallbackQueue

callbacks_app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    help='Place callbacks ("call me back in 20 minutes", unanswered calls) and see what is due.',
)

Flows = Annotated[
    list[Path] | None,
    typer.Option(
        "--flow",
        show_default=False,
        help="A flow whose callbacks to place (repeatable); its `callbacks:` block sets attempts, quiet hours, "
        "time zone and retries. Default: the flows the queued callbacks name, read from flows/NAME.yaml.",
    ),
]
FLOWS_DIR = Path("flows")
"""Where a flow named by a queued callback is looked for (as `daisy-engine init` lays flows out)."""



@callbacks_app.command("run")
def run_command(
    flows: Flows = None,
    once: Annotated[
        bool, typer.Option("--once", help="Place what is due now and exit (for cron); default: keep running.")
    ] = False,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="Seconds between passes when running.")] = 30.0,
    agent_name: AgentName = None,
    trunk: Trunk = None,
    ring: Ring = 30,
    records: Records = None,
    url: Url = None,
    api_key: ApiKey = None,
    api_secret: ApiSecret = None,
) -> None:
    """Place every due callback of the given flows, each once, through LiveKit (like `daisy-engine
    call`), outside the flow's quiet hours and within its attempts per number.

    Callbacks are the calls that ended `rescheduled` (the flow's `reschedule`), and busy or unanswered
    outbound calls when the flow has `callbacks: {retry_after: MINUTES}`. Several schedulers may run
    on the same records file: each callback is placed by exactly one. Run it as a service (see
    docs/telephony.md) or from cron with --once.

    Without --flow, the flows are the ones the queued callbacks name, each read from flows/NAME.yaml
    in the current folder; give --flow when a flow lives elsewhere, and for a service started before
    anything is queued.
    """
    import asyncio
    import logging

    from daisy_engine.cli.errors import unexpected
    from daisy_engine.cli.livekit_options import fail, load, one_line, open_queue, settings
    from daisy_engine.cli.stderr_log import log_to_stderr

    config = settings(url, api_key, api_secret)
    from daisy_engine.store.callbacks import Callback
    from daisy_engine.telephony.outcomes import Attempt
    from daisy_engine.telephony.scheduler import CallbackScheduler, Placed
    from daisy_engine.transports.livekit.sip import (
        LiveKitRefused,
        LiveKitUnavailable,
        OutboundCall,
        connect,
        outbound_trunk_for,
        place_call,
    )

    queue = open_queue(records)
    if flows:
        loaded = [load(path) for path in flows]
    else:
        named = _queued_flows(queue)
        if not named:
            queue.close()
            if once:  # cron, every minute: an empty queue is the usual case, not a mistake
                typer.echo("no callback is due")
                return
            fail("no callback is queued to take the flow from: pass --flow FLOW (repeatable), "
                 "e.g. --flow flows/daisy.yaml", USAGE)
        loaded = [_load_named(name, path) for name, path in named]
    log_to_stderr(False)
    logging.getLogger("daisy_engine.telephony").setLevel(logging.INFO)
    by_name = {flow.name: flow for flow in loaded}

    async def main() -> list[Placed]:
        async with connect(config, timeout=15) as lk:
            trunk_id = await outbound_trunk_for(lk, trunk)

            async def dial(callback: Callback) -> Attempt:
                flow = by_name[callback.flow]
                # The rescheduled call's own context (its company, its dispatcher's number), as the
                # flow declares it; call metadata (call id, numbers) belongs to that call only.
                saved = await asyncio.to_thread(queue.record_context, callback.record_id)
                context = {name: value for name, value in saved.items() if name in flow.context}
                placed = await place_call(
                    lk,
                    OutboundCall(
                        phone=callback.phone,
                        trunk_id=trunk_id,
                        flow=flow.name,
                        agent_name=agent_name or flow.name,
                        locale=callback.locale or flow.default_locale,
                        context=context,
                        ring_seconds=ring,
                    ),
                )
                return placed.attempt

            scheduler = CallbackScheduler(queue, {f.name: f.callbacks for f in loaded}, dial)
            if once:
                return await scheduler.run_once()
            await scheduler.run(interval=interval)
            return []

    try:
        done = asyncio.run(main())
    except LiveKitUnavailable as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    except LiveKitRefused as exc:  # the server refused a request before any callback (finding the trunk)
        fail(f"LiveKit refused the request: {one_line(exc)}")
    except Exception as exc:  # not a mistake of the user's: its traceback, then the line
        unexpected(exc, "placing callbacks")
    finally:
        queue.close()
    for item in done:
        what = item.attempt.outcome.replace("_", " ") if item.attempt else item.state.replace("_", " ")
        note = (
            f" ({item.note or (item.attempt.detail if item.attempt else '')})"
            if item.note or (item.attempt and item.attempt.detail)
            else ""
        )
        typer.echo(f"callback {item.callback.id} {item.callback.phone} [{item.callback.flow}]: {what}{note}")
    if once and not done:
        typer.echo("no callback is due")


@callbacks_app.command("list")
def list_command(
    flows: Annotated[
        list[Path] | None,
        typer.Option(
            "--flow", show_default=False, help="Flows whose quiet hours to apply to the times shown (repeatable)."
        ),
    ] = None,
    records: Records = None,
) -> None:
    """Show the queued callbacks: number, flow, why, and when each will be placed (quiet hours
    applied for the flows given, times in their `callbacks.timezone`), soonest first, and whether it
    is due now. Needs no LiveKit."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from daisy_engine.cli.livekit_options import load, open_queue
    from daisy_engine.telephony.scheduler import next_allowed, parse_time

    policies = {flow.name: flow.callbacks for flow in (load(path) for path in flows or ())}
    queue = open_queue(records, missing="nothing was called or rescheduled yet")
    try:
        queue.import_reschedules()
        waiting = queue.callbacks()
        now = datetime.now(UTC)
        rows = []
        for callback in waiting:
            due = parse_time(callback.due_at)
            policy = policies.get(callback.flow)
            at = next_allowed(due, policy) if policy is not None else due
            made = queue.attempts_since_settled(callback.flow, callback.phone)
            limit = f"/{policy.max_attempts}" if policy is not None else ""
            if callback.state == "placing":
                when = f"being placed by {callback.claimed_by}"
            elif at <= now:
                when = "due now"
            else:
                when = f"in {_minutes(at - now)}"
            quiet = "  (after quiet hours)" if at != due else ""
            # In the flow's zone when it is known: the quiet hours and the callers' day are local there.
            shown = at.astimezone(ZoneInfo(policy.timezone)) if policy is not None else at
            rows.append(
                (
                    at,
                    f"{callback.id:>4}  {callback.phone:<16} {callback.flow:<12} {callback.reason:<11} "
                    f"{shown.isoformat(timespec='minutes'):<22}  {when:<16}  {made}{limit}{quiet}",
                )
            )
    finally:
        queue.close()
    if not rows:
        typer.echo("no callbacks queued")
        return
    typer.echo(f"{'id':>4}  {'number':<16} {'flow':<12} {'why':<11} {'at':<22}  {'when':<16}  attempts")
    for _, line in sorted(rows, key=lambda r: r[0]):
        typer.echo(line)


def _queued_flows(queue: CallbackQueue) -> list[tuple[str, Path]]:
    """(name, file) of each flow the waiting callbacks name, its file found as flows/NAME.yaml (or .yml);
    one line and exit 2 when a flow's file is not found, or found twice."""
    from daisy_engine.cli.livekit_options import fail

    queue.import_reschedules()
    named = []
    for name in sorted({callback.flow for callback in queue.callbacks()}):
        found = [path for path in (FLOWS_DIR / f"{name}.yaml", FLOWS_DIR / f"{name}.yml") if path.is_file()]
        if len(found) != 1:
            where = f"no {FLOWS_DIR / name}.yaml here" if not found else f"both {found[0]} and {found[1]}"
            fail(f"callbacks are queued for flow '{name}' but there is {where}: pass --flow with its file", USAGE)
        named.append((name, found[0]))
    return named


def _load_named(name: str, path: Path) -> Flow:
    """The flow at `path`, which must be the one named `name` (a renamed flow would place another flow's
    callbacks)."""
    from daisy_engine.cli.errors import fail
    from daisy_engine.cli.livekit_options import load

    flow = load(path)
    if flow.name != name:
        fail(f"this flow is named '{flow.name}', not '{name}' as the queued callbacks say: pass --flow with "
             f"the file of flow '{name}'", USAGE, file=path)
    return flow


def _minutes(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} h {minutes % 60} min"


@callbacks_app.command("attempts")
def attempts_command(
    phone: Annotated[
        str | None, typer.Option("--phone", show_default=False, help="Only the calls placed to this number.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many of the latest attempts to show.")] = 20,
    records: Records = None,
) -> None:
    """Show the outbound call attempts (by `call`, `callbacks run` or an agent that dialed), newest
    first: when, to whom, for which flow, and how each ended (answered, busy, no answer, rejected,
    failed, with the SIP status)."""
    from daisy_engine.cli.livekit_options import open_queue, phone_number

    if phone is not None:  # written as `call` stores it: E.164 without spaces or dashes
        phone = phone_number(phone, "--phone")
    queue = open_queue(records, missing="no call was placed yet")
    try:
        attempts = queue.attempts(phone=phone)[-limit:]
    finally:
        queue.close()
    if not attempts:
        typer.echo("no call attempts")
        return
    for attempt in reversed(attempts):
        detail = f" ({attempt.detail})" if attempt.detail else ""
        via = f" callback {attempt.callback_id}" if attempt.callback_id else ""
        typer.echo(
            f"{attempt.placed_at}  {attempt.phone:<16} {attempt.flow:<12} "
            f"{attempt.outcome.replace('_', ' ')}{detail}{via}"
        )
