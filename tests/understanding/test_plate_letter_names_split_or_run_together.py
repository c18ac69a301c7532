"""Letter names the recogniser runs together ("tere pe" = te, ere, pe) or splits in two ("a che de
Hidalgo" = hache), and the pronoun-sounding "se" opening a row of spelled letters (ce): a person hears
the letters. Real words and talk around a dictation stay as they are."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import Heard, hear_char
from daisy_engine.understanding.types.plate import PlateAccumulator


def _heard(*turns: str) -> tuple[list[Heard], PlateAccumulator]:
    acc = PlateAccumulator("plate", "es-MX", {})
    out: list[Heard] = []
    for turn in turns:
        heard = hear_char(acc, turn, "es-MX")
        out.append(heard)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return out, acc


def test_two_letter_names_run_together_sharing_a_vowel_are_both_letters() -> None:
    heard, _ = _heard("Pere ka, trescientos doce.")
    assert heard[-1].value == "PRK-312"


def test_two_letter_names_run_together_without_sharing_are_both_letters() -> None:
    _, acc = _heard("Eme, peese, cuatro")
    assert acc.so_far() == "M P S 4"


@pytest.mark.parametrize(("turns", "so_far"), [
    (("Ceeme.", "Te.", "Cuatro mil uno."), "C M T 4 0 0 1"),
    (("Peese.", "Te.", "Ciento doce."), "P S T 1 1 2"),
    (("Eseeme.", "Ka.", "Trescientos."), "S M K 3 0 0"),
    (("Eseele.", "Erre.", "Noventa y dos."), "S L R 9 2"),
])
def test_two_whole_letter_names_run_together_as_the_turn_alone_are_both_letters(
        turns: tuple[str, ...], so_far: str) -> None:
    # "Ceeme." said alone: the two names whole ("ce" + "eme"), a fragment of the dictation
    _, acc = _heard(*turns)
    assert acc.so_far() == so_far


@pytest.mark.parametrize("turn", ["Tere.", "Pese.", "Deme.", "Dele.", "Achebe."])
def test_trap_names_sharing_a_vowel_alone_may_be_a_word_and_are_not_split(turn: str) -> None:
    # (beside a dictation, "Eme, tere, cuatro", they are the letters; alone nothing says so - nor for names that
    # meet at a consonant, "Achebe.")
    heard, acc = _heard(turn)
    assert heard[-1].event == "no_match" and acc.so_far() == ""


def test_a_letter_name_split_in_two_words_is_one_letter() -> None:
    _, acc = _heard("Jo ta de Jalisco.", "e fe de Francia.")
    assert acc.so_far() == "J F"


def test_se_opening_a_row_of_spelled_letters_is_the_letter_ce() -> None:
    heard, _ = _heard("Se, erre, te.", "cuatrocientos dieciocho")
    assert heard[-1].value == "CRT-418"


def test_trap_a_real_word_made_of_letter_names_is_not_split() -> None:
    heard, acc = _heard("No cabe, son dos.")
    assert acc.so_far() in ("", "2")


def test_trap_se_as_a_pronoun_before_digits_is_talk() -> None:
    _, acc = _heard("eme", "a", "ka", "se los dicto, dos ocho cinco")
    assert acc.so_far() == "M A K 2 8 5"


def test_trap_se_before_talk_then_letters_is_not_a_letter() -> None:
    _, acc = _heard("se lo digo, hache, de")
    assert acc.so_far() == "H D"


def test_trap_se_the_verb_after_talk_before_letters_is_not_a_letter() -> None:
    _, acc = _heard("Ya me la sé, hache, de, ka.")
    assert acc.so_far() == "H D K"


def test_a_place_of_two_words_spells_one_letter_and_starts_nothing_over() -> None:
    heard, _ = _heard("Hache de Hermosillo.", "Ene de Nuevo Laredo.", "Ese de San Luis.", "cuatrocientos uno")
    assert heard[-1].value == "HNS-401"


def test_trap_de_nuevo_alone_still_starts_the_plate_over() -> None:
    _, acc = _heard("a", "be", "De nuevo: ka, erre.")
    assert acc.so_far() == "K R"
