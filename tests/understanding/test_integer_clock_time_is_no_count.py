"""A clock time said at a number's question is when, never the number: "paso por ella mañana a las 10"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types

INTEGER = types.get("integer")


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("paso por ella mañana a las 10", "es-MX", None),
    ("a las cinco y media", "es-MX", None),
    ("son tres, paso a las 5 de la tarde", "es-MX", "3"),
    ("I'll pick it up tomorrow at 10", "en-US", None),
    ("three, and I'll come by at 5 pm", "en-US", "3"),
    ("tomorrow morning at ten", "en-US", None),
    ("el 472", "es-MX", "472"),
])
def test_a_clock_time_is_no_count(text: str, locale: str, expected: str | None) -> None:
    assert INTEGER.extract(text, locale) == expected
