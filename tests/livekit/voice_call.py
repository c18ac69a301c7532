"""A whole call through the adapter in a real `AgentSession`: the caller's words enter on the speech path
(scripted speech-to-text over a silent microphone), the agent's lines go through a text-to-speech voice
to a loudspeaker, and the chat model is a policy. Pipeline mode; the realtime tests use the Realtime
stand-in instead."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from livekit_doubles import Loudspeaker, ModelRequest, PolicyLLM, RecordingTTS, Reply, ScriptedSTT, SilentMicrophone
from realtime_standin import RealtimeStandIn

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.store import MemoryStore, Store
from daisy_engine.transports.livekit import CallAdapter, SessionParts, build_session_parts
from daisy_engine.transports.livekit.adapter import RoomOps

DAISY = Path(__file__).parents[2] / "flows" / "daisy.yaml"
SETTLE_LIMIT = 60.0  # seconds; only reached when something is broken (generous: a loaded machine is slow, not broken)


class VoiceCall:
    """One call. Pipeline mode with a scripted speech-to-text and a policy chat model by default; with
    `realtime` (a `RealtimeStandIn`), the real OpenAI Realtime plugin against the stand-in, whose
    transcription events carry the caller's turns."""

    def __init__(
        self,
        compiled: CompiledFlow,
        *,
        locale: str = "es-MX",
        context: dict[str, Any] | None = None,
        store: Store | None = None,
        policy: Callable[[ModelRequest], Reply] | None = None,
        realtime: RealtimeStandIn | None = None,
        chat_url: str | None = None,
        room: RoomOps | None = None,
    ) -> None:
        self.stt = ScriptedSTT()
        self.tts = RecordingTTS()
        self.model = PolicyLLM(policy)
        self.speaker = Loudspeaker()
        self.realtime = realtime
        if realtime is None:
            model: Any = self.model
            if chat_url is not None:  # the real OpenAI chat plugin, against a stand-in
                from livekit.plugins import openai

                model = openai.LLM(model="gpt-4.1-mini", base_url=chat_url, api_key="sk-test")
            parts = SessionParts(
                mode="pipeline",
                llm=model,
                tts=self.tts,
                stt=self.stt,
                turn_handling={
                    "turn_detection": "stt",
                    "endpointing": {"min_delay": 0.02, "max_delay": 0.3},
                    "preemptive_generation": {"enabled": False},
                },
            )
        else:
            settings = compiled.flow.agent.settings(locale)
            parts = build_session_parts(settings, api_key="sk-test", base_url=realtime.url)
            parts.tts = self.tts  # the voice is a double; the realtime model is the real plugin
        self.parts = parts
        self.session = parts.session()
        if realtime is None:
            self.session.input.audio = SilentMicrophone()
        self.session.output.audio = self.speaker
        self.store = store if store is not None else MemoryStore()
        self.conversation = Conversation(compiled, locale=locale, context=context, store=self.store)
        self.adapter = CallAdapter(self.conversation, self.session, realtime=parts.realtime, room=room)

    async def start(self) -> str:
        mark = len(self.tts.spoken)
        await self.adapter.prepare()
        await self.session.start(self.adapter.agent)
        await self.settled()
        return self.heard_since(mark)

    async def says(self, text: str) -> str:
        """One caller turn, spoken; returns what the agent said back (as the voice was given it)."""
        mark, turns = len(self.tts.spoken), self._caller_lines()
        await self.speak(text)
        await self.settled(lambda: self._caller_lines() > turns or self.conversation.ended)
        return self.heard_since(mark)

    async def speak(self, text: str) -> None:
        if self.realtime is not None:
            await self.realtime.caller_says(text)
        else:
            self.stt.speak(text)

    async def says_and_is_cut_off(self, text: str, *, played: float) -> None:
        """The caller says `text`; the agent's answer plays until `played` (a share of it), where it
        stays until the caller's next turn cuts it off."""
        self.speaker.hold = played
        await self.speak(text)
        await self.until(lambda: self.speaker.held)

    async def until(self, condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + SETTLE_LIMIT
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"never happened: {self.conversation.snapshot()}")
            await asyncio.sleep(0.01)

    def heard_since(self, mark: int) -> str:
        return " ".join(" ".join(self.tts.spoken[mark:]).split())

    def _caller_lines(self) -> int:
        return sum(1 for line in self.conversation.log.transcript if line["role"] == "caller")

    async def settled(self, condition: Callable[[], bool] | None = None) -> None:
        """Wait until `condition` holds and the agent has finished speaking and is listening."""
        deadline = time.monotonic() + SETTLE_LIMIT
        quiet = 0
        while quiet < 3:
            if time.monotonic() > deadline:
                raise AssertionError(f"the call did not settle: {self.conversation.snapshot()}")
            await asyncio.sleep(0.01)
            done = condition is None or condition()
            busy = self.adapter._turn_lock.locked() or any(not h.done() for _, h in self.adapter._said)
            idle = self.session.agent_state in ("listening", "initializing") or self.adapter.finished.is_set()
            quiet = quiet + 1 if done and not busy and idle else 0

    async def close(self) -> None:
        """The caller hangs up (the session closes); the call's models let go of their connections."""
        await self.session.aclose()
        await asyncio.wait_for(self.adapter.finished.wait(), SETTLE_LIMIT)
        if self.realtime is not None:
            await self.parts.llm.aclose()

    def tools(self) -> list[str]:
        return sorted(tool.info.name for tool in self.adapter.agent.tools)
