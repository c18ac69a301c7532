"""The caller who will call back once he has done something first ("voy a hablar con mi despachador y te marco",
"let me talk to my dispatcher and I'll call you back") asks his own callback: no person asked of the agent, and no
turn not understood. How long the call takes, asked as a yes/no question ("¿va a tardar mucho?", "¿es rápido?",
"how long?", "is it quick?"), is a question answered (`asked_about` is "how_long"), not a complaint. A repeat is
asked for only of what the agent said ("I missed the last part"), never of the road ("I missed the exit"). A
minute said with its article is a one-minute delay ("me marcas en un minuto")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import asked_about, detect_intent
from daisy_engine.understanding.intents import OpenQuestion

AT_THE_GREETING = OpenQuestion(listen="yes_no")


def heard(text: str, locale: str, question: OpenQuestion | None = None) -> str | None:
    match = detect_intent(text, locale, question=question)
    return match.name if match else None


@pytest.mark.parametrize(("text", "locale"), [
    ("voy a hablar con mi despachador y te marco", "es-MX"),
    ("déjame hablar con mi jefe y te marco", "es-MX"),
    ("voy a checar con el de patio y ahorita te llamo", "es-MX"),
    ("hablo con el de tráfico y luego te regreso la llamada", "es-MX"),
    ("let me talk to my dispatcher and I'll call you back", "en-US"),
    ("let me ask my boss and then I'll call you right back", "en-US"),
])
def test_an_errand_then_the_callers_own_call_is_a_callback(text: str, locale: str) -> None:
    assert heard(text, locale) == "reschedule"


@pytest.mark.parametrize(("text", "locale", "intent"), [
    ("pásame con tu supervisor", "es-MX", "human"),
    ("let me talk to a supervisor", "en-US", "human"),
    ("cualquier cosa me marcas y te marco", "es-MX", None),
    # the present tense: who is calling and from where, no callback
    ("soy Juan Pérez y te hablo desde Monterrey", "es-MX", None),
    ("me llamo Juan y le hablo por lo del registro", "es-MX", None),
])
def test_a_person_asked_for_contact_on_need_or_the_present_tense_is_no_errand(text: str, locale: str,
                                                                            intent: str | None) -> None:
    assert heard(text, locale) == intent


@pytest.mark.parametrize(("text", "locale"), [
    ("¿va a tardar mucho?", "es-MX"),
    ("¿es rápido?", "es-MX"),
    ("¿se tarda mucho?", "es-MX"),
    ("oiga, ¿esto es rápido o no?", "es-MX"),
    ("how long?", "en-US"),
    ("is it quick?", "en-US"),
    ("is this gonna take long?", "en-US"),
    ("how long will this take?", "en-US"),
])
def test_how_long_asked_at_the_greeting_is_a_question_answered(text: str, locale: str) -> None:
    assert heard(text, locale, AT_THE_GREETING) == "off_topic"
    assert asked_about(text, locale) == "how_long"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿ya va a tardar mucho?", "es-MX"),
    ("ya se tardó mucho", "es-MX"),
])
def test_impatience_is_still_a_complaint(text: str, locale: str) -> None:
    assert heard(text, locale, AT_THE_GREETING) == "complaint"


@pytest.mark.parametrize(("text", "locale"), [("¿es?", "es-MX"), ("es la 452", "es-MX"), ("is it?", "en-US")])
def test_a_bare_question_asks_nothing_of_how_long(text: str, locale: str) -> None:
    assert asked_about(text, locale) is None


@pytest.mark.parametrize("text", ["I missed the exit", "I missed the turn, gonna be late", "I missed my load"])
def test_something_missed_on_the_road_is_no_repeat_request(text: str) -> None:
    assert heard(text, "en-US") != "repeat"


@pytest.mark.parametrize(("text", "locale"), [
    ("sorry, I missed the last part", "en-US"),
    ("I missed the question", "en-US"),
    ("I missed what you said", "en-US"),
    ("no oí la última parte", "es-MX"),
    ("no oí lo que me dijiste", "es-MX"),
])
def test_a_part_of_what_the_agent_said_missed_asks_it_again(text: str, locale: str) -> None:
    assert heard(text, locale) == "repeat"


@pytest.mark.parametrize(("text", "locale", "minutes"), [
    ("Te cuelgo y me marcas en un minuto", "es-MX", 1),
    ("márcame en un minutito", "es-MX", 1),
    ("márcame en diez minutos", "es-MX", 10),
    ("I'll hang up and you call me back in a minute", "en-US", 1),
    ("call me back in twenty minutes", "en-US", 20),
])
def test_a_callback_keeps_its_minutes(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(("text", "locale"), [
    ("no tengo ni un minuto, llámame más tarde", "es-MX"),
    ("ahorita no tengo un minuto libre, márcame luego", "es-MX"),
    ("un segundo, ahorita no puedo, llámame después", "es-MX"),
    ("I don't have a minute right now, call me later", "en-US"),
    ("not a second to spare, call me back later", "en-US"),
])
def test_a_minute_not_had_is_no_one_minute_callback(text: str, locale: str) -> None:
    """"No tengo ni un minuto", "give me a second": no delay named - never a callback a minute later."""
    match = detect_intent(text, locale)
    assert match is None or match.minutes != 1
