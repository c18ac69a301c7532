"""The job entrypoint: one LiveKit job = one call = one `Conversation` on the worker's compiled flow.

`FlowApp` is what a worker shares between all its calls (loaded and compiled once, at start);
`run_call` is the entrypoint body for one job, in two steps others can reuse (an outbound call dials
between them): `wait_for_caller`, then `start_call` — who is calling, in which language, with what
context, the session with its `CallAdapter` — until the call is over and its record saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from livekit import rtc
from livekit.agents import JobContext, room_io

from daisy_engine.compiler import CompiledFlow
from daisy_engine.flow.model import VoiceSettings
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.masking import masked_logger
from daisy_engine.store import SQLiteStore, Store
from daisy_engine.transports.livekit.adapter import CallAdapter, RoomOps
from daisy_engine.transports.livekit.call_info import CallInfo, call_info
from daisy_engine.transports.livekit.models import SessionParts, build_session_parts
from daisy_engine.transports.livekit.phone import OutboundPlan, listen_for_keys, outbound_plan
from daisy_engine.transports.livekit.room import JobRoom, sip_attributes

logger = masked_logger("daisy_engine.livekit")  # masked at INFO, whatever the handlers

CALLER_KINDS = [rtc.ParticipantKind.PARTICIPANT_KIND_SIP, rtc.ParticipantKind.PARTICIPANT_KIND_STANDARD]


@dataclass
class FlowApp:
    """A worker's shared part: the compiled flow (and its templates and tools), where records go, and
    how a call's models are made. Built once; every call of the worker uses it."""

    compiled: CompiledFlow
    records: Path
    api_key: str
    base_url: str | None = None
    make_parts: Callable[[VoiceSettings], SessionParts] | None = None
    """Builds a call's models from its locale's settings (default: the OpenAI models)."""
    make_store: Callable[[], Store] | None = None
    """Opens the call's record store (default: the SQLite file `records`)."""
    default_locale: str | None = None
    """The locale of calls whose metadata names none (default: the flow's first)."""
    default_context: dict[str, Any] = field(default_factory=dict)
    """Context values of every call (`run --set`), under what its metadata gives."""
    assets: FlowAssets = field(init=False)

    def __post_init__(self) -> None:
        self.assets = FlowAssets.of(self.compiled)

    def parts(self, locale: str) -> SessionParts:
        settings = self.compiled.flow.agent.settings(locale)
        if self.make_parts is not None:
            return self.make_parts(settings)
        return build_session_parts(settings, api_key=self.api_key, base_url=self.base_url)

    def store(self) -> Store:
        return self.make_store() if self.make_store is not None else SQLiteStore(self.records)

    def conversation(self, info: CallInfo, store: Store) -> Conversation:
        return Conversation(
            self.compiled,
            locale=info.locale or self.default_locale,
            context={**self.default_context, **info.context},
            store=store,
            assets=self.assets,
        )


async def run_call(ctx: JobContext, app: FlowApp, *, room: RoomOps | None = None) -> CallAdapter | None:
    """The entrypoint body for one job: connect, wait for the caller, run the call until it is over.
    None: an outbound call the agent dialed itself was not answered (its attempt is recorded)."""
    await ctx.connect()
    plan = outbound_plan(ctx.job.metadata)
    if plan is not None and plan.agent_dials and not ctx.is_fake_job() and not await _dial(ctx, app, plan):
        return None
    # An outbound call's callee is the participant it was dialed as; an inbound caller is whoever comes.
    caller = await wait_for_caller(ctx, plan.identity if plan is not None else None)
    adapter = await start_call(ctx, app, caller, room=room)
    await adapter.finished.wait()
    ctx.shutdown("call ended")
    return adapter


async def wait_for_caller(ctx: JobContext, identity: str | None = None) -> rtc.RemoteParticipant | None:
    """The participant the call is with (a SIP caller or a browser client); None in a simulated job."""
    if ctx.is_fake_job():
        return None
    return await ctx.wait_for_participant(identity=identity, kind=CALLER_KINDS)


