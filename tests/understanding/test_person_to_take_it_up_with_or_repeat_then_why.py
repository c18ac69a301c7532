"""Two intents in more shapes. A person asked for as someone there to take the matter up with ("¿no hay
alguien de a de veras con quien pueda platicar esto?", "is there somebody real I can talk this over with?").
A request to repeat said first and the reason it was needed after a comma, with no question mark ("Otra vez,
porfa, que pasó un torton y no oí", "Say that again, the reefer just kicked on"). Traps: company wanted on the
road, a person met before, a value said after "otra vez"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

ENABLED = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿No hay alguien de a de veras con quien pueda platicar esto?", "es-MX"),
        ("¿Habrá alguien con quien arreglar lo de mi finiquito?", "es-MX"),
        ("¿Tienen a alguien con quien pueda ver lo del diésel?", "es-MX"),
        ("Isn't there somebody real I can talk this over with?", "en-US"),
        ("Is there anyone I could sort this out with?", "en-US"),
    ],
)
def test_someone_to_take_the_matter_up_with_is_a_person_asked_for(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Otra vez, porfa, que pasó un tráiler y no oí.", "es-MX"),
        ("Una vez más, es que traigo la ventana abierta.", "es-MX"),
        ("Otra vez, porque se me fue la señal.", "es-MX"),
        ("Say that again, the reefer just kicked on.", "en-US"),
        ("Come again, 'cause a truck went by.", "en-US"),
    ],
)
def test_a_request_to_repeat_then_why_is_a_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("No tengo con quien platicar en la carretera, por eso traigo el radio.", "es-MX"),
        ("Una persona con quien platiqué en la caseta me dijo que aquí era.", "es-MX"),
        ("Otra vez, es la cuatro cinco dos.", "es-MX"),
        ("Otra vez, que ya te dije que es la quinientos doce.", "es-MX"),
        ("Again, it's four five two.", "en-US"),
        ("I sorted it out with someone I could trust.", "en-US"),
        # the caller's own errand, or someone he already has: news, nobody asked for
        ("Tengo que ver a alguien con quien arreglar lo del pago, llego a las cinco.", "es-MX"),
        ("Voy a buscar a una persona con quien ver lo de la llanta.", "es-MX"),
        ("There's someone at the yard I can sort it out with, I'll be there at five.", "en-US"),
        ("I have somebody I can work it out with at the dock.", "en-US"),
    ],
)
def test_the_same_words_asking_nothing_stay_as_they_are(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is None or match.name not in ("human", "repeat")
