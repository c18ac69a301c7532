"""Complaints that nobody pays the caller any mind ("nadie nos pela", "nobody's come out to check"), that
a cost was never paid back ("nunca me los repusieron"), or that the hour is late and the wait goes on;
small talk about where the agent is from, how she speaks and the traffic; a repeat asked for because
the signal was lost or a part was not heard. Each with the statements that hold the same words and
stay what they are."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Aquí estamos en el patio y nadie nos pela.", "es-MX"),
        ("Toco y toco la ventanilla y ni me pelan.", "es-MX"),
        ("Nadie viene a abrirme la caja, ya me cansé.", "es-MX"),
        ("Ya son las dos y seguimos parados en la caseta.", "es-MX"),
        ("Ya dieron las doce y nada que me descargan.", "es-MX"),
        ("Los viáticos de la semana pasada nunca me los repusieron.", "es-MX"),
        ("Lo de las casetas no me lo han reembolsado.", "es-MX"),
        ("Nunca me regresaron el dinero de las maniobras.", "es-MX"),
        ("Been here since dawn and nobody's come out to check on me.", "en-US"),
        ("No one has told us anything about the reload.", "en-US"),
        ("Everybody here just ignores me.", "en-US"),
        ("They never refunded the lumper fee.", "en-US"),
        ("It's already two and we're still sitting at the dock.", "en-US"),
        ("Me traen de aquí para allá con los papeles.", "es-MX"),
        ("Sigo esperando el depósito de los viáticos.", "es-MX"),
        ("I'm still waiting on my layover pay from March.", "en-US"),
        # given before
        ("Ya se las había pasado a tu compañera, ¿no?", "es-MX"),
        ("Ya te lo dije hace rato, es el mismo.", "es-MX"),
        ("I already gave you those last time.", "en-US"),
    ],
)
def test_nobody_attending_unpaid_costs_and_a_late_wait_are_complaints(text: str, locale: str) -> None:
    assert name_of(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Son las once y sigo en Saltillo, llego como a las tres.", "es-MX"),  # where the caller is
        ("Ya son las once y todavía me faltan dos horas de camino.", "es-MX"),
        ("Sigo esperando el montacargas, ya casi.", "es-MX"),  # a wait, no money owed
        ("I'm still waiting on the forklift.", "en-US"),
        ("I gave you the plates, it's ABC 123.", "en-US"),  # a value, said again
        ("I already sent it, check your inbox.", "en-US"),
        ("La caja nadie la usa, está vacía.", "es-MX"),
        ("No me lo regresaron, el sello lo tengo yo.", "es-MX"),  # no money
        ("No one's at the gate yet, but I'm here.", "en-US"),
        ("It's ten and I'm still about an hour out.", "en-US"),
    ],
)
def test_the_hour_where_the_caller_is_and_things_not_returned_are_no_complaint(text: str, locale: str) -> None:
    assert name_of(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Y usted es de Guadalajara?", "es-MX"),
        ("Oye, ¿eres de Saltillo o qué?", "es-MX"),
        ("¿De qué parte eres? Tienes un acento bien chistoso.", "es-MX"),
        ("Qué bonito hablas, ¿eh?", "es-MX"),
        ("Hablas muy formal, como de banco.", "es-MX"),
        ("Uf, el tráfico en la Venustiano Carranza está de locos.", "es-MX"),
        ("Está bien pesado el tráfico hoy en Laredo.", "es-MX"),
        ("Are you from Houston or somewhere else?", "en-US"),
        ("You sound pretty young, you know that?", "en-US"),
        ("Traffic on I-35 has been a nightmare all morning.", "en-US"),
        ("This traffic though, unbelievable.", "en-US"),
        ("Hay un tráfico horrible en la Constitución.", "es-MX"),
        ("¿Qué tráfico hay por allá?", "es-MX"),
        ("¡Qué tráfico, señorita!", "es-MX"),
        ("You sound like you're from up north.", "en-US"),
    ],
)
def test_where_the_agent_is_from_how_she_speaks_and_the_traffic_are_off_topic(text: str, locale: str) -> None:
    assert name_of(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El tráfico está pesado, llego como a las seis.", "es-MX"),  # an answer with its reason
        ("Me hablas en una hora, ando en el tráfico.", "es-MX"),
        ("No eres de mucha ayuda, la verdad.", "es-MX"),
        ("Traffic is brutal, I'll be there around seven.", "en-US"),
        ("Ni idea, está bien cargado el tráfico.", "es-MX"),  # not knowing answers; the traffic is why
        ("No idea, traffic's a nightmare.", "en-US"),
        ("The traffic light at the gate is out.", "en-US"),
        ("Are you from dispatch?", "en-US"),
        # arriving late, without the hour: an answer to the arrival question, the traffic is why
        ("Está bien pesado el tráfico, llego tarde.", "es-MX"),
        ("Qué tráfico, voy a llegar un poco retrasado.", "es-MX"),
        ("El tráfico está horrible, traigo retraso.", "es-MX"),
        ("Traffic is brutal today, I'll be running late.", "en-US"),
        ("Man, the traffic out here, I'm running behind.", "en-US"),
    ],
)
def test_answers_callbacks_and_statements_with_those_words_are_not_small_talk(text: str, locale: str) -> None:
    assert name_of(text, locale) != "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Qué? Se nos cayó la señal.", "es-MX"),
        ("Perdí la señal tantito, ¿me decías?", "es-MX"),
        ("Me quedé sin señal, perdón.", "es-MX"),
        ("El último número no lo alcancé a oír.", "es-MX"),
        ("La segunda letra no la escuché bien.", "es-MX"),
        ("Sorry, I lost signal for a second.", "en-US"),
        ("You cut out there for a bit.", "en-US"),
        ("What? My phone dropped out.", "en-US"),
        ("Pasamos por un túnel, ¿qué me decías?", "es-MX"),
        ("Te oyes bien entrecortada.", "es-MX"),
        ("Drove through a dead zone, what'd you say?", "en-US"),
    ],
)
def test_a_lost_signal_or_a_part_not_heard_asks_for_a_repeat(text: str, locale: str) -> None:
    assert name_of(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ayer se me fue la señal y por eso no contesté.", "es-MX"),  # another day's bad line
        ("I lost signal yesterday, that's why I missed your call.", "en-US"),
    ],
)
def test_a_bad_line_of_another_day_is_no_repeat(text: str, locale: str) -> None:
    assert name_of(text, locale) != "repeat"


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Sí, ya te lo había dicho.", "es-MX", None),  # a yes, reminding: for the read-back to take
        ("Sí, como te dije.", "es-MX", None),
        ("Yeah, I already told you that.", "en-US", None),
        ("Ya te lo había dicho, ¿por qué me lo vuelves a preguntar?", "es-MX", "complaint"),
        ("No, ya te lo dije, es el cuatrocientos cincuenta.", "es-MX", "complaint"),
        ("I already told you, why do you keep asking?", "en-US", "complaint"),
    ],
)
def test_a_yes_that_reminds_it_was_said_is_no_complaint(text: str, locale: str, name: str | None) -> None:
    assert name_of(text, locale) == name
