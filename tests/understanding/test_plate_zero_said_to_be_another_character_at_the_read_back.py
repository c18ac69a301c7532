"""At a plate's read-back, a turn that says a zero is another character ("no, el cero no, es la letra o", "no es
cero, es o", "en vez del cero es la o", "not zero, it's the letter o", "no, that's an o, not a zero") puts that
character in the zero's place where the plate's pattern has room for it there (ABC-1O3 where letters and digits
mix), and where it has none (Daisy's LLL-DDD: the number is digits) keeps the plate as read back and says so
(`no_room`: "La O no cabe ahí") - never the zero dropped (ABC-13) nor a zero added (ABC-1030), nor a yes. A zero
ruled out with other characters after it ("no cero, uno tres" at TR-307) is no zero only taken out (TR-37).
A number said anew as "dos mil dos" is 2002 and "dos cero dos" 202, whichever was read back."""

from __future__ import annotations

from typing import Any

import pytest

from daisy_engine.runtime.listening import Heard, hear_char, hear_confirmation
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.types.plate import PlateAccumulator


def answer(type_name: str, said: str, reply: str, locale: str, **options: Any) -> Heard:
    slot_type = slot_types.get(type_name)
    assert slot_type is not None

    def fresh() -> Any:
        return slot_type.start(locale, options)

    value = slot_types.feed(fresh(), said).state
    assert value.complete, said
    return hear_confirmation(reply, locale, value.value, value, fresh)


DAISY = r"[A-Z]{2,3}-\d{2,4}"
MIXED = r"[A-Z0-9]{3}-[A-Z0-9]{3}"

SAID_TO_BE_O = [
    ("a b c uno cero tres", "no, el cero no, es la letra o", "es-MX"),
    ("a b c uno cero tres", "no es cero, es o", "es-MX"),
    ("a b c uno cero tres", "en vez del cero es la letra o", "es-MX"),
    ("a b c uno cero tres", "el cero no, es la o de oso", "es-MX"),
    ("a b c one zero three", "not zero, it's the letter o", "en-US"),
    ("a b c one zero three", "no, that's an o, not a zero", "en-US"),
]


@pytest.mark.parametrize(("said", "reply", "locale"), SAID_TO_BE_O)
def test_a_letter_where_the_plate_has_no_room_for_it_is_said_and_the_plate_kept(said: str, reply: str,
                                                                                  locale: str) -> None:
    heard = answer("plate", said, reply, locale, pattern=DAISY)
    assert (heard.event, heard.value) == ("corrected", "ABC-103")
    assert heard.accumulator is not None and heard.accumulator.no_room() == "O"


@pytest.mark.parametrize(("said", "reply", "locale"), SAID_TO_BE_O)
def test_a_letter_where_the_plate_has_room_for_it_takes_the_zeros_place(said: str, reply: str, locale: str) -> None:
    heard = answer("plate", said, reply, locale, pattern=MIXED)
    assert (heard.event, heard.value) == ("corrected", "ABC-1O3")


@pytest.mark.parametrize(
    ("said", "reply", "value"),
    [
        ("a b c uno cero tres", "no, el cero no, es uno", "ABC-113"),
        ("a b c uno cero tres", "el cero no, es un ocho", "ABC-183"),
        ("a b c uno cero tres", "en vez del cero es un ocho", "ABC-183"),
        # other characters after the zero ruled out: the digits said again, never TR-37
        ("t r tres cero siete", "no cero, uno tres", "TR-013"),
        # nothing said in its place: the zero goes
        ("t r tres cero siete", "el cero no va", "TR-37"),
        ("x y z doscientos dos", "no, dos mil dos", "XYZ-2002"),
        ("x y z dos cero dos", "no, dos mil dos", "XYZ-2002"),
        ("x y z dos mil dos", "no, dos cero dos", "XYZ-202"),
        ("x y z dos mil dos", "no, doscientos dos", "XYZ-202"),
    ],
)
def test_a_digit_in_place_of_a_zero_or_the_number_said_anew(said: str, reply: str, value: str) -> None:
    heard = answer("plate", said, reply, "es-MX", pattern=DAISY)
    assert (heard.event, heard.value) == ("corrected", value)


def test_a_letter_in_place_of_another_amid_a_dictation_is_no_letter_without_room() -> None:
    """"En vez de la letra P sería la letra T" at P F W (not done yet): the T takes the P's place - a plate may
    still begin so; nothing is said to have no room."""
    acc = PlateAccumulator("plate", "es-MX", {"pattern": DAISY})
    for turn in ('Letra "P"', "Letra F.", "W", "En vez de la letra P sería la letra T?"):
        heard = hear_char(acc, turn, "es-MX")
        acc = heard.accumulator or acc  # type: ignore[assignment]
    assert (acc.so_far(), acc.no_room()) == ("T F W", "")
