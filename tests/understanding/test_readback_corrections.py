"""Corrections of one character by reference, as callers make them at a read-back: applied to the value
(replace, remove), never read as more characters; and a plate never grows past what its pattern allows."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import cannot_give, doubts_value, new_accumulator


def _plate(text: str, locale: str = "es-MX"):  # type: ignore[no-untyped-def]
    plate = new_accumulator("plate", locale)
    plate.feed(text)
    assert plate.complete
    return plate


@pytest.mark.parametrize(
    ("said", "correction", "expected"),
    [
        ("ene be de ciento cuarenta y cuatro", "pero va sin la n, lo demás está bien", "BD-144"),
        ("be be de ciento cuarenta y cuatro", "solo que no va la b de burro", "BD-144"),
        ("pe a ce ciento veinticuatro", "en vez de la letra P sería la letra T", "TAC-124"),
        ("pe a ce ciento veinticuatro", "sería la letra T en vez de la P", "TAC-124"),
        ("pe a ce ciento veinticuatro", "la P está mal, es la T", "TAC-124"),
        ("pe a ce ciento veinticuatro", "el ves de la pe es te de tigre", "TAC-124"),
        ("m f e uno dos dos", "en lugar del número uno es el siete", "MFE-722"),
        # the one the value has named first, then what it is
        ("G D J 4410", "sí, pero la de es te", "GTJ-4410"),
        ("pe a ce ciento veinticuatro", "no, la pe es te de tigre", "TAC-124"),
        ("be a ce ciento veinticuatro", "la be de burro es ve de vaca", "VAC-124"),
        ("K M M 123", "y la ka es ce", "CMM-123"),
    ],
)
def test_a_plate_correction_changes_one_character(said: str, correction: str, expected: str) -> None:
    plate = _plate(said)
    assert plate.edit(correction)
    assert plate.value == expected


@pytest.mark.parametrize(
    ("said", "correction", "expected"),
    [
        ("a b c one two three", "without the b", "AC-123"),
        ("a b c one two three", "instead of the letter a it should be e", "EBC-123"),
        ("a b c one two three", "it's D instead of C", "ABD-123"),
        ("g d j four four one zero", "yes, but the D is a T", "GTJ-4410"),
        ("a b c one two three", "no, the B should be a V", "AVC-123"),
    ],
)
def test_english_plate_corrections(said: str, correction: str, expected: str) -> None:
    plate = _plate(said, "en-US")
    assert plate.edit(correction)
    assert plate.value == expected


@pytest.mark.parametrize("remark", ["son las correctas", "ese sería", "sí, fue error mío", "lo demás está bien",
                                    "la placa es esa", "sí, la de la caja es otra",
                                    "no, la be es be de burro, no de vaca"])
def test_a_remark_is_not_an_edit(remark: str) -> None:
    plate = _plate("a b c uno dos tres")
    assert not plate.edit(remark)
    assert plate.value == "ABC-123"


def test_an_email_correction_removes_or_replaces_a_character() -> None:
    email = new_accumulator("email", "es-MX")
    email.feed("r siete be ve dos s d arroba gmail punto com")
    assert email.value == "r7bv2sd@gmail.com"
    assert email.edit("la parte antes de la arroba está bien, solo que no va la b de burro")
    assert email.value == "r7v2sd@gmail.com"
    assert email.edit("en vez de la letra r es la letra p")
    assert email.value == "p7v2sd@gmail.com"


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("pero va sin la ele", True),
        ("nada más que el último es ocho", True),
        ("son las correctas", False),
        ("ese sería", False),
    ],
)
def test_words_after_a_yes_that_question_the_value(text: str, doubt: bool) -> None:
    assert doubts_value(text, "es-MX") is doubt


@pytest.mark.parametrize(
    ("text", "locale", "gives_up"),
    [
        ("No me acuerdo.", "es-MX", True),
        ("no lo tengo a la mano", "es-MX", True),
        ("ahorita no tengo correo", "es-MX", True),
        ("I don't remember", "en-US", True),
        ("I don't have it with me", "en-US", True),
        ("no me acuerdo bien, es la eme", "es-MX", False),
        ("no sé, creo que es la be", "es-MX", False),
    ],
)
def test_the_caller_cannot_give_the_value_now(text: str, locale: str, gives_up: bool) -> None:
    assert cannot_give(text, locale) is gives_up


def test_a_plate_never_grows_past_its_pattern() -> None:
    plate = new_accumulator("plate", "es-MX")
    for _ in range(300):
        plate.feed("a b c d e f")
        plate.feed("uno dos tres cuatro cinco")
    assert len(plate.so_far().replace(" ", "")) <= 11


def test_letters_wrong_digits_right_keeps_the_digits_and_takes_new_letters_before_them() -> None:
    plate = new_accumulator("plate", "es-MX")
    plate.feed("Ecueta M 4739.")  # a garbled word next to a letter: what was heard of it is kept
    assert plate.so_far() == "M 4 7 3 9"
    plate.feed("las letras no están bien, los números sí")
    assert plate.so_far() == "4 7 3 9"
    for turn in ("¿De trabajo?", "Zeta de zapato", "Eme de mamá"):
        plate.feed(turn)
    assert plate.value == "TZM-4739"


def test_the_digits_wrong_keeps_the_letters() -> None:
    plate = new_accumulator("plate", "en-US")
    plate.feed("k j m one four four")
    assert plate.edit("the numbers are wrong")
    assert plate.so_far() == "K J M" and not plate.complete


@pytest.mark.parametrize(
    ("said", "correction", "locale", "expected"),
    [
        ("a c uno dos tres", "le falta la be después de la a", "es-MX", "ABC-123"),
        ("b c uno dos tres", "no, le falta la A al principio", "es-MX", "ABC-123"),
        ("m n uno dos tres", "falta la equis al final de las letras", "es-MX", "MNX-123"),
        ("a b one two three", "you're missing a C after the B", "en-US", "ABC-123"),
    ],
)
def test_a_missing_character_is_inserted_where_the_caller_says(
    said: str, correction: str, locale: str, expected: str | None
) -> None:
    plate = _plate(said, locale)
    assert plate.edit(correction) is (expected is not None)
    assert plate.value == (expected or plate.value)


def test_a_missing_word_at_the_start_of_an_address() -> None:
    email = new_accumulator("email", "es-MX")
    email.feed("albertosalinasdiaz arroba gmail punto com")
    assert email.edit("todo lo demás está bien, solo le falta el Mario al principio")
    assert email.value == "marioalbertosalinasdiaz@gmail.com"
