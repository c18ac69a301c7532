"""Letters of an address said doubled or once more, in the pieces of a dictation.

"Doble ele", "double s", "doble cero" are that character twice ("doble u" / "doble ve" stay the one letter w);
"otra vez ge" amid letters spelled one by one is that letter once more, not the address begun again (only a
character the address already has, past its start: "otra vez, i" at "ig" still starts over). After an
address said as two words run together was turned down, "con punto en medio" / "with a dot in between"
joins those two words with it.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _dictated(pieces: list[str], locale: str) -> tuple[str, str | None]:
    state = new_accumulator("email", locale)
    for piece in pieces:
        state.feed(piece)
    return state.so_far(), state.value


@pytest.mark.parametrize(
    ("pieces", "locale", "value"),
    [
        (["Letra e.", "Ge.", "Letra a.", "Doble ele.", "Letra o.", "Arroba gmail punto com."], "es-MX",
         "egallo@gmail.com"),
        (["be e", "doble erre", "a arroba yahoo punto com"], "es-MX", "berra@yahoo.com"),
        (["r u", "double s", "o at gmail dot com"], "en-US", "russo@gmail.com"),
        (["toño", "doble cero", "arroba hotmail punto com"], "es-MX", "tono00@hotmail.com"),
        (["doble u, doble u", "arroba gmail punto com"], "es-MX", "ww@gmail.com"),
        (["ana", "doble ve", "arroba gmail punto com"], "es-MX", "anaw@gmail.com"),
    ],
)
def test_a_doubled_character(pieces: list[str], locale: str, value: str) -> None:
    assert _dictated(pieces, locale)[1] == value


@pytest.mark.parametrize(
    ("pieces", "locale", "value"),
    [
        (["Letra i.", "Ge.", "Letra a.", "Otra vez ge.", "Letra o.", "Arroba gmail punto com."], "es-MX",
         "igago@gmail.com"),
        (["eme", "a", "erre", "otra vez a", "arroba yahoo punto com"], "es-MX", "mara@yahoo.com"),
    ],
)
def test_a_letter_said_once_more(pieces: list[str], locale: str, value: str) -> None:
    assert _dictated(pieces, locale)[1] == value


@pytest.mark.parametrize(
    ("pieces", "locale", "so_far"),
    [
        (["Letra i.", "Ge.", "otra vez, i"], "es-MX", "i"),  # its first letter: begun again
        (["eme", "a", "otra vez, eme a erre"], "es-MX", "mar"),
    ],
)
def test_begun_again_is_still_begun_again(pieces: list[str], locale: str, so_far: str) -> None:
    assert _dictated(pieces, locale)[0].replace(" ", "") == so_far


@pytest.mark.parametrize(
    ("said", "after_no", "locale", "value"),
    [
        ("rosa ibarra arroba gmail punto com", "Con punto en medio.", "es-MX", "rosa.ibarra@gmail.com"),
        ("rosa ibarra arroba gmail punto com", "Lleva guion bajo en medio", "es-MX", "rosa_ibarra@gmail.com"),
        ("dave hill at outlook dot com", "With a dot in between.", "en-US", "dave.hill@outlook.com"),
    ],
)
def test_two_words_joined_after_a_no(said: str, after_no: str, locale: str, value: str) -> None:
    state = new_accumulator("email", locale)
    state.feed(said)
    state.reset()  # turned down at its read-back
    assert state.feed(after_no).value == value


def test_a_symbol_after_a_no_to_a_spelled_address_is_not_a_join() -> None:
    state = new_accumulator("email", "es-MX")
    state.feed("a n a arroba gmail punto com")
    state.reset()
    assert state.feed("con punto en medio").value is None
