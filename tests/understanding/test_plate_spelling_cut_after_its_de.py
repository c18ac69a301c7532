""""Te de" - "Tomate.": the line cut a spelling after its "de" (the recogniser wrote "Te de" and the word in
the next turn). For now the turn is read as letters (T D: "te, de" may be two letters); the word said
next, one for the letter before the "de", shows that "de" was the spelling's frame, and the D goes. So with
"T for" - "Tango" in English, where a cut "for" is dropped and the word must not add a second T.
A word for the D ("Dedo"), digits, or another letter next keep the D."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.plate import PlateAccumulator

_PATTERN = r"[A-Z]{2,3}-\d{2,4}"


def _plate(locale: str, turns: list[str]) -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, {"pattern": _PATTERN})
    for turn in turns:
        acc.feed(turn)
    return acc


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Doble u.", "¿Bueno?", "Te de", "Tomate.", "Mmm.", "Pe de Puebla.", "Sesenta y uno."], "WTP-61"),
        ("es-MX", ["Doble u.", "Te de", "Tomate, pe de Puebla, sesenta y uno."], "WTP-61"),
        ("es-MX", ["Ese de", "Sonora.", "Ene.", "Te.", "Ciento quince."], "SNT-115"),
        ("es-MX", ["Erre.", "Ge de", "Guadalajara.", "Ele, trescientos."], "RGL-300"),
        ("es-MX", ["Eme de", "Morelia", "A.", "Ka, cuatro cinco."], "MAK-45"),
        ("es-MX", ["Hache.", "Jota de", "Jalisco.", "Equis.", "Noventa y dos."], "HJX-92"),
        ("en-US", ["Double u.", "T for", "Tango.", "P.", "Six one."], "WTP-61"),
        ("en-US", ["Double u.", "T as in", "Tango.", "P.", "Six one."], "WTP-61"),
        ("en-US", ["B for", "Boy.", "Kay.", "Four five six."], "BK-456"),
    ],
)
def test_the_word_said_next_shows_the_de_was_the_frame(locale: str, turns: list[str], plate: str) -> None:
    acc = _plate(locale, turns)
    assert acc.value == plate


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Doble u.", "Te de", "Dedo.", "Sesenta y uno."], "W T D 6 1"),  # the word is the D's: two letters
        (["Doble u.", "Te, de.", "Sesenta y uno."], "W T D 6 1"),  # digits next: T and D stand
        (["Doble u.", "Te de", "Tres cuatro."], "W T D 3 4"),  # a number is no word of a spelling
        (["Te de", "Pe."], "T D P"),  # another letter next
        (["Te de", "Tengo prisa."], "T D"),  # talk: the word not said on its own
        # a filler or an acknowledgement said first is talk, not the T's or P's word: the D stands
        (["Pe de", "Pues, uno dos tres."], "P D 1 2 3"),
        (["A ele de", "Luego, cuatro cinco seis."], "A L D 4 5 6"),
        (["Ese de", "Sale."], "S D"),
        (["A de", "Ajá, uno dos."], "A D 1 2"),
        (["E de", "Este... uno dos."], "E D 1 2"),
        (["O de", "Okey, uno dos."], "O D 1 2"),
        (["Ge de", "Gracias, uno dos."], "G D 1 2"),
        (["Ele de", "Listo, uno dos."], "L D 1 2"),
    ],
)
def test_trap_the_de_stays_a_letter(turns: list[str], so_far: str) -> None:
    assert _plate("es-MX", turns).so_far() == so_far


# A spelling left hanging with its "de" read as the frame ("Ese de...", "B as in..."): the word said next, on its
# own or before the digits, names the letter already there; a filler, greeting or acknowledgement that happens
# to start with that letter ("Sale.", "Pues...", "But...") is talk, not the word, and claims no restating.
@pytest.mark.parametrize(
    ("locale", "turns", "so_far", "restated"),
    [
        ("es-MX", ["Ese de...", "Sonora."], "S", True),
        ("es-MX", ["Ese de...", "Sale."], "S", False),
        ("es-MX", ["Pe.", "Pe de...", "Pues..."], "P", False),
        ("es-MX", ["Ele de...", "Luego."], "L", False),
        ("en-US", ["B.", "B as in...", "But..."], "B", False),
        ("en-US", ["S as in...", "So."], "S", False),
    ],
)
def test_a_filler_after_a_hanging_spelling_is_no_word_of_it(
    locale: str, turns: list[str], so_far: str, restated: bool
) -> None:
    acc = _plate(locale, turns)
    assert acc.so_far() == so_far
    assert acc.restated is restated


@pytest.mark.parametrize(
    ("locale", "turns", "so_far"),
    [
        ("es-MX", ["Jota de...", "Jamón 45"], "J 4 5"),
        ("es-MX", ["Ese de...", "Sonora 4"], "S 4"),
        ("en-US", ["T as in...", "Tango 7"], "T 7"),
    ],
)
def test_the_digits_after_the_word_of_a_hanging_spelling_are_kept(locale: str, turns: list[str], so_far: str) -> None:
    assert _plate(locale, turns).so_far() == so_far


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        # a comma between the letter and its cut "de" (the recogniser's pause): the word next still takes the D back
        (["Letra de", "Dedo.", "Letra o", "Oso.", "Letra ye, de", "yegua. Ocho ocho nueve."], "DOY-889"),
        (["Ese, de", "Sinaloa.", "Ve de vaca.", "Jota.", "Doscientos quince."], "SVJ-215"),
        (["Eme, de", "Morelia.", "A.", "Ka, cuatro cinco."], "MAK-45"),
        (["Hache.", "Jota, de", "Jalisco.", "Equis.", "Noventa y dos."], "HJX-92"),
    ],
)
def test_a_comma_before_the_cut_de_leaves_it_the_frame_when_the_word_follows(turns: list[str], plate: str) -> None:
    assert _plate("es-MX", turns).value == plate


def test_trap_a_comma_before_a_de_with_digits_next_keeps_the_d() -> None:
    assert _plate("es-MX", ["Doble u.", "Te, de", "Sesenta y uno."]).so_far() == "W T D 6 1"
