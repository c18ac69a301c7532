"""A driver reading his plate as it is printed, digits first ("cuatro ocho cinco", then the letters): a
listener writes it letters first, as the plate is written (NMS-485)."""

from __future__ import annotations

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding.types.plate import PlateAccumulator

DAISY = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _fed(*turns: str, options: dict[str, str] | None = None) -> PlateAccumulator:
    acc = PlateAccumulator("plate", "es-MX", options or {})
    for turn in turns:
        acc.feed(turn)
    return acc


def test_digits_then_letters_in_one_turn_each_make_the_plate_letters_first() -> None:
    acc = _fed("Dice cuatro ocho cinco.", "Ene de Nayarit, hemé de Monterrey, ese de Sinaloa.")
    assert acc.value == "NMS-485"


def test_digits_first_then_one_letter_at_a_time() -> None:
    acc = PlateAccumulator("plate", "es-MX", DAISY)
    for turn in ("Cuatro ocho cinco.", "Ene.", "Eme.", "Ese."):
        heard = hear_char(acc, turn, "es-MX")
        assert heard.accumulator is not None
        acc = heard.accumulator  # type: ignore[assignment]
    assert acc.so_far() == "N M S 4 8 5"
    assert hear_char(acc, "Sí.", "es-MX").value == "NMS-485"


def test_digits_first_in_english_too() -> None:
    acc = PlateAccumulator("plate", "en-US", {})
    for turn in ("Four eight five.", "N, M, S."):
        acc.feed(turn)
    assert acc.value == "NMS-485"


def test_a_short_number_alone_is_not_a_plate_read_backwards() -> None:
    # "cuarenta" at the plate question is more often another number than a plate's digits
    assert _fed("Cuarenta.", options=DAISY).so_far() == ""


def test_digits_a_pattern_may_start_with_are_taken_in_order() -> None:
    acc = _fed("cuatro cinco", "a be", options={"pattern": r"\d{2}-[A-Z]{2}"})
    assert acc.value == "45-AB"


def test_letters_first_dictation_is_unchanged() -> None:
    assert _fed("Ene, eme, ese.", "Cuatro ocho cinco.").value == "NMS-485"
