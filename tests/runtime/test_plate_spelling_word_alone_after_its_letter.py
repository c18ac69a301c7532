"""A letter said alone and then, in the next turn, only the frame and word of its spelling ("W." - "As in
whiskey.", "Ve." - "Como en Veracruz.") is one letter, named twice, as "Ve." - "De vaca." is: never a second
one. A plate read back with a number ending in tens ("Ciento." - "Ochenta.": GUZ-180) takes a unit said after
it with "y" / "and" ("Y dos.") as the rest of that number: GUZ-182, read back again; a number already said over
pauses whose last two places are still zeros ("Mil" - "cuatrocientos.": LVZ-1400) takes a bare number said next
("Dos.") as its last breath: LVZ-1402."""

from __future__ import annotations

import pytest
from runtime_helpers import answer, heard_plate

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding.types.plate import PlateAccumulator

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("en-US", ("J as in Juliet.", "W.", "As in whiskey.", "D."), "JWD"),
        ("en-US", ("J.", "W.", "like William", "D."), "JWD"),
        ("en-US", ("B.", "Like in Boston.", "R."), "BR"),
        ("es-MX", ("Jota.", "Ve.", "Como en Veracruz.", "De."), "JVD"),
        ("es-MX", ("Jota.", "Ve.", "De vaca.", "De."), "JVD"),
    ],
)
def test_the_word_of_a_spelling_said_alone_names_the_letter_before_it(locale: str, turns: tuple[str, ...],
                                                                      so_far: str) -> None:
    _, plate = heard_plate(locale, *turns)
    assert "".join(plate.chars) == so_far


@pytest.mark.parametrize(
    ("locale", "turns", "reply", "value"),
    [
        ("es-MX", ("Ge de gato.", "Letra u.", "Zeta.", "Ciento.", "Ochenta."), "Y dos.", "GUZ-182"),
        ("es-MX", ("Ge de gato.", "Letra u.", "Zeta.", "Ciento ochenta."), "y siete", "GUZ-187"),
        ("en-US", ("G.", "U.", "Z.", "One hundred.", "Eighty."), "And two.", "GUZ-182"),
    ],
)
def test_a_unit_joined_to_the_tens_at_the_read_back_goes_on_with_the_number(
        locale: str, turns: tuple[str, ...], reply: str, value: str) -> None:
    _, plate = heard_plate(locale, *turns)
    assert plate.complete
    assert plate.goes_on(reply)
    said = " ".join(turns)
    heard = answer("plate", said, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("locale", "turns", "reply"),
    [
        ("es-MX", ("Ge de gato.", "Letra u.", "Zeta.", "Ciento ochenta y uno."), "Y dos."),  # no tens open
        ("es-MX", ("Ge de gato.", "Letra u.", "Zeta.", "Ciento.", "Ochenta."), "Dos."),  # a bare number corrects
        # a number said in one breath, then a bare number: a correction, not its rest
        ("es-MX", ("Ele de Luna.", "Ve.", "Zeta.", "Mil cuatrocientos."), "Dos."),
        # no number fills the zeros: the number said anew, a correction
        ("es-MX", ("Ele de Luna.", "Ve.", "Zeta.", "Mil", "cuatrocientos."), "Mil quinientos."),
        ("es-MX", ("Ele de Luna.", "Ve.", "Zeta.", "Mil", "cuatrocientos."), "No, dos."),
        ("es-MX", ("Ge de gato.", "Letra u.", "Zeta.", "Ciento.", "Ochenta."), "Sí, y dos cajas."),
    ],
)
def test_other_turns_at_the_read_back_go_on_with_nothing(locale: str, turns: tuple[str, ...], reply: str) -> None:
    _, plate = heard_plate(locale, *turns)
    assert not plate.goes_on(reply)


@pytest.mark.parametrize(
    ("locale", "turns", "reply", "value"),
    [
        ("es-MX", ("Primero ele de Luna.", "Ve de vaca.", "Zeta.", "Mil", "cuatrocientos."), "Dos.", "LVZ-1402"),
        ("es-MX", ("Be de burro.", "Erre.", "Te.", "Dos mil", "trescientos."), "cuarenta y uno", "BRT-2341"),
        ("es-MX", ("Hache.", "Jota.", "Ka.", "Mil", "novecientos."), "Quince.", "HJK-1915"),
        ("en-US", ("L as in Lima.", "V.", "Z.", "One thousand", "four hundred."), "Twelve.", "LVZ-1412"),
    ],
)
def test_a_bare_number_filling_the_zeros_of_a_number_said_over_pauses_goes_on_with_it(
        locale: str, turns: tuple[str, ...], reply: str, value: str) -> None:
    _, plate = heard_plate(locale, *turns)
    assert plate.complete
    assert plate.goes_on(reply)
    heard = hear_confirmation(reply, locale, plate.value, plate, lambda: PlateAccumulator("plate", locale, {}))
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("en-US", ("A.", "B.", "Like that."), "AB"),
        ("en-US", ("K.", "like this"), "K"),
        ("en-US", ("X.", "Y.", "As in the"), "XY"),
    ],
)
def test_an_everyday_word_after_like_names_no_letter(locale: str, turns: tuple[str, ...], so_far: str) -> None:
    # "Like that." says how, never "T as in that"
    _, plate = heard_plate(locale, *turns)
    assert "".join(plate.chars) == so_far
