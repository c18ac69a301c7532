"""A Spanish hundreds word as callers say it or the recogniser writes it without the "s" before its "c"
("trecientos", "dosientos") or built on its unit's own name ("sietecientos", "nuevecientos"): the hundred it
means, never dropped - "Trecientos treinta." was read back as tractor 30."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.integers import extract_integer

from .call_helpers import heard_at_question


@pytest.mark.parametrize(("text", "expected"), [
    ("Trecientos treinta.", "330"),
    ("Es el dosientos once", "211"),
    ("sietecientos cuarenta", "740"),
    ("nuevecientos cinco", "905"),
    ("seisientos doce", "612"),
    ("Trescientos treinta.", "330"),
])
def test_a_hundreds_word_said_without_its_s_is_that_hundred(text: str, expected: str) -> None:
    assert extract_integer(text, "es-MX") == expected


@pytest.mark.parametrize(("slot", "turn", "expected"), [
    ("tractor_number", "Trecientos treinta.", "330"),
    ("trailer_number", "La dosientos ocho", "208"),
])
async def test_the_call_reads_back_the_whole_number(slot: str, turn: str, expected: str) -> None:
    assert await heard_at_question(slot, "es-MX", turn) == expected


async def test_a_plate_takes_the_hundred_too() -> None:
    assert await heard_at_question("tractor_plate", "es-MX", "a be ce trecientos dieciocho") == "ABC-318"
