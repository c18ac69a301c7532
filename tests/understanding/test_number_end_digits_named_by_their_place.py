"""At a number's read-back, the digits at one end named by their place ("no, the last digits are 4 5" at 123, "los
dos primeros números son nueve ocho" at 1234) replace as many digits at that end (145, 9834), the rest kept -
never the whole number (45). Pinned beside them, readings judged right: a yes with more digits at a round number
read back ("sí, cinco" at 500, "doce" at 100) fills its empty places as the rest of it said later does
(505, 112 - "Setecientos" | "veinte" is 720), and the number with them is read back for the caller to refuse;
"Las dos" (both of them) alone at the trailer number gives no number: the question is asked again."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types

from .call_helpers import at_question


def _heard(locale: str, said: str, reply: str) -> tuple[str, object]:
    integer = slot_types.get("integer")
    assert integer is not None

    def fresh() -> slot_types.Accumulator:
        return integer.start(locale, {"min": 0, "max": 999999})

    acc = slot_types.feed(fresh(), said).state
    heard = hear_confirmation(reply, locale, acc.value, acc, fresh)
    return heard.event, heard.value


@pytest.mark.parametrize(
    ("locale", "said", "reply", "value"),
    [
        ("en-US", "one two three", "No, the last digits are 4 5", "145"),
        ("en-US", "one two three four", "no, the first two numbers are five six", "5634"),
        ("en-US", "one two three four", "Nope, last two are eight nine", "1289"),
        ("es-MX", "uno dos tres cuatro", "no, los últimos son cuatro cinco", "1245"),
        ("es-MX", "uno dos tres cuatro", "no, los dos primeros números son nueve ocho", "9834"),
        ("es-MX", "uno dos tres cuatro", "No, las últimas cifras son siete siete", "1277"),
    ],
)
def test_the_digits_at_the_end_named_replace_as_many_there(locale: str, said: str, reply: str, value: str) -> None:
    assert _heard(locale, said, reply) == ("corrected", value)


@pytest.mark.parametrize(
    ("locale", "said", "reply"),
    [
        ("es-MX", "uno dos tres cuatro", "sí, los últimos son tres cuatro"),
        ("en-US", "one two three", "yes, the last digits are 2 3"),
    ],
)
def test_the_end_named_as_it_is_is_a_yes(locale: str, said: str, reply: str) -> None:
    assert _heard(locale, said, reply) == ("yes", None)


@pytest.mark.parametrize(
    ("locale", "turns", "pending"),
    [
        ("en-US", ("one two three", "No, the last digits are 4 5"), "145"),
        # (not 1 2 3 4: the digits of the plates just confirmed, said alone, are those plates said again)
        ("es-MX", ("uno dos tres seis", "no, los últimos son cuatro cinco"), "1245"),
        # judged right (see the module's docstring): the empty places of a round number filled
        ("es-MX", ("quinientos", "sí, cinco"), "505"),
        ("es-MX", ("El 100", "doce"), "112"),
    ],
)
async def test_in_a_call_the_trailer_number_read_back(locale: str, turns: tuple[str, str], pending: str) -> None:
    conv = await at_question("trailer_number", locale)
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.pending == pending


async def test_both_of_them_alone_is_no_trailer_number() -> None:
    conv = await at_question("trailer_number", "es-MX")
    await conv.user_turn("Las dos")
    assert conv.pending is None
    assert conv.step.slot == "trailer_number"
