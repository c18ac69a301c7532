"""An answer that does not fit the question asked but fits exactly a question still to come in the same
collect (a bare number at the name question, an e-mail address at the unit number, plate letters at a
number) is held for that question and is no failed attempt: the question asked is asked again once, and
if the caller keeps answering what comes next, the call goes on there and comes back to it at the end.
No held value is ever lost, and every call still ends in bounded turns. Scripted callers drive Daisy."""

from __future__ import annotations

import itertools

import pytest
from runtime_helpers import at_noon, call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


async def test_a_bare_number_at_the_name_question_is_kept_for_the_tractor_number(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí"])
    reply = said(await conv.user_turn("doscientos catorce"))
    assert conv.step.name == "registration.full_name.ask" and conv.attempts() == 0
    assert "no le entendí" not in reply and "nombre completo" in reply
    await conv.user_turn("Araceli Domínguez")
    # the number was given: read back at its turn, not asked for
    assert "Tractor número 214." in said(await conv.user_turn("sí"))
    await conv.user_turn("sí")
    assert conv.slots["full_name"] == "Araceli Domínguez" and conv.slots["tractor_number"] == "214"


async def test_an_email_at_the_unit_number_question_is_kept_for_the_email(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    await conv.user_turn("ana punto lopez arroba gmail punto com")
    assert conv.attempts() == 0 and conv.step.name == "registration.tractor_number.ask"
    for turn in ["cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos", "sí",
                 "x y z nueve ocho siete seis", "sí", "a las tres de la tarde"]:
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("sí"))
    assert "¿Me da su correo" not in reply and "ana punto lopez arroba gmail punto com" in reply
    await conv.user_turn("sí")
    assert conv.slots["email"] == "ana.lopez@gmail.com"


async def test_english_an_email_at_the_trailer_number_is_kept(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes"])
    assert conv.step.name == "registration.trailer_number.ask"
    await conv.user_turn("ann at gmail dot com")
    assert conv.attempts() == 0
    for turn in ["82", "yes", "x y z 9 8 7 6", "yes", "at 3 pm"]:
        await conv.user_turn(turn)
    assert "ann@gmail.com" in said(await conv.user_turn("yes")).replace(" at ", "@").replace(" dot ", ".")


async def test_plate_letters_at_the_number_question_begin_the_plates(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    await conv.user_turn("Pe de Puebla.")
    assert conv.attempts() == 0 and conv.step.name == "registration.tractor_number.ask"
    await conv.user_turn("ochocientos quince")
    reply = said(await conv.user_turn("sí"))
    # the plates go on from the letter already said
    assert "Llevo P." in reply
    for turn in ["ce de Culiacán", "doble u", "nueve cero cero cuatro", "sí"]:
        await conv.user_turn(turn)
    assert conv.slots["tractor_number"] == "815" and conv.slots["tractor_plate"] == "PCW-9004"


@pytest.mark.parametrize("remark", ["Es de Sonora la placa.", "La placa es de Texas.", "es de Jalisco la placa"])
async def test_where_the_plate_is_from_at_the_number_question_begins_no_plates(daisy: CompiledFlow,
                                                                               remark: str) -> None:
    # "es de Sonora" beside "la placa" is the verb and the plate's state, no "ese de Sonora": nothing is held for
    # the trailer's plates, which are asked for from their start
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "quinientos treinta", "sí",
                                       "ye te be ciento veintinueve", "sí"])
    assert conv.step.name == "registration.trailer_number.ask"
    await conv.user_turn(remark)
    await conv.user_turn("El siete.")
    reply = said(await conv.user_turn("sí"))
    assert conv.slots["trailer_number"] == "7"
    assert "Llevo" not in reply and "placas de la caja" in reply
    for turn in ["Ce.", "Doble u.", "Ese de sapo.", "Ochocientos ochenta y cuatro.", "sí"]:
        await conv.user_turn(turn)
    assert conv.slots["trailer_plate"] == "CWS-884"


async def test_a_caller_who_keeps_answering_the_next_question_is_followed(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    await conv.user_turn("Pe de Puebla.")
    reply = said(await conv.user_turn("Ce de Culiacán."))
    # asked once more, the caller still dictates the plates: the number is left for later
    assert "Llevo P C." in reply and conv.step.slot == "tractor_plate"
    await conv.user_turn("doble u, nueve cero cero cuatro")
    await conv.user_turn("sí")
    assert conv.slots["tractor_plate"] == "PCW-9004"
    for turn in ["ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí", "a las tres de la tarde", "sí",
                 "ana arroba gmail punto com"]:
        reply = said(await conv.user_turn(turn))
    reply = said(await conv.user_turn("sí"))
    assert "Todavía nos falta el número económico" in reply
    await conv.user_turn("ochocientos quince")
    await conv.user_turn("sí")
    assert conv.slots["tractor_number"] == "815"


async def test_a_number_at_the_plate_question_is_part_of_the_plate(daisy: CompiledFlow) -> None:
    """Trap: the next question is a number too, but a number said while a plate is dictated is the plate's."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c"])
    reply = said(await conv.user_turn("ochenta y dos"))
    assert "Placas del tractor: A de árbol, B de burro, C de casa, 8, 2." in reply
    assert conv.pending == "ABC-82"


async def test_a_number_at_the_tractor_number_question_is_the_tractor_number(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    assert "Tractor número 9004." in said(await conv.user_turn("nueve mil cuatro"))


async def test_words_that_only_sound_like_letters_are_not_held_for_the_plates(daisy: CompiledFlow) -> None:
    """Trap: "¿Qué siguen?" at the trailer number is no plate letter S: a failed attempt, nothing held."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí"])
    reply = said(await conv.user_turn("¿Qué siguen?"))
    assert "Perdón, no le entendí" in reply and conv.attempts() == 1
    await conv.user_turn("ochenta y dos")
    assert "¿Cuáles son las placas de la caja?" in said(await conv.user_turn("sí"))


