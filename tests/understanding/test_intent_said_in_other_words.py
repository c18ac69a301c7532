"""Built-in intents said in words the phrase lists do not hold: a repeat asked for because the line was
bad or in other words, a callback asked for by saying when the caller will be free, a person asked
for by department or with another verb, off the calling list, complaints about waiting and about being
asked or called again, and questions about the agent's day and company. Each class comes with the turns
that only look like it and must stay what they are (a value, a yes, news, money)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Cómo, cómo? No se escuchó nada.", "es-MX"),
        ("Perdón, no te oí, venía pasando un camión.", "es-MX"),
        ("Se cortó tantito, ¿qué me decías?", "es-MX"),
        ("¿Me lo puedes volver a decir, porfa?", "es-MX"),
        ("Dígamelo otra vez, que no alcancé a escuchar.", "es-MX"),
        ("¿Me lo dices de nuevo?", "es-MX"),
        ("Sorry, tell me that again.", "en-US"),
        ("Could you run that by me again?", "en-US"),
        ("I couldn't hear you, there's a truck idling next to me.", "en-US"),
        ("¿Qué? Se oye bien feo.", "es-MX"),  # a bad line said rather than asked
        ("Perdón, se cayó la señal.", "es-MX"),
        ("Hay muchísimo ruido aquí en el patio.", "es-MX"),
        ("Bad connection, you there?", "en-US"),
        ("You're cutting out.", "en-US"),
    ],
)
def test_a_repeat_asked_for_because_of_the_line_or_in_other_words(text: str, locale: str) -> None:
    assert name_of(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Te repito: jota, ka, eme.", "es-MX"),  # the caller says it again: an answer
        ("Te lo vuelvo a decir, es el cuarenta y dos.", "es-MX"),
        ("No sé, no.", "es-MX"),
        ("No se oye nada raro, todo bien con la unidad.", "es-MX"),
        ("Oye, se oye que vienes en carretera.", "es-MX"),
    ],
)
def test_the_caller_saying_something_again_is_not_a_repeat_request(text: str, locale: str) -> None:
    assert name_of(text, locale) != "repeat"


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Saliendo de la junta ya te atiendo, como en una hora.", "es-MX", 60),
        ("Al rato que me desocupe te atiendo, ahorita estoy en la rampa.", "es-MX", None),
        ("En la tarde ya ando desocupado.", "es-MX", None),
        ("Ahorita no, el lunes sí le atiendo con calma.", "es-MX", None),
        ("Mejor mañana temprano, ahorita voy entrando a la frontera.", "es-MX", None),
        ("En dos horas me marcas.", "es-MX", 120),
        ("Como en media hora me hablas, ¿sí?", "es-MX", 30),
        ("Estoy en la fila, ¿me marcas al ratito?", "es-MX", None),
        ("Hablamos mañana entonces, ahorita ando cargando diésel.", "es-MX", None),
        ("I'll be available after lunch.", "en-US", None),
        ("Try me then, I should be free in an hour.", "en-US", 60),
        ("Better tonight, right now I'm backing into a door.", "en-US", None),
        ("I can talk tomorrow morning.", "en-US", None),
        ("Ando cargando, dame media hora.", "es-MX", 30),
        ("Deme chance de una hora y ya.", "es-MX", 60),
        ("I'm fueling, give me twenty minutes.", "en-US", 20),
    ],
)
def test_a_callback_asked_for_by_saying_when_the_caller_is_free(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana a primera hora.", "es-MX"),  # an arrival time
        ("Después de comer, como a las tres.", "es-MX"),
        ("Llego a las cinco y ya te atiendo en el andén.", "es-MX"),
        ("Ahorita te atiendo, dime.", "es-MX"),  # now, not later
        ("En hora y cuarto llego.", "es-MX"),
        ("En la oficina me llaman Chuy.", "es-MX"),  # a nickname
        ("Ya hablamos el lunes de eso.", "es-MX"),  # news
        ("I'll be there after six.", "en-US"),  # an arrival
        ("Give me an hour and I'll be there.", "en-US"),
        ("Give me a minute.", "en-US"),  # a hold
        ("Dame un minuto, ahorita te digo.", "es-MX"),
        ("Around three in the afternoon.", "en-US"),
    ],
)
def test_times_arrivals_and_nicknames_are_not_callbacks(text: str, locale: str) -> None:
    assert name_of(text, locale) != "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me pasas con la ingeniera de tráfico?", "es-MX"),
        ("Conécteme con el de monitoreo, por favor.", "es-MX"),
        ("¿Me puede enlazar con mi coordinador?", "es-MX"),
        ("Ponme con la oficina, no quiero dar datos a una máquina.", "es-MX"),
        ("Transfiéreme con el jefe de patio.", "es-MX"),
        ("Transfiérame, por favor.", "es-MX"),
        ("Can you transfer me?", "en-US"),
        ("Transfer me over to my fleet manager.", "en-US"),
        ("Get a supervisor on the phone.", "en-US"),
    ],
)
def test_a_person_asked_for_by_department_or_with_another_verb(text: str, locale: str) -> None:
    assert name_of(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Transfiéreme los viáticos en la tarde.", "es-MX"),
        ("¿Me puedes transferir el pago de la semana?", "es-MX"),
        ("Transfiéreme a mi cuenta de nómina.", "es-MX"),
        ("Transfer me the fuel advance, please.", "en-US"),
        ("I spoke to the dispatcher already.", "en-US"),
        ("I talked to someone at the office yesterday.", "en-US"),
        ("Ya me comuniqué con tráfico hace rato.", "es-MX"),
    ],
)
def test_money_and_news_about_people_are_not_a_person_asked_for(text: str, locale: str) -> None:
    assert name_of(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Bórrenme de su sistema, ya no trabajo de chofer.", "es-MX"),
        ("Quítenme de sus registros.", "es-MX"),
        ("Denme de baja, por favor.", "es-MX"),
        ("No me sigan llamando a este celular.", "es-MX"),
        ("Dejen de marcarme a este número.", "es-MX"),
        ("Take me off your calling list.", "en-US"),
        ("Remove my number from your database.", "en-US"),
        ("Stop calling this number.", "en-US"),
    ],
)
def test_off_the_calling_list_ends_the_call(text: str, locale: str) -> None:
    assert name_of(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("No me marques a este número, mejor al de la oficina.", "es-MX"),
        ("Don't call this number, call my other cell instead.", "en-US"),
    ],
)
def test_another_number_asked_for_is_not_off_the_list(text: str, locale: str) -> None:
    assert name_of(text, locale) != "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya me habían marcado ayer para pedirme lo mismo.", "es-MX"),
        ("Ya me marcaron tres veces hoy.", "es-MX"),
        ("Siempre me preguntan las mismas preguntas.", "es-MX"),
        ("Otra vez con lo mismo, ¿no?", "es-MX"),
        ("Llevo cuatro horas esperando que me carguen.", "es-MX"),
        ("Nos tienen esperando aquí en la báscula.", "es-MX"),
        ("Estoy esperando en la garita desde ayer en la noche.", "es-MX"),
        ("We've been waiting at the gate since five this morning.", "en-US"),
        ("They've had me sitting here all day.", "en-US"),
        ("You keep asking me for my name.", "en-US"),
        ("Siempre es lo mismo con ustedes.", "es-MX"),
        ("I'm sick of waiting on you guys.", "en-US"),
        ("Y'all already called me about this.", "en-US"),
    ],
)
def test_complaints_about_waiting_and_about_being_asked_again(text: str, locale: str) -> None:
    assert name_of(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Dame chance y me vuelves a llamar en diez.", "es-MX"),  # a callback, not a complaint
        ("Espérame tantito, estoy esperando la tarjeta.", "es-MX"),
        ("Llego a las seis, ahorita estoy esperando turno.", "es-MX"),
        ("I'm waiting on my paperwork, arrival is around four.", "en-US"),
    ],
)
def test_waiting_for_something_and_callbacks_are_not_complaints(text: str, locale: str) -> None:
    assert name_of(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Y usted ya desayunó?", "es-MX"),
        ("Oye, ¿ya cenaste?", "es-MX"),
        ("¿De qué empresa me hablas?", "es-MX"),
        ("¿Trabajas para la misma empresa que me llamó el lunes?", "es-MX"),
        ("¿Para quién trabajas tú?", "es-MX"),
        ("Did you have lunch yet?", "en-US"),
        ("What company are you calling from?", "en-US"),
        ("Who do you work for?", "en-US"),
    ],
)
def test_questions_about_the_agent_herself_are_off_topic(text: str, locale: str) -> None:
    assert name_of(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya comí, gracias.", "es-MX"),
        ("Soy de Transportes del Norte.", "es-MX"),
        ("I work for Swift.", "en-US"),
    ],
)
def test_the_caller_talking_about_himself_is_not_a_question_about_the_agent(text: str, locale: str) -> None:
    assert name_of(text, locale) != "off_topic"
