"""A caller who only names what he is doing ("¿Bueno? Voy manejando, eh.", "I'm at the dock") implies he is
busy without asking for a callback: the built-in hint `busy`. Where a flow does not handle it, the same turn
is a `reschedule`, as before. A can't-talk, a callback asked for, a later moment or a "but" beside the
activity keep it a `reschedule`; an answer, a yes or urging beside it keep it no intent at all."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import HINTS, INTENTS, detect_intent

WITHOUT_HINTS = [name for name in INTENTS if name not in HINTS]


def heard(text: str, locale: str, enabled: list[str] | None = None) -> str | None:
    match = detect_intent(text, locale, enabled=enabled)
    return match.name if match else None


BARE_ACTIVITIES = [
    ("¿Bueno? Ando manejando, oiga.", "es-MX"),
    ("Vengo manejando.", "es-MX"),
    ("Ahorita voy manejando.", "es-MX"),  # "ahorita voy" goes on: busy, not stepping away
    ("Aquí voy conduciendo, ¿eh?", "es-MX"),
    ("Estoy comiendo.", "es-MX"),
    ("Ando en carretera ahorita.", "es-MX"),
    ("Orita estoy descargando.", "es-MX"),
    ("Estamos cargando, joven.", "es-MX"),
    ("Voy al volante.", "es-MX"),
    ("Ando maniobrando.", "es-MX"),
    ("Orita voy en la caseta.", "es-MX"),  # a stop on the road that holds him up
    ("Estoy en la báscula.", "es-MX"),
    ("I'm at the weigh station.", "en-US"),
    ("I'm going through customs right now.", "en-US"),
    ("Hello? I'm driving.", "en-US"),
    ("I'm on the highway right now.", "en-US"),
    ("We're unloading.", "en-US"),
    ("I'm eating lunch.", "en-US"),
    ("Driving right now.", "en-US"),
    ("I'm at the dock, ma'am.", "en-US"),
    ("I'm behind the wheel.", "en-US"),
]


@pytest.mark.parametrize(("text", "locale"), BARE_ACTIVITIES)
def test_a_bare_activity_is_the_busy_hint(text: str, locale: str) -> None:
    assert heard(text, locale) == "busy"


@pytest.mark.parametrize(("text", "locale"), BARE_ACTIVITIES)
def test_where_the_hint_is_not_handled_it_is_a_callback(text: str, locale: str) -> None:
    assert heard(text, locale, WITHOUT_HINTS) == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    # can't talk, said outright beside the activity
    ("Voy manejando, no puedo hablar.", "es-MX"),
    ("Ahorita no, vengo manejando.", "es-MX"),
    ("Estoy comiendo, no te puedo atender.", "es-MX"),
    ("I'm driving, can't talk.", "en-US"),
    ("Not now, I'm unloading.", "en-US"),
    # a callback asked for, or a later moment
    ("Ahorita estoy manejando, márcame al rato.", "es-MX"),
    ("Voy en carretera, háblame en una hora.", "es-MX"),
    ("Ando descargando, luego me hablas.", "es-MX"),
    ("Vengo manejando, en veinte minutos.", "es-MX"),
    ("I'm driving, call me in an hour.", "en-US"),
    ("I'm at the dock, try me later.", "en-US"),
    # sorry, the caller's own call back, or a can't-talk in other words beside the activity
    ("I'm driving right now, sorry.", "en-US"),
    ("Sorry, I'm on the highway.", "en-US"),
    ("I'm driving, I'll call you back.", "en-US"),
    ("I'm driving, I can barely hear you.", "en-US"),
    ("I'm loading, it's hard to talk.", "en-US"),
    ("Voy manejando, perdón.", "es-MX"),
    ("Disculpe, ando en carretera.", "es-MX"),
    ("Ahorita voy manejando, al ratito.", "es-MX"),
    ("Voy manejando, orita te hablo.", "es-MX"),
    ("Ando descargando, yo le marco.", "es-MX"),
    ("Voy manejando, está difícil hablar.", "es-MX"),
    ("Ando manejando y es peligroso.", "es-MX"),
    # a "but": a polite not now
    ("Sí, pero voy manejando.", "es-MX"),
    ("Yes, but I'm driving.", "en-US"),
    # busy said outright, not only implied
    ("Estoy ocupado.", "es-MX"),
    ("Ando en junta.", "es-MX"),
    ("I'm busy right now.", "en-US"),
    ("I'm in a meeting.", "en-US"),
])
def test_busy_with_a_cant_talk_or_a_callback_stays_a_callback(text: str, locale: str) -> None:
    assert heard(text, locale) == "reschedule"
    assert heard(text, locale, WITHOUT_HINTS) == "reschedule"


@pytest.mark.parametrize(("text", "locale"), [
    # an answer beside the activity
    ("Setenta, voy manejando.", "es-MX"),
    ("Four twelve, I'm driving.", "en-US"),
    # a yes or urging: he goes on with the call
    ("Sí, ándale que voy manejando.", "es-MX"),
    ("Estoy comiendo, pero dígame.", "es-MX"),
    ("Yeah, I'm on the road, go ahead.", "en-US"),
    # on the way is where he is, no activity that keeps him busy
    ("Voy en camino.", "es-MX"),
    # an activity placed at a time to come
    ("En una hora estoy descargando.", "es-MX"),
    ("Tomorrow at six I'm loading.", "en-US"),
])
def test_busy_with_an_answer_or_urging_is_no_intent(text: str, locale: str) -> None:
    assert heard(text, locale) is None
    assert heard(text, locale, WITHOUT_HINTS) is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Mejor luego.", "es-MX"),
    ("Sí, mejor al rato.", "es-MX"),
    ("Sí, llámame luego.", "es-MX"),
    ("Maybe later.", "en-US"),
    ("Yeah, later would be better.", "en-US"),
])
def test_later_instead_of_now_is_a_callback(text: str, locale: str) -> None:
    assert heard(text, locale) == "reschedule"


@pytest.mark.parametrize("text", [
    "Mejor luego te digo.",
    "Mejor al rato te lo paso.",
    "Mejor después le paso el correo.",
    "Más tarde mejor se lo confirmo.",
])
def test_a_value_promised_for_later_is_no_callback(text: str) -> None:
    assert heard(text, "es-MX") is None


@pytest.mark.parametrize("text", [
    "Voy manejando, luego te paso los datos.",  # busy: the call later
    "Mejor luego le marco yo.",
    "Ahorita no puedo, luego te digo.",
])
def test_a_value_later_beside_a_callback_stays_a_callback(text: str) -> None:
    assert heard(text, "es-MX") == "reschedule"


def test_a_flow_that_handles_neither_hears_nothing() -> None:
    assert heard("Voy manejando.", "es-MX", ["repeat", "complaint"]) is None
