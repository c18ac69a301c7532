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


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # calls denied only at a time or in a case: when not to call, never "don't call me again"
        ("No quiero que me llamen en la noche.", "es-MX"),
        ("No me llamen en la noche, por favor.", "es-MX"),
        ("No me marquen después de las ocho.", "es-MX"),
        ("No me llames tan temprano.", "es-MX"),
        ("No me llamen los domingos.", "es-MX"),
        ("No me hablen a la una de la mañana.", "es-MX"),
        ("Please don't call me so early.", "en-US"),
        ("Don't call me after nine.", "en-US"),
        ("Don't call me on weekends.", "en-US"),
    ],
)
def test_a_time_not_to_call_at_does_not_end_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the traps: every call denied, or the end asked for beside the time
        ("No me llamen más.", "es-MX"),
        ("No quiero que me llamen.", "es-MX"),
        ("No me vuelvan a llamar nunca.", "es-MX"),
        ("No me llamen de nuevo.", "es-MX"),
        ("No me llamen en la noche, y ya me tengo que ir, adiós.", "es-MX"),
        ("Don't call me again.", "en-US"),
        ("Don't call me at night, goodbye.", "en-US"),
    ],
)
def test_every_call_denied_still_ends_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"
