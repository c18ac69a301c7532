""""No sé, ahorita ando en uno prestado", "I'm in a borrowed one": "uno"/"one" said with what kind of one it is
(a borrowed, rented, new one, the company's) stands for the vehicle, as "uno de los nuevos" does; the caller
gives no number. Said after what it numbers ("el uno", "la unidad uno", "number one"), inside a number
("ciento uno") or on its own, it stays the number."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("No sé, ahorita ando en uno prestado.", "es-MX"),
        ("Ando en uno rentado, no sé el número.", "es-MX"),
        ("Traigo uno de la empresa.", "es-MX"),
        ("Es uno nuevo, todavía no tiene número.", "es-MX"),
        ("Me dieron uno diferente hoy.", "es-MX"),
        ("I'm in a borrowed one today.", "en-US"),
        ("It's a rental one, I don't know.", "en-US"),
        ("They gave me a different one.", "en-US"),
    ],
)
def test_uno_for_the_vehicle_is_no_number(said: str, locale: str) -> None:
    assert extract("integer", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Uno.", "es-MX", "1"),
        ("Es el uno prestado.", "es-MX", "1"),
        ("La unidad uno.", "es-MX", "1"),
        ("Ciento uno rentado.", "es-MX", "101"),
        ("Uno, uno, siete.", "es-MX", "117"),
        ("Uno de dos ocho.", "es-MX", "128"),
        ("One.", "en-US", "1"),
        ("Number one.", "en-US", "1"),
        ("It's a one.", "en-US", "1"),
        ("A hundred and one.", "en-US", "101"),
        ("It's one twelve.", "en-US", "112"),
        # the make said with "a", then the number read digit by digit
        ("It's a Freightliner, one oh five.", "en-US", "105"),
        ("I drive a Kenworth, one o two.", "en-US", "102"),
    ],
)
def test_trap_the_number_one_stays(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected
