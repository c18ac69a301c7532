"""The models a call's locale asks for, built from the flow's `agent:` settings.

Both modes speak every line through a text-to-speech voice, so a `Say` is heard exactly as the engine
rendered it (a plate or e-mail read-back is never the model's paraphrase), and both keep the engine
first on every caller turn:

- `realtime`: OpenAI Realtime with server turn detection and **automatic replies off**
  (`create_response=False`), text output, and input transcription in the call's language. The final
  transcription of a caller turn is the turn; nothing answers it until the engine has.
- `pipeline`: OpenAI speech-to-text (streaming, its own turn detection), a chat model and text-to-speech;
  the adapter's user-turn hook hears the turn first and stops the automatic reply.

Preemptive generation is off in both: no model request starts on a turn the engine has not seen.

When a call switches locale (the caller speaks the flow's other language, `SetLocale`), `follow_locale` points
the running session at the new locale's settings: the language the caller is transcribed in (the Realtime
session's input transcription, or the speech-to-text), and the text-to-speech voice, model and instructions.
What a session is built on stays: its mode (realtime or pipeline), its chat or realtime model and temperature
(livekit-agents 1.8.9 gives a session one `llm` for its life; only a new session could change them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from livekit.agents import AgentSession, llm, stt, tts
from livekit.plugins import openai

from daisy_engine.errors import DaisyError
from daisy_engine.flow.model import VoiceSettings


class MissingKeyError(DaisyError):
    """A key the models need is not set (said once, at start)."""


def openai_key(env: Mapping[str, str] | None = None) -> str:
    """The OpenAI API key from the environment; MissingKeyError (one clear line) when there is none."""
    key = (env if env is not None else os.environ).get("OPENAI_API_KEY", "").strip()
    if not key:
        raise MissingKeyError(
            "OPENAI_API_KEY is not set: the voice models need it (set it in the environment "
            "or in a .env file next to where you run the worker)"
        )
    return key


@dataclass
class SessionParts:
    """What an `AgentSession` for one call is made of."""

    mode: str
    llm: llm.LLM | llm.RealtimeModel
    tts: tts.TTS
    stt: stt.STT | None = None
    turn_handling: dict[str, Any] = field(default_factory=dict)

    @property
    def realtime(self) -> bool:
        return self.mode == "realtime"

    def session(self, **options: Any) -> AgentSession:
        """A session on these parts; `options` go to `AgentSession` (e.g. `userdata`)."""
        kwargs: dict[str, Any] = {"llm": self.llm, "tts": self.tts, "vad": None, "turn_handling": self.turn_handling}
        if self.stt is not None:
            kwargs["stt"] = self.stt
        kwargs.update(options)
        return AgentSession(**kwargs)


_NO_PREEMPTION = {"enabled": False}


def follow_locale(session: AgentSession, settings: VoiceSettings, before: VoiceSettings | None = None) -> list[str]:
    """Point a running call's models at another locale's `settings` (the caller switched language): input
    transcription language (Realtime: a `session.update` of `audio.input.transcription`; pipeline: the
    speech-to-text's open streams, updated in place) and the voice (model, voice, instructions), used from the
    next line on. Models without `update_options` (other plugins, test doubles) keep theirs. Returns what could
    not follow, for the log: what only a new session could change (`before`: the settings the call started on)."""
    kept: list[str] = []
    model = session.llm
    if isinstance(model, llm.RealtimeModel):
        from openai.types.realtime import AudioTranscription

        transcription = AudioTranscription(model=settings.transcription_model, language=settings.language)
        if not _update(model, input_audio_transcription=transcription):
            kept.append("input transcription")
    if session.stt is not None and not _update(session.stt, language=settings.language):
        kept.append("speech-to-text language")
    if session.tts is not None and not _update(session.tts, model=settings.tts_model, voice=settings.voice,
                                               instructions=settings.tts_instructions or ""):
        kept.append("voice")
    if before is not None:
        kept += [f"{name} (fixed for the session)" for name in ("mode", "model", "temperature")
                 if getattr(before, name) != getattr(settings, name)]
    return kept


def _update(part: Any, **options: Any) -> bool:
    """`part.update_options(**options)` when the part has it and takes these options."""
    update = getattr(part, "update_options", None)
    if update is None:
        return False
    try:
        update(**options)
    except TypeError:  # a plugin whose update_options takes other options
        return False
    return True


def build_session_parts(settings: VoiceSettings, *, api_key: str, base_url: str | None = None) -> SessionParts:
    """The models for one locale's settings. `base_url` (else `OPENAI_BASE_URL`) points at another
    OpenAI-compatible server."""
    base = base_url or os.environ.get("OPENAI_BASE_URL") or None
    common: dict[str, Any] = {"api_key": api_key, **({"base_url": base} if base else {})}
    voice = openai.TTS(
        model=settings.tts_model,
        voice=settings.voice,
        **({"instructions": settings.tts_instructions} if settings.tts_instructions else {}),
        **common,
    )
    if settings.mode == "pipeline":
        return SessionParts(
            mode="pipeline",
            llm=openai.LLM(
                model=settings.model,
                **({"temperature": settings.temperature} if settings.temperature is not None else {}),
                **common,
            ),
            stt=openai.STT(model=settings.transcription_model, language=settings.language, use_realtime=True, **common),
            tts=voice,
            turn_handling={"turn_detection": "stt", "preemptive_generation": _NO_PREEMPTION},
        )
    from openai.types.realtime import AudioTranscription
    from openai.types.realtime.realtime_audio_input_turn_detection import ServerVad

    model = openai.realtime.RealtimeModel(
        model=settings.model,
        voice=settings.voice,
        modalities=["text"],  # lines are spoken by the TTS voice: verbatim `say`, same voice for replies
        turn_detection=ServerVad(type="server_vad", create_response=False, interrupt_response=False),
        input_audio_transcription=AudioTranscription(model=settings.transcription_model, language=settings.language),
        **common,
    )
    return SessionParts(
        mode="realtime",
        llm=model,
        tts=voice,
        turn_handling={"turn_detection": "realtime_llm", "preemptive_generation": _NO_PREEMPTION},
    )
