""""Later" said with nothing else but courtesy, thanks or a "not now" ("luego", "gracias, luego", "ahorita no, al
rato", "thanks, later") asks for the call later: a callback with no time, not the end of the call; "luego luego" is
"right away", and a farewell in so many words ("hasta luego", "see you later", "catch you later") still ends it, as
does "later" from one who says he is all set ("we're good here, later"; at the permission question that too is a
"not now": `says_later`). How long the call takes, asked ("¿cuánto se tarda?", "how long will
it take?", "how long is this going to take?", "¿cuánto va a tardar esto?"), is a question about the call (off the
subject) before the registration and in it, no complaint; "¿cuánto más?" and "how much longer?" are."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent, says_later
from daisy_engine.understanding.intents import OpenQuestion


@pytest.mark.parametrize(("text", "locale"), [
    ("Luego.", "es-MX"),
    ("Gracias, luego.", "es-MX"),
    ("Al rato, joven.", "es-MX"),
    ("Ahorita no, más tarde.", "es-MX"),
    ("Later.", "en-US"),
    ("Thanks, later.", "en-US"),
    ("Thanks man, later.", "en-US"),
    ("Later, man.", "en-US"),
    ("Nah, later on.", "en-US"),
])
def test_later_alone_asks_for_the_call_later(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes is None


@pytest.mark.parametrize(("text", "locale", "name"), [
    ("Luego luego.", "es-MX", None),
    ("Luego te digo.", "es-MX", None),
    ("Luego la be, la ce.", "es-MX", None),
    ("Hasta luego.", "es-MX", "end_call"),
    ("Nos vemos al rato.", "es-MX", "end_call"),
    ("See you later.", "en-US", "end_call"),
    ("Thanks, catch you later.", "en-US", "end_call"),
    ("We're good, later.", "en-US", "end_call"),
    ("Okay, we're good here, later.", "en-US", "end_call"),
    ("I'll send it later.", "en-US", None),
])
def test_later_inside_other_words_is_not_that(text: str, locale: str, name: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match else None) == name


PERMISSION = OpenQuestion(listen="yes_no")
PLATE = OpenQuestion(listen="slot", slot_type="plate")


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Cuánto se tarda?", "es-MX"),
    ("¿Y cuánto tiempo es?", "es-MX"),
    ("¿Cuánto dura?", "es-MX"),
    ("How long will it take?", "en-US"),
    ("How long is it?", "en-US"),
])
def test_how_long_asked_is_a_question_anywhere(text: str, locale: str) -> None:
    for question in (None, PERMISSION, PLATE):
        match = detect_intent(text, locale, question=question)
        assert match is not None and match.name == "off_topic", question


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Cuánto más va a durar esto?", "es-MX"),
    ("How much longer is this gonna take?", "en-US"),
])
def test_how_much_longer_is_a_complaint_anywhere(text: str, locale: str) -> None:
    for question in (None, PERMISSION, PLATE):
        match = detect_intent(text, locale, question=question)
        assert match is not None and match.name == "complaint", question


@pytest.mark.parametrize(("text", "locale"), [
    ("How long is this going to take?", "en-US"), ("how long will this take?", "en-US"),
    ("how long is this gonna take", "en-US"), ("How long does this take?", "en-US"),
    ("how long is this call going to last?", "en-US"), ("¿Cuánto va a tardar esto?", "es-MX"),
    ("¿cuánto se va a tardar esto?", "es-MX"), ("oiga, ¿y cuánto dura esto?", "es-MX"),
])
def test_how_long_is_this_going_to_take_is_asked_in_the_registration_too(text: str, locale: str) -> None:
    """Asked of the call mid-registration, it is answered in both languages - not logged as a complaint."""
    for question in (PERMISSION, PLATE):
        assert detect_intent(text, locale, question=question).name == "off_topic"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "locale", "later"), [
    ("Gracias, luego.", "es-MX", True),
    ("Estamos bien, luego.", "es-MX", True),
    ("We're good, later.", "en-US", True),
    ("Okay, we're good here, later.", "en-US", True),
    ("Later.", "en-US", True),
    ("Luego luego.", "es-MX", False),
    ("Luego te digo.", "es-MX", False),
    ("We're good here, see ya.", "en-US", False),
])
def test_nothing_but_later_said_at_the_permission_question(text: str, locale: str, later: bool) -> None:
    assert says_later(text, locale) is later


AT_THE_ARRIVAL = OpenQuestion(listen="slot", slot_type="time", clock=True)
AT_THE_ARRIVAL_READ_BACK = OpenQuestion(listen="confirm", slot_type="time", clock=True)


@pytest.mark.parametrize(("text", "locale"), [
    ("Al rato.", "es-MX"),
    ("En un rato.", "es-MX"),
    ("Más tarde.", "es-MX"),
    ("Pues más al ratito.", "es-MX"),
    ("Later.", "en-US"),
    ("Later on.", "en-US"),
    ("Okay, later.", "en-US"),
])
def test_later_alone_at_the_arrival_question_is_when_he_arrives(text: str, locale: str) -> None:
    # "¿A qué hora calcula llegar?" - "al rato": he arrives in a while (its hour still to be asked), no callback
    for question in (AT_THE_ARRIVAL, AT_THE_ARRIVAL_READ_BACK):
        match = detect_intent(text, locale, question=question)
        assert match is None or match.name != "reschedule", (text, question)


@pytest.mark.parametrize(("text", "locale"), [
    ("Gracias, luego.", "es-MX"),
    ("Ahorita no, más tarde.", "es-MX"),
    ("Luego hablamos.", "es-MX"),
    ("Mejor otro día.", "es-MX"),
    ("Some other time.", "en-US"),
    ("Thanks, later.", "en-US"),
    ("Later, man.", "en-US"),
    ("Not now, later.", "en-US"),
])
def test_later_with_thanks_or_not_now_at_the_arrival_question_still_asks_for_the_call_later(text: str,
                                                                                           locale: str) -> None:
    match = detect_intent(text, locale, question=AT_THE_ARRIVAL)
    assert match is not None and match.name == "reschedule"
