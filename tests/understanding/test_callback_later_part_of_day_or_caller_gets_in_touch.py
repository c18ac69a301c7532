"""A callback asked for in more shapes: a day with its part, or midday, said before "mejor" against now
("mañana temprano mejor, ahorita ando cargando", "al mediodía mejor, orita estoy en el taller"); the delay
counted with "from now" after it ("two hours from now would be better for a call"); the call tried again by
the agent ("en un rato me vuelves a intentar"); the caller to get in touch himself ("yo me comunico contigo",
"al rato me reporto con usted", "I'll get back to you"); "I can't do this now". Traps: the same times said with
no contrast to now, an arrival said with "from now", the caller having got in touch before, "I can't do it" with
no now, the value promised for later ("I'll get back to you on the plate number")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

# the intents of a flow that handles no `busy` (Daisy's): a busy hint is heard as the callback it stands for
ENABLED = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana temprano mejor, ahorita voy bajando la sierra.", "es-MX"),
        ("Pasado mañana en la tarde mejor, hoy ando cargando en Celaya.", "es-MX"),
        ("El viernes temprano mejor, ahorita estoy en la báscula.", "es-MX"),
        ("A mediodía mejor, orita ando comiendo.", "es-MX"),
        ("Mejor al mediodía, ahorita no puedo.", "es-MX"),
        ("Mejor tempranito, ahorita voy manejando.", "es-MX"),
    ],
)
def test_a_later_part_of_the_day_preferred_to_now_is_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Three hours from now would work better, I'm at the shipper.", "en-US", 180),
        ("An hour from now is better for me, I'm fueling.", "en-US", 60),
        ("Dos horas a partir de ahora me queda mejor, ando en el patio.", "es-MX", 120),
    ],
)
def test_a_delay_said_with_from_now_after_it_is_counted(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("En un rato me vuelves a intentar, que ando en la caseta.", "es-MX"),
        ("Más tarde me vuelve a probar, por favor.", "es-MX"),
        ("Déjame acomodar la caja y yo me comunico contigo.", "es-MX"),
        ("Al rato me reporto con usted, ahorita estoy firmando.", "es-MX"),
        ("Me comunico con ustedes en cuanto me estacione.", "es-MX"),
        ("Let me finish unloading and I'll get back to you.", "en-US"),
        ("I'll reach out to you once I'm parked.", "en-US"),
        ("Caught in a blizzard, I can't do this now.", "en-US"),
        ("Sorry, I can't deal with this now, I'm backing in.", "en-US"),
    ],
)
def test_a_call_tried_again_or_the_caller_getting_in_touch_is_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana tempranito mejor.", "es-MX"),  # a time alone: the answer to a question for one, not a callback
        ("Ya me comuniqué con ustedes ayer.", "es-MX"),
        ("I'll be at your gate two hours from now.", "en-US"),
        ("I can't do it, the trailer is full.", "en-US"),
        ("I'll get back to you on the plate number.", "en-US"),  # the value later, not the call
        ("Okay, I'll get in touch with dispatch.", "en-US"),
        # the caller in touch only in case of need or lateness, or checking in where he arrives
        ("Yo me comunico contigo si me atraso.", "es-MX"),
        ("Cualquier cosa yo me comunico con usted.", "es-MX"),
        ("Si me retraso, ya me reporto con ustedes.", "es-MX"),
        ("Ya me reporto con usted cuando llegue.", "es-MX"),
        ("Al rato me reporto con ustedes en la caseta.", "es-MX"),
        ("I'll get back to you if I'm running late.", "en-US"),
        # someone else who can't now, or tries something else again
        ("They can't handle it now, the dock's full.", "en-US"),
        ("Dispatch can't deal with this now, they said so.", "en-US"),
        ("El cajero me vuelve a intentar cobrar la caseta.", "es-MX"),
    ],
)
def test_the_same_words_without_a_callback_stay_as_they_are(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is None or match.name != "reschedule"
