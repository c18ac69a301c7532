"""A value said again after the caller announces it: "te lo repito: 452", "let me say that again, A B C 452".

The announcement is no part of the value: "one more time" gives no digit 1, "repito" no word of a name; the value
after it is read as if said alone, at the question, amid a plate's dictation and at a read-back. A plate's
number said again on its own (announced or not) takes the place of the number held, the letters stay: a plate
is never begun anew from digits with its letters lost. "Desde el principio" / "start over" still begin the
value anew, and an announcement with nothing after it adds nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from runtime_helpers import answer, heard_plate, said

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import new_accumulator, without_said_again

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _fed(type_name: str, locale: str, *turns: str, **options: object) -> object:
    acc = new_accumulator(type_name, locale, options)
    for turn in turns:
        acc.feed(turn)
    return acc


@pytest.mark.parametrize(
    ("locale", "turn"),
    [
        ("es-MX", "Se lo repito: ochocientos diez"),
        ("es-MX", "No, ya se lo repito otra vez, 810"),
        ("es-MX", "como le dije, ocho uno cero"),
        ("en-US", "One more time: eight ten"),
        ("en-US", "let me repeat that, 8 1 0"),
        ("en-US", "Like I said, eight one zero"),
        ("en-US", "I'll say it again, 810"),
    ],
)
def test_a_number_announced_as_said_again_is_the_number_alone(locale: str, turn: str) -> None:
    assert _fed("integer", locale, turn, min=0, max=999999).value == "810"


def test_a_number_said_again_after_a_first_one_replaces_it() -> None:
    assert _fed("integer", "en-US", "seven nine", "once more, seventy one", min=0, max=999999).value == "71"


@pytest.mark.parametrize(
    ("locale", "turn", "left"),
    [
        ("es-MX", "Te lo vuelvo a decir: Ramón Núñez", "Ramón Núñez"),
        ("es-MX", "Pues le repito, Íñigo", "Pues Íñigo"),
        ("en-US", "Let me say it again: O'Neill", "O'Neill"),
    ],
)
def test_the_words_after_the_announcement_keep_their_case_and_accents(locale: str, turn: str, left: str) -> None:
    assert without_said_again(turn, locale) == left


@pytest.mark.parametrize(
    ("locale", "turn"),
    [
        ("es-MX", "repito"),  # nothing after it
        ("es-MX", "otra vez"),  # the start-over command, not an announcement
        ("es-MX", "el repito es mío"),  # not at the turn's start
        ("en-US", "once"),
        ("en-US", "I said no to that"),
    ],
)
def test_a_turn_without_an_announcement_before_a_value_is_left_as_it_is(locale: str, turn: str) -> None:
    assert without_said_again(turn, locale) == turn


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ("Letra erre.", "Te.", "Ele.", "Siete uno seis.", "Se lo repito: siete uno nueve."), "RTL-719"),
        ("es-MX", ("erre te ele", "siete uno seis", "otra vez: siete, uno, nueve"), "RTL-719"),
        ("es-MX", ("erre te ele", "siete uno seis ocho", "siete uno nueve"), "RTL-719"),
        ("en-US", ("R T L", "seven one six", "one more time, seven one nine"), "RTL-719"),
        ("en-US", ("R T L", "7 1 6", "again: 7 1 9"), "RTL-719"),
    ],
)
def test_the_number_said_again_amid_the_dictation_keeps_the_letters(locale: str, turns: tuple[str, ...],
                                                                      value: str) -> None:
    assert _fed("plate", locale, *turns, **PLATE).value == value


def test_the_same_number_said_again_leaves_the_plate_as_it_is() -> None:
    acc = _fed("plate", "es-MX", "erre te ele", "siete uno seis", "te repito, siete uno seis", **PLATE)
    assert acc.value == "RTL-716"


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        # begun anew in so many words: the digits are the start of a new dictation
        ("es-MX", ("erre te ele", "siete uno seis", "desde el principio: siete uno nueve"), "7 1 9"),
        ("en-US", ("R T L", "seven one six", "start over, seven one nine"), "7 1 9"),
        # two digits that the number may go on with are no new number
        ("es-MX", ("a be ce", "doscientos", "cero cinco"), "A B C 2 0 0"),
    ],
)
def test_a_start_over_or_digits_that_may_go_on_are_not_the_number_said_again(locale: str, turns: tuple[str, ...],
                                                                              so_far: str) -> None:
    options = PLATE if "200" not in so_far.replace(" ", "") else {}
    assert _fed("plate", locale, *turns, **options).so_far() == so_far


def test_the_runtime_hears_the_number_said_again_amid_the_dictation() -> None:
    heard, acc = heard_plate("es-MX", "Erre.", "Te.", "Ele.", "Siete.", "Uno.", "Seis.", "Le repito: siete uno nueve.")
    assert acc.so_far() == "R T L 7 1 9"


@pytest.mark.parametrize(
    ("locale", "reply"),
    [
        ("es-MX", "Te lo repito: siete uno nueve."),
        ("es-MX", "No, se lo repito, erre te ele siete uno nueve"),
        ("en-US", "Let me say that again, seven one nine"),
        ("en-US", "One more time: R T L 7 1 9"),
    ],
)
def test_the_value_said_again_at_the_read_back_is_taken(locale: str, reply: str) -> None:
    heard = answer("plate", "erre te ele siete uno seis" if locale == "es-MX" else "R T L 7 1 6", reply, locale,
                   **PLATE)
    assert (heard.event, heard.value) == ("corrected", "RTL-719")


@pytest.mark.parametrize(("locale", "reply"), [("es-MX", "te lo repito: a las seis de la tarde"),
                                               ("en-US", "one more time, six pm")])
def test_a_time_said_again_at_its_read_back_is_taken(locale: str, reply: str) -> None:
    heard = answer("time", "a las cinco de la tarde" if locale == "es-MX" else "five pm", reply, locale)
    assert heard.event == "corrected"
    assert heard.value == "18:00"


async def _daisy_at_email(locale: str) -> object:
    flow = compile_flow(load_flow(Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"))
    conv = Conversation(flow, locale=locale, store=MemoryStore())
    await conv.start()
    es = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
          "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"]
    en = ["yes", "Ann Lopez", "yes", "four five two", "yes", "a b c one twenty three", "yes", "one thousand", "yes",
          "x y z nine eighty seven", "yes", "at five pm", "yes"]
    for turn in es if locale == "es-MX" else en:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    return conv


@pytest.mark.parametrize(
    ("locale", "turn", "alone"),
    [
        ("es-MX", "Como le dije, no sé.", "No sé."),
        ("es-MX", "Te lo repito, no sé.", "No sé."),
        ("es-MX", "Como te dije, ni idea.", "Ni idea."),
        ("es-MX", "Se lo repito: no uso correo.", "No uso correo."),
        ("en-US", "Like I said, no idea.", "No idea."),
        ("en-US", "Like I said, I don't know.", "I don't know."),
    ],
)
def test_an_announced_answer_that_is_no_value_is_heard_as_if_said_alone(locale: str, turn: str, alone: str) -> None:
    async def reply(words: str) -> tuple[str, object]:
        conv = await _daisy_at_email(locale)
        out = said(await conv.user_turn(words))
        return out, conv.step.name  # type: ignore[attr-defined]

    announced, alone_said = asyncio.run(reply(turn)), asyncio.run(reply(alone))
    assert announced == alone_said
    assert "Llevo" not in announced[0] and "I have" not in announced[0]  # never an address begun from "se"/"idea"


def test_a_request_to_hear_the_question_again_is_still_one() -> None:
    async def reply() -> str:
        conv = await _daisy_at_email("en-US")
        return said(await conv.user_turn("One more time, please?"))

    assert "e-mail" in asyncio.run(reply())
