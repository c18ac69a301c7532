"""Letters of an e-mail address heard through a phone recogniser, one at a time.

"letra" comes out as "le tra…" with the letter glued on ("le traefe" is letra efe, "le traese" letra ese,
never "ce"); when nothing of the letter survives ("le trae", "ni traeño") or the word after "letra" is no
letter at all, the letter went unheard and nothing is added; "letra I" is a letter, not the English "I" (nor
"letter Y" the Spanish "y"); a one-word question amid letters spelled one by one, and a remark about
"el dominio", are not part of the address, while "el dominio es …" says the part after the "@".
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _dictate(turns: list[str], locale: str = "es-MX") -> tuple[str | None, str]:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value, email.so_far()


@pytest.mark.parametrize(
    ("fused", "letter"),
    [("Le traese.", "s"), ("¿Ni traese?", "s"), ("le traefe", "f"), ("Le traele.", "l"), ("Le trace", "c")],
)
def test_a_letter_glued_to_the_syllables_of_letra(fused: str, letter: str) -> None:
    value, _ = _dictate(["Número tres.", fused, "arroba yahoo punto com"])
    assert value == f"3{letter}@yahoo.com"


@pytest.mark.parametrize("unheard", ["Le trae", "¿Ni traeño?", "le tra", "Letra zorrito.", "letra, letra"])
def test_a_letter_announced_but_not_heard_adds_nothing(unheard: str) -> None:
    value, so_far = _dictate(["Letra K.", "Número uno.", unheard, "Letra ere.", "arroba gmail punto com"])
    assert value == "k1r@gmail.com"
    assert "tra" not in so_far and "zorrito" not in so_far


def test_the_letter_i_is_no_english_pronoun_in_spanish() -> None:
    value, _ = _dictate(["Letra be grande.", "Letra I.", "Número dos.", "arroba hotmail punto com"])
    assert value == "bi2@hotmail.com"


def test_the_letter_y_is_no_spanish_conjunction_in_english() -> None:
    value, _ = _dictate(["letter b", "letter y", "number two", "at hotmail dot com"], "en-US")
    assert value == "by2@hotmail.com"


@pytest.mark.parametrize("remark", ["¿Escuchas?", "¿Entendiste?", "¿Bueno?", "¿Anotaste?"])
def test_a_one_word_question_amid_spelled_letters_adds_nothing(remark: str) -> None:
    value, so_far = _dictate(["Letra jota.", "Letra o.", remark, "Número siete.", "arroba gmail punto com"])
    assert value == "jo7@gmail.com"
    assert so_far.replace(" ", "") == "jo7arrobagmailpuntocom"


def test_a_word_of_the_address_said_after_its_start_is_still_kept() -> None:
    value, _ = _dictate(["rosa", "punto", "¿Mendoza?", "arroba gmail punto com"])
    assert value == "rosa.mendoza@gmail.com"


@pytest.mark.parametrize("remark", ["¿Y el dominio?", "Falta el dominio.", "And the domain?"])
def test_a_remark_about_the_domain_adds_nothing(remark: str) -> None:
    locale = "en-US" if remark.startswith("And") else "es-MX"
    email = new_accumulator("email", locale)
    email.feed("carla punto rios")
    before = email.so_far()
    assert email.feed(remark).status == "nothing"
    assert email.so_far() == before


@pytest.mark.parametrize(
    ("turn", "locale", "expected"),
    [
        ("el dominio es outlook punto com", "es-MX", "carla.rios@outlook.com"),
        ("y el dominio sería yahoo punto com punto mx", "es-MX", "carla.rios@yahoo.com.mx"),
        ("the domain is icloud dot com", "en-US", "carla.rios@icloud.com"),
    ],
)
def test_the_domain_named_as_such_is_the_part_after_the_at(turn: str, locale: str, expected: str) -> None:
    email = new_accumulator("email", locale)
    email.feed("carla punto rios" if locale == "es-MX" else "carla dot rios")
    email.feed(turn)
    assert email.value == expected
