"""A callback asked for "another while" ("ahorita no, compa, en otro ratito", "mejor para otro día"), and the
agent asked to speak up or slow down ("háblame más fuerte", "speak up, my windows are down"): the question heard
again, never a callback because "háblame" is also a verb of calling."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    "text",
    [
        "Ahorita no, compa, en otro ratito.",
        "En otro ratito, jefa.",
        "No, mejor para otro día.",
        "Ahorita no, para otro rato, gracias.",
        "Otro ratito mejor.",
    ],
)
def test_another_while_or_another_day_asks_for_a_callback(text: str) -> None:
    assert intent(text, "es-MX") == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Háblame más fuerte y repítelo, que traigo las ventanas abiertas.", "es-MX"),
        ("Hábleme más fuerte, no le oigo.", "es-MX"),
        ("Háblame más despacio y repítemelo.", "es-MX"),
        ("¿Puede hablar más fuerte?", "es-MX"),
        ("Más fuerte, por favor.", "es-MX"),
        ("Hábleme más recio, que ando en la carretera.", "es-MX"),
        ("Speak up and say that again, my windows are down.", "en-US"),
        ("Can you talk louder?", "en-US"),
        ("Speak a little slower, please.", "en-US"),
        ("Louder, please.", "en-US"),
    ],
)
def test_the_agent_asked_to_speak_louder_or_slower_is_a_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("Háblame más tarde.", None), ("Hábleme en una hora.", 60), ("Háblame en diez minutos.", 10)],
)
def test_a_verb_of_calling_with_a_time_is_still_a_callback(text: str, minutes: int | None) -> None:
    match = detect_intent(text, "es-MX")
    assert match is not None and match.name == "reschedule" and match.minutes == minutes
