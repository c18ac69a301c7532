"""A person asked for by who should attend the caller, or named first and then asked for by a pronoun;
an order to stop calling and farewells of the road; complaints about being asked again, waiting,
mistreatment, unpaid money, the call's length and the number of calls. Each with the turns that only
look like it: money moved to a card, news about someone, a person described, exasperation without a
request to stop."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Necesito que me atienda alguien de nóminas.", "es-MX"),
        ("Prefiero que me conteste una persona, la verdad.", "es-MX"),
        ("Mejor que me llame el coordinador, tú no me entiendes.", "es-MX"),
        ("¿Anda por ahí el ingeniero de monitoreo? Con él necesito hablar.", "es-MX"),
        ("Está la encargada de logística, ¿verdad? Pásame con ella.", "es-MX"),
        ("Have someone from dispatch call me, please.", "en-US"),
        ("I want a real person to help me with this.", "en-US"),
        ("Is my fleet manager around? I need to talk to him.", "en-US"),
    ],
)
def test_a_person_asked_to_attend_the_caller_is_a_request_for_a_human(text: str, locale: str) -> None:
    assert name_of(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me pasas el anticipo a mi cuenta de siempre?", "es-MX"),  # money, not a person
        ("¿Puedes depositar lo de las casetas en mi tarjeta?", "es-MX"),
        ("Could you send the advance to my debit card?", "en-US"),
        ("Ya hablé con ella, la de nóminas, y me dijo que el viernes.", "es-MX"),  # news
        ("La persona que me atiende en el patio se llama Lupita.", "es-MX"),  # a person described
        ("I talked to him yesterday, the dispatcher.", "en-US"),
    ],
)
def test_money_news_and_descriptions_are_not_a_request_for_a_human(text: str, locale: str) -> None:
    assert name_of(text, locale) not in ("human", "off_topic")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya dejen de llamarme, por favor.", "es-MX"),
        ("Oiga, deje de marcar a cada rato.", "es-MX"),
        ("Bueno, cuídese mucho.", "es-MX"),
        ("Órale, que te vaya bien.", "es-MX"),
        ("Va, ahí nos vidrios.", "es-MX"),
        ("All right, take care now.", "en-US"),
        ("Okay, have a good one.", "en-US"),
        ("Catch you later, man.", "en-US"),
    ],
)
def test_an_order_to_stop_calling_or_a_farewell_ends_the_call(text: str, locale: str) -> None:
    assert name_of(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # asked again, counted
        ("Ya son cuatro veces que me pides el correo.", "es-MX"),
        ("Siempre me preguntan lo mismo, qué flojera.", "es-MX"),
        ("That's the fourth time you've asked me that.", "en-US"),
        # waiting, in other words
        ("Tenemos toda la mañana parados en la garita.", "es-MX"),
        ("Llevo como seis horas atorado en el andén sin descargar.", "es-MX"),
        ("I've been stuck in line at the receiver for five hours.", "en-US"),
        # nobody tells
        ("Nadie nos avisa nada de los cambios de ruta.", "es-MX"),
        ("No one ever tells us when the load gets cancelled.", "en-US"),
        # mistreatment, a report
        ("El guardia de la entrada me trató bien gacho.", "es-MX"),
        ("Me gritaron en la caseta de la planta.", "es-MX"),
        ("The guy at the gate was super rude to me.", "en-US"),
        ("I want to file a complaint about the lumper.", "en-US"),
        # unpaid money
        ("Todavía no me depositan los viáticos de la semana pasada.", "es-MX"),
        ("I never got my detention pay for Tuesday.", "en-US"),
        ("We still haven't been paid for the last run.", "en-US"),
        # the call's length, the number of calls
        ("Llevo más tiempo contigo que en la báscula.", "es-MX"),
        ("Esta llamada ya va bien larga.", "es-MX"),
        ("Es la tercera vez que me marcan hoy.", "es-MX"),
        ("This call is taking way too long.", "en-US"),
        ("That's like the fifth call this week.", "en-US"),
    ],
)
def test_a_grievance_said_in_other_words_is_a_complaint(text: str, locale: str) -> None:
    assert name_of(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llevo dos cajas, voy en full.", "es-MX"),
        ("Ya me pagaron lo de la estadía, gracias.", "es-MX"),
        ("I got paid on Friday, all good.", "en-US"),
        ("Estoy formado para entrar a la báscula, ¿qué necesitas?", "es-MX"),
        ("Es la tercera caja de la izquierda.", "es-MX"),
        ("The second trailer is the reefer.", "en-US"),
        ("Todavía no me dan la carta porte, ahorita la pido.", "es-MX"),  # a paper, not money
    ],
)
def test_statements_that_only_look_like_a_grievance_are_not_complaints(text: str, locale: str) -> None:
    assert name_of(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # "un cristiano" is Mexican for any person
        ("¿No hay un cristiano que me atienda?", "es-MX"),
        ("Oiga, ¿me podría atender una persona de verdad?", "es-MX"),
        ("Pásame con un cristiano, ándale.", "es-MX"),
        # the person fetched, or wanted against the machine
        ("Búscame al encargado de tráfico, por favor.", "es-MX"),
        ("Quiero un humano, no una grabación.", "es-MX"),
        ("Necesito una asesora de verdad.", "es-MX"),
        ("Con un robot no resuelvo nada, pásame a alguien.", "es-MX"),
        ("Con una contestadora no hablo.", "es-MX"),
    ],
)
def test_a_person_asked_for_in_mexican_words_or_against_a_machine_is_human(text: str, locale: str) -> None:
    assert name_of(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me llamo Cristiano Valdez Ortega.", "es-MX"),  # a given name
        ("Necesito un agente aduanal para cruzar mañana.", "es-MX"),  # the customs broker
        ("Necesito una persona que me ayude a descargar.", "es-MX"),
        ("Con la máquina así no llego hasta mañana.", "es-MX"),  # the tractor
        ("¿Me puede ayudar el de patio a descargar?", "es-MX"),
        ("Búscame a las cinco, ya que esté libre.", "es-MX"),  # a time, no person
        ("¿Me puede ayudar alguien con la caja cuando llegue? Llego a las cinco.", "es-MX"),  # a hand on arrival
    ],
)
def test_trap_a_name_a_broker_help_with_the_load_or_the_truck_asks_for_no_person(text: str, locale: str) -> None:
    assert name_of(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ni me interesa, ya le corto.", "es-MX"),
        ("Bueno, aquí te corto, gracias.", "es-MX"),
        ("Okay, I think we're all finished here.", "en-US"),
        ("Cool, catch ya later.", "en-US"),
        ("Alright, catch ya on the flip side.", "en-US"),
    ],
)
def test_the_call_cut_or_said_over_ends_it(text: str, locale: str) -> None:
    assert name_of(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ahorita le corto la lona y ya salgo.", "es-MX"),  # a thing cut
        ("We're finished loading at five thirty.", "en-US"),  # the load is done
        ("We're finished?", "en-US"),  # asked, not said
        ("Take it easy, I'll be there at five.", "en-US"),  # "no worries", then the arrival
    ],
)
def test_trap_cutting_a_thing_or_a_finished_load_ends_nothing(text: str, locale: str) -> None:
    assert name_of(text, locale) != "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # pay awaited for weeks or months
        ("Ya tengo tres semanas esperando lo de las maniobras.", "es-MX"),
        ("Llevamos un mes esperando la liquidación.", "es-MX"),
        ("We've been waiting three weeks on our settlement.", "en-US"),
        # kept waiting a span, told nothing
        ("Nos tuvieron cuatro horas en la rampa esperando.", "es-MX"),
        ("Me movieron la cita sin avisarme nada.", "es-MX"),
        ("They switched my load without telling me.", "en-US"),
        # charged what is not owed
        ("Me descontaron una penalización que no era mía.", "es-MX"),
        ("Me multaron sin razón en la caseta.", "es-MX"),
        ("Me cobraron el diésel de más.", "es-MX"),
        ("Me pusieron un cargo de más en la liquidación.", "es-MX"),
        ("Estoy cansado de tanto esperar.", "es-MX"),
        ("They docked me for a citation that wasn't mine.", "en-US"),
        ("Dispatch fined me for no reason.", "en-US"),
        # fed up, the worst always given
        ("Ya estoy hasta la madre de lo mismo.", "es-MX"),
        ("Siempre nos dan las peores rutas.", "es-MX"),
        ("Eso no se vale, la verdad.", "es-MX"),
        ("Honestly I'm sick and tired of this.", "en-US"),
        ("They always stick me with the worst loads.", "en-US"),
        # the yard staff, rude in everyday words
        ("The yard jockey was real rude to me.", "en-US"),
        ("That lumper was kinda nasty to us.", "en-US"),
    ],
)
def test_grievances_of_pay_waiting_fines_and_staff_in_more_words_are_complaints(text: str, locale: str) -> None:
    assert name_of(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ando cansado de manejar toda la noche.", "es-MX"),  # tired of the work
        ("I'm tired of driving, I'll stop in Amarillo.", "en-US"),
        ("Me pusieron una multa en la báscula de Querétaro.", "es-MX"),  # a fine told, no unfairness
        ("I got a ticket at the scale this morning.", "en-US"),
        ("Me tienen que estar esperando en la caseta.", "es-MX"),  # an appointment
        ("Ando bien cansado de tanto manejar, llego a las cinco.", "es-MX"),  # tired of the work
        ("Ya estoy cansado de esta carretera, llego a las seis.", "es-MX"),  # tired of the road
        ("Hoy cargo de más, llego a las seis.", "es-MX"),  # "I load extra", no charge
        ("I'm so tired of this traffic, be there at five.", "en-US"),
    ],
)
def test_trap_tiredness_a_fine_told_or_an_appointment_is_no_complaint(text: str, locale: str) -> None:
    assert name_of(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("No quiero máquinas, pásame a alguien.", "es-MX", "human"),
        ("I don't wanna deal with a computer.", "en-US", "human"),
        ("Bueno, ahí le dejamos.", "es-MX", "end_call"),
        ("Alright man, take it easy.", "en-US", "end_call"),
        ("I'm done with this call.", "en-US", "end_call"),
        ("Nos hacen esperar horas y horas en la garita.", "es-MX", "complaint"),
        ("They made us sit at the shipper for hours.", "en-US", "complaint"),
        ("El de la caseta se puso bien prepotente.", "es-MX", "complaint"),
        ("Qué poca madre, otra vez lo mismo.", "es-MX", "complaint"),
        ("Your company is a joke.", "en-US", "complaint"),
    ],
)
def test_a_machine_refused_a_goodbye_a_wait_made_and_rudeness_in_everyday_words(
    text: str, locale: str, expected: str
) -> None:
    assert name_of(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ahí le dejamos la caja en el patio.", "es-MX"),  # the trailer left there
        ("Take it easy on the brakes going down.", "en-US"),
        ("La caja es bien pesada, traigo veinte toneladas.", "es-MX"),
        ("Está poca madre la ruta nueva.", "es-MX"),  # "poca madre" alone is praise
    ],
)
def test_trap_a_thing_left_advice_weight_or_praise_is_no_goodbye_or_grievance(text: str, locale: str) -> None:
    assert name_of(text, locale) is None
