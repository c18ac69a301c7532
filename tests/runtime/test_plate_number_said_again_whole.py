"""The number of a plate begun round and then said again whole is that whole number.

A caller who pauses after the round part of a number ("Setecientos.") often says the whole number again in
the next turn ("Setecientos dieciséis."), rather than only what is left ("dieciséis"). The plate takes the
whole number (716), never the round one (700) nor the two glued together. A number that does not begin as
the round one did is no restatement of it, and what is left said alone still completes it.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer, heard_plate


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ("Erre.", "Te.", "Ele.", "Setecientos.", "Setecientos dieciséis."), "RTL-716"),
        ("es-MX", ("Erre.", "Te.", "Ele.", "Dos mil.", "Dos mil ochenta."), "RTL-2080"),
        ("es-MX", ("Erre.", "Te.", "Ele.", "Dos mil.", "Dos mil trescientos cinco."), "RTL-2305"),
        ("en-US", ("R.", "T.", "L.", "Seven hundred.", "Seven hundred sixteen."), "RTL-716"),
    ],
)
def test_the_whole_number_said_again_replaces_the_round_one(locale: str, turns: tuple[str, ...],
                                                             value: str) -> None:
    heard, acc = heard_plate(locale, *turns)
    assert acc.value == value
    assert heard[-1].event == "filled"  # a whole number ends the plate: read back


def test_what_is_left_said_alone_still_completes_the_round_number() -> None:
    assert heard_plate("es-MX", "Erre.", "Te.", "Ele.", "Setecientos.", "Dieciséis.")[1].value == "RTL-716"


@pytest.mark.parametrize(
    "turns",
    [
        ("Erre.", "Te.", "Ele.", "Setecientos.", "Trescientos dieciséis."),  # another number
        ("Erre.", "Te.", "Ele.", "Setecientos.", "Setecientos."),  # the same round number again
    ],
)
def test_a_number_that_is_no_restatement_does_not_replace_the_round_one(turns: tuple[str, ...]) -> None:
    assert heard_plate("es-MX", *turns)[1].so_far() == "R T L 7 0 0"


@pytest.mark.parametrize(
    "reply", ["Setecientos dieciséis.", "No, setecientos dieciséis.", "Sí, setecientos dieciséis."])
def test_the_whole_number_said_at_the_read_back_of_the_round_one_is_taken(reply: str) -> None:
    # a pause after "setecientos" reads RTL-700 back; the whole number said then puts it right
    heard = answer("plate", "erre te ele setecientos", reply)
    assert (heard.event, heard.value) == ("corrected", "RTL-716")
