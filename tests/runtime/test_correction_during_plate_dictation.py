"""A correction said while a plate is still being dictated is compared with what was collected, as at a
read-back: one that describes the value as it already is changes nothing (the caller answered another
read-back or misheard ours) and a valid value is read back; "la última"/"the last one" naming a letter
counts among the letters, naming a digit among the digits."""

from __future__ import annotations

from runtime_helpers import heard_plate

from daisy_engine.understanding.types.plate import PlateAccumulator


def test_a_correction_the_value_already_satisfies_reads_the_plate_back_unchanged() -> None:
    heard, acc = heard_plate("es-MX", "eme", "a", "ka", "dos ocho cinco", "No, la última no es zeta, es ka de kilo.")
    assert heard[-1].event == "filled" and heard[-1].value == "MAK-285"


def test_english_the_last_one_naming_a_letter_is_the_last_letter() -> None:
    heard, _ = heard_plate("en-US", "R", "T", "W", "four four two", "No, the last one isn't V, it's W as in water.")
    assert heard[-1].event == "filled" and heard[-1].value == "RTW-442"


def test_the_last_one_naming_another_letter_changes_the_last_letter_not_a_digit() -> None:
    _, acc = heard_plate("es-MX", "eme", "a", "ka", "dos ocho cinco", "La última es ele.")
    assert acc.so_far() == "M A L 2 8 5"


def test_the_first_one_naming_a_digit_changes_the_first_digit() -> None:
    _, acc = heard_plate("en-US", "R", "T", "W", "four", "four", "the first one is 9")
    assert acc.so_far() == "R T W 9 4"


def test_trap_a_real_correction_of_the_last_digit_still_applies() -> None:
    _, acc = heard_plate("es-MX", "eme", "a", "ka", "dos", "ocho", "no, la última es seis")
    assert acc.so_far() == "M A K 2 6"


def test_trap_digits_said_again_are_not_a_correction_and_keep_the_dictation_going() -> None:
    heard, acc = heard_plate("es-MX", "eme", "a", "ka", "uno", "uno", "uno", "uno")
    assert acc.so_far() == "M A K 1 1 1 1"


def test_at_the_read_back_the_last_one_naming_a_letter_is_compared_with_the_letters() -> None:
    from daisy_engine.runtime.listening import hear_confirmation

    heard, acc = heard_plate("es-MX", "eme", "a", "ka", "dos ocho cinco", "es todo")
    assert heard[-1].value == "MAK-285"
    fresh = lambda: PlateAccumulator("plate", "es-MX", {})  # noqa: E731
    same = hear_confirmation("No, la última no es zeta, es ka.", "es-MX", "MAK-285", acc, fresh)
    assert same.event == "corrected" and same.value == "MAK-285"
    changed = hear_confirmation("No, la última es equis.", "es-MX", "MAK-285", acc, fresh)
    assert changed.event == "corrected" and changed.value == "MAX-285"
