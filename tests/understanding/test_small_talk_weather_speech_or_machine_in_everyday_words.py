"""Small talk in more shapes: the weather there remarked ("se vino un aguacero que no se ve nada", "the
snow up on this pass is something else"), how she speaks said with "usted" and where she is from asked
with "o de dónde" in one turn, a machine or a real person asked in everyday words ("is this one of them
computer deals or a real gal?", "¿es una de esas grabaciones o una muchacha?"). Traps: the weather as
why a callback is asked, a time answered beside it, "usted habla con" a name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Aquí en la sierra se vino un aguacero que no se ve nada.", "es-MX"),
        ("Está cayendo una granizada, fíjese.", "es-MX"),
        ("Usted habla muy bonito, ¿es regia o de dónde?", "es-MX"),
        ("¿Es una de esas grabaciones o una muchacha?", "es-MX"),
        ("The snow up on this pass is something else.", "en-US"),
        ("Boy, this heat in Arizona is brutal.", "en-US"),
        ("Is this one of them computer deals or a real gal?", "en-US"),
    ],
)
def test_the_remark_is_off_topic(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("Hay mucha neblina, llego como a las cinco.", "es-MX", None),
        ("Usted habla con Rogelio Ibarra.", "es-MX", None),
        ("Está cayendo un aguacero, háblame en una hora.", "es-MX", "reschedule"),
        ("The wind is brutal, call me back in an hour.", "en-US", "reschedule"),
    ],
)
def test_a_remark_beside_an_answer_or_a_request(text: str, locale: str, intent: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match is not None else None) == intent
