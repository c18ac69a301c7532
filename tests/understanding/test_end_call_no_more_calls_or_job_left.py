"""Ways to end a call the phrase lists cannot enumerate: the number taken out of the system with the
verb in any form, no more calls wanted, "ya no me busquen", the job left (nothing to register), and a
goodbye wished. A complaint that they call, or a time they must not call at, stays what it is."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Favor de quitar mi teléfono de su lista, gracias.", "es-MX"),
        ("Borren mi celular de la base, ya no quiero recibir más llamadas.", "es-MX"),
        ("Ya no me molesten, por favor.", "es-MX"),
        ("Ya no trabajo con ustedes desde diciembre.", "es-MX"),
        ("Renuncié a la empresa la semana pasada.", "es-MX"),
        ("Bueno, que le vaya bien.", "es-MX"),
        ("Ándale pues, que tengas buena tarde.", "es-MX"),
        ("Remove my number from your database, I don't want any more calls.", "en-US"),
        ("Please don't contact me again.", "en-US"),
        ("I don't drive for that company anymore.", "en-US"),
        ("Alright, have a safe one.", "en-US"),
    ],
)
def test_the_caller_ends_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya no me estén llamando.", "es-MX"),  # the complaint that they call
        ("Ya no me busquen hoy, mañana sí.", "es-MX"),
        ("Te dejo mi correo, es juan arroba gmail punto com.", "es-MX"),
    ],
)
def test_what_only_sounds_like_ending(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"
