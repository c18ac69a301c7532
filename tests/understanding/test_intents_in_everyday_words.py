"""Intents said in everyday words: a question not caught ("no le caché", "¿qué me preguntó?"), a goodbye
between drivers ("I'll let you go, drive safe"), no more calls asked with an infinitive ("favor de ya no
llamarme"), mistreatment in Mexican words ("nos tratan como perros"), where the agent calls from ("¿de qué
estado me hablas?"), and a callback for when the caller is done ("call me once I'm done loading"), which is
no goodbye. Traps: "let you know", "why did you ask me", "I'm done, bye", "call me Tony" keep their meaning.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("Perdón, no le caché, ¿cómo?", "es-MX", "repeat"),
        ("No te capté bien, amigo.", "es-MX", "repeat"),
        ("¿Qué me preguntó, señorita?", "es-MX", "repeat"),
        ("Ahorita no, pero ya no llamarme a este número, por favor, se lo pido.", "es-MX", "end_call"),
        ("Les pido el favor de no volver a marcarme.", "es-MX", "end_call"),
        ("Okay, I'll let you go then. Safe travels.", "en-US", "end_call"),
        ("Drive safe, ma'am.", "en-US", "end_call"),
        ("En la caseta nos tratan como perros, eso hay que reportarlo.", "es-MX", "complaint"),
        ("El de la báscula me insultó feo.", "es-MX", "complaint"),
        ("The dock guy yelled at me for nothing.", "en-US", "complaint"),
        ("¿De qué estado me hablas, señorita?", "es-MX", "off_topic"),
        ("Which state are you calling from?", "en-US", "off_topic"),
        ("Call me once I'm done loading, maybe around four.", "en-US", "reschedule"),
        ("Give me a call back when I'm finished, like in an hour.", "en-US", "reschedule"),
    ],
)
def test_intent_in_everyday_words(text: str, locale: str, intent: str) -> None:
    assert name_of(text, locale) == intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("I'll let you know when I get there.", "en-US", None),
        ("¿Por qué me preguntaste eso?", "es-MX", "off_topic"),
        ("I'm done, bye.", "en-US", "end_call"),
        ("Call me Tony.", "en-US", None),
        ("Estoy en la ciudad de Monterrey.", "es-MX", None),
    ],
)
def test_traps_keep_their_meaning(text: str, locale: str, intent: str | None) -> None:
    assert name_of(text, locale) == intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        # once more, asked after the reason or before the noise is put down
        ("Perdóname, se me fue la señal, ¿otra vuelta?", "es-MX", "repeat"),
        ("Disculpa, pasó un tráiler, ¿otra vez?", "es-MX", "repeat"),
        ("Otra vuelta, porfa.", "es-MX", "repeat"),
        ("Ey, ¿mande? Déjame le bajo al radio.", "es-MX", "repeat"),
        ("¿Cómo dices? Cierro la ventana, espérame.", "es-MX", "repeat"),
        ("Oye, ¿qué? Es que iba rebasando.", "es-MX", "repeat"),
        ("¿Qué, qué? Híjole, ni le entendí.", "es-MX", "repeat"),
        ("Eso ni lo oí, compa.", "es-MX", "repeat"),
        ("Sorry, a truck went by, say again?", "en-US", "repeat"),
        ("Hey, what? Let me turn the radio down.", "en-US", "repeat"),
        ("Come again? The reefer drowned you out.", "en-US", "repeat"),
        ("Ask me that last one again, I was merging.", "en-US", "repeat"),
        # a person, in other words
        ("¿No hay ninguna persona de verdad que me pueda ayudar?", "es-MX", "human"),
        ("¿Qué no hay algún ser humano ahí que me atienda?", "es-MX", "human"),
        ("¿Y la de nóminas? Comunícame con ella.", "es-MX", "human"),
        ("¿Y el despachador? Pónme con él, porfa.", "es-MX", "human"),
        ("Could a real human get on the line?", "en-US", "human"),
        ("Can somebody, an actual person, pick up please?", "en-US", "human"),
        # no more calls, and goodbyes
        ("Ninguna llamada más a este número, se lo pido.", "es-MX", "end_call"),
        ("Ya no más llamadas, por favor, estoy harto de esto.", "es-MX", "end_call"),
        ("Quit calling my cell ever again.", "en-US", "end_call"),
        ("Never call this number again, okay?", "en-US", "end_call"),
        ("Okay, I think that does it for me. Take care.", "en-US", "end_call"),
        ("Alright then, take care now.", "en-US", "end_call"),
        # grievances: sent astray, charged what is not theirs, paid late, held, nobody answering
        ("Me dieron mal la dirección y perdí toda la mañana.", "es-MX", "complaint"),
        ("Nos mandaron a una bodega que ni existe.", "es-MX", "complaint"),
        ("Me van a descontar las casetas y no me corresponde.", "es-MX", "complaint"),
        ("Siempre me pagan tarde, ya estoy harto.", "es-MX", "complaint"),
        ("El pago de la quincena llegó tarde otra vez.", "es-MX", "complaint"),
        ("Once horas detenido en la planta y en despacho no contestan.", "es-MX", "complaint"),
        ("Dispatch gave me the wrong address and I lost half a day.", "en-US", "complaint"),
        ("They sent us to a location that doesn't even exist.", "en-US", "complaint"),
        ("They wanna charge me for the lumper and that's not on me.", "en-US", "complaint"),
        ("Another late settlement, third week running.", "en-US", "complaint"),
        ("Nine hours held at the receiver and my dispatcher won't answer.", "en-US", "complaint"),
        ("Me pagaron la estadía con dos semanas de retraso.", "es-MX", "complaint"),
        ("My settlement always comes in late.", "en-US", "complaint"),
        ("Payroll paid me two weeks late again.", "en-US", "complaint"),
        # the agent's own life, and towns
        ("¿Y usted duerme o qué, siendo robot?", "es-MX", "off_topic"),
        ("¿Tú te cansas?", "es-MX", "off_topic"),
        ("¿Has estado en Laredo? Bonito pueblo.", "es-MX", "off_topic"),
        ("Do you ever get tired?", "en-US", "off_topic"),
        ("Have you ever been to Amarillo? Neat little town.", "en-US", "off_topic"),
    ],
)
def test_more_intents_in_everyday_words(text: str, locale: str, intent: str) -> None:
    assert name_of(text, locale) == intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        # "ya te di" with what was given points at the value for a request: no complaint (alone it is one)
        ("La transferencia me la haces a la cuenta, ya te di la clabe.", "es-MX", None),
        ("Ya te di.", "es-MX", "complaint"),
        ("Voy a dar otra vuelta a la cuadra.", "es-MX", None),
        ("Sí, le bajo a la música y te digo.", "es-MX", None),
        ("Es la 471, ¿otra vez?", "es-MX", None),
        ("Estoy esperando a un muchacho que me ayude a descargar.", "es-MX", None),
        ("Can someone pick up the pallets?", "en-US", None),
        ("Could anyone hand me the paperwork?", "en-US", None),
        ("Don't call my cell after nine.", "en-US", None),
        ("I'll take care of it.", "en-US", None),
        ("We just wrapped up loading.", "en-US", None),
        ("Llego tarde, como a las siete.", "es-MX", None),
        ("Me mandaron la dirección por WhatsApp.", "es-MX", None),
        ("I'll be there late, around seven.", "en-US", None),
        ("I pay my bills late sometimes.", "en-US", None),
        ("Me dieron mal la dirección, pero ya la encontré.", "es-MX", None),  # news, found
        ("Perdí dos horas en el tráfico, llego como a las cinco.", "es-MX", None),  # why the caller is late
        ("Lost an hour at the scale, I'll be there by six.", "en-US", None),
        ("I'm getting paid late Friday.", "en-US", None),
        ("Pagué la caseta y llego tarde.", "es-MX", None),
        ("Dispatch won't pick up until eight.", "en-US", None),
        ("Ya estoy en Laredo, bonito pueblo.", "es-MX", None),
        ("I'm in Tulsa, nice town, be there at five.", "en-US", None),
        ("¿Has estado en la planta de Saltillo?", "es-MX", None),
        ("Siendo honesto, llego a las cinco.", "es-MX", None),
    ],
)
def test_more_traps_keep_their_meaning(text: str, locale: str, intent: str | None) -> None:
    assert name_of(text, locale) == intent
