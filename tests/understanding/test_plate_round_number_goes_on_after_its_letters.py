"""A round number said first at a plate ("Doscientos.", "Two hundred.", "Mil.") is left open: the smaller number said
next fills its zeros - "Doscientos." - "dos." is 202 (it was lost: "dos" added nothing, as digits before the
letters fit no pattern yet), and so it stays when the letters come between ("Doscientos." - "X Y Z." - "dos." is
XYZ-202, read back; it was XYZ-2002). A listener writes the number as one, as with "Mil" - "cuarenta" (1040).
Pinned as well: digits said one by one go on over a pause ("Dos dos" - "ocho" is 228, read back)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (("Doscientos.", "dos."), "es-MX", "2 0 2"),
        (("Two hundred.", "two."), "en-US", "2 0 2"),
        (("Mil.", "cuarenta."), "es-MX", "1 0 4 0"),
        (("Doscientos.", "X Y Z.", "dos."), "es-MX", "X Y Z 2 0 2"),
        (("Doscientos.", "equis, ye, zeta.", "cuarenta y cinco."), "es-MX", "X Y Z 2 4 5"),
        (("Trailer two hundred.", "X.", "Y.", "Z.", "two."), "en-US", "X Y Z 2 0 2"),
        (("Mil.", "X Y Z.", "cuarenta."), "es-MX", "X Y Z 1 0 4 0"),
        # the number said whole again replaces the round one, never runs on with it
        (("Doscientos.", "X Y Z.", "doscientos dos."), "es-MX", "X Y Z 2 0 2"),
    ],
)
def test_a_round_number_said_first_is_filled_by_the_next_number(turns: tuple[str, ...], locale: str,
                                                                so_far: str) -> None:
    assert plate_fed(locale, *turns).so_far() == so_far


def test_digits_said_one_by_one_go_on_over_a_pause() -> None:
    integer = slot_types.get("integer")
    assert integer is not None

    def fresh() -> slot_types.Accumulator:
        return integer.start("es-MX", {})

    held = slot_types.feed(fresh(), "Dos dos").state
    heard = hear_confirmation("ocho", "es-MX", held.value, held, fresh)
    assert (heard.event, heard.value) == ("corrected", "228")
