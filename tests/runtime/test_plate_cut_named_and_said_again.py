"""Plate dictation as a listener hears it when the line cuts words, letters come in two turns, or the caller
answers a read-back that was not ours.

- A letter lost before its cut "de" ("Es de" ... "Sinaloa.") is the letter of the word that follows; a letter
  said anew with its word ("Hije de" ... "Hache de hotel.") takes the lost one's D back.
- "primero la ge" / "the G comes first" puts that letter first; a letter missing "al final" goes at the end of
  the letters, not after the digits (PLG-559).
- A letter's two-word name over two turns ("i" ... "griega") is one letter; "be de barco otra vez" when B is all
  the plate holds is a second B.
- A round thousand cut by a pause at a plate's longest ("Mil") waits for what fills its zeros.
- After "sí, pero" / "but", the number named as such replaces the plate's digits; after a "no", the digits said
  again with "nomás" / "just", or a letter only made clear ("es ve chica"), say the plate as it is.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer, call, heard_plate, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("Efe de foco.", "Ere.", "Es de", "Sinaloa."), "F R S"),
    ("es-MX", ("Efe de foco.", "Hije de", "Tomate."), "F T"),
    ("es-MX", ("Efe de foco.", "Es de", "Dado."), "F D"),
    ("es-MX", ("Hije de", "Hache de hotel."), "H"),
    ("es-MX", ("Efe.", "Es de", "Ere de ratón."), "F R"),
])
def test_a_letter_lost_before_its_cut_de_is_the_letter_of_what_follows(
        locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate(locale, *turns)[1].so_far() == so_far


def test_a_d_said_as_a_sentence_stays_a_d() -> None:
    # "Es de." ends as a sentence: "it is D", not a spelling cut before its word
    assert heard_plate("es-MX", "Efe.", "Es de.", "Sinaloa.")[1].so_far().startswith("F D")


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("Hache de hotel.", "Ere.", "No, primero la ge."), "G H R"),
    ("es-MX", ("Hache de hotel.", "Ere.", "La ge va primero."), "G H R"),
    ("es-MX", ("Hache.", "Ere.", "Va primero la ge de gato."), "G H R"),
    ("en-US", ("H.", "R.", "No, first the G."), "G H R"),
    ("en-US", ("H.", "R.", "The G comes first."), "G H R"),
])
def test_the_letter_said_to_go_first_goes_first(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate(locale, *turns)[1].so_far() == so_far


@pytest.mark.parametrize(("locale", "said_before", "reply", "value"), [
    ("es-MX", "a be uno dos tres", "primero va el cuatro", "AB-4123"),
    ("es-MX", "a be uno dos tres", "No, el cuatro va primero.", "AB-4123"),
    ("en-US", "A B one two three", "No, first the four.", "AB-4123"),
])
def test_a_digit_said_to_go_first_goes_first_of_the_digits(
        locale: str, said_before: str, reply: str, value: str) -> None:
    # letters and digits each have their run in a plate: never 4AB-123, which no plate is
    heard = answer("plate", said_before, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(("locale", "reply"), [
    ("es-MX", "Primero es la a, después be y ce, y luego uno dos tres."),
    ("es-MX", "Primero la a, luego la be."),
    ("en-US", "First is A, then B and C."),
])
def test_the_plate_described_from_its_first_letter_is_not_changed(locale: str, reply: str) -> None:
    # the A is first already: the caller says the plate as it is, nothing to insert (never BYC-123)
    heard = answer("plate", "a be ce uno dos tres" if locale == "es-MX" else "A B C one two three", reply, locale)
    assert heard.value in (None, "ABC-123")


@pytest.mark.parametrize(("locale", "reply"), [
    ("es-MX", "No, primero la ce."),
    ("es-MX", "primero el uno"),
    ("es-MX", "Falta una ge al principio."),
    ("en-US", "the one goes first"),
    ("en-US", "No, first the G."),
])
def test_an_insertion_no_plate_can_hold_is_not_kept(locale: str, reply: str) -> None:
    # ABC-123 has three letters already (the pattern's most): "CABC123" or "1ABC123" can never be read back,
    # and kept, every "sí" after would be answered "Llevo C A B C 1 2 3. ¿Qué sigue?"
    heard = answer("plate", "a be ce uno dos tres" if locale == "es-MX" else "A B C one two three", reply, locale,
                   pattern="[A-Z]{2,3}-\\d{2,4}")
    kept = heard.accumulator.so_far().replace(" ", "") if heard.accumulator is not None else ""
    assert not kept.startswith(("CABC", "1ABC", "GABC"))


@pytest.mark.parametrize(("locale", "said_before", "reply", "value"), [
    ("es-MX", "pe ele cinco cinco nueve", "No, son tres letras, falta la ge de gato al final.", "PLG-559"),
    ("es-MX", "pe ele cinco cinco nueve", "Le falta una ge al final.", "PLG-559"),
    ("es-MX", "pe ele cinco cinco nueve", "Falta un cuatro al principio.", "PL-4559"),
    ("en-US", "P L five five nine", "You missed a G at the end.", "PLG-559"),
])
def test_a_missing_character_at_an_end_goes_at_that_end_of_its_kind(
        locale: str, said_before: str, reply: str, value: str) -> None:
    heard = answer("plate", said_before, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(("turns", "so_far"), [
    (("Nitra ge.", "Litra i", "griega."), "G Y"),
    (("Ge.", "i", "griega, te."), "G Y T"),
    (("Ge.", "i", "latina."), "G I"),
])
def test_a_letters_two_word_name_over_two_turns_is_one_letter(turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate("es-MX", *turns)[1].so_far() == so_far


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("Be de barco.", "Be de barco otra vez."), "B B"),
    ("en-US", ("B as in boy.", "B again."), "B B"),
])
def test_the_only_letter_said_again_with_otra_vez_is_a_second_one(
        locale: str, turns: tuple[str, ...], so_far: str) -> None:
    assert heard_plate(locale, *turns)[1].so_far() == so_far


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ("Be.", "Be.", "A.", "Mil", "doscientos."), "BBA-1200"),
    ("es-MX", ("Be.", "Be.", "A.", "Dos mil", "cuarenta y cinco."), "BBA-2045"),
    ("en-US", ("B.", "B.", "A.", "Two thousand", "forty five."), "BBA-2045"),
])
def test_a_round_thousand_cut_by_a_pause_at_the_plates_longest_waits_for_the_rest(
        locale: str, turns: tuple[str, ...], value: str) -> None:
    heard, acc = heard_plate(locale, *turns)
    assert heard[-2].event == "partial"
    assert acc.value == value


@pytest.mark.parametrize("turn", ["Mil.", "Mil cien.", "Treinta y uno, sesenta."])
def test_a_number_said_whole_at_the_plates_longest_is_not_held(turn: str) -> None:
    assert heard_plate("es-MX", "Be.", "Be.", "A.", turn)[0][-1].event == "filled"


@pytest.mark.parametrize(("locale", "reply", "value"), [
    ("es-MX", "Sí, pero el número es cuatrocientos diecisiete.", "DMX-417"),
    ("es-MX", "Sí, pero es cuatrocientos diecisiete.", "DMX-417"),
    ("es-MX", "No, el número es cuatrocientos diecisiete.", "DMX-417"),
    ("en-US", "Yes, but the number is four seventeen.", "DMX-417"),
])
def test_the_number_named_after_a_but_replaces_the_plates_number(locale: str, reply: str, value: str) -> None:
    said_before = "de, eme, equis, cuatrocientos diez" if locale == "es-MX" else "D M X four ten"
    heard = answer("plate", said_before, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(("locale", "plate", "turns", "read_back"), [
    # the caller answers another read-back ("800888"): the plate is as they say, read back again
    ("es-MX", "jota ka ele ochocientos ochenta y ocho", ["No,", "nomás ochocientos ochenta y ocho."],
     "J de jirafa, K de kilo, L de luna, 8, 8, 8"),
    ("es-MX", "efe erre ese dos cero cero dos", ["No,", "doscientos dos nada más."],
     "F de foca, R de ratón, S de sapo, 2, 0, 2"),
    ("es-MX", "ve ce ye tres nueve cero cuatro", ["No,", "es ve chica, de Veracruz."],
     "V de vaca, C de casa, Y de yate, 3, 9, 0, 4"),
    ("en-US", "F R S two zero zero two", ["No,", "just two hundred two."], "Foxtrot, Romeo, Sierra, 2, 0, 2"),
])
async def test_after_a_no_the_plate_said_as_it_is_is_read_back_again(
        daisy: CompiledFlow, locale: str, plate: str, turns: list[str], read_back: str) -> None:
    opening = ["sí", "Ana López", "sí", "cuarenta.", "sí"] if locale == "es-MX" \
        else ["yes", "Ana Lopez", "yes", "forty.", "yes"]
    conv = await call(daisy, locale, [*opening, plate, turns[0]])
    assert conv.step.slot == "tractor_plate"
    assert read_back in said(await conv.user_turn(turns[1]))


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("Letra u.", "Uve de", "Uve."), "U V"),
    ("es-MX", ("Efe.", "Be de", "Be. Ese."), "F B S"),
    ("es-MX", ("Te de", "Te."), "T"),
    ("es-MX", ("Jota de...", "Jota.", "Ere."), "J R"),
    ("en-US", ("A.", "B for", "B. C."), "A B C"),
])
def test_a_letter_cut_before_its_word_and_said_again_bare_is_one_letter(
        locale: str, turns: tuple[str, ...], so_far: str) -> None:
    # the caller, cut in the middle of "uve de vaca", says the letter again from its start: no D, no second V
    assert heard_plate(locale, *turns)[1].so_far() == so_far


@pytest.mark.parametrize(("locale", "turns", "read_back"), [
    ("en-US", ("B for", "B, C, 1 2 3."), "Bravo, Charlie, 1, 2, 3"),
    ("en-US", ("V as in", "V, X, R, four five six."), "Victor, X-ray, Romeo, 4, 5, 6"),
    ("en-US", ("D for", "D, N, 7 7 1."), "Delta, November, 7, 7, 1"),
    ("es-MX", ("Jota de...", "Jota, ere, uno dos tres."), "J de jirafa, R de ratón, 1, 2, 3"),
])
async def test_a_cut_letter_said_bare_with_the_rest_of_the_plate_is_read_back_at_once(
        daisy: CompiledFlow, locale: str, turns: tuple[str, ...], read_back: str) -> None:
    # cut after "B for" with no D held, the caller says the plate again from its letter: the plate said whole,
    # read back at once (one B), never "so far ... what's next?" and one more turn to wait
    yes = "sí" if locale == "es-MX" else "yes"
    opening = ["sí", "Griselda Montaño", "sí", "ochenta", "sí"] if locale == "es-MX" \
        else ["yes", "Ann Lopez", "yes", "80", "yes"]
    conv = await call(daisy, locale, [*opening, turns[0]])
    reply = said(await conv.user_turn(turns[1]))
    assert conv.step.name == "registration.tractor_plate.confirm" and read_back in reply
    await conv.user_turn(yes)
    assert conv.step.slot == "trailer_number"


@pytest.mark.parametrize(("locale", "turns", "so_far"), [
    ("es-MX", ("Uve de", "Uve, uve, equis, uno dos tres."), "V V X 1 2 3"),
    ("es-MX", ("Letra u.", "Uve de", "Uve, uve, uno dos tres."), "U V V 1 2 3"),
    ("es-MX", ("Te de", "Te, te, a, nueve ocho siete."), "T T A 9 8 7"),
    ("en-US", ("V as in", "V, V, X, one two three."), "V V X 1 2 3"),
    ("en-US", ("A.", "B for", "B, C, 1 2 3."), "A B C 1 2 3"),
])
def test_a_cut_letter_said_again_bare_keeps_every_letter_said_after_it(
        locale: str, turns: tuple[str, ...], so_far: str) -> None:
    # cut in the middle of "uve de vaca", the caller says the plate again from that letter: a letter the plate
    # has twice (VVX) stays twice, and the letters held before the cut stay
    assert heard_plate(locale, *turns)[1].so_far() == so_far
