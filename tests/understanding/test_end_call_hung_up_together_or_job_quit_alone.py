"""The call hung up together ("bueno, ya colgamos"), "bye" as Spanish speech recognition spells it ("bai"), and the
job quit said as a clause of its own ("ya renuncié", "I quit last month"): the caller takes leave. A load hung or
loaded, and a thing given up or quit, are no goodbye."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sale pues, ya colgamos, jefa.", "es-MX"),
        ("Bueno, ahí colgamos entonces.", "es-MX"),
        ("Ya vamos colgando que tengo que cargar diésel.", "es-MX"),
        ("Gracias, bai.", "es-MX"),
        ("Ok, bai bai.", "es-MX"),
        ("No me marquen, ya renuncié.", "es-MX"),
        ("Me despidieron hace dos semanas.", "es-MX"),
        ("Renuncié desde hace un mes, ya no manejo para ellos.", "es-MX"),
        ("Ya no me anden marcando por favor.", "es-MX"),
        ("I quit last month, you can take me off.", "en-US"),
        ("I got let go a couple weeks ago.", "en-US"),
        ("Yeah, I resigned.", "en-US"),
    ],
)
def test_the_caller_takes_leave(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya cargamos, vamos saliendo del patio.", "es-MX"),
        ("Ya me salí, gracias.", "es-MX"),
        ("I quit smoking last year, feel great.", "en-US"),
        ("I missed my exit and had to go around.", "en-US"),
    ],
)
def test_a_load_or_a_habit_is_no_goodbye(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"
