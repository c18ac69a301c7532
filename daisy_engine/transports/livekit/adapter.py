"""One call on LiveKit: a `Conversation` carried out on an `AgentSession`.

The engine decides, the model speaks. The adapter holds to that with four rules:

- **The engine hears every caller turn first.** Realtime mode: the final input transcription of a turn
  (the model's own automatic reply is off); pipeline mode: the user-turn hook, which then stops the
  automatic reply. Either way the turn goes to `Conversation.user_turn` and only its actions follow.
- **`Say` is verbatim.** The lines the engine rendered for a turn are spoken with `session.say` (the
  text-to-speech voice, no model call), joined into one utterance as the console joins them.
- **The model never moves the call.** It gets the step's instructions (`Instruct`) and, as its only
  levers, the step's tools (`SetTools`: flow tools and `record_<slot>`), whose calls go through
  `Conversation.model_tool_call` and so are re-validated. It phrases a reply only when the engine had
  nothing to say for a turn (a step with `instruct` and no `say`).
- **What was played is what counts.** When the caller cuts a line off, the adapter tells the
  Conversation how much was played (`speech_interrupted`), so a "sí" after a read-back cut before its
  value does not confirm it.

Silence (no caller speech for the step's `silence.timeout` seconds after the agent finished speaking)
raises `silence()`; the session closing for any reason (the caller hanging up, the worker shutting down,
an error) raises `hangup()` so the record is saved. Room and SIP operations (hang up after the goodbye
played, transfer) go through a `RoomOps`, so the telephony layer can add its own.

On the phone: keypad digits (`key_pressed`, from the room's `sip_dtmf_received`) are collected until `#`
and go to `Conversation.keypad`; on an outbound call (`prepare(wait_for_callee=...)`) the flow starts
only once the callee spoke first or stayed silent (`Conversation.answered`, which also recognises a
voicemail greeting); a transfer that fails runs the flow's `transfer_failed` fallback.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterable, Coroutine
from typing import Any, Protocol

from livekit import rtc
from livekit.agents import (
    Agent,
    AgentSession,
    ModelSettings,
    RunContext,
    StopResponse,
    ToolError,
    function_tool,
    llm,
)
from livekit.agents.llm import ToolResult
from livekit.agents.voice import SpeechHandle

from daisy_engine.runtime.actions import (
    Action,
    CallTool,
    EndCall,
    Instruct,
    Say,
    ScheduleCallback,
    SetLocale,
    SetTools,
    Transfer,
)
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.keypad import KeypadBuffer
from daisy_engine.runtime.masking import masked_logger, preview
from daisy_engine.transports.livekit.models import follow_locale

logger = masked_logger("daisy_engine.livekit")  # masked at INFO, whatever the handlers

PLAYOUT_WAIT = 30.0
"""Seconds to wait for a goodbye to finish playing before hanging up anyway."""

MODEL_LOOK_TIMEOUT = 6.0
"""Seconds the model has to read a value the extractors missed before the engine's reprompt is spoken."""

NOT_UNDERSTOOD = "not_understood"
"""The tool the model calls when a turn the extractors could not read does not give the value either."""


class RoomOps(Protocol):
    """What a call does to its room: the LiveKit room of a job, or nothing (tests, text sessions)."""

    async def hang_up(self) -> None: ...

    async def transfer(self, to: str) -> None: ...


class NoRoom:
    """A call without a room: hanging up and transferring only end the session."""

    async def hang_up(self) -> None:
        return None

    async def transfer(self, to: str) -> None:
        logger.info("no room to transfer the caller from (to %s)", preview(to))


