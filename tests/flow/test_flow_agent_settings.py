"""The flow's `agent:` block: how a call in each locale sounds and hears (mode, model, voice, temperature,
transcription, text-to-speech), with per-locale overrides, checked by the schema and the validator."""

from __future__ import annotations

from pathlib import Path

from daisy_engine.flow import load_flow, validate_file

AGENT = """agent:
  persona: greeting
  mode: realtime
  voice: {es-MX: marin, en-US: cedar}
  temperature: 0.7
  transcription: {model: gpt-4o-mini-transcribe, language: {es-MX: es}}
  tts: {model: gpt-4o-mini-tts, instructions: Calm.}
  locales:
    en-US: {mode: pipeline, model: gpt-4.1, temperature: 0.2, tts: {instructions: Friendly.}}
"""


def with_agent(mini_flow: Path, block: str, locales: str = "[es-MX, en-US]") -> Path:
    text = mini_flow.read_text(encoding="utf-8").replace("locales: [es-MX]\n", f"locales: {locales}\n{block}", 1)
    mini_flow.write_text(text, encoding="utf-8")
    english = mini_flow.parent / "prompts" / "mini" / "en-US"
    if "en-US" in locales and not english.exists():
        english.mkdir(parents=True)
        for template in (mini_flow.parent / "prompts" / "mini" / "es-MX").iterdir():
            (english / template.name).write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    return mini_flow


def test_each_locale_gets_its_settings_with_overrides_and_defaults(mini_flow: Path) -> None:
    flow = load_flow(with_agent(mini_flow, AGENT))
    spanish, english = flow.agent.settings("es-MX"), flow.agent.settings("en-US")
    assert (spanish.mode, spanish.model, spanish.voice, spanish.temperature) == (
        "realtime",
        "gpt-realtime",
        "marin",
        0.7,
    )
    assert (spanish.transcription_model, spanish.language) == ("gpt-4o-mini-transcribe", "es")
    assert (spanish.tts_model, spanish.tts_instructions) == ("gpt-4o-mini-tts", "Calm.")
    assert (english.mode, english.model, english.voice, english.temperature) == ("pipeline", "gpt-4.1", "cedar", 0.2)
    assert english.language == "en"  # not in the mapping: the locale's own language
    assert (english.tts_model, english.tts_instructions) == ("gpt-4o-mini-tts", "Friendly.")


def test_without_an_agent_block_calls_use_the_realtime_defaults(mini_flow: Path) -> None:
    settings = load_flow(mini_flow).agent.settings("es-MX")
    assert (settings.mode, settings.model, settings.voice, settings.language) == (
        "realtime",
        "gpt-realtime",
        "marin",
        "es",
    )
    pipeline = load_flow(with_agent(mini_flow, "agent: {mode: pipeline}\n", "[es-MX]")).agent.settings("es-MX")
    assert pipeline.model == "gpt-4.1-mini"


def test_an_unknown_mode_is_a_located_schema_error(mini_flow: Path) -> None:
    result = validate_file(with_agent(mini_flow, "agent: {mode: speech}\n", "[es-MX]"))
    [problem] = [d for d in result.report.sorted() if d.is_error]
    assert problem.mark.line == 4 and "speech" in problem.message


def test_settings_for_a_locale_the_flow_does_not_speak_are_located_errors(mini_flow: Path) -> None:
    block = "agent:\n  transcription: {language: {fr-FR: fr}}\n  locales:\n    de-DE: {voice: ash}\n"
    result = validate_file(with_agent(mini_flow, block, "[es-MX]"))
    problems = [(d.code, d.mark.line) for d in result.report.sorted() if d.is_error]
    assert problems == [("E217", 5), ("E217", 7)]
