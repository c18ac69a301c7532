"""A caller explaining a piece of the address already given ("arroba grupo de pe", then "o sea grupo y las
letras de y pe, todo junto") says it again: the same piece adds nothing, and one spelled otherwise ("o sea,
esparza con zeta" after "esparsa") replaces it. "Las letras de y pe" lists the letters D and P (the "y"
before the last one joins the list). A word followed by its own spelling after a hint ("esparza con zeta.
Ese, pe, a, ere, zeta, a.") is said once, also when the spelling leaves out a first letter taken as heard.

At the read-back, a removal placed by its neighbour ("sin la e después de amador") takes out that
character only where it stands; an address with no such character there is left as it was (the caller
heard another read-back), never a character elsewhere. A letter spelled with a word ("no, la ce de casa")
names which letter an initial is; a part said again in a sentence of its own after a remark ("Con guion en
medio. Ge montoya, guion, fletes.") and a symbol put before a number said in words ("entre sandoval y el
setenta y ocho") are applied.

A turn that only says again the word the address ends with ("Domínguez." after "saul punto domínguez",
"Grupo de pe, todo junto." after "arroba grupo de pe") is the caller making sure, not the word twice;
digits said one by one may repeat ("siete", "siete").
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract, new_accumulator
from daisy_engine.understanding.types.base import edit


def _dictated(turns: list[str], locale: str = "es-MX") -> str | None:
    state = new_accumulator("email", locale)
    for turn in turns:
        state.feed(turn)
    return state.value


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Saúl punto Domínguez", "arroba grupo de pe", "O sea grupo y las letras de y pe, todo junto.",
          "Punto com punto mx."], "es-MX", "saul.dominguez@grupodp.com.mx"),
        (["Ramiro punto esparsa", "O sea, esparza con zeta.", "arroba yahoo punto com"], "es-MX",
         "ramiro.esparza@yahoo.com"),
        (["Juan punto", "Es decir, pérez.", "arroba gmail punto com"], "es-MX", "juan.perez@gmail.com"),
        (["María", "O sea, maría lópez, todo junto.", "arroba gmail punto com"], "es-MX", "marialopez@gmail.com"),
        (["juan", "o sea, jota u a ene", "arroba gmail punto com"], "es-MX", "juan@gmail.com"),
        (["bob dot smyth", "I mean smith.", "at gmail dot com"], "en-US", "bob.smith@gmail.com"),
        (["ana arroba acme", "I mean acme, all one word.", "dot com"], "en-US", "ana@acme.com"),
    ],
)
def test_a_piece_explained_again_is_not_added(turns: list[str], locale: str, expected: str) -> None:
    assert _dictated(turns, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("saul arroba grupo y las letras de y pe punto com", "es-MX", "saul@grupodp.com"),
        ("mis iniciales jota ele arroba gmail punto com", "es-MX", "jl@gmail.com"),
        ("the letters a, b and c at gmail dot com", "en-US", "abc@gmail.com"),
    ],
)
def test_a_list_of_letters(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


def _corrected(address: str, correction: str) -> str | None:
    state = new_accumulator("email", "es-MX")
    state.feed(address)
    changed = edit(state, correction)
    return changed.value if changed is not None else None


def test_a_word_spelled_after_a_hint_corrects_that_word() -> None:
    assert _corrected("ramiro punto esparsa dos mil uno arroba yahoo punto com punto mx",
                      "Esparza con zeta. Ese, pe, a, ere, zeta, a.") == "ramiro.esparza2001@yahoo.com.mx"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("lety guion bajo amadore ochenta y cuatro arroba live punto com punto mx", "lety_amador84@live.com.mx"),
        ("lety guion bajo amador ochenta y cuatro arroba live punto com punto mx", None),
    ],
)
def test_a_removal_placed_by_its_neighbour(address: str, expected: str | None) -> None:
    assert _corrected(address, "Sin la e después de amador. Va directo el ochenta y cuatro.") == expected


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        ("ese anaya arroba icloud punto com", "No, la ce de casa.", "canaya@icloud.com"),
        ("ve ortiz punto luna arroba gmail punto com", "Es be de burro.", "bortiz.luna@gmail.com"),
        ("juan punto perez arroba gmail punto com", "Pe de perro.", None),
    ],
)
def test_a_letter_spelled_at_the_read_back_names_the_initial(address: str, correction: str,
                                                             expected: str | None) -> None:
    assert _corrected(address, correction) == expected


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        # the part said again in a sentence of its own, after a remark about it
        ("ge montoya fletes arroba gmail punto com", "Con guion en medio. Ge montoya, guion, fletes.",
         "gmontoya-fletes@gmail.com"),
        # a symbol between a word and a number said as words, to the end of its clause
        ("juve punto sandoval setenta y ocho arroba yahoo punto com",
         "No, falta un punto entre sandoval y el setenta y ocho.", "juve.sandoval.78@yahoo.com"),
    ],
)
def test_a_symbol_added_to_a_part_said_again(address: str, correction: str, expected: str | None) -> None:
    assert _corrected(address, correction) == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["saul punto dominguez", "arroba grupo de pe", "Grupo de pe, todo junto.", "punto com punto mx"], "es-MX",
         "saul.dominguez@grupodp.com.mx"),
        (["saul punto dominguez", "Domínguez.", "arroba gmail punto com"], "es-MX", "saul.dominguez@gmail.com"),
        (["Jota.", "U.", "A.", "Ene.", "Juan.", "Arroba gmail punto com."], "es-MX", "juan@gmail.com"),
        (["rigo guion bajo nava", "siete", "siete", "arroba hotmail punto com"], "es-MX", "rigo_nava77@hotmail.com"),
        (["tom dot baker", "baker", "at gmail dot com"], "en-US", "tom.baker@gmail.com"),
    ],
)
def test_the_last_word_said_again_is_said_once(turns: list[str], locale: str, expected: str) -> None:
    assert _dictated(turns, locale) == expected
