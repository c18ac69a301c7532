"""Letters and words amid a dictation, heard by the slot and the locale:

- an English "eh" between two letters said one by one is the letter A ("J, eh, M, E, S" is james, "B eh C" BAC);
  before the letters or alone it is a sound ("eh, B C" is B C);
- trucker radio talk at a read-back ("Ten four.", "10-4, good buddy") is a yes, its numbers no digits of the value
  (no plate ...-104);
- a language named before letters said one by one ("En inglés. A B C") says how they are said: the dictation
  goes on in the call's language; "English?" alone amid a plate asks for English, the letters kept;
- at the surname question, the other language's name said in the call's own language as a statement ("Juan" -
  "Inglés.") is the surname; asked ("¿Inglés?", "English?") it switches the call;
- spelling words said apart in one turn ("Kilo. Uva. Ernesto.") are their letters, a given name among them too,
  as when said turn by turn ("Ka." - "U." - "Domingo." is K U D: "D de Domingo" with its letter name lost).
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}
TO_EMAIL = {
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes", "one thousand",
              "yes", "x y z nine eight seven six", "yes", "at five pm", "yes"],
}


@pytest.mark.parametrize(("turns", "shown"), [
    (["B eh C one two three"], "I have B A C 1 2 3 so far."),
    (["K, eh, T, 4 5 6"], "I have K A T 4 5 6 so far."),
    (["Kay.", "Eh.", "Tee."], "I have K T so far."),  # alone it is a sound
    (["eh, B C 123"], "Bravo, Charlie, 1"),
])
async def test_an_english_eh_between_letters_is_the_letter_a(daisy: CompiledFlow, turns: list[str], shown: str) -> None:
    conv = await call(daisy, "en-US", [*TO_PLATE["en-US"], *turns[:-1]])
    assert shown in said(await conv.user_turn(turns[-1]))


@pytest.mark.parametrize(("turn", "shown"), [
    ("B, eh, I mean, D one two three", "I have B D 1 2 3 so far."),
    ("J, eh, I mean G, one two three", "I have J G 1 2 3 so far."),
    ("M, eh, I mean N, 4 5 6", "I have M N 4 5 6 so far."),
])
async def test_an_english_eh_before_i_mean_is_a_sound(daisy: CompiledFlow, turn: str, shown: str) -> None:
    # "B, eh, I mean D": the caller thinking before words of his own - no letter A put between B and D
    conv = await call(daisy, "en-US", TO_PLATE["en-US"])
    assert shown in said(await conv.user_turn(turn))


@pytest.mark.parametrize(("turn", "value"), [
    ("j, eh, m, e, s at yahoo dot com", "james@yahoo.com"),
    ("b eh c at gmail dot com", "bac@gmail.com"),
])
async def test_an_english_eh_between_letters_of_an_address_is_a(daisy: CompiledFlow, turn: str, value: str) -> None:
    conv = await call(daisy, "en-US", [*TO_EMAIL["en-US"], turn])
    assert conv.pending == value


@pytest.mark.parametrize("yes", ["Ten four.", "10-4", "Ten four, good buddy.", "ten four on that"])
async def test_radio_talk_at_a_plate_read_back_is_a_yes(daisy: CompiledFlow, yes: str) -> None:
    conv = await call(daisy, "en-US", [*TO_PLATE["en-US"], "ABC 123", yes])
    assert conv.slots.get("tractor_plate") == "ABC-123"


async def test_digits_after_ten_four_are_still_dictated(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", [*TO_PLATE["en-US"], "A B C"])
    assert "1, 0, 4, 5." in said(await conv.user_turn("ten four five"))


@pytest.mark.parametrize(("turns", "shown"), [
    (["Ka ele.", "En inglés. Eme. 4 5 6"], "Llevo K L M 4 5 6."),
    (["Ka ele.", "En inglés. A B."], "Llevo"),
])
async def test_a_language_named_before_letters_keeps_the_call_in_its_language(
        daisy: CompiledFlow, turns: list[str], shown: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATE["es-MX"], *turns[:-1]])
    assert shown in said(await conv.user_turn(turns[-1]))
    assert conv.locale == "es-MX"


async def test_english_asked_amid_a_plate_switches_and_keeps_the_letters(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATE["es-MX"], "Ka ele."])
    reply = said(await conv.user_turn("English?"))
    assert conv.locale == "en-US"
    assert "K L" in reply


@pytest.mark.parametrize(("locale", "given", "surname", "name"), [
    ("es-MX", "Juan", "Inglés.", "Juan Inglés"),
])
async def test_the_other_languages_name_said_as_the_surname_is_the_surname(
        daisy: CompiledFlow, locale: str, given: str, surname: str, name: str) -> None:
    conv = await call(daisy, locale, [TO_PLATE[locale][0], given, surname])
    assert conv.locale == locale
    assert conv.pending == name


@pytest.mark.parametrize("said_", ["Spanish.", "Spanish", "Spanish?", "Spanish, please."])
async def test_spanish_said_at_the_surname_question_of_an_english_call_switches(
        daisy: CompiledFlow, said_: str) -> None:
    # "John" - "Spanish.": no English speaker's surname - a bilingual driver asking for Spanish, never "John Spanish"
    conv = await call(daisy, "en-US", ["yes", "John", said_])
    assert conv.locale == "es-MX"
    assert conv.pending != "John Spanish"


@pytest.mark.parametrize("ask", ["¿Inglés?", "English?", "En inglés, por favor."])
async def test_the_language_asked_at_the_surname_question_switches(daisy: CompiledFlow, ask: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Juan", ask])
    assert conv.locale == "en-US"


@pytest.mark.parametrize(("locale", "turns", "shown"), [
    ("es-MX", ["Kilo. Uva. Ernesto."], "Llevo K U E."),
    ("es-MX", ["Kilo. Uva. Domingo.", "4 5 6"], "Llevo K U D 4 5 6."),
    ("es-MX", ["Ka.", "U.", "Domingo."], "Llevo K U D."),
    ("en-US", ["Kilo. Uniform. Bill."], "I have K U B so far."),
    ("en-US", ["Kay.", "You.", "Bill."], "I have K U B so far."),
])
async def test_a_given_name_amid_spelling_words_is_its_letter(
        daisy: CompiledFlow, locale: str, turns: list[str], shown: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], *turns[:-1]])
    assert shown in said(await conv.user_turn(turns[-1]))


async def test_given_names_alone_are_no_plate(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_PLATE["es-MX"])
    assert "Llevo" not in said(await conv.user_turn("Juan. Pedro. Luis."))