class FlowAgent(Agent):
    """The LiveKit `Agent` of one call. It decides nothing: its hooks hand everything to the adapter."""

    def __init__(self, adapter: CallAdapter, instructions: str) -> None:
        super().__init__(instructions=instructions or " ")
        self._adapter = adapter

    async def on_enter(self) -> None:
        await self._adapter.on_enter()

    async def on_user_turn_completed(self, turn_ctx: llm.ChatContext, new_message: llm.ChatMessage) -> None:
        # Pipeline mode: the turn reaches the engine here, and the automatic reply never starts.
        await self._adapter.caller_turn(new_message.text_content or "")
        raise StopResponse()

    def tts_node(self, text: AsyncIterable[str], model_settings: ModelSettings) -> AsyncIterable[rtc.AudioFrame]:
        return self._adapter.measure_line(Agent.default.tts_node(self, text, model_settings))


class CallAdapter:
    """Carries one `Conversation` out on one `AgentSession`. Create it, `await prepare()`, start the
    session with `agent`; the call then runs from the session's events until `finished` is set."""

    def __init__(
        self, conversation: Conversation, session: AgentSession, *, realtime: bool, room: RoomOps | None = None
    ) -> None:
        self.conversation = conversation
        self.session = session
        self.realtime = realtime
        self.room: RoomOps = room or NoRoom()
        self.finished = asyncio.Event()
        self._agent: FlowAgent | None = None
        self._opening: list[Action] = []
        self._turn_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._silence_task: asyncio.Task[None] | None = None
        self._turns = 0
        self._user_speaking = False
        self._said: list[tuple[str, SpeechHandle]] = []  # the agent's lines since the caller last spoke
        self._line_seconds = 0.0  # audio synthesized for the line being spoken
        self._played: rtc.EventEmitter[Any] | None = None
        self._last_position: float | None = None
        self._closing = False
        self._probe: asyncio.Future[bool] | None = None
        self._awaiting: float | None = None  # outbound: seconds to wait for the callee's first words
        self._keypad = KeypadBuffer()
        self._locale = conversation.locale  # the locale the session's models were built for, then followed
        session.on("user_input_transcribed", self._on_transcribed)
        session.on("user_state_changed", self._on_user_state)
        session.on("agent_state_changed", self._on_agent_state)
        session.on("close", self._on_close)

    # -- setting up -----------------------------------------------------------------------------------------

    @property
    def agent(self) -> FlowAgent:
        if self._agent is None:
            raise RuntimeError("call prepare() first")
        return self._agent

    async def prepare(self, *, wait_for_callee: float | None = None) -> FlowAgent:
        """Start the Conversation; the agent is built with the first step's instructions and tools, and
        the opening lines are spoken when the session enters it.

        With `wait_for_callee` (an outbound call, answered): nothing is said until the callee speaks
        first ("¿Bueno?") or stays silent that many seconds; then the Conversation starts with what
        they said (`Conversation.answered`)."""
        if wait_for_callee is not None:
            self._awaiting = max(0.0, wait_for_callee)
            self._agent = FlowAgent(self, "")
            return self._agent
        actions = await self.conversation.start()
        instructions = next((a.text for a in actions if isinstance(a, Instruct)), "")
        self._agent = FlowAgent(self, instructions)
        self._opening = [a for a in actions if not isinstance(a, Instruct)]
        return self._agent

    async def on_enter(self) -> None:
        audio = self.session.output.audio
        if audio is not None and self._played is None:
            self._played = audio
            audio.on("playback_finished", self._on_playback_finished)
        if self._awaiting is not None:
            self._spawn(self._answer_after(self._awaiting))
            return
        opening, self._opening = self._opening, []
        async with self._turn_lock:
            await self._perform(opening, reply=True)

    async def _answer_after(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
        await self._answered(None)

    async def _answered(self, first_words: str | None) -> None:
        """The callee spoke first (or stayed silent): the flow starts now."""
        async with self._turn_lock:
            if self._awaiting is None or self._closing:
                return
            self._awaiting = None
            await self._perform(await self.conversation.answered(first_words), reply=True)

    # -- events in ----------------------------------------------------------------------------------------------

    async def caller_turn(self, text: str, *, typed: bool = False) -> None:
        """A whole caller turn: the engine hears it, then its actions are carried out. `typed`: text
        from the room's chat, which the model has not seen (spoken turns reach a realtime model itself).
        A turn without words (noise) is not a turn: the silence timer goes on."""
        if not text.strip():
            return
        self._cancel_silence()
        self._turns += 1
        if self._awaiting is not None:
            await self._answered(text)
            return
        async with self._turn_lock:
            if self.conversation.ended or self._closing:
                return
            await self._report_interruption()
            logger.debug("call %s: caller turn %s", self.conversation.call_id, preview(text))
            mark = len(self.conversation.log.events)
            actions = await self.conversation.user_turn(text)
            slot = self._unread_slot(mark, actions)
            if slot is None:
                await self._perform(actions, reply=True, caller_text=None if self.realtime and not typed else text)
                return
            # The extractors did not read the value: the model gets one tool-only look at the turn
            # before the engine's reprompt is spoken.
            lines = [a.text for a in actions if isinstance(a, Say)]
            await self._perform([a for a in actions if not isinstance(a, Say)])
            if not await self._ask_model(slot, text, typed=typed):
                self._speak(" ".join(lines))

    def key_pressed(self, digit: str) -> None:
        """One key of the phone keypad (DTMF). An entry ends with `#` (`*` starts it over)."""
        self._cancel_silence()
        entry = self._keypad.press(digit)
        if entry is not None:
            self._spawn(self.keypad(entry))
        elif self.session.agent_state == "listening":
            self._arm_silence()  # keying counts as answering: the silence timer starts over

    async def keypad(self, entry: str) -> None:
        """A whole keypad entry: the engine takes it as the value being asked for, when it may be keyed."""
        self._cancel_silence()
        self._turns += 1
        async with self._turn_lock:
            if self.conversation.ended or self._closing or self._awaiting is not None:
                return
            await self._report_interruption()
            await self._perform(await self.conversation.keypad(entry), reply=True)
        if self.session.agent_state == "listening":
            self._arm_silence()

    async def silence(self) -> None:
        """The caller said nothing for the step's silence timeout. Keys pressed without the closing `#`
        are the caller's entry then: they stopped keying."""
        keyed = self._keypad.flush()
        if keyed is not None:
            await self.keypad(keyed)
            return
        async with self._turn_lock:
            if self.conversation.ended or self._closing or self._awaiting is not None:
                return
            await self._perform(await self.conversation.silence(), reply=True)

    async def close(self, reason: str = "closed") -> None:
        """The call is over whatever the reason (hang-up, worker shutdown, error): the record is saved."""
        self._closing = True
        self._cancel_silence()
        conversation = self.conversation
        if not conversation.ended:
            conversation.log.add("disconnected", reason=reason)
            logger.info("call %s: session closed (%s) before the flow ended it", conversation.call_id, reason)
            await conversation.hangup()
        self.finished.set()

    # -- session events -----------------------------------------------------------------------------------------

    def _on_transcribed(self, event: Any) -> None:
        self._cancel_silence()
        if self.realtime and event.is_final and event.transcript.strip():
            # Realtime mode: the final transcription is the turn (the model does not answer it by itself).
            self._spawn(self.caller_turn(event.transcript))

    def _on_user_state(self, event: Any) -> None:
        self._user_speaking = event.new_state == "speaking"
        if self._user_speaking:
            self._cancel_silence()
        elif self.session.agent_state == "listening":
            self._arm_silence()  # noise, not words: the caller is still silent

    def _on_agent_state(self, event: Any) -> None:
        if event.new_state == "listening":
            self._arm_silence()
        else:
            self._cancel_silence()

    def _on_close(self, event: Any) -> None:
        reason = getattr(getattr(event, "reason", None), "value", None) or str(getattr(event, "reason", "closed"))
        self._spawn(self.close(reason))

    def _on_playback_finished(self, event: Any) -> None:
        self._last_position = event.playback_position

    # -- actions out ------------------------------------------------------------------------------------------

    async def _perform(
        self, actions: list[Action], *, reply: bool = False, caller_text: str | None = None
    ) -> SpeechHandle | None:
        """Carry out the Conversation's actions in order. Returns the handle of the lines spoken.

        With `reply`, a turn the engine has nothing to say for (a step with `instruct` and no `say`) is
        phrased by the model, under the step's instructions and with the step's tools only; `caller_text`
        is the caller's turn when the model has not seen it yet (pipeline mode)."""
        lines: list[str] = []
        ending: Action | None = None
        for action in actions:
            if isinstance(action, Say):
                lines.append(action.text)
            elif isinstance(action, Instruct):
                await self.agent.update_instructions(action.text or " ")
            elif isinstance(action, SetTools):
                await self.agent.update_tools(self._tools())
            elif isinstance(action, SetLocale):
                self._follow_locale(action.locale)
            elif isinstance(action, EndCall | Transfer):
                ending = action
            elif isinstance(action, ScheduleCallback):
                # The Conversation has stored it on the record (callback_at); the scheduler places it.
                logger.info("call %s: callback in %g min (%s)", self.conversation.call_id, action.minutes, action.at)
            elif isinstance(action, CallTool):
                logger.debug(
                    "call %s: tool %s %s", self.conversation.call_id, action.name, "ok" if action.ok else "failed"
                )
        handle = self._speak(" ".join(lines)) if lines else None
        if ending is not None:
            self._spawn(self._finish_call(ending, handle))
        elif handle is None and reply and not self.conversation.ended and self.conversation.step.instruct:
            if caller_text is not None:
                self.session.generate_reply(user_input=caller_text)
            else:
                self.session.generate_reply()
        return handle

    def _follow_locale(self, locale: str) -> None:
        """The call goes on in `locale` (the caller speaks it): the caller is transcribed and answered in it
        from now on. The model's instructions follow with the `Instruct` that comes next."""
        agent = self.conversation.flow.agent
        kept = follow_locale(self.session, agent.settings(locale), agent.settings(self._locale))
        logger.info("call %s: now in %s%s", self.conversation.call_id, locale,
                    f" (kept: {', '.join(kept)})" if kept else "")
        self._locale = locale

    def _speak(self, text: str) -> SpeechHandle:
        handle = self.session.say(text, allow_interruptions=True)
        self._said.append((text, handle))
        return handle

    async def _finish_call(self, ending: Action, handle: SpeechHandle | None) -> None:
        """Hang up (or transfer) once the last lines have finished playing."""
        if handle is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(handle.wait_for_playout(), PLAYOUT_WAIT)
        self._closing = True
        try:
            if isinstance(ending, Transfer):
                logger.info("call %s: transferring the caller to %s", self.conversation.call_id, preview(ending.to))
                try:
                    await self.room.transfer(ending.to)
                except Exception as exc:  # nobody took it: the flow's fallback, never silence
                    await self._transfer_failed(str(exc) or type(exc).__name__)
                    return
            else:
                logger.info("call %s: hanging up (%s)", self.conversation.call_id, getattr(ending, "outcome", ""))
                await self.room.hang_up()
        except Exception as exc:  # the record is saved already; a failed hang-up must not hide that
            logger.warning(
                "call %s: %s failed: %s: %s",
                self.conversation.call_id,
                type(ending).__name__.lower(),
                type(exc).__name__,
                exc,
            )
        self.session.shutdown(drain=False)

    async def _transfer_failed(self, reason: str) -> None:
        logger.warning("call %s: transfer failed: %s", self.conversation.call_id, preview(reason, 160))
        self._closing = False
        async with self._turn_lock:
            actions = await self.conversation.transfer_failed(reason)
            await self._perform(actions, reply=True)
        if not any(isinstance(a, EndCall | Transfer) for a in actions):
            if self.conversation.ended:  # ended with nothing left to do: hang up
                self._spawn(self._finish_call(EndCall(self.conversation.outcome or "partial"), None))
            else:
                self._arm_silence()

    # -- the model's look at a turn the extractors could not read ------------------------------------------

    def _unread_slot(self, mark: int, actions: list[Action]) -> str | None:
        """The slot whose value this turn did not give the extractors, when the step now listening for
        it offers the model `record_<slot>`; else None."""
        conversation = self.conversation
        if conversation.ended or any(isinstance(a, EndCall | Transfer) for a in actions):
            return None
        missed = any(e["kind"] == "heard" and e.get("event") == "no_match" for e in conversation.log.events[mark:])
        step = conversation.step
        if not missed or not step.slot or step.listen not in ("slot", "char", "confirm"):
            return None
        offered = {schema["name"] for schema in conversation.tool_schemas()}
        return step.slot if f"record_{step.slot}" in offered else None

    async def _ask_model(self, slot: str, text: str, *, typed: bool = False) -> bool:
        """Ask the model, tools only, whether the turn holds the value. True when it proposed a value
        the engine accepted (the engine's read-back is then being spoken)."""
        verdict: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._probe = verdict
        try:
            described = (self.conversation.flow.slots[slot].description or slot.replace("_", " ")).rstrip(". ")
            instructions = (
                f"The system asked the caller for a value ({described}) and could not read it in "
                f"their last turn. If that turn clearly gives it, call record_{slot} with the value "
                f"as the caller said it. Otherwise call {NOT_UNDERSTOOD}. Never guess; say nothing."
            )
            reply: dict[str, Any] = {
                "instructions": instructions,
                "tool_choice": "required",
                "tools": [f"record_{slot}", NOT_UNDERSTOOD],
            }
            if not self.realtime or typed:
                reply["user_input"] = text  # the model has not seen this turn (hook or chat text)
            self.session.generate_reply(**reply)
            try:
                return await asyncio.wait_for(verdict, MODEL_LOOK_TIMEOUT)
            except TimeoutError:
                logger.info(
                    "call %s: the model did not answer in %.0f s; reprompting",
                    self.conversation.call_id,
                    MODEL_LOOK_TIMEOUT,
                )
                return False
        finally:
            self._probe = None

    # -- the model's tools ------------------------------------------------------------------------------------

    def _tools(self) -> list[Any]:
        schemas = self.conversation.tool_schemas()
        tools = [self._function_tool(schema) for schema in schemas]
        if any(schema["name"].startswith("record_") for schema in schemas):
            tools.append(
                self._function_tool(
                    {
                        "name": NOT_UNDERSTOOD,
                        "description": "The caller's last turn does not clearly give the value being asked for.",
                        "parameters": {"type": "object", "properties": {}},
                    }
                )
            )
        return tools

    def _function_tool(self, schema: dict[str, Any]) -> Any:
        name = schema["name"]

        async def call(raw_arguments: dict[str, Any], context: RunContext) -> Any:
            del context
            return await self.model_tool(name, raw_arguments)

        parameters = schema.get("parameters") or {"type": "object", "properties": {}}
        return function_tool(
            call, raw_schema={"name": name, "description": schema.get("description") or name, "parameters": parameters}
        )

    async def model_tool(self, name: str, args: dict[str, Any]) -> Any:
        """The model called a tool: the engine checks it (a `record_<slot>` value is re-validated) and
        its actions are carried out; the model gets the result, or the error to act on."""
        probe = self._probe
        if probe is not None and not probe.done():
            # The model's look at an unread turn: that turn holds the lock and waits for this verdict.
            return await self._look_result(probe, name, args)
        if name == NOT_UNDERSTOOD:
            return ToolResult("noted", reply_required=False)
        async with self._turn_lock:
            actions = await self.conversation.model_tool_call(name, dict(args or {}))
            mine = next((a for a in actions if isinstance(a, CallTool) and a.name == name), None)
            handle = await self._perform([a for a in actions if a is not mine])
        if mine is not None and not mine.ok:
            raise ToolError(mine.error or "failed")
        output = json.dumps(mine.result if mine is not None else None, ensure_ascii=False, default=str)
        # When the engine spoke (a read-back, the next question), the model adds nothing.
        return ToolResult(output, reply_required=handle is None and not self.conversation.ended)

    async def _look_result(self, probe: asyncio.Future[bool], name: str, args: dict[str, Any]) -> Any:
        if name == NOT_UNDERSTOOD:
            probe.set_result(False)
            return ToolResult("the system asks again", reply_required=False)
        actions = await self.conversation.model_tool_call(name, dict(args or {}))
        mine = next((a for a in actions if isinstance(a, CallTool) and a.name == name), None)
        accepted = mine is not None and mine.ok
        handle = await self._perform([a for a in actions if a is not mine]) if accepted else None
        probe.set_result(accepted and handle is not None)
        if not accepted:
            return ToolResult(
                json.dumps({"error": mine.error if mine is not None else "not available"}), reply_required=False
            )
        return ToolResult(json.dumps(mine.result, ensure_ascii=False, default=str), reply_required=False)

    # -- what the caller heard ----------------------------------------------------------------------------

    async def measure_line(self, frames: AsyncIterable[rtc.AudioFrame]) -> AsyncIterable[rtc.AudioFrame]:
        """Pass a line's audio through, adding up its length (how much of it a playback position is)."""
        self._line_seconds = 0.0
        async for frame in frames:
            self._line_seconds += frame.duration
            yield frame

    async def _report_interruption(self) -> None:
        """Before the engine hears a turn: if the caller cut the agent off, tell it what was played."""
        said, self._said = self._said, []
        if not said or not any(handle.interrupted for _, handle in said):
            return
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.gather(*(handle.wait_for_playout() for _, handle in said)), 2.0)
        texts, heard = [], []
        cut = False
        for text, handle in said:
            texts.append(text)
            if not cut:
                part = self._heard_of(text, handle) if handle.interrupted else text
                heard.append(part)
                cut = handle.interrupted
        await self.conversation.speech_interrupted(" ".join(texts), " ".join(heard))

    def _heard_of(self, text: str, handle: SpeechHandle) -> str:
        """How much of an interrupted line was played: the playback position over the line's audio
        length; else what LiveKit stored as spoken (an estimate from a transcript synchronizer)."""
        spoken = [item for item in handle.chat_items if isinstance(item, llm.ChatMessage) and item.role == "assistant"]
        if not spoken:
            return ""  # cut before any of it reached the caller
        if self._last_position is not None and self._line_seconds > 0:
            share = min(1.0, max(0.0, self._last_position / self._line_seconds))
            return text[: int(len(text) * share)]
        stored = spoken[-1].text_content or ""
        return text[: len(stored)]

    # -- silence --------------------------------------------------------------------------------------------

    def _arm_silence(self) -> None:
        self._cancel_silence()
        timeout = self.conversation.silence_timeout
        if timeout is None or self._closing or self._user_speaking or self._awaiting is not None:
            return
        self._silence_task = asyncio.create_task(self._silence_after(timeout, self._turns))

    def _cancel_silence(self) -> None:
        if self._silence_task is not None:
            self._silence_task.cancel()
            self._silence_task = None

    async def _silence_after(self, timeout: float, turns: int) -> None:
        await asyncio.sleep(timeout)
        if turns == self._turns and not self._user_speaking:
            self._silence_task = None
            await self.silence()

    # -- tasks ----------------------------------------------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        exc = task.exception()
        logger.error("call task failed: %s: %s", type(exc).__name__, exc, exc_info=exc)
