"""Test doubles for a LiveKit `AgentSession` without a room or a network: a caller whose words enter on
the speech path (a scripted speech-to-text), silent microphone audio, a text-to-speech voice that
records what it was given, a loudspeaker that plays at a faster pace and can be cut off, and a chat model
driven by a policy. Everything else is the real livekit-agents code."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from livekit import rtc
from livekit.agents import APIConnectOptions, llm, stt, tts, utils
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN, NotGivenOr
from livekit.agents.voice.io import AudioInput, AudioOutput, AudioOutputCapabilities

SAMPLE_RATE = 24000
SECONDS_PER_CHAR = 0.003  # the voice's pace: a 60-character line lasts 0.18 s of audio


class ScriptedSTT(stt.STT):
    """A streaming speech-to-text whose transcripts the test dictates: `speak(text)` is one caller turn
    (start of speech, the final transcript, end of speech), as a real streaming STT reports it."""

    def __init__(self) -> None:
        super().__init__(capabilities=stt.STTCapabilities(streaming=True, interim_results=False))
        self.streams: list[ScriptedStream] = []

    async def _recognize_impl(
        self, buffer: Any, *, language: NotGivenOr[str] = NOT_GIVEN, conn_options: APIConnectOptions
    ) -> stt.SpeechEvent:
        return stt.SpeechEvent(type=stt.SpeechEventType.FINAL_TRANSCRIPT, alternatives=[])

    def stream(
        self, *, language: NotGivenOr[str] = NOT_GIVEN, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> ScriptedStream:
        stream = ScriptedStream(stt=self, conn_options=conn_options)
        self.streams.append(stream)
        return stream

    def start_speaking(self) -> None:
        self.streams[-1].send(stt.SpeechEventType.START_OF_SPEECH)

    def finish_speaking(self, text: str) -> None:
        stream = self.streams[-1]
        stream.send(stt.SpeechEventType.FINAL_TRANSCRIPT, text)
        stream.send(stt.SpeechEventType.END_OF_SPEECH)

    def speak(self, text: str) -> None:
        self.start_speaking()
        self.finish_speaking(text)


class ScriptedStream(stt.RecognizeStream):
    def send(self, kind: stt.SpeechEventType, text: str = "") -> None:
        alternatives = [stt.SpeechData(language="es", text=text)] if text else []
        self._event_ch.send_nowait(stt.SpeechEvent(type=kind, alternatives=alternatives))

    async def _run(self) -> None:
        async for _ in self._input_ch:
            pass


class SilentMicrophone(AudioInput):
    """10 ms frames of silence, as a quiet phone line sends them."""

    def __init__(self) -> None:
        super().__init__(label="silent-mic")

    async def __anext__(self) -> rtc.AudioFrame:
        await asyncio.sleep(0.01)
        samples = SAMPLE_RATE // 100
        return rtc.AudioFrame(
            data=b"\x00\x00" * samples, sample_rate=SAMPLE_RATE, num_channels=1, samples_per_channel=samples
        )


class RecordingTTS(tts.TTS):
    """A voice that turns text into silence of a length proportional to the text, and keeps the text it
    was asked to speak (what the caller hears, word for word)."""

    def __init__(self) -> None:
        super().__init__(capabilities=tts.TTSCapabilities(streaming=False), sample_rate=SAMPLE_RATE, num_channels=1)
        self.spoken: list[str] = []

    def synthesize(
        self, text: str, *, conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS
    ) -> tts.ChunkedStream:
        self.spoken.append(text)
        return _Silence(tts=self, input_text=text, conn_options=conn_options)

    def heard(self) -> str:
        return " ".join(" ".join(self.spoken).split())


class _Silence(tts.ChunkedStream):
    async def _run(self, output_emitter: tts.AudioEmitter) -> None:
        output_emitter.initialize(
            request_id=utils.shortuuid(), sample_rate=SAMPLE_RATE, num_channels=1, mime_type="audio/pcm"
        )
        samples = int(len(self.input_text) * SECONDS_PER_CHAR * SAMPLE_RATE)
        output_emitter.push(b"\x00\x00" * max(samples, 1))
        output_emitter.flush()


class Loudspeaker(AudioOutput):
    """Plays captured audio in real time; `clear_buffer` cuts it off and reports how far it got, as a
    phone line's audio output does. `hold = share` freezes the next line once that share of it has
    played (it stays "playing" there until the caller cuts it off), so what the caller heard does not
    depend on timing."""

    def __init__(self) -> None:
        super().__init__(label="loudspeaker", capabilities=AudioOutputCapabilities(pause=False))
        self.hold: float | None = None
        self._started = 0.0
        self._pushed = 0.0
        self._flushed = False
        self._timer: asyncio.TimerHandle | None = None

    async def capture_frame(self, frame: rtc.AudioFrame) -> None:
        await super().capture_frame(frame)
        if not self._pushed:
            self._started = time.monotonic()
            self._flushed = False
            self.on_playback_started(created_at=time.time())
        self._pushed += frame.duration

    def flush(self) -> None:
        super().flush()
        self._flushed = True
        if not self._pushed or self.hold is not None:
            return
        left = max(0.0, self._pushed - (time.monotonic() - self._started))
        if self._timer is not None:
            self._timer.cancel()
        self._timer = asyncio.get_running_loop().call_later(left, self._finished)

    def _finished(self) -> None:
        self._timer = None
        pushed, self._pushed = self._pushed, 0.0
        self.on_playback_finished(playback_position=pushed, interrupted=False, synchronized_transcript=None)

    def clear_buffer(self) -> None:
        if not self._pushed:
            return
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        elapsed = time.monotonic() - self._started if self.hold is None else self.hold * self._pushed
        played, self._pushed, self.hold = min(self._pushed, elapsed), 0.0, None
        self.on_playback_finished(playback_position=played, interrupted=True, synchronized_transcript=None)

    @property
    def held(self) -> bool:
        """A whole line is captured and held, waiting to be cut off."""
        return self.hold is not None and self._pushed > 0 and self._flushed


Reply = str | list[tuple[str, dict[str, Any]]]


@dataclass
class ModelRequest:
    """What the chat model was sent for one reply."""

    messages: list[dict[str, Any]]
    tools: list[str]
    tool_choice: Any


class PolicyLLM(llm.LLM):
    """A chat model whose reply is chosen by `policy(request)`: text, or tool calls [(name, args)]."""

    def __init__(self, policy: Callable[[ModelRequest], Reply] | None = None) -> None:
        super().__init__()
        self.policy: Callable[[ModelRequest], Reply] = policy or (lambda request: "")
        self.requests: list[ModelRequest] = []
        self._ids = itertools.count(1)

    def chat(
        self,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[Any] | None = None,
        conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: NotGivenOr[bool] = NOT_GIVEN,
        tool_choice: NotGivenOr[Any] = NOT_GIVEN,
        extra_kwargs: NotGivenOr[dict[str, Any]] = NOT_GIVEN,
    ) -> llm.LLMStream:
        request = ModelRequest(
            chat_ctx.to_dict(exclude_timestamp=True)["items"],
            _tool_names(tools),
            tool_choice if tool_choice is not NOT_GIVEN else None,
        )
        self.requests.append(request)
        return _PolicyStream(
            self,
            chat_ctx=chat_ctx,
            tools=tools or [],
            conn_options=conn_options,
            reply=self.policy(request),
            ids=self._ids,
        )


def _tool_names(tools: list[Any] | None) -> list[str]:
    names = []
    for tool in tools or []:
        info = getattr(tool, "info", None)
        name = getattr(info, "name", None) or getattr(tool, "id", None)
        if name:
            names.append(name)
    return names


class _PolicyStream(llm.LLMStream):
    def __init__(
        self,
        model: PolicyLLM,
        *,
        chat_ctx: llm.ChatContext,
        tools: list[Any],
        conn_options: APIConnectOptions,
        reply: Reply,
        ids: Any,
    ) -> None:
        super().__init__(model, chat_ctx=chat_ctx, tools=tools, conn_options=conn_options)
        self._reply = reply
        self._ids = ids

    async def _run(self) -> None:
        if isinstance(self._reply, str):
            if self._reply:
                self._event_ch.send_nowait(
                    llm.ChatChunk(
                        id=f"r{next(self._ids)}", delta=llm.ChoiceDelta(role="assistant", content=self._reply)
                    )
                )
            return
        calls = [
            llm.FunctionToolCall(name=name, arguments=json.dumps(args), call_id=f"call_{next(self._ids)}")
            for name, args in self._reply
        ]
        self._event_ch.send_nowait(
            llm.ChatChunk(id=f"r{next(self._ids)}", delta=llm.ChoiceDelta(role="assistant", tool_calls=calls))
        )
