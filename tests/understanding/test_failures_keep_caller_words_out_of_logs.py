"""An extractor or accumulator that raises is logged by what failed and where, never with what the caller
said (a traceback would carry the words in its frames and in the exception's message)."""

from __future__ import annotations

import logging

import pytest

from daisy_engine.understanding import new_accumulator, registry

SECRET = "mi correo es ana.secreta@example.com y mi teléfono 55 1234 5678"


def _raise_with_the_words(text: str, *args: object, **kwargs: object) -> None:
    raise ValueError(f"cannot read {text!r}")


def _assert_logged_without_the_words(caplog: pytest.LogCaptureFixture, what: str) -> None:
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    message = record.getMessage()
    assert what in message and "ValueError" in message and "test_failures_keep_caller_words_out_of_logs.py:" in message
    assert "secreta" not in message and "1234" not in message
    assert record.exc_info is None  # no traceback: its frames hold the words


def test_a_failing_character_extractor_is_logged_without_the_words(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "_extract_char", _raise_with_the_words)
    with caplog.at_level(logging.ERROR):
        assert registry.extract_char(SECRET, "es-MX") is None
    _assert_logged_without_the_words(caplog, "extract_char")


def test_a_failing_accumulator_is_logged_without_the_words(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc = new_accumulator("email", "es-MX")
    monkeypatch.setattr(acc, "_feed", _raise_with_the_words)
    with caplog.at_level(logging.ERROR):
        result = acc.feed(SECRET)
    assert result.status == "nothing"
    _assert_logged_without_the_words(caplog, "email accumulator")
