"""At a unit number's read-back, a "no" inside what the caller says of the number ("Es el 612, no el 621";
"no es mil veinte, es mil doscientos") is read with the number: the value is the one the caller stands
by, never the one ruled out nor both run together. Said without any pause, "el 43 no el 44" is told by
the value read back: the one of the two that was read back is the one the "no" turns down. A number
confirmed as "N dos veces" is a yes."""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("read_back", "reply", "event", "value"),
    [
        ("seiscientos veintiuno", "Es el seiscientos doce, no el seiscientos veintiuno.", "corrected", "612"),
        ("mil veinte", "no es mil veinte, es mil doscientos", "corrected", "1200"),
        ("mil veinte", "Sí, pero es mil doscientos, no mil veinte.", "corrected", "1200"),
        ("mil veinte", "Sí, pero no es mil veinte, es mil doscientos.", "corrected", "1200"),
        # a take-back of the number read back, to another
        ("cuarenta y tres", "el cuarenta y tres, no, el cuarenta y cuatro", "corrected", "44"),
        # no pause at all: the number read back is the one turned down
        ("cuarenta y tres", "el cuarenta y tres no el cuarenta y cuatro", "corrected", "44"),
        ("cuarenta y cuatro", "el cuarenta y tres no el cuarenta y cuatro", "corrected", "43"),
        # the number confirmed by its halves
        ("sesenta y uno sesenta y uno", "Sí, sesenta y uno dos veces.", "yes", None),
    ],
)
def test_number_answer_at_its_read_back(read_back: str, reply: str, event: str, value: str | None) -> None:
    heard = answer("integer", read_back, reply)
    assert (heard.event, heard.value) == (event, value)


def test_halves_said_again_wrong_are_no_yes() -> None:
    heard = answer("integer", "sesenta y uno sesenta y uno", "Sí, sesenta y dos dos veces.")
    assert (heard.event, heard.value) == ("corrected", "6262")
