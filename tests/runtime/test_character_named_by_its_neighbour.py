"""A character named by its neighbour at a plate read-back ("la que va después de la ge es ...", "the one
after the G is ..."): compared with the value read back, it changes that character - or, when the value
already has it, reads the value back unchanged (never a "no" that starts the plate over)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import Heard, hear_char, hear_confirmation
from daisy_engine.understanding.types.plate import PlateAccumulator


def _read_back(locale: str, *turns: str) -> tuple[Heard, PlateAccumulator]:
    acc = PlateAccumulator("plate", locale, {})
    heard = Heard("no_match")
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        acc = heard.accumulator or acc  # type: ignore[assignment]
    assert heard.event == "filled"
    return heard, acc


@pytest.mark.parametrize(("said", "value"), [
    ("No, la que va después de la erre es la te.", "KRT-553"),
    ("No, la letra antes del cinco es la ele.", "KRL-553"),
    ("No, la que va después de la ka es ese, no erre.", "KSW-553"),
])
def test_spanish_neighbour_changes_that_character(said: str, value: str) -> None:
    heard, acc = _read_back("es-MX", "ka", "erre", "doble u", "quinientos cincuenta y tres")
    fresh = lambda: PlateAccumulator("plate", "es-MX", {})  # noqa: E731
    answer = hear_confirmation(said, "es-MX", heard.value, acc, fresh)
    assert answer.event == "corrected" and answer.value == value


def test_spanish_neighbour_the_value_already_has_is_read_back_unchanged() -> None:
    heard, acc = _read_back("es-MX", "ka", "erre", "doble u", "quinientos cincuenta y tres")
    fresh = lambda: PlateAccumulator("plate", "es-MX", {})  # noqa: E731
    answer = hear_confirmation("No, la que va después de la erre es doble u, no uve.", "es-MX", heard.value, acc,
                               fresh)
    assert answer.event == "corrected" and answer.value == "KRW-553"


def test_english_neighbour() -> None:
    heard, acc = _read_back("en-US", "K", "R", "W", "five fifty three")
    fresh = lambda: PlateAccumulator("plate", "en-US", {})  # noqa: E731
    changed = hear_confirmation("No, the one after the R is T.", "en-US", heard.value, acc, fresh)
    assert changed.value == "KRT-553"
    same = hear_confirmation("No, the letter after R is W as in water.", "en-US", heard.value, acc, fresh)
    assert same.event == "corrected" and same.value == "KRW-553"


def test_trap_an_insertion_after_a_letter_still_inserts() -> None:
    heard, acc = _read_back("es-MX", "ka", "erre", "quinientos cincuenta y tres")
    fresh = lambda: PlateAccumulator("plate", "es-MX", {})  # noqa: E731
    answer = hear_confirmation("No, después de la erre va la doble u.", "es-MX", heard.value, acc, fresh)
    assert answer.value == "KRW-553"
