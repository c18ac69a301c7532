"""A correction said while a plate is still being dictated is compared with what was collected, as at a
read-back: one that describes the value as it already is changes nothing (the caller answered another
read-back or misheard ours) and a valid value is read back; "la última"/"the last one" naming a letter
counts among the letters, naming a digit among the digits. A correction that keeps the word of a spelling
and changes the name ("ache de Chihuahua" - "no es ache, es ge de Chihuahua") takes the name."""

from __future__ import annotations

from runtime_helpers import heard_plate, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
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


def test_a_correction_that_keeps_the_word_and_changes_the_name_takes_the_name() -> None:
    # "Ache de Chihuahua." holds C (its word); "no es ache, es ge de Chihuahua" rules out the name said and keeps
    # the word: the word only repeats what was said, the name is the correction
    assert heard_plate("es-MX", "Efe.", "Ache de Chihuahua.",
                       "Perdón, no es ache, es ge de Chihuahua.")[1].so_far() == "F G"
    assert heard_plate("es-MX", "Eme de Chiapas.", "No es eme, es ene de Chiapas.")[1].so_far() == "N"
    assert heard_plate("en-US", "F.", "H as in Charlie.",
                       "It is not H, it is G as in Charlie.")[1].so_far() == "F G"
    # a word that agrees with the name, or sounds like it, still names the letter
    assert heard_plate("es-MX", "Efe.", "Ache.", "No es ache, es ge de gato.")[1].so_far() == "F G"


async def test_in_a_call_the_name_changed_with_the_same_word_is_read_back(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Leticia Bermúdez", "sí", "trescientos cinco", "sí", "Efe.", "Ache de Chihuahua."):
        await conv.user_turn(turn)
    assert "Llevo F G." in said(await conv.user_turn("Perdón, no es ache, es ge de Chihuahua."))
    assert "F de foca, G de gato, 2, 5, 0, 0" in said(await conv.user_turn("Y dos mil quinientos."))
