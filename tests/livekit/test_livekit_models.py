"""The models a call's locale asks for: built from the flow's settings, without touching the network."""

from __future__ import annotations

import pytest
from livekit.plugins import openai

from daisy_engine.flow.model import VoiceSettings
from daisy_engine.transports.livekit.models import MissingKeyError, build_session_parts, follow_locale, openai_key


def settings(**changes: object) -> VoiceSettings:
    base = {
        "mode": "realtime",
        "model": "gpt-realtime",
        "voice": "marin",
        "temperature": None,
        "transcription_model": "gpt-4o-transcribe",
        "language": "es",
        "tts_model": "gpt-4o-mini-tts",
        "tts_instructions": None,
    }
    return VoiceSettings(**{**base, **changes})  # type: ignore[arg-type]


async def test_livekit_realtime_parts_speak_through_a_voice_and_leave_turns_to_the_engine() -> None:
    parts = build_session_parts(settings(), api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    assert parts.realtime and isinstance(parts.llm, openai.realtime.RealtimeModel)
    assert isinstance(parts.tts, openai.TTS) and parts.tts.model == "gpt-4o-mini-tts"
    assert parts.stt is None
    assert parts.turn_handling["preemptive_generation"] == {"enabled": False}


async def test_livekit_pipeline_parts_use_the_locale_language_and_chat_model() -> None:
    parts = build_session_parts(
        settings(mode="pipeline", model="gpt-4.1-mini", temperature=0.3, language="en", tts_instructions="Friendly."),
        api_key="sk-test",
        base_url="http://127.0.0.1:9/v1",
    )
    assert not parts.realtime
    assert isinstance(parts.llm, openai.LLM) and parts.llm.model == "gpt-4.1-mini"
    assert isinstance(parts.stt, openai.STT) and parts.stt.capabilities.streaming
    assert parts.turn_handling["turn_detection"] == "stt"
    session = parts.session()
    assert session.stt is parts.stt and session.tts is parts.tts


def test_livekit_missing_openai_key_is_one_clear_line() -> None:
    with pytest.raises(MissingKeyError) as raised:
        openai_key({"OPENAI_API_KEY": "  "})
    assert "OPENAI_API_KEY is not set" in str(raised.value) and "\n" not in str(raised.value)
    assert openai_key({"OPENAI_API_KEY": "sk-1"}) == "sk-1"


async def test_livekit_pipeline_session_follows_a_new_locale_in_its_transcription_and_voice() -> None:
    spanish = settings(mode="pipeline", model="gpt-4.1-mini", voice="marin", tts_instructions="Cálida.")
    english = settings(mode="pipeline", model="gpt-4.1-mini", voice="cedar", language="en")
    parts = build_session_parts(spanish, api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    session = parts.session()
    kept = follow_locale(session, english, spanish)
    assert kept == []
    assert parts.stt._opts.languages == ["en"]  # type: ignore[union-attr]
    assert parts.tts._opts.voice == "cedar" and not parts.tts._opts.instructions  # type: ignore[attr-defined]


async def test_livekit_what_only_a_new_session_could_change_is_reported_kept() -> None:
    spanish = settings()
    english = settings(model="gpt-realtime-mini", language="en", voice="cedar")
    parts = build_session_parts(spanish, api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    kept = follow_locale(parts.session(), english, spanish)
    assert kept == ["model (fixed for the session)"]
    assert parts.llm._opts.input_audio_transcription.language == "en"  # type: ignore[union-attr]
    assert parts.tts._opts.voice == "cedar"  # type: ignore[attr-defined]
