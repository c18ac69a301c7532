"""At a time's read-back, the caller settling on another hour with a word ("ponle siete", "mejor ponle siete",
"call it seven" at 6:30 in the evening): the hour settled on, on the half of the day of the time read back,
is read back in its place; "sí" stays a yes."""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("seis y media de la tarde", "Ponle siete.", "es-MX"),
        ("seis y media de la tarde", "Mejor ponle siete.", "es-MX"),
        ("seis y media de la tarde", "No, calcúlale siete.", "es-MX"),
        ("six thirty pm", "Call it seven.", "en-US"),
        ("six thirty pm", "Make it seven.", "en-US"),
    ],
)
def test_the_hour_settled_on_is_taken(said: str, reply: str, locale: str) -> None:
    heard = answer("time", said, reply, locale, now="10:47")
    assert (heard.event, heard.value) == ("corrected", "19:00")


def test_trap_a_plain_yes_stays_a_yes() -> None:
    assert answer("time", "seis y media de la tarde", "Sí.", "es-MX", now="10:47").event == "yes"
