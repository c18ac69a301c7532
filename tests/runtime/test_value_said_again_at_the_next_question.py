"""A caller who says the value just confirmed once more, in any wording, as the next question comes ("Sí." -
"Mil veinte, sí." after tractor 1020; "Nueve en punto." after 21:00) is saying it again, not answering the next
question: the plates do not begin with its digits, the e-mail not with "9 en punto". The question is asked
again with no failed attempt, and what the caller dictates for it next is its answer. So is the arrival time
after "No traigo caja hoy." - "Voy en vacío.": the trip without the trailer said again is about the trailer, not a
time out of reach. Scripted callers drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

NAME = {"es-MX": ["sí", "Griselda Montaño", "sí"], "en-US": ["yes", "Ann Lopez", "yes"]}


@pytest.mark.parametrize(("locale", "number", "again", "plates", "value"), [
    ("es-MX", "cuatrocientos doce", "Cuatro doce.", "hache, u, de, seiscientos veinte", "HUD-620"),
    ("es-MX", "cuatrocientos doce", "Sí, cuatro uno dos.", "hache, u, de, seiscientos veinte", "HUD-620"),
    ("es-MX", "mil veinte", "Mil veinte, sí.", "ese, ve, jota, doscientos quince", "SVJ-215"),
    ("es-MX", "quinientos noventa", "Quinientos noventa, así es.", "ge, ka, ese, mil ciento seis", "GKS-1106"),
    ("en-US", "412", "Four twelve.", "h u d 620", "HUD-620"),
    ("en-US", "1020", "Ten twenty, yes.", "s v j 215", "SVJ-215"),
])
async def test_the_unit_number_said_again_at_the_plates_is_no_start_of_them(
        daisy: CompiledFlow, locale: str, number: str, again: str, plates: str, value: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], number, yes])
    assert conv.step.name == "registration.tractor_plate.ask"
    reply = said(await conv.user_turn(again))
    assert conv.step.name == "registration.tractor_plate.ask" and conv.attempts() == 0
    assert "Llevo" not in reply and "I have" not in reply and "no le entendí" not in reply
    await conv.user_turn(plates)
    await conv.user_turn(yes)
    assert conv.slots["tractor_plate"] == value


@pytest.mark.parametrize(("locale", "number", "other", "heard"), [
    ("es-MX", "cuatrocientos doce", "Cuatro trece.", "Llevo 4 1 3."),
    ("en-US", "412", "Four thirteen.", "I have 4 1 3"),
])
async def test_trap_another_number_at_the_plates_begins_them(
        daisy: CompiledFlow, locale: str, number: str, other: str, heard: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], number, yes])
    assert heard in said(await conv.user_turn(other))


AFTER_PLATES = {"es-MX": ["ciento veinte", "sí", "a be ce ciento veintitrés", "sí", "ochenta", "sí",
                          "equis ye zeta cuatrocientos cincuenta y seis", "sí"],
                "en-US": ["120", "yes", "a b c 123", "yes", "80", "yes", "x y z 456", "yes"]}


@pytest.mark.parametrize(("locale", "eta", "again", "email", "reply_has"), [
    ("es-MX", "a las nueve de la noche", "Nueve en punto.", "ana arroba gmail punto com", "ana arroba gmail"),
    ("es-MX", "dieciocho diez", "Dieciocho diez, sí.", "ana arroba gmail punto com", "ana arroba gmail"),
    ("es-MX", "a las seis y diez de la tarde", "A las seis diez.", "ana arroba gmail punto com", "ana arroba gmail"),
    ("en-US", "at 9 pm", "Nine o'clock.", "ann at gmail dot com", "ann"),
])
async def test_the_arrival_time_said_again_at_the_email_is_no_start_of_it(
        daisy: CompiledFlow, locale: str, eta: str, again: str, email: str, reply_has: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], *AFTER_PLATES[locale], eta, yes])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn(again))
    assert conv.step.name == "registration.email.ask" and conv.attempts() == 0
    assert "Llevo" not in reply and "I have" not in reply
    assert reply_has in said(await conv.user_turn(email))


@pytest.mark.parametrize(("locale", "turns", "without", "time", "read"), [
    ("es-MX", ["No traigo caja hoy."], "Voy en vacío.", "A las seis de la tarde.", "Llegada a las 6 de la tarde."),
    ("es-MX", ["No traigo caja."], "Ando nomás con el tractor.", "A las cinco.", "Llegada a las 5"),
    ("es-MX", ["Voy sin caja."], "Sí, vengo en vacío.", "Como a las cuatro de la tarde.", "Llegada a las 4"),
    ("en-US", ["No trailer today."], "I'm running bobtail.", "At 6 pm.", "Arriving at 6 PM."),
])
async def test_the_trip_without_a_trailer_said_again_at_the_arrival_time_is_no_time_out_of_reach(
        daisy: CompiledFlow, locale: str, turns: list[str], without: str, time: str, read: str) -> None:
    # "No traigo caja hoy." - "Voy en vacío.": the second part of the answer about the trailer comes at the
    # arrival time; the time is asked again, neither put off nor a failed attempt
    yes = "sí" if locale == "es-MX" else "yes"
    plates = "a be ce ciento veintitrés" if locale == "es-MX" else "a b c 123"
    number = "ciento veinte" if locale == "es-MX" else "120"
    conv = await call(daisy, locale, [*NAME[locale], number, yes, plates, yes, *turns])
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn(without))
    assert conv.step.name == "registration.eta.ask" and conv.attempts() == 0
    assert "no le entendí" not in reply and "didn't catch" not in reply and "al final" not in reply
    assert read in said(await conv.user_turn(time))


@pytest.mark.parametrize(("locale", "number", "plates", "heard"), [
    # plates whose digits are the unit number's, said with their letters: the plates, never that number again
    ("es-MX", "cuatrocientos doce", "A be ce cuatro uno dos", "A B C 4 1 2"),
    ("es-MX", "cuatrocientos doce", "cuatro, uno, dos, a, be, ce", "4 1 2 A B C"),
    ("es-MX", "mil veinte", "Ese ve jota, mil veinte.", "S V J 1 0 2 0"),
    ("es-MX", "cuatrocientos doce", "cuatro uno dos, equis", "4 1 2 X"),
    ("en-US", "412", "four one two, h u d", "4 1 2 H U D"),
    ("en-US", "1020", "s v j one zero two zero", "S V J 1 0 2 0"),
])
async def test_trap_plates_whose_digits_are_the_unit_number_are_the_plates(
        daisy: CompiledFlow, locale: str, number: str, plates: str, heard: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], number, yes])
    reply = said(await conv.user_turn(plates))
    # taken down (so far, or read back whole), never the question asked again with the characters dropped
    assert "¿Cuáles son las placas" not in reply and "What are the tractor's plates" not in reply, reply
    assert " ".join(heard.split()) in reply.replace(",", "") or heard.replace(" ", ", ") in reply \
        or all(f" {c}" in reply for c in heard.split()), reply


@pytest.mark.parametrize(("locale", "turns", "without"), [
    ("es-MX", ["No traigo caja hoy."], "Voy en vacío, no sé a qué hora llego."),
    ("es-MX", ["No traigo caja."], "Ando nomás con el tractor, todavía no sé la hora."),
    ("es-MX", ["Voy sin caja."], "Vengo en vacío y depende del tráfico."),
    ("en-US", ["No trailer today."], "I'm running bobtail, I don't know when I'll get there."),
])
async def test_trap_the_trip_without_a_trailer_beside_a_time_not_known_is_no_bare_question_again(
        daisy: CompiledFlow, locale: str, turns: list[str], without: str) -> None:
    # the caller says what they do not know of the arrival: the question is never just asked again as if
    # nothing had been said of it
    yes = "sí" if locale == "es-MX" else "yes"
    plates = "a be ce ciento veintitrés" if locale == "es-MX" else "a b c 123"
    number = "ciento veinte" if locale == "es-MX" else "120"
    conv = await call(daisy, locale, [*NAME[locale], number, yes, plates, yes, *turns])
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn(without))
    assert reply not in ("¿A qué hora calcula llegar?", "What time do you expect to arrive?"), reply


TO_TRAILER = {"es-MX": ["cuatrocientos doce", "sí"], "en-US": ["412", "yes"]}


@pytest.mark.parametrize(("locale", "plates", "again", "number", "value"), [
    ("es-MX", "ge, ve, de, cinco diecisiete", "Cinco uno siete, pues.", "Dieciocho.", "18"),
    ("es-MX", "ka, hache, erre, trescientos dieciocho", "Trescientos dieciocho, sí.", "El veintisiete.", "27"),
    ("en-US", "j l p forty four twenty", "Four four two zero.", "Two twelve.", "212"),
])
async def test_the_plate_number_said_again_at_the_trailer_number_is_no_answer(
        daisy: CompiledFlow, locale: str, plates: str, again: str, number: str, value: str) -> None:
    # "5 17." - "Cinco uno siete, pues.": the caller still on the plates as the trailer's number is asked; the
    # number of the plates just confirmed, said alone, is said again (asked again, no failed attempt)
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], *TO_TRAILER[locale], plates, yes])
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn(again))
    assert conv.step.name == "registration.trailer_number.ask" and conv.attempts() == 0
    assert "517" not in reply and "318" not in reply and "4420" not in reply
    await conv.user_turn(number)
    await conv.user_turn(yes)
    assert conv.slots["trailer_number"] == value


@pytest.mark.parametrize(("locale", "plates", "turns", "value"), [
    # named as the trailer's, or said again after the question came again, it is the trailer's number
    ("es-MX", "ge, ve, de, cinco diecisiete", ["La caja es la quinientos diecisiete."], "517"),
    ("es-MX", "ge, ve, de, cinco diecisiete", ["Cinco uno siete.", "Cinco uno siete."], "517"),
    ("en-US", "j l p forty four twenty", ["Trailer forty four twenty."], "4420"),
])
async def test_trap_the_plate_number_named_or_said_twice_is_the_trailer_number(
        daisy: CompiledFlow, locale: str, plates: str, turns: list[str], value: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], *TO_TRAILER[locale], plates, yes])
    assert conv.step.name == "registration.trailer_number.ask"
    for turn in turns:
        await conv.user_turn(turn)
    await conv.user_turn(yes)
    assert conv.slots["trailer_number"] == value


TO_TRAILER_80 = {"es-MX": [*NAME["es-MX"], "ochenta", "sí"], "en-US": [*NAME["en-US"], "80", "yes"]}


@pytest.mark.parametrize(("locale", "plates", "again", "number", "read"), [
    ("es-MX", "ve pe eme doscientos seis", "Dos cero seis.", "Quinientos cuarenta.", "Caja número 540."),
    ("es-MX", "a be ce setecientos doce", "Setecientos doce.", "Ochenta y uno.", "Caja número 81."),
    ("es-MX", "hache te ere mil cuarenta", "Uno cero cuatro cero.", "Treinta.", "Caja número 30."),
    ("en-US", "h u d 206", "Two oh six.", "Five forty.", "Trailer number 540."),
    # the whole plate said again: the number read out of it is only its digits
    ("en-US", "b v 0461", "B V zero four six one.", "Six twelve.", "Trailer number 612."),
    ("es-MX", "be ve cero cuatro seis uno", "Be ve cero cuatro seis uno.", "Seiscientos doce.", "Caja número 612."),
])
async def test_the_plate_digits_said_again_alone_at_the_trailer_number_are_no_answer_to_it(
        daisy: CompiledFlow, locale: str, plates: str, again: str, number: str, read: str) -> None:
    # the plates read back sooner than the caller expected: he says their digits once more as the next question
    # comes - asked again with no failed attempt, and the trailer number comes next
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*TO_TRAILER_80[locale], plates, yes])
    assert conv.step.name == "registration.trailer_number.ask"
    await conv.user_turn(again)
    assert conv.step.name == "registration.trailer_number.ask" and conv.attempts() == 0
    assert read in said(await conv.user_turn(number))


@pytest.mark.parametrize(("locale", "plates", "number", "read"), [
    ("es-MX", "equis ye ese setenta y dos", "La setenta y dos.", "Caja número 72."),
    ("es-MX", "ve pe eme doscientos seis", "Es la doscientos seis.", "Caja número 206."),
    ("en-US", "x y s 72", "Trailer's seventy two.", "Trailer number 72."),
])
async def test_trap_the_plate_digits_named_as_the_trailer_are_its_number(
        daisy: CompiledFlow, locale: str, plates: str, number: str, read: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*TO_TRAILER_80[locale], plates, yes])
    assert read in said(await conv.user_turn(number))


@pytest.mark.parametrize(("locale", "number", "twice", "plates", "value"), [
    ("es-MX", "mil ochocientos", ("Uno ocho cero cero.", "Sí, mil ochocientos."), "e hache ciento noventa y tres",
     "EH-193"),
    ("es-MX", "cuatrocientos doce", ("Cuatro doce.", "Cuatrocientos doce, así es."), "hache, u, de, seiscientos veinte",
     "HUD-620"),
    ("en-US", "412", ("Four twelve.", "Yeah, four one two."), "h u d 620", "HUD-620"),
])
async def test_the_unit_number_said_again_twice_at_the_plates_is_still_no_start_of_them(
        daisy: CompiledFlow, locale: str, number: str, twice: tuple[str, str], plates: str, value: str) -> None:
    # the second time costs a failed attempt (the re-ask without one is spent), and still no plate digits
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*NAME[locale], number, yes])
    for turn in twice:
        reply = said(await conv.user_turn(turn))
        assert conv.step.slot == "tractor_plate" and "Llevo" not in reply and "I have" not in reply
    await conv.user_turn(plates)
    await conv.user_turn(yes)
    assert conv.slots["tractor_plate"] == value


SAME = {"es-MX": ["Sí, es igual.", "Es el mismo.", "Sí, ese mismo.", "Son las mismas.", "Es el mismo número, sí.",
                  "Igualito."],
        "en-US": ["Yes it's the same.", "Same.", "Yeah, same one.", "It's the same number.", "The very same."]}
PLATES_1234 = {"es-MX": ("equis ye ka mil doscientos treinta y cuatro", "uno dos tres cuatro", "Caja número 1234."),
               "en-US": ("x y k 1234", "one two three four", "Trailer number 1234.")}


@pytest.mark.parametrize(("locale", "same"), [(locale, same) for locale, words in SAME.items() for same in words])
async def test_the_same_said_of_the_value_said_again_makes_it_this_questions_value(
        daisy: CompiledFlow, locale: str, same: str) -> None:
    # "Eso coincide con las placas del tractor, que ya tengo; si es igual, repítamelo." - "Sí, es igual.": the
    # caller answers the sentence as it asks - the digits said again are the trailer number, read back as it,
    # no failed attempt counted
    plates, again, read = PLATES_1234[locale]
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*TO_TRAILER_80[locale], plates, yes])
    assert conv.step.name == "registration.trailer_number.ask"
    reply = said(await conv.user_turn(again))
    assert "coincide" in reply or "matches" in reply
    reply = said(await conv.user_turn(same))
    assert read in reply and "no le entendí" not in reply and "didn't catch" not in reply
    await conv.user_turn(yes)
    assert conv.slots["trailer_number"] == "1234"


@pytest.mark.parametrize(("locale", "turn", "read"), [
    # a bare yes is as often the late yes to the plates ("Sí, esas.", "Right." in blind_calls_28, another trailer)
    ("es-MX", "Sí, esas.", None),
    ("es-MX", "Sí.", None),
    ("en-US", "Right.", None),
    ("es-MX", "No.", None),
    ("es-MX", "No, es la ochenta y uno.", "Caja número 81."),
    ("es-MX", "Quinientos cuarenta.", "Caja número 540."),
    ("en-US", "No.", None),
    ("en-US", "Five forty.", "Trailer number 540."),
])
async def test_trap_a_no_or_a_new_value_after_the_value_said_again_is_no_same(
        daisy: CompiledFlow, locale: str, turn: str, read: str | None) -> None:
    plates, again, _ = PLATES_1234[locale]
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(daisy, locale, [*TO_TRAILER_80[locale], plates, yes])
    await conv.user_turn(again)
    reply = said(await conv.user_turn(turn))
    assert "1234" not in reply
    if read is not None:
        assert read in reply


async def test_trap_the_same_said_a_turn_later_is_no_answer_to_the_said_again(daisy: CompiledFlow) -> None:
    # only the turn right after the sentence: "sí, es igual" after another turn between is not taken as the value
    conv = await call(daisy, "es-MX", [*TO_TRAILER_80["es-MX"], PLATES_1234["es-MX"][0], "sí"])
    await conv.user_turn(PLATES_1234["es-MX"][1])
    await conv.user_turn("¿Cómo?")
    reply = said(await conv.user_turn("Sí, es igual."))
    assert "1234" not in reply
