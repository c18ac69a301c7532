"""A unit number said as one but cut by a pause before its rest is one number, as a listener hears it.

Only a number no one says whole is held for its rest ("Ciento" ... "doce." 112, "Treinta y" ... "nueve." 39:
"Llevo 100. ¿Qué sigue?"): the rest completes it, "sí" / "es todo" closes it as it is, and another number said
whole replaces it. A whole number is read back at once, also a round one cut by a pause ("Mil", "Trescientos",
"Cuarenta"): an ordinary caller who said a round number gets no extra turn. At that read-back, a turn that
obviously goes on with the number left open (a bare number that fits its open place: "cuarenta." after "Mil",
"doce." after "Trescientos"; "y nueve." after "Treinta") makes one number with it, read back again (1040). A
"no, ..." is a correction as always, and so is a number that does not fit. The recogniser's full stop does not
close a round number ("Setecientos." ... "Veinte." is 720, "Trescientos veinte." ... "Uno." 321): it ends nearly
every short turn, and a caller who puts a number right says it whole again or says "no" first.

A long number said in pairs and cut by a pause between them ("El treinta y tres" ... "quince.", "Thirty three" ...
"fifteen.") is one number too: at the read-back of the first pair (a number from 11 to 99 said as one, not a round
one), one more such pair said alone is its second half (3315), also one with the tens said again and other units
("Treinta y tres" ... "treinta y cinco" 3335: units run in series, 7071, 1718); the read-back of the whole decides,
and "no, treinta y cinco" there keeps the second pair alone. The same pair again, a pair that keeps the units under
other tens ("Treinta y tres" ... "cuarenta y tres." - the tens misheard, 43), digits said one by one, a "no, ..." or
a first pair said as a finished sentence ("Treinta y tres.") stay what they were - but digits said one by one that
begin with a zero ("Doce" ... "cero siete.") are the pair's next places (1207): no unit number is said so alone.

Digits said one by one over pauses ("Es el dos" ... "cero" ... "tres.") are one number too: a digit said alone and
cut by a pause (or several, "Dos dos" ... "cero ocho." 2208) is read back at once, and at each read-back the next
digits said alone go on with it (2, 20, 203) until a turn ends as a sentence. So do digits the recogniser wrote
as numerals with no mark after them ("7" ... "0 5." 705). A digit said as a finished sentence ("Es el dos.") and a
"no, ..." stay corrections.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

OPENING = {"es-MX": ["sí", "Ana López", "sí"], "en-US": ["yes", "Ana Lopez", "yes"]}
READ_BACK = {"es-MX": "Tractor número {}. ¿Correcto?", "en-US": "Tractor number {}. Correct?"}
HELD = {"es-MX": "Llevo {}. ¿Qué sigue?", "en-US": "I have {} so far. What's next?"}


async def _after(daisy: CompiledFlow, locale: str, *turns: str) -> str:
    conv = await call(daisy, locale, [*OPENING[locale], *turns[:-1]])
    assert conv.step.slot == "tractor_number"
    return said(await conv.user_turn(turns[-1]))


@pytest.mark.parametrize(
    ("locale", "first", "rest", "value"),
    [
        ("es-MX", "Ciento", "doce.", "112"),
        ("es-MX", "Treinta y", "nueve.", "39"),
        ("es-MX", "Dos mil ciento", "cuatro.", "2104"),
        ("es-MX", "Es el ciento...", "veinte.", "120"),
        ("en-US", "One hundred and", "twelve.", "112"),
        ("en-US", "Forty and", "two.", "42"),
    ],
)
async def test_a_number_no_one_says_whole_is_held_for_its_rest(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    held = said(await conv.user_turn(first))
    assert "?" in held and READ_BACK[locale].split("{")[0] not in held  # held, not read back
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "shown"), [("es-MX", "Ciento", "100"), ("es-MX", "Treinta y", "30")])
async def test_the_number_held_is_said_as_the_number_heard(
        daisy: CompiledFlow, locale: str, first: str, shown: str) -> None:
    assert HELD[locale].format(shown) in await _after(daisy, locale, first)


@pytest.mark.parametrize(("locale", "closing"), [("es-MX", "sí"), ("es-MX", "Es todo."), ("en-US", "That's it.")])
async def test_the_caller_closes_the_held_number_as_it_is(daisy: CompiledFlow, locale: str, closing: str) -> None:
    first = "Ciento" if locale == "es-MX" else "One hundred and"
    assert READ_BACK[locale].format("100") in await _after(daisy, locale, first, closing)


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Ciento", "mil doscientos.", "1200"),
    ("es-MX", "Treinta y", "cuarenta y dos.", "42"),
    ("en-US", "One hundred and", "one thousand two hundred.", "1200"),
])
async def test_another_number_said_whole_replaces_the_held_one(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, again)


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "Mil", "1000"), ("es-MX", "Trescientos", "300"), ("es-MX", "Cuarenta", "40"),
    ("es-MX", "Dos mil", "2000"), ("es-MX", "Es el mil...", "1000"),
    ("es-MX", "Mil.", "1000"), ("es-MX", "Treinta.", "30"), ("es-MX", "mil", "1000"), ("es-MX", "trescientos", "300"),
    ("es-MX", "Cien", "100"), ("es-MX", "Cuarenta y dos", "42"), ("es-MX", "Uno cero cero", "100"),
    ("es-MX", "No es mil veinte, es mil doscientos", "1200"),
    ("en-US", "A thousand", "1000"), ("en-US", "Four fifty", "450"),
    ("en-US", "A thousand.", "1000"), ("en-US", "Forty two", "42")])
async def test_a_whole_number_is_read_back_at_once_round_or_not(daisy: CompiledFlow, locale: str, turn: str,
                                                                 value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, turn)


@pytest.mark.parametrize(("locale", "first", "rest", "value"), [
    ("es-MX", "Mil", "cuarenta.", "1040"),
    ("es-MX", "Trescientos", "doce.", "312"),
    ("es-MX", "Dos mil", "trece.", "2013"),
    ("es-MX", "Treinta", "y nueve.", "39"),
    ("es-MX", "Es el mil...", "novecientos cuarenta y dos.", "1942"),
    ("es-MX", "Cuatrocientos", "cinco.", "405"),
    ("en-US", "Four fifty", "one.", "451"),
    ("en-US", "Two thousand", "thirteen.", "2013"),
    ("en-US", "It's three hundred", "twelve.", "312"),
    # a full stop after the round number closes nothing
    ("es-MX", "Setecientos.", "Veinte.", "720"),
    ("es-MX", "Trescientos veinte.", "Uno.", "321"),
    ("es-MX", "Mil.", "Doce.", "1012"),
    ("es-MX", "Dos mil.", "Cuatrocientos diez.", "2410"),
    ("en-US", "Seven hundred.", "Twenty.", "720"),
    ("en-US", "Three twenty.", "One.", "321"),
])
async def test_at_the_read_back_the_rest_of_a_number_left_open_completes_it(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    assert READ_BACK[locale].split("{")[0] in said(await conv.user_turn(first))  # read back at once
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "rest", "value"), [
    # every hundreds word leaves its two places open, "quinientos" too (no "c" in it)
    ("es-MX", "Quinientos", "cuatro.", "504"),
    ("es-MX", "Es el quinientos", "treinta.", "530"),
    ("es-MX", "Setecientos", "ocho.", "708"),
    ("en-US", "Five hundred", "four.", "504"),
    # the round number at the end of a turn that says what it is
    ("es-MX", "El tractor es el dos mil", "615.", "2615"),
    ("es-MX", "Mi número es el tres mil", "doscientos.", "3200"),
    ("en-US", "My truck is two thousand", "six fifteen.", "2615"),
    # the round number the recogniser wrote in digits
    ("es-MX", "El 4000", "20.", "4020"),
    ("es-MX", "Es el 300", "cinco.", "305"),
    ("en-US", "It's 2000", "forty.", "2040"),
])
async def test_the_round_number_cut_by_a_pause_is_completed_by_its_rest_at_the_read_back(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    # "Caja número 500. ¿Correcto?" - "cuatro.": the caller was still saying 504, never the trailer 4
    conv = await call(daisy, locale, OPENING[locale])
    assert READ_BACK[locale].split("{")[0] in said(await conv.user_turn(first))  # read back at once
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "No es el dos mil", "615.", "615"),
    ("es-MX", "El 4000", "No, 20.", "20"),
    ("en-US", "Five hundred", "No, four.", "4"),
])
async def test_a_round_number_ruled_out_or_a_no_keeps_the_next_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("locale", "first", "rest", "value"), [
    ("es-MX", "Dos", "cincuenta y ocho.", "258"),
    ("es-MX", "Es el siete", "veintiuno.", "721"),
    ("es-MX", "Uno, cuatro", "noventa.", "1490"),
    ("en-US", "Two", "fifty eight.", "258"),
    ("en-US", "It's seven", "twenty one.", "721"),
])
async def test_a_digit_cut_by_a_pause_and_then_its_last_two_places_are_one_number(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    # "Tractor número 2. ¿Correcto?" - "cincuenta y ocho.": "dos, cincuenta y ocho", as drivers say 258
    conv = await call(daisy, locale, OPENING[locale])
    assert READ_BACK[locale].split("{")[0] in said(await conv.user_turn(first))  # read back at once
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "Dos", "No, cincuenta y ocho.", "58"),
    ("es-MX", "Dos.", "cincuenta y ocho.", "58"),  # the digit said as a finished sentence
    ("es-MX", "Dos", "doce.", "12"),  # a teen: the number said again whole, "dos" only its start
    ("es-MX", "Cuatro", "catorce", "14"),
    ("es-MX", "Treinta.", "treinta y tres", "33"),
    ("en-US", "Two", "No, fifty eight.", "58"),
    ("en-US", "Four", "fourteen.", "14"),
    # tens that begin as the digit did: the number said again whole, the digit only its start
    ("es-MX", "Cinco", "cincuenta y cinco.", "55"),
    ("es-MX", "Cuatro", "cuarenta.", "40"),
    ("es-MX", "Ocho", "ochenta y ocho", "88"),
    ("es-MX", "Tres", "treinta y tres.", "33"),
    ("es-MX", "Es el 5", "55", "55"),
    ("en-US", "Five", "fifty five.", "55"),
    ("en-US", "Six", "sixty.", "60"),
])
async def test_a_no_a_finished_digit_or_a_teen_after_a_digit_is_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "Mil.", "No, doce.", "12"), ("es-MX", "Ochenta.", "Ochenta y uno.", "81"),
    ("en-US", "Forty.", "Forty four.", "44"), ("es-MX", "Setecientos.", "Setecientos veinte.", "720"),
    ("en-US", "A thousand.", "No, twelve.", "12"),
    ("es-MX", "Mil", "No, cuarenta.", "40"), ("es-MX", "Mil", "No, es mil cuarenta.", "1040"),
    ("es-MX", "Trescientos", "Es el doce.", "12"), ("es-MX", "Cuarenta", "cincuenta y dos.", "52"),
    ("es-MX", "Mil", "dos mil.", "2000"), ("en-US", "A thousand", "No, forty.", "40"),
])
async def test_at_the_read_back_a_no_or_a_number_that_does_not_fit_is_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("locale", "first", "reply"), [
    ("es-MX", "Mil", "sí"), ("es-MX", "Trescientos", "Sí, correcto."), ("en-US", "A thousand", "yes")])
async def test_a_round_number_read_back_at_once_is_confirmed_by_a_yes(
        daisy: CompiledFlow, locale: str, first: str, reply: str) -> None:
    conv = await call(daisy, locale, [*OPENING[locale], first, reply])
    assert conv.step.slot != "tractor_number"


@pytest.mark.parametrize(("locale", "first", "rest", "value"), [
    ("es-MX", "El treinta y tres", "quince.", "3315"),
    ("es-MX", "Veintiocho", "cuarenta y uno.", "2841"),
    ("es-MX", "Es el quince", "veinte.", "1520"),
    ("en-US", "Thirty three", "fifteen.", "3315"),
    ("en-US", "It's twenty eight", "forty one.", "2841"),
])
async def test_a_number_said_in_pairs_over_a_pause_is_one_number(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    assert READ_BACK[locale].split("{")[0] in said(await conv.user_turn(first))  # read back at once
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "Treinta y tres.", "Quince.", "15"),  # said as a finished sentence: the next is another number
    ("es-MX", "Treinta y tres", "No, quince.", "15"),
    ("es-MX", "Treinta y tres", "uno cinco.", "15"),
    ("en-US", "Thirty three", "No, fifteen.", "15"),
])
async def test_a_pair_after_a_finished_number_or_a_no_is_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("locale", "first", "rest", "value"), [
    ("es-MX", "Doce", "cero siete.", "1207"),
    ("es-MX", "Es el quince", "cero dos.", "1502"),
    ("es-MX", "Treinta y tres", "cero.", "330"),
    ("en-US", "Twelve", "oh seven.", "1207"),
    ("en-US", "It's fifteen", "zero two.", "1502"),
])
async def test_digits_that_begin_with_a_zero_after_a_pair_are_its_next_places(
        daisy: CompiledFlow, locale: str, first: str, rest: str, value: str) -> None:
    # "Tractor número 12. ¿Correcto?" - "cero siete.": no unit is said as "cero siete" after "doce"; the driver
    # reads 1207 in two breaths, and the whole is read back (never 07 taken as a correction)
    conv = await call(daisy, locale, OPENING[locale])
    assert READ_BACK[locale].split("{")[0] in said(await conv.user_turn(first))  # read back at once
    assert READ_BACK[locale].format(value) in said(await conv.user_turn(rest))
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.slots.get("tractor_number") == value


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "Doce", "No, cero siete.", "07"),
    ("es-MX", "Doce.", "cero siete.", "07"),  # the pair said as a finished sentence
])
async def test_zero_led_digits_after_a_no_or_a_finished_pair_stay_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("locale", "first", "again"), [("es-MX", "Cuarenta y dos", "cuarenta y dos."),
                                                         ("en-US", "Forty two", "forty two.")])
async def test_the_same_pair_said_again_confirms_it(daisy: CompiledFlow, locale: str, first: str, again: str) -> None:
    conv = await call(daisy, locale, [*OPENING[locale], first, again])
    assert conv.slots.get("tractor_number") == "42"


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Treinta y tres", "Cuarenta y tres.", "43"),
    ("es-MX", "Sesenta y ocho", "setenta y ocho", "78"),
    ("en-US", "Thirty three", "Forty three.", "43"),
])
async def test_a_pair_that_keeps_the_units_under_other_tens_corrects_them(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    # "Tractor número 33" - "Cuarenta y tres.": the read-back got the tens wrong, the caller puts them right - no
    # unit 3343
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, again)


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Treinta y tres", "Treinta y cinco", "3335"),
    ("es-MX", "Veinticinco", "Veintiséis.", "2526"),
    ("es-MX", "Diecisiete", "dieciocho.", "1718"),
    ("es-MX", "Doce", "Trece.", "1213"),
    ("en-US", "Seventy one", "seventy two.", "7172"),
    ("en-US", "Twenty five", "Twenty six.", "2526"),
])
async def test_a_pair_with_the_tens_said_again_and_other_units_is_the_next_pair(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    # unit numbers run in series (7071, 1718, 1012 in the labelled calls): "treinta y tres" - "treinta y cinco" is
    # read back as the one number 3335, and the caller who meant 35 says so at that read-back
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, again)


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Sesenta y dos", "Sesenta.", "60"),
    ("es-MX", "Cuarenta y cuatro", "Cuarenta.", "40"),
    ("es-MX", "Veintidós", "veinte", "20"),
    ("es-MX", "Treinta y cinco", "Treinta.", "30"),
    ("en-US", "Sixty two", "Sixty.", "60"),
    ("en-US", "Twenty two", "twenty", "20"),
])
async def test_the_round_tens_of_the_pair_read_back_is_no_next_pair(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    # "Tractor número 62" - "Sesenta.": the caller drops the units the read-back heard (or begins the number
    # again) - no unit counts on from 62 to 60, never 6260
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, again)


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ["Treinta y tres", "Treinta y cinco", "no, treinta y cinco"], "35"),
    ("es-MX", ["Veinticinco", "Sesenta.", "No, sesenta."], "60"),
    ("es-MX", ["Veinticinco", "Sesenta.", "no, es el sesenta"], "60"),
    ("en-US", ["Thirty three", "thirty five", "no, thirty five"], "35"),
    ("en-US", ["Twenty five", "Sixty.", "No, it's sixty."], "60"),
])
async def test_a_no_at_the_read_back_of_two_pairs_keeps_the_second_alone(
        daisy: CompiledFlow, locale: str, turns: list[str], value: str) -> None:
    # "Tractor número 2560." - "No, sesenta.": the second pair was a correction, not the number's second half
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, *turns)


@pytest.mark.parametrize(("locale", "turns", "value"), [
    (("es-MX", ["Veinticinco", "Sesenta.", "sí"], "2560")),
    (("en-US", ["Thirty three", "thirty five", "yes"], "3335")),
])
async def test_a_yes_at_the_read_back_of_two_pairs_takes_the_number(
        daisy: CompiledFlow, locale: str, turns: list[str], value: str) -> None:
    conv = await call(daisy, locale, [*OPENING[locale], *turns])
    assert conv.slots.get("tractor_number") == value


@pytest.mark.parametrize(("locale", "turns", "values"), [
    ("es-MX", ("Es el dos", "cero", "tres."), ("2", "20", "203")),
    ("es-MX", ("Cuatro", "cero tres."), ("4", "403")),
    ("es-MX", ("El siete", "uno", "uno", "cinco."), ("7", "71", "711", "7115")),
    ("en-US", ("It's two", "zero", "three."), ("2", "20", "203")),
    ("en-US", ("Nine", "zero one."), ("9", "901")),
    # several digits said one by one before the pause: a long unit number dictated in two breaths
    ("es-MX", ("Dos dos", "cero ocho."), ("22", "2208")),
    ("es-MX", ("Uno, cuatro", "siete, cinco."), ("14", "1475")),
    ("es-MX", ("El tres cero", "nueve."), ("30", "309")),
    ("en-US", ("Four one", "zero six."), ("41", "4106")),
    ("en-US", ("Two two", "oh eight."), ("22", "2208")),  # "oh" among digits is a zero
    ("en-US", ("Nine", "oh one."), ("9", "901")),
])
async def test_digits_said_one_by_one_over_pauses_are_one_number(
        daisy: CompiledFlow, locale: str, turns: tuple[str, ...], values: tuple[str, ...]) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    for turn, value in zip(turns, values, strict=True):
        assert READ_BACK[locale].format(value) in said(await conv.user_turn(turn))


@pytest.mark.parametrize(("locale", "turns", "values"), [
    # digits the recogniser wrote as numerals with no mark after them: it formats, and ended no sentence
    ("es-MX", ("7", "0 5."), ("7", "705")),
    ("es-MX", ("2 2", "0 8."), ("22", "2208")),
    ("es-MX", ("4", "cero tres."), ("4", "403")),
    ("en-US", ("9", "0 1."), ("9", "901")),
    ("en-US", ("4 1", "oh six."), ("41", "4106")),
])
async def test_digits_written_as_numerals_with_no_mark_go_on_at_their_read_back(
        daisy: CompiledFlow, locale: str, turns: tuple[str, ...], values: tuple[str, ...]) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    for turn, value in zip(turns, values, strict=True):
        assert READ_BACK[locale].format(value) in said(await conv.user_turn(turn))


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "7.", "0 5.", "05"),  # a finished sentence: the next is another number
    ("es-MX", "7", "No, 0 5.", "05"),  # a "no" first: a correction
    ("es-MX", "452", "0 5.", "05"),  # a number written whole is no digit said alone
    ("en-US", "7", "No, 0 5.", "05"),
])
async def test_trap_numerals_finished_whole_or_then_a_no_stay_corrections(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


@pytest.mark.parametrize(("first", "reply", "run_on"), [
    ("Two two", "Oh, two two.", "22022"),
    ("Two two", "oh, two two", "22022"),
    ("Five five", "Oh, five.", "5505"),
    ("Three four", "oh! three four", "34034"),
])
async def test_an_oh_said_apart_before_the_digits_is_no_zero_run_on(
        daisy: CompiledFlow, first: str, reply: str, run_on: str) -> None:
    # "Oh, two two" at the read-back of 22: the caller's "oh" of surprise, then the number said again - never
    # digits that go on with the ones read back
    assert READ_BACK["en-US"].format(run_on) not in await _after(daisy, "en-US", first, reply)


@pytest.mark.parametrize(("locale", "first", "reply", "value"), [
    ("es-MX", "Es el dos.", "tres", "3"),  # said as a finished sentence: the next is another number
    ("es-MX", "Es el dos", "No, tres.", "3"),
    ("es-MX", "Es el dos", "doce.", "12"),  # a number said as one is no digit said alone
    ("en-US", "It's two.", "three", "3"),
    ("en-US", "It's two", "No, three.", "3"),
])
async def test_a_digit_after_a_finished_digit_or_a_no_is_a_correction(
        daisy: CompiledFlow, locale: str, first: str, reply: str, value: str) -> None:
    assert READ_BACK[locale].format(value) in await _after(daisy, locale, first, reply)


async def test_digits_said_one_by_one_end_with_a_finished_turn(daisy: CompiledFlow) -> None:
    # "tres." ended the number: a digit said next at its read-back corrects it, never a fourth digit
    assert READ_BACK["es-MX"].format("5") in await _after(daisy, "es-MX", "Es el dos", "cero", "tres.", "cinco")


@pytest.mark.parametrize(("locale", "first", "again", "value"), [
    ("es-MX", "Cuatro", "Cuatro.", "4"),
    ("es-MX", "Es el siete", "siete", "7"),
    ("es-MX", "Tres", "Tres, cero, dos.", "302"),
    ("es-MX", "El dos", "dos cero tres.", "203"),
    ("en-US", "Five", "Yeah, five.", "5"),
    ("en-US", "It's one", "One, two, three.", "123"),
])
async def test_the_digit_read_back_said_again_is_no_next_digit(
        daisy: CompiledFlow, locale: str, first: str, again: str, value: str) -> None:
    # "Tractor número 4" - "Cuatro.": the caller confirms the digit, or says the number again from its start
    # ("Tres, cero, dos."): never 44 or 3302
    conv = await call(daisy, locale, [*OPENING[locale], first, again])
    if conv.step.slot == "tractor_number":
        conv = await call(daisy, locale, [*OPENING[locale], first, again, "sí" if locale == "es-MX" else "yes"])
    assert conv.slots.get("tractor_number") == value
