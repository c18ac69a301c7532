"""Listening to a plate that is valid but may still go on: it is read back once a turn adds nothing, and
more characters said at its read-back go on with it rather than turning it down."""

from __future__ import annotations

from daisy_engine.runtime.listening import Heard, hear_confirmation, hear_slot
from daisy_engine.understanding.types.plate import PlateAccumulator

TWO_TO_FOUR = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _dictated(locale: str, *turns: str) -> tuple[list[Heard], PlateAccumulator]:
    acc = PlateAccumulator("plate", locale, TWO_TO_FOUR)
    out: list[Heard] = []
    for turn in turns:
        heard = hear_slot(acc, turn)
        out.append(heard)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return out, acc


def _at_readback(reply: str, locale: str, *turns: str) -> Heard:
    heard, acc = _dictated(locale, *turns)
    assert heard[-1].event == "filled"
    return hear_confirmation(reply, locale, heard[-1].value, acc,
                             lambda: PlateAccumulator("plate", locale, TWO_TO_FOUR))


def test_digits_said_one_at_a_time_are_a_piece_and_a_turn_adding_nothing_reads_the_plate_back() -> None:
    for pause in ("ajá", "sí", "este...", "", "mm"):
        heard, _ = _dictated("es-MX", "letra ge, letra hache, ele", "tres, nueve", pause)
        assert [h.event for h in heard] == ["partial", "partial", "filled"], pause
        assert heard[-1].value == "GHL-39"


def test_the_caller_going_on_adds_to_the_plate_held_open() -> None:
    heard, _ = _dictated("es-MX", "letra ge, letra hache, ele", "tres, nueve", "cinco", "uno")
    assert [h.event for h in heard] == ["partial", "partial", "partial", "filled"]
    assert heard[-1].value == "GHL-3951"  # the longest plate the pattern allows: read back at once


def test_a_whole_number_reads_the_plate_back_at_once() -> None:
    heard, _ = _dictated("es-MX", "ere te zeta", "sesenta y siete")
    assert heard[-1].event == "filled" and heard[-1].value == "RTZ-67"
    heard, _ = _dictated("en-US", "F G H forty two")
    assert heard[-1].event == "filled" and heard[-1].value == "FGH-42"


def test_more_digits_at_the_read_back_go_on_with_the_value() -> None:
    heard = _at_readback("ocho", "es-MX", "be e te", "treinta y cinco")
    assert heard.event == "corrected" and heard.value == "BET-358"
    heard = _at_readback("cuatro, dos", "es-MX", "be e te", "treinta y cinco")
    assert heard.event == "corrected" and heard.value == "BET-3542"
    heard = _at_readback("seven", "en-US", "K L M", "one", "two", "")
    assert heard.event == "corrected" and heard.value == "KLM-127"


def test_characters_that_cannot_follow_at_the_read_back_do_not_confirm_it() -> None:
    # at its longest, one more digit cannot go on with the value: it is neither a yes nor a new plate
    heard = _at_readback("nueve", "es-MX", "ese te u", "uno", "dos", "tres", "cuatro")
    assert heard.event not in ("yes", "corrected")


def test_yes_and_no_at_the_read_back_of_a_value_that_could_have_gone_on() -> None:
    assert _at_readback("sí, correcto", "es-MX", "be e te", "treinta y cinco").event == "yes"
    assert _at_readback("no", "es-MX", "be e te", "treinta y cinco").event == "no"


def test_a_whole_new_plate_said_one_character_at_a_time_at_the_read_back_is_the_value() -> None:
    heard = _at_readback("no, es de e te tres cinco", "es-MX", "be e te", "treinta y cinco")
    assert heard.event == "corrected" and heard.value == "DET-35"
