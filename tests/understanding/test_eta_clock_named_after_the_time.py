"""The clock a time is told by, named after it ("Dieciocho cuarenta y cinco, hora de aquí", "a las seis, hora de
allá", "eighteen forty-five, our time"), is no duration: "hora" in the singular after a count of two or more names
the clock. "Llego en una hora de aquí" and "estoy a dos horas de aquí" are still the drive from here."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

from .call_helpers import heard_at_question, heard_at_read_back

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Dieciocho cuarenta y cinco, hora de aquí.", "es-MX", "18:45"),
        ("A las seis, hora de allá", "es-MX", "18:00"),
        ("Eighteen forty-five, our time", "en-US", "18:45"),
        ("Llego en una hora de aquí", "es-MX", "10:00"),
        ("Estoy a dos horas de aquí", "es-MX", "11:00"),
    ],
)
def test_the_clock_named_after_a_time_is_no_duration(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


async def test_the_time_on_the_clock_named_is_read_back_in_a_call() -> None:
    turn = "Dieciocho cuarenta y cinco, hora de aquí."
    assert await heard_at_question("eta", "es-MX", turn) == "18:45"
    assert await heard_at_read_back("eta", "es-MX", "a las cinco", f"No, {turn[0].lower()}{turn[1:]}") == "18:45"
