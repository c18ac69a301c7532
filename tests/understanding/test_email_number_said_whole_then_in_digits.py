"""A number of an e-mail address said whole and then, after a pause, digit by digit ("noventa, nueve
cero", "ninety, nine zero", "mil novecientos setenta y nueve, o sea uno nueve siete nueve") - or the
digits first and then the whole ("nueve cero, o sea noventa") - is the caller making it clear: the number
once, never its digits run together (990). The same form said twice ("noventa, noventa", "nueve cero,
nueve cero") is a dictation in pairs."""

from __future__ import annotations

import pytest

from .email_helpers import corrected, dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Laz punto espinoza.", "Noventa, nueve cero.", "Arroba hotmail punto com."], "es-MX",
         "laz.espinoza90@hotmail.com"),
        (["rogelio setenta y siete, siete siete arroba gmail punto com"], "es-MX", "rogelio77@gmail.com"),
        (["mari mil novecientos setenta y nueve, o sea uno nueve siete nueve arroba yahoo punto com"], "es-MX",
         "mari1979@yahoo.com"),
        (["tavo nueve cero, o sea noventa arroba gmail punto com"], "es-MX", "tavo90@gmail.com"),
        (["laz punto espinoza", "Noventa. Nueve, cero.", "arroba hotmail punto com"], "es-MX",
         "laz.espinoza90@hotmail.com"),  # the digits said apart after the whole
        (["kim ninety, nine zero at gmail dot com"], "en-US", "kim90@gmail.com"),
        (["dave forty two, four two at aol dot com"], "en-US", "dave42@aol.com"),
    ],
)
def test_a_number_said_whole_and_in_digits_is_said_once(turns: list[str], locale: str,
                                                        expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["beto noventa, noventa arroba gmail punto com"], "es-MX", "beto9090@gmail.com"),
        (["beto nueve cero, nueve cero arroba gmail punto com"], "es-MX", "beto9090@gmail.com"),
        (["beto noventa y nueve arroba gmail punto com"], "es-MX", "beto99@gmail.com"),
        (["sam twenty, twenty one at gmail dot com"], "en-US", "sam2021@gmail.com"),
    ],
)
def test_other_numbers_beside_each_other_stay(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("laz.espinoza@hotmail.com", "Después de espinoza va noventa, nueve cero.", "es-MX",
         "laz.espinoza90@hotmail.com"),
        ("tere.ruiz@gmail.com", "Le falta el setenta y siete, siete siete, después de ruiz.",
         "es-MX", "tere.ruiz77@gmail.com"),
        ("kimlee@gmail.com", "After lee there's ninety, nine zero.", "en-US", "kimlee90@gmail.com"),
    ],
)
def test_the_number_put_in_at_a_read_back_is_said_once(address: str, correction: str, locale: str,
                                                       expected: str) -> None:
    assert corrected(address, correction, locale) == expected
