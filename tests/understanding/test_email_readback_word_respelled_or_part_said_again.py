"""At the read-back of an e-mail address, a caller may say a word of it again with a note on how it is
spelled, and then the letter it is not ("No, chuy con i griega al final, no con i latina"): the one piece
heard with a letter sounding like the note's is put right - the letter ruled out only repeats the note,
and an address already so written is left alone.

A caller may also say what to take out and then the whole part before the "@" again ("sin la a. Te
escamilla"): the part said again leaves nothing to guess (which "a"), so it is taken whole; said alone it
replaces the part most like it whole, never a piece of it with a stray letter left behind."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("rui.salas@hotmail.com", "Es ruy con i griega, no con i latina.", "es-MX", "ruy.salas@hotmail.com"),
        ("mendes.karla@gmail.com", "No, mendez con zeta al final, no con ese.", "es-MX", "mendez.karla@gmail.com"),
        ("eber.luna@gmail.com", "No, ever con ve chica, no con be grande.", "es-MX", "ever.luna@gmail.com"),
        ("lopes.fletes@yahoo.com", "lopez with a z at the end, not an s", "en-US", "lopez.fletes@yahoo.com"),
    ],
)
def test_a_word_said_again_with_its_spelling_and_the_letter_it_is_not(
        address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


def test_a_note_on_a_word_already_so_written_changes_nothing() -> None:
    state = new_accumulator("email", "es-MX")
    state.feed("chuy punto amador arroba gmail punto com")
    said = "No, chuy con i griega, no con i latina."
    assert state.describes(said) is True
    assert corrected("chuy.amador@gmail.com", said) is None


@pytest.mark.parametrize(
    ("address", "correction", "locale", "expected"),
    [
        ("beaortega@gmail.com", "No, sin la a, nada más la be. Be ortega.", "es-MX", "bortega@gmail.com"),
        ("jonhsmith@aol.com", "No, without the h. John smith.", "en-US", "johnsmith@aol.com"),
        ("peaguzman@hotmail.com", "Nomás la pe, sin la a. Pe guzmán.", "es-MX", "pguzman@hotmail.com"),
    ],
)
def test_a_removal_with_the_part_said_again_takes_the_part(
        address: str, correction: str, locale: str, expected: str) -> None:
    assert corrected(address, correction, locale) == expected


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        ("chui.amador@gmail.com", "No, chuy.", "chuy.amador@gmail.com"),
        ("teaescamilla@gmail.com", "Te escamilla.", "tescamilla@gmail.com"),
    ],
)
def test_a_part_said_again_replaces_the_whole_part(address: str, correction: str, expected: str) -> None:
    assert corrected(address, correction) == expected


@pytest.mark.parametrize(
    ("address", "correction", "expected"),
    [
        # another word said after the removal is no part said again: only the letter goes
        ("juanperez@gmail.com", "No, sin la a. Pedro gomez.", "junperez@gmail.com"),
        # a short word is no part said again whole
        ("raulmarquez@gmail.com", "No, sin la ele. Raul.", "raumarquez@gmail.com"),
    ],
)
def test_a_removal_beside_other_words_takes_only_the_letter(address: str, correction: str, expected: str) -> None:
    assert corrected(address, correction) == expected
