"""Recogniser placeholders ("[inaudible]") are not words, and "uh-huh" is a yes, not "huh?"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent, extract


@pytest.mark.parametrize(
    "text",
    [
        "[inaudible]",
        "<unk>",
        "(inaudible)",
        "*crosstalk*",
        "[BLANK_AUDIO]",
        "inaudible",
        "(música)",
        "[ruido] [inaudible]",
    ],
)
@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
def test_a_placeholder_is_never_a_value(text: str, locale: str) -> None:
    for slot_type in ("name", "text", "integer", "amount", "time", "yes_no"):
        assert extract(slot_type, text, locale) is None, slot_type


def test_placeholders_are_dropped_around_words() -> None:
    assert extract("name", "Juan [inaudible] Pérez", "es-MX") == "Juan Pérez"
    assert extract("integer", "<unk> cuarenta y dos", "es-MX") == "42"
    assert extract("integer", "(555) 123 4567", "en-US") == "5551234567"  # typed parentheses stay


@pytest.mark.parametrize("text", ["uh huh", "uh-huh", "Uh-huh.", "mm-hmm", "mhm", "um hum"])
@pytest.mark.parametrize("locale", ["en-US", "es-MX"])
def test_uh_huh_is_a_yes_not_a_request_to_repeat(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"
    assert detect_intent(text, locale) is None
    assert extract("name", text, locale) is None


def test_huh_alone_still_asks_to_repeat() -> None:
    match = detect_intent("huh?", "en-US")
    assert match is not None and match.name == "repeat"
