"""A caller who starts the letters over without saying so ("Eme." - "Equis." - "Eme de Monterrey." -
"Equis." - "Ele."): the letter after the first that repeats the first one began the plate again, and
once the letters said since then are the letters held, the value is those letters (M X), with the next
one still to come - not the plate shifted along (X M X) nor the last letter refused. A first letter said
again alone, or letters with room after them, change nothing."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding.types.plate import PlateAccumulator

from .plate_helpers import DAISY_PLATE, plate_fed


def _heard(locale: str, *turns: str) -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, DAISY_PLATE)
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Eme.", "Equis.", "Eme de Monterrey.", "Equis.", "Ele de León.", "Tres mil noventa."],
         "MXL-3090"),
        ("es-MX", ["Letra ge.", "Hache.", "Ge de gato.", "Hache.", "Ese.", "Cuarenta."], "GHS-40"),
        ("es-MX", ["Pe.", "Ere.", "Pe.", "Ere.", "Cuatro cinco seis."], "PR-456"),
        ("en-US", ["Em.", "Ex.", "Em as in Mike.", "Ex.", "El.", "Three zero nine zero."], "MXL-3090"),
    ],
)
def test_the_letters_said_over_from_the_start_are_the_letters(locale: str, turns: list[str], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate
    assert _heard(locale, *turns).value == plate


def test_the_read_back_drops_the_letter_that_began_it_again() -> None:
    assert _heard("es-MX", "Eme.", "Equis.", "Eme.", "Equis.").so_far() == "M X"


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Eme.", "Equis.", "Eme.", "Cuatro cinco seis."], "MXM-456"),  # room: a third letter
        ("es-MX", ["A.", "Ce.", "A.", "De.", "Uno dos."], "AD-12"),  # begun again with another letter
        ("es-MX", ["A.", "Be.", "Ce.", "De.", "Uno dos tres."], "ABC-123"),  # no letter repeats the first
        ("en-US", ["Em.", "Ex.", "Em.", "Four five six."], "MXM-456"),
    ],
)
def test_trap_other_letters_keep_their_reading(locale: str, turns: list[str], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate
    assert _heard(locale, *turns).value == plate
