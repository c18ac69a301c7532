"""A plate value in its normal form validates to itself, whatever the slot's pattern: the model's proposal
and the accumulator's value are checked by the same validator (found by the accumulator property test:
"00-AA-0O" for `\\d{2}-[A-Z]{2}-\\d[A-Z]` was re-read as speech, "0O" as "00", and refused)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator, validate_value

FEDERAL = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}


@pytest.mark.parametrize("value", ["00-AA-0O", "12-AB-3O", "12-OB-3C", "12-ab-3c"])
def test_a_plate_written_in_its_pattern_is_valid_as_written(value: str) -> None:
    assert validate_value("plate", value, "en-US", FEDERAL) == value.upper()


def test_a_dictated_plate_whose_last_letter_is_o_validates_to_itself() -> None:
    acc = new_accumulator("plate", "en-US", FEDERAL)
    for turn in ("0", "0AA:ZERO:A:Ω"):
        acc.feed(turn)
    assert acc.complete
    assert validate_value("plate", acc.value, "en-US", FEDERAL) == acc.value


@pytest.mark.parametrize(("text", "expected"), [("a b c uno dos tres", "ABC-123"), ("abc123", "ABC-123")])
def test_anything_else_is_still_read_as_speech(text: str, expected: str) -> None:
    assert validate_value("plate", text, "es-MX") == expected
