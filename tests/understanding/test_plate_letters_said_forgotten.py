"""The caller says the plate's letters are forgotten or unknown and gives only the number ("se me olvidaron
las letras, el número es cuatro cinco dos", "I don't remember the letters, it's three one nine"): the words of
that remark ("se", "el", "I") make no letters, so no whole plate is heard; the digits are kept while the
plate is dictated, and letters said next go before them. Letters dictated outright are still letters."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.types.plate import PlateAccumulator


@pytest.mark.parametrize(("said", "locale"), [
    ("Se me olvidaron las letras, el número es cuatro cinco dos.", "es-MX"),
    ("Las letras no me las sé, nomás el seis uno tres.", "es-MX"),
    ("No me acuerdo de las letras, es el ochocientos doce.", "es-MX"),
    ("I don't remember the letters, it's three one nine.", "en-US"),
    ("The letters I forgot, the number's five five two.", "en-US"),
])
def test_no_plate_is_made_of_the_remark(said: str, locale: str) -> None:
    assert extract("plate", said, locale) is None


def test_the_digits_wait_for_the_letters() -> None:
    acc = PlateAccumulator("plate", "es-MX", {})
    acc.feed("Se me olvidaron las letras, el número es cuatro cinco dos.")
    assert acc.value is None and acc.so_far() == "4 5 2"
    acc.feed("Ah, ya me acordé: erre, te, ka.")
    assert acc.value == "RTK-452"


@pytest.mark.parametrize(("said", "locale", "plate"), [
    ("Las letras son erre, te, ka, y el número cuatro cinco dos.", "es-MX", "RTK-452"),
    ("The letters are R T K, four five two.", "en-US", "RTK-452"),
])
def test_letters_dictated_are_still_letters(said: str, locale: str, plate: str) -> None:
    assert extract("plate", said, locale) == plate


@pytest.mark.parametrize(("said", "locale", "plate"), [
    ("No me sé las letras... ah no, ya me acordé, son A, B, C, uno dos tres cuatro.", "es-MX", "ABC-1234"),
    ("Se me olvidaron las letras, pero creo que son erre, te, ka, cuatro cinco dos.", "es-MX", "RTK-452"),
    ("Las letras no se ven bien, pero son A B C uno dos tres cuatro.", "es-MX", "ABC-1234"),
    ("I don't remember the letters but it's R T K four five two.", "en-US", "RTK-452"),
    ("Not sure about the letters, maybe B C D, one two three.", "en-US", "BCD-123"),
])
def test_letters_remembered_in_the_same_turn_are_the_plates(said: str, locale: str, plate: str) -> None:
    assert extract("plate", said, locale) == plate
