"""Letters of an e-mail made clear against another, or announced by a mangled "letra", and turns that only
point at what was heard.

"I latina, no griega" right after "Letra y." says the letter was the I: it takes the Y's place (said
after an I it only says the I again). "Ve chica, no be grande" after a B, "B as in boy, not V" after a V
alike. "Le trae doble u" is "letra doble u" as the recogniser wrote it: a W, nothing of "le trae" in the
address. "Ese mero", "sí, ese", "esa es" point at what was read ("that's the one"): nothing is added,
while "Ese." alone is still the S. Traps: a contrast naming a letter other than the last one collected
adds its letter as usual; "me trae doble" without a letter after it is no "letra".
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import email_tokens, extract_email

from .email_helpers import corrected, dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Letra de.", "Letra a.", "Letra y.", "I latina, no griega.", "Letra ele.", "arroba gmail punto com"],
         "es-MX", "dail@gmail.com"),
        (["Letra o.", "Letra be.", "Ve chica, no be grande.", "Letra a.", "arroba gmail punto com"], "es-MX",
         "ova@gmail.com"),
        (["letter e", "letter v", "B as in boy, not V", "at aol dot com"], "en-US", "eb@aol.com"),
    ],
)
def test_a_letter_set_against_the_last_one_takes_its_place(turns: list[str], locale: str, expected: str) -> None:
    value, _ = dictated(turns, locale)
    assert value == expected


def test_a_letter_set_against_another_after_that_very_letter_is_said_once() -> None:
    value, _ = dictated(["Letra de.", "Letra i.", "I latina, no griega.", "arroba gmail punto com"])
    assert value == "di@gmail.com"


def test_trap_a_contrast_naming_another_letter_than_the_last_adds_its_letter() -> None:
    value, _ = dictated(["Letra de.", "Letra a.", "I latina, no griega.", "arroba gmail punto com"])
    assert value == "dai@gmail.com"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Le trae doble u, ibarra, arroba gmail punto com.", "wibarra@gmail.com"),
        ("Le trae doble ve, ele, arroba hotmail punto com.", "wl@hotmail.com"),
    ],
)
def test_letra_cut_short_before_a_double_letter_names_that_letter(said: str, expected: str) -> None:
    assert extract_email(said, "es-MX") == expected


def test_letra_cut_short_before_a_double_letter_in_a_dictation() -> None:
    value, _ = dictated(["Letra a.", "Le trae doble u.", "arroba gmail punto com"])
    assert value == "aw@gmail.com"


def test_trap_the_verb_trae_before_doble_and_no_letter_stays_a_word() -> None:
    assert email_tokens("me trae doble porción", "es")[:2] == ["me", "trae"]


@pytest.mark.parametrize("turn", ["Ese mero.", "Sí, ese.", "Esa es.", "Eso mero.", "Así, esa."])
def test_pointing_at_what_was_heard_adds_nothing(turn: str) -> None:
    _, before = dictated(["Letra ka.", "Letra a."])
    value, after = dictated(["Letra ka.", "Letra a.", turn])
    assert value is None and after == before


def test_trap_ese_alone_is_still_the_letter_s() -> None:
    value, _ = dictated(["Letra ka.", "Ese.", "arroba gmail punto com"])
    assert value == "ks@gmail.com"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Letra a.", "Es con be grande, no con ve chica.", "arroba gmail punto com"], "ab@gmail.com"),
        (["Letra a.", "Es con ese, no con zeta.", "arroba gmail punto com"], "as@gmail.com"),
        (["Letra a.", "Ese, no zeta.", "arroba gmail punto com"], "as@gmail.com"),
        (["Letra a.", "Be grande.", "arroba gmail punto com"], "ab@gmail.com"),
        (["Letra a.", "Con eme.", "arroba gmail punto com"], "am@gmail.com"),
    ],
)
def test_a_letter_set_against_another_amid_a_dictation_adds_the_first_only(turns: list[str],
                                                                           expected: str) -> None:
    value, _ = dictated(turns)
    assert value == expected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("gaviel@gmail.com", "Es con be grande, no con ve chica.", "es-MX", "gabiel@gmail.com"),
        ("gaviel@gmail.com", "Con be grande, no con ve.", "es-MX", "gabiel@gmail.com"),
        ("rozas@gmail.com", "Ese, no zeta.", "es-MX", "rosas@gmail.com"),
        ("davis@aol.com", "B, not V.", "en-US", "dabis@aol.com"),
        ("davis@aol.com", "B as in boy, not V.", "en-US", "dabis@aol.com"),
    ],
)
def test_a_letter_set_against_another_at_the_read_back_replaces_it(address: str, correction: str, locale: str,
                                                                   expected: str) -> None:
    assert corrected(address, correction, locale) == expected


def test_trap_a_letter_set_against_one_the_address_lacks_changes_nothing() -> None:
    assert corrected("gabriel@gmail.com", "Es con be grande, no con ve chica.") is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the letter announced, then the spelling that starts with it: one letter
        ("Es con be grande, be, a, ele, e, arroba gmail punto com", "bale@gmail.com"),
        ("Con ve chica, ve a ele e arroba gmail punto com", "vale@gmail.com"),
        ("Con ese, ese a ele arroba gmail punto com", "sal@gmail.com"),
    ],
)
def test_a_letter_announced_then_spelled_from_is_written_once(said: str, expected: str) -> None:
    value, _ = dictated([said])
    assert value == expected