async def start_call(
    ctx: JobContext, app: FlowApp, caller: rtc.RemoteParticipant | None, *, room: RoomOps | None = None
) -> CallAdapter:
    """Build the call's Conversation from the job's metadata and the caller's SIP attributes, start its
    session on the room, and return its adapter (`finished` is set when the call is over and saved).
    An outbound call dials first, then calls this with the answered participant."""
    info = call_info(
        app.compiled.flow, ctx.job.metadata, call_id=ctx.job.id or ctx.room.name, sip_attributes=sip_attributes(caller)
    )
    for problem in info.problems:
        logger.warning("job %s: %s", ctx.job.id, problem)
    if info.flow is not None and info.flow != app.compiled.flow.name:
        ctx.shutdown(f"wrong flow {info.flow!r}")
        raise RuntimeError(f"the dispatch asks for flow '{info.flow}', this worker runs '{app.compiled.flow.name}'")
    store = app.store()
    conversation = app.conversation(info, store)
    parts = app.parts(conversation.locale)
    session = parts.session()
    adapter = CallAdapter(conversation, session, realtime=parts.realtime, room=room or JobRoom(ctx, caller))

    async def on_shutdown(reason: str) -> None:
        await adapter.close(reason or "shutdown")
        await store.close()

    ctx.add_shutdown_callback(on_shutdown)
    if not ctx.is_fake_job():
        listen_for_keys(ctx.room, adapter)
    # On a call the agent placed, the callee speaks first (or stays silent a moment) before the flow starts.
    outbound = conversation.outbound  # the dispatch metadata says `"direction": "outbound"`
    await adapter.prepare(wait_for_callee=app.compiled.flow.outbound.wait_for_callee if outbound else None)
    options = room_io.RoomOptions(
        participant_kinds=CALLER_KINDS,
        # Typed text (Playground chat) is a caller turn too: it goes to the engine, never straight to
        # the model.
        text_input=room_io.TextInputOptions(text_input_cb=_typed_turn(adapter)),
        close_on_disconnect=True,
    )
    if caller is not None:
        options.participant_identity = caller.identity  # the caller, not whoever joins next
    await session.start(adapter.agent, room=ctx.room, room_options=options)
    return adapter


def _typed_turn(adapter: CallAdapter) -> Callable[[Any, Any], Any]:
    async def on_text(session: Any, event: Any) -> None:
        del session
        await adapter.caller_turn(event.text, typed=True)

    return on_text


async def _dial(ctx: JobContext, app: FlowApp, plan: OutboundPlan) -> bool:
    """The agent dials the callee into its room and waits for the answer. Every attempt is recorded
    (and a retry queued when the flow says so); an unanswered call ends the job. True: answered."""
    import asyncio
    import contextlib

    from daisy_engine.store.callbacks import CallbackQueue
    from daisy_engine.telephony.scheduler import record_attempt
    from daisy_engine.transports.livekit.sip import dial

    assert plan.trunk_id is not None
    flow = app.compiled.flow
    attempt = await dial(
        ctx.api,
        phone=plan.phone,
        trunk_id=plan.trunk_id,
        room=ctx.room.name,
        identity=plan.identity,
        ring_seconds=plan.ring_seconds,
    )
    if app.make_store is None:  # the attempts live beside the records, in the SQLite file

        def write() -> None:
            queue = CallbackQueue(app.records)
            try:
                record_attempt(queue, flow.name, flow.callbacks, plan.phone, attempt, room=ctx.room.name)
            finally:
                queue.close()

        try:
            await asyncio.to_thread(write)
        except Exception as exc:  # the call still goes ahead (or ends) as it would
            logger.warning("job %s: could not record the attempt: %s", ctx.job.id, exc)
    if attempt.answered:
        return True
    logger.info("job %s: outbound call %s (%s)", ctx.job.id, attempt.outcome, attempt.detail)
    with contextlib.suppress(Exception):
        await ctx.delete_room()
    ctx.shutdown(f"outbound call {attempt.outcome}")
    return False
