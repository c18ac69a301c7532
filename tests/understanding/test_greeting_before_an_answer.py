"""What a turn says after the greeting, small talk or acknowledgement it opens with.

"Qué onda. Cristian Yahir Lara Ponce": the greeting is how the caller opens, the rest is the answer. A turn
that only greets, or that opens with something else, has no such rest; a given name that is also a word
of agreement ("Simón") is never taken for the greeting.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import after_greeting


@pytest.mark.parametrize(
    ("text", "locale", "rest"),
    [
        ("Qué onda. Cristian Yahir Lara Ponce.", "es-MX", "Cristian Yahir Lara Ponce."),
        ("Quiubo, buenas tardes, Gerardo Saucedo", "es-MX", "Gerardo Saucedo"),
        ("Hola, ¿cómo está? Le habla Matilde Ochoa.", "es-MX", "Le habla Matilde Ochoa."),
        ("¿Qué onda? Es el seiscientos doce.", "es-MX", "Es el seiscientos doce."),
        ("Qué onda, Simón Bolaños", "es-MX", "Simón Bolaños"),
        ("Hey, how are you? This is Dwayne Porter.", "en-US", "This is Dwayne Porter."),
        ("What's up, Lonnie Briggs here", "en-US", "Lonnie Briggs here"),
    ],
)
def test_the_answer_after_a_greeting(text: str, locale: str, rest: str) -> None:
    assert after_greeting(text, locale) == rest


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Buenas tardes, ¿qué tal?", "es-MX"),
        ("Gerardo Saucedo", "es-MX"),
        ("Llámeme en una hora, soy Gerardo", "es-MX"),
        ("How old are you?", "en-US"),
    ],
)
def test_no_answer_after_a_greeting(text: str, locale: str) -> None:
    assert after_greeting(text, locale) is None