async def test_no_trailer_passes_the_trailer_plates_by(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí"])
    reply = said(await conv.user_turn("No, caja no traigo."))
    assert "placas de la caja" not in reply and "¿A qué hora" in reply
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes"])
    reply = said(await conv.user_turn("I don't have a trailer today"))
    assert "trailer's plates" not in reply and "What time" in reply


async def test_a_plate_not_at_hand_is_still_asked_again_at_the_end(daisy: CompiledFlow) -> None:
    """Trap: "no tengo las placas a la mano" is no absent thing: the plates are asked once more later."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"])
    reply = said(await conv.user_turn("no tengo las placas a la mano"))
    assert "número de la caja" in reply
    for turn in ["ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí", "a las tres de la tarde", "sí",
                 "ana arroba gmail punto com"]:
        await conv.user_turn(turn)
    assert "Todavía nos faltan las placas del tractor" in said(await conv.user_turn("sí"))


async def test_a_caller_who_only_answers_other_questions_still_ends_in_bounded_turns(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("sí")
    wrong = itertools.cycle(["doscientos catorce", "Pe de Puebla.", "ana arroba gmail punto com", "Mmm.",
                             "a las tres de la tarde", "ya, aquí estoy", "mañana temprano"])
    turns = 0
    while not conv.ended and turns < 400:
        await conv.user_turn(next(wrong))
        turns += 1
    assert conv.ended
    assert turns <= daisy.flow.limits.turns


async def test_an_email_after_words_said_aside_is_kept(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí"])
    assert conv.step.name == "registration.eta.ask"
    await conv.user_turn("¡Que sí, ya voy! Perdón. Es jota ce olvera setenta y siete arroba gmail punto com.")
    assert conv.attempts() == 0
    await conv.user_turn("a las siete de la noche")
    reply = said(await conv.user_turn("sí"))
    assert "¿Me da su correo" not in reply and "arroba gmail punto com" in reply
    await conv.user_turn("sí")
    assert conv.slots["email"] == "jcolvera77@gmail.com"


async def test_a_spelled_letter_at_the_name_question_begins_the_plates_not_the_name(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí"])
    reply = said(await conv.user_turn("Equis de Xochimilco."))
    assert "Anoto" not in reply and conv.attempts() == 0
    await conv.user_turn("Araceli Domínguez")
    await conv.user_turn("sí")
    await conv.user_turn("doscientos catorce")
    assert "Llevo X." in said(await conv.user_turn("sí"))


async def test_a_name_with_de_is_still_a_name(daisy: CompiledFlow) -> None:
    """Trap: "Juan de Dios Pérez" spells nothing."""
    conv = await call(daisy, "es-MX", ["sí"])
    assert "Anoto Juan de Dios Pérez" in said(await conv.user_turn("Juan de Dios Pérez"))


async def test_a_letter_of_the_plates_just_confirmed_said_again_is_no_start_of_the_email(
        daisy: CompiledFlow) -> None:
    # "eso. Ve de vaca.": the caller says once more the V just put right; the e-mail asked later starts
    # with what is dictated for it, and the question after the plates is asked again without a failure
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "ele, eme, be, tres cero ocho",
                                       "no, es ve de vaca"])
    await conv.user_turn("eso")
    assert conv.slots["trailer_plate"] == "LMV-308"
    reply = said(await conv.user_turn("Ve de vaca."))
    assert conv.step.name == "registration.eta.ask" and conv.attempts() == 0
    assert "no le entendí" not in reply
    for turn in ["a las tres de la tarde", "sí"]:
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("ere, e, ese"))
    assert "Llevo res." in reply


async def test_english_a_letter_of_the_plates_just_confirmed_said_again_is_no_start_of_the_email(
        daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes",
                                       "p l w 6 6 2", "yes", "yes"])
    assert conv.slots["trailer_plate"] == "PLW-662"
    await conv.user_turn("W as in whiskey.")
    assert conv.step.name == "registration.eta.ask" and conv.attempts() == 0
    for turn in ["at 3 pm", "yes"]:
        await conv.user_turn(turn)
    assert "I have ann" in said(await conv.user_turn("a n n"))


async def test_plate_letters_at_the_eta_after_a_number_still_begin_nothing_else(daisy: CompiledFlow) -> None:
    # a spelled letter the plates just confirmed do not hold still starts the e-mail, as before
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "ele, eme, ve, tres cero ocho", "sí"])
    await conv.user_turn("Jota de Jalisco.")
    assert conv.attempts() == 0
    for turn in ["a las tres de la tarde", "sí"]:
        await conv.user_turn(turn)
    assert "Llevo j" in said(await conv.user_turn("u a n"))


async def test_a_whole_email_spelled_with_letters_of_the_plates_just_confirmed_is_kept(daisy: CompiledFlow) -> None:
    # "equis ye zeta arroba gmail punto com" at the arrival time after X Y Z 9 8 7 6: an address, not the plates
    # said again; read back when its question comes
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro",
                                       "sí", "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí",
                                       "equis ye zeta arroba gmail punto com", "a las tres de la tarde"])
    reply = said(await conv.user_turn("sí"))
    assert "xyz arroba gmail punto com" in reply
    await conv.user_turn("sí")
    assert conv.slots["email"] == "xyz@gmail.com"


async def test_english_a_whole_email_spelled_with_letters_of_the_plates_just_confirmed_is_kept(
        daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes",
                                       "x y z 9 8 7 6", "yes", "x y z at gmail dot com", "at 3 pm"])
    assert "xyz at gmail dot com" in said(await conv.user_turn("yes"))


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["A de árbol.", "Equis de xilófono.", "Zeta de zapato.", "Nueve ocho siete."], "AXZ-987"),
        ("es-MX", ["Be de burro.", "Ele de León.", "Eme de mamá.", "Cuatro cinco seis."], "BLM-456"),
        ("en-US", ["A as in apple.", "X as in xray.", "Z as in zebra.", "9 8 7."], "AXZ-987"),
    ],
)
async def test_trailer_plates_begun_with_a_letter_of_the_tractor_plates_keep_it(
        daisy: CompiledFlow, locale: str, turns: list[str], plate: str) -> None:
    # at the trailer number, a letter the tractor plates hold may be said again ... or begin the trailer plates:
    # when more characters follow at once, they began them, and the first letter is not lost
    yes, number = ("sí", "ochenta y dos") if locale == "es-MX" else ("yes", "82")
    conv = await call(daisy, locale, [yes, "Ana López", yes, "452", yes, "a b c 1 2 3 4", yes, *turns, number, yes])
    await conv.user_turn(yes)
    assert conv.slots["trailer_plate"] == plate
