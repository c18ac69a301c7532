"""A word of an e-mail said with a note on how it is written ("Ordás con zeta al final", "Turbide, con i al
principio", "Lopes with a z at the end"): the word is written as the note says - the letter at that edge
that sounds like it (s/z, b/v) becomes it, or the letter the recogniser did not hear goes there; with no
edge, the one letter that sounds like it becomes it. The Y said "ye griega" is a letter like "i griega".

Traps: a note on a letter the word already has changes nothing ("Martha con hache", "Ruiz con zeta al
final"); a note whose place is not clear ("Espinosa con zeta": two s) leaves the word as said; "at the end"
is no "@".
"""

from __future__ import annotations

import pytest

from .email_helpers import corrected, dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ele, e, te, ye griega.", "Punto.", "Ordás con seta al final.", "Arroba yahoo punto com."], "es-MX",
         "lety.ordaz@yahoo.com"),
        (["Turbide, con i al principio.", "arroba gmail punto com"], "es-MX", "iturbide@gmail.com"),
        (["Ernesto con hache al principio.", "Noventa.", "arroba hotmail punto com"], "es-MX",
         "hernesto90@hotmail.com"),
        (["Basques, con ve chica al principio.", "arroba outlook punto com"], "es-MX", "vasques@outlook.com"),
        (["Jota.", "Lopes, con la zeta al final.", "arroba gmail punto com"], "es-MX", "jlopez@gmail.com"),
        (["Ordas con zeta.", "arroba yahoo punto com"], "es-MX", "ordaz@yahoo.com"),
        (["m", "Hernandes, with a z at the end", "at gmail dot com"], "en-US", "mhernandez@gmail.com"),
        (["Lopes with a zee at the end", "at yahoo dot com"], "en-US", "lopez@yahoo.com"),
        # of two s only the one before a vowel may be a z (no z before a consonant): espinoza, vazquez
        (["Espinosa con zeta.", "arroba gmail punto com"], "es-MX", "espinoza@gmail.com"),
        (["Vasques con zeta al final.", "arroba gmail punto com"], "es-MX", "vasquez@gmail.com"),
        # the Y a note names by its two words: the word has it already
        (["yolanda con ye griega arroba gmail punto com"], "es-MX", "yolanda@gmail.com"),
        (["maya con i griega", "arroba hotmail punto com"], "es-MX", "maya@hotmail.com"),
    ],
)
def test_a_note_on_the_spelling_of_a_word_writes_it_so(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Martha con hache.", "arroba gmail punto com"], "martha@gmail.com"),
        (["Ruiz con zeta al final.", "arroba gmail punto com"], "ruiz@gmail.com"),
        # two places the z may go, before a vowel each: where the note puts it is unclear
        (["Sosa con zeta.", "arroba gmail punto com"], "sosa@gmail.com"),
        (["Ochoa, ochoa con hache.", "arroba gmail punto com"], "ochoa@gmail.com"),
    ],
)
def test_trap_a_note_the_word_already_follows_or_that_places_nothing_leaves_it(
        turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "locale"),
    [
        # "in front of the n": next to another letter, no edge of the word; its first letter is never replaced
        (["John with an h in front of the n.", "at gmail dot com"], "en-US"),
        (["Jon with an h in front of the n.", "at gmail dot com"], "en-US"),
    ],
)
def test_trap_a_letter_placed_next_to_another_is_no_note_on_an_edge(turns: list[str], locale: str) -> None:
    value, _ = dictated(turns, locale)
    assert value is None or value.startswith("j")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Ye griega.", "Ana.", "arroba gmail punto com"], "yana@gmail.com"),
        (["Ele, ye griega, de.", "arroba gmail punto com"], "lyd@gmail.com"),
        # the Y that opens the address (or a part of it) is the letter, never the "y" ("and") a turn opens with
        (["Ye griega, o, ele, a, arroba gmail punto com"], "yola@gmail.com"),
        (["I griega, o, ele, a, arroba gmail punto com"], "yola@gmail.com"),
        (["Juan punto ye griega, e, ese, arroba gmail punto com"], "juan.yes@gmail.com"),
    ],
)
def test_ye_griega_is_the_letter_y(turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


def test_a_note_said_at_the_read_back_respells_the_word() -> None:
    assert corrected("lety.ordas@yahoo.com", "No, ordas con zeta al final.") == "lety.ordaz@yahoo.com"
    assert corrected("ana.lopes@gmail.com", "Lopes with a z at the end", "en-US") == "ana.lopez@gmail.com"


def test_trap_at_the_end_of_a_turn_with_an_address_is_still_the_at() -> None:
    value, _ = dictated(["mike at gmail dot com"], "en-US")
    assert value == "mike@gmail.com"


def test_trap_toward_the_end_a_word_that_has_the_letter_keeps_it() -> None:
    # "al final" is toward the end: Baltazar has its z there (as against Baltasar); nothing is appended
    assert corrected("baltazarm55@hotmail.com", "Baltazar con zeta al final.") is None or \
        corrected("baltazarm55@hotmail.com", "Baltazar con zeta al final.") == "baltazarm55@hotmail.com"
    value, _ = dictated(["Baltasar con zeta al final.", "arroba gmail punto com"])
    assert value == "baltazar@gmail.com"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Ordaz arroba gmail punto com, con zeta al final."], "ordaz@gmail.com"),
        (["Lopes arroba gmail punto com, con zeta al final."], "lopez@gmail.com"),
        (["Juan punto ordas arroba yahoo punto com punto mx, con zeta al final."], "juan.ordaz@yahoo.com.mx"),
    ],
)
def test_a_note_said_after_the_whole_address_is_about_the_word_before_the_at(
        turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        # the note is on a word already dictated, and it is so written: it adds nothing
        (["Silvia mora, todo junto.", "Silvia con ve chica.", "Arroba gmail punto com."], "es-MX",
         "silviamora@gmail.com"),
        (["Rosa elena punto garza.", "Garza con zeta.", "Arroba yahoo punto com."], "es-MX",
         "rosaelena.garza@yahoo.com"),
        (["Kristin lee.", "Kristin with a k.", "At gmail dot com."], "en-US", "kristinlee@gmail.com"),
        # heard with a letter that sounds like the note's: put right in its place
        (["Baleria ramos todo junto.", "Valeria con ve chica.", "Arroba hotmail punto com."], "es-MX",
         "valeriaramos@hotmail.com"),
        (["Cristin lee.", "Kristin with a k.", "At gmail dot com."], "en-US", "kristinlee@gmail.com"),
    ],
)
def test_a_note_on_a_word_already_dictated_keeps_the_rest(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a word not dictated yet, with its note: more of the address
        (["Juan.", "Perez con zeta.", "Arroba gmail punto com."], "juanperez@gmail.com"),
        (["Ana punto.", "Luna con ele.", "Arroba gmail punto com."], "ana.luna@gmail.com"),
        # the start said again without a note still begins the address again
        (["Ramon lara.", "Ramon.", "Guion bajo lara arroba gmail punto com."], "ramon_lara@gmail.com"),
    ],
)
def test_trap_a_new_word_with_a_note_or_a_plain_restart_is_read_as_before(turns: list[str], expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        # the letters a word is written with, said in a row after it: a note, not more letters
        (["Tadeo punto anguiano.", "Anguiano con ge u i.", "Arroba live punto com."], "es-MX",
         "tadeo.anguiano@live.com"),
        (["Guerrero con ge u e, arroba gmail punto com."], "es-MX", "guerrero@gmail.com"),
        (["Ochoa con ce hache.", "Arroba yahoo punto com."], "es-MX", "ochoa@yahoo.com"),
    ],
)
def test_letters_said_in_a_row_after_a_word_that_has_them_are_a_note(
        turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected
