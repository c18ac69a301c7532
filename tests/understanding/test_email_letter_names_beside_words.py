"""An initial said by its Spanish name beside a word of the address is that letter: "ge ávila" is gavila,
"efe quintanilla" fquintanilla, "baltazar eme cincuenta y cinco" baltazarm55, "ado erre" (the recogniser's
cut of "amador") ador, "ene" then "valdivia" nvaldivia. A name that is no Spanish word ("ge", "efe", "erre",
"eme", "ce") can only be the letter. One that is also a short word ("te", "se", "ese") is an initial where a
part of the address starts and a name follows ("es te osuna" tosuna), and stays a word elsewhere ("te amo").
"de" stays the preposition ("juan de la cruz"), a letter name inside a word is never split ("marte"), and
English names that are first names too ("Jay", "Kay") stay words. A letter named alone in a turn ("I
griega.", "Letra y.") is kept, though a bare "y" would be the "and" that leads into more.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator


def _dictated(turns: list[str], locale: str = "es-MX") -> str | None:
    state = new_accumulator("email", locale)
    for turn in turns:
        state.feed(turn)
    return state.value


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Es ge ávila arroba fletes guion sarmiento punto com punto mx.", "gavila@fletes-sarmiento.com.mx"),
        ("Efe quintanilla guion tres arroba gmail punto com.", "fquintanilla-3@gmail.com"),
        ("Baltazar eme, cincuenta y cinco, arroba hotmail punto com.", "baltazarm55@hotmail.com"),
        ("Bueno, es te osuna ochenta y cinco arroba hotmail punto com.", "tosuna85@hotmail.com"),
        ("Mi correo es ese robles arroba gmail punto com", "srobles@gmail.com"),
        ("Es ce anaya arroba icloud punto com. La ce de casa.", "canaya@icloud.com"),
        ("jota erre punto mendoza arroba yahoo punto com", "jr.mendoza@yahoo.com"),
        ("Hache villalobos arroba outlook punto com", "hvillalobos@outlook.com"),
        ("ese punto ruiz arroba gmail punto com", "s.ruiz@gmail.com"),
        ("Mi correo es eme garcía ochenta arroba hotmail punto com", "mgarcia80@hotmail.com"),
    ],
)
def test_an_initial_said_by_its_name_beside_a_word(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Erre mendez guion bajo te arroba hotmail punto com.", "es-MX", "rmendez_t@hotmail.com"),
        ("Es ochoa punto ce arroba gmail punto com", "es-MX", "ochoa.c@gmail.com"),
        ("villarreal guion ve arroba yahoo punto com punto mx", "es-MX", "villarreal-v@yahoo.com.mx"),
        ("Karla rios guion bajo ce, arroba outlook punto com", "es-MX", "karlarios_c@outlook.com"),
        ("smith underscore tee at gmail dot com", "en-US", "smith_t@gmail.com"),
    ],
)
def test_a_letter_name_as_the_last_part_after_a_name_and_a_symbol_is_an_initial(
        said: str, locale: str, expected: str) -> None:
    # "garza te arroba" closes a name with its initial; after a "guion bajo" or "punto" the same name is a
    # part of its own, the initial still
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["Ge punto ochoa", "Arroba transportes Ochoa.", "Todo junto.", "Punto com punto mx."],
         "g.ochoa@transportesochoa.com.mx"),
        (["Ene.", "Valdivia.", "Guion bajo setenta y siete arroba gmail punto com."], "nvaldivia_77@gmail.com"),
        (["Ele.", "E.", "Te de Tabasco.", "I griega.", "Guion bajo.", "A.", "Eme.", "Ado erre.", "Ochenta y cuatro.",
          "Arroba live", "Punto com punto mx."], "lety_amador84@live.com.mx"),
        (["Letra ce.", "Letra y.", "Arroba gmail punto com."], "cy@gmail.com"),
    ],
)
def test_letter_names_over_several_turns(turns: list[str], expected: str) -> None:
    assert _dictated(turns) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es juan de la cruz arroba gmail punto com", "es-MX", "juandelacruz@gmail.com"),
        ("ana de leon arroba gmail punto com", "es-MX", "anadeleon@gmail.com"),
        ("de punto leon arroba gmail punto com", "es-MX", "de.leon@gmail.com"),
        ("te amo ochenta arroba gmail punto com", "es-MX", "teamo80@gmail.com"),
        ("marte punto flores arroba gmail punto com", "es-MX", "marte.flores@gmail.com"),
        ("juan punto es arroba gmail punto com", "es-MX", "juan.es@gmail.com"),
        ("maria punto de punto jesus arroba gmail punto com", "es-MX", "maria.de.jesus@gmail.com"),
        ("garza guion bajo te amo arroba gmail punto com", "es-MX", "garza_teamo@gmail.com"),
        ("ruiz punto de arroba gmail punto com", "es-MX", "ruiz.de@gmail.com"),
        ("Jay smith at gmail dot com", "en-US", "jaysmith@gmail.com"),
        ("Kay dot lopez at gmail dot com", "en-US", "kay.lopez@gmail.com"),
    ],
)
def test_words_that_are_also_letter_names_stay_words(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


def test_a_bare_and_before_more_adds_no_letter() -> None:
    assert _dictated(["juan punto perez", "y", "arroba gmail punto com"]) == "juan.perez@gmail.com"


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es nora, punto, vega, y luego arroba gmail punto com.", "es-MX", "nora.vega@gmail.com"),
        ("Beto ruiz y después guion bajo noventa arroba hotmail punto com", "es-MX", "betoruiz_90@hotmail.com"),
        ("tom dot hale, and then at yahoo dot com", "en-US", "tom.hale@yahoo.com"),
    ],
)
def test_the_and_of_and_then_leads_on_and_is_no_letter(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("ana, i griega, luego arroba gmail punto com", "anay@gmail.com"),
        ("ana, letra y, luego arroba gmail punto com", "anay@gmail.com"),
    ],
)
def test_trap_a_letter_y_named_before_then_stays(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Es ese anaya arroba icloud punto com. La ce de casa.", "es-MX", "canaya@icloud.com"),
        ("Es ve ortiz arroba gmail punto com. Be de burro.", "es-MX", "bortiz@gmail.com"),
        ("Juan punto pérez arroba gmail punto com. Pe de perro.", "es-MX", "juan.perez@gmail.com"),
        ("It's s anaya at icloud dot com. C as in Charlie.", "en-US", "canaya@icloud.com"),
    ],
)
def test_a_letter_spelled_after_the_address_names_its_initial(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


def test_a_letter_spelled_in_the_next_turn_names_the_initial() -> None:
    assert _dictated(["Es ese anaya arroba icloud punto com.", "La ce de casa."]) == "canaya@icloud.com"


def test_a_domain_spelled_by_letter_names() -> None:
    assert _dictated(["E", "Rosales", "Arroba te erre te", "Punto com punto mx."]) == "erosales@trt.com.mx"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a given name and a surname said as words, each starting as a letter's name does: the two words
        (["sergio sanchez", "arroba gmail punto com"], "sergiosanchez@gmail.com"),
        (["jorge garcia", "arroba hotmail punto com"], "jorgegarcia@hotmail.com"),
        (["pedro perez", "arroba yahoo punto com"], "pedroperez@yahoo.com"),
        # a short mangled letter name before its word is still the letter
        (["bebe vaca", "arroba gmail punto com"], "v@gmail.com"),
    ],
)
def test_a_given_name_before_a_surname_of_the_same_initial_is_no_spelled_letter(turns: list[str],
                                                                                 expected: str) -> None:
    email = new_accumulator("email", "es-MX")
    for turn in turns:
        email.feed(turn)
    assert email.value == expected
