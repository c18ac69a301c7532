"""An address dictated in pieces where a pause cuts a word: "Arro" / "ba" or "ar" / "roba" is the "@" (but
two letters spelled one by one, "a" / "t", are no "at");
"ge" / "mail punto com" is the domain gmail ("mail" before its dot is a piece of the domain, not the word
for the address); a letter said with its case in a turn of its own ("Ese minúscula.") is the letter.
"""

from __future__ import annotations

import re

import pytest

from daisy_engine.understanding import new_accumulator


def _dictate(turns: list[str], locale: str = "es-MX") -> str | None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Letra te.", "Letra o.", "Letra ene.", "Arro", "ba", "hotmail punto com"], "es-MX", "ton@hotmail.com"),
        (["lupe punto soto", "ar", "roba gmail punto com"], "es-MX", "lupe.soto@gmail.com"),
        (["jim", "a", "t", "at gmail dot com"], "en-US", "jimat@gmail.com"),
    ],
)
def test_a_symbol_cut_by_a_pause_is_the_symbol(turns: list[str], locale: str, expected: str) -> None:
    assert _dictate(turns, locale) == expected


@pytest.mark.parametrize(
    "turns",
    [
        ["Ele de León.", "U de uva.", "Zeta.", "arroba", "ge", "mail punto com"],
        ["Ele de León.", "U de uva.", "Zeta.", "arroba ge", "mail punto com"],
    ],
)
def test_the_provider_in_two_pieces(turns: list[str]) -> None:
    assert _dictate(turns) == "luz@gmail.com"


def test_a_cased_letter_in_its_own_turn_is_the_letter() -> None:
    turns = ["Ese minúscula.", "Guion bajo.", "Ere de ratón.", "U de uva.", "I de iglesia.", "Zeta.",
             "Arroba gmail punto com."]
    assert _dictate(turns) == "s_ruiz@gmail.com"


def test_mail_naming_the_address_still_starts_it_over() -> None:
    turns = ["letra a", "letra be", "mi mail es lola punto vera", "arroba gmail punto com"]
    assert _dictate(turns) == "lola.vera@gmail.com"


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Efe de foco.", "Ana", "ya.", "Treinta y uno", "aroba gmail punto con."], "es-MX", "fanaya31@gmail.com"),
        (["Jota.", "Mora", "listo.", "arroba gmail punto com"], "es-MX", "jmoralisto@gmail.com"),
        (["Ken", "done.", "at gmail dot com"], "en-US", "kendone@gmail.com"),
    ],
)
def test_a_word_cut_by_a_pause_keeps_its_end_though_alone_it_would_close(
        turns: list[str], locale: str, expected: str) -> None:
    # the end begins in lower case right after a turn that stopped on a word with no mark after it
    assert _dictate(turns, locale) == expected


@pytest.mark.parametrize(
    ("turns", "locale", "kept"),
    [
        (["Efe de foco.", "Ana.", "Ya."], "es-MX", "fana"),  # a sentence of its own: "that's it"
        (["Efe de foco.", "Ana", "eh"], "es-MX", "fana"),  # a hesitation is no end of a word
        (["Efe de foco.", "Ele", "ya."], "es-MX", "fl"),  # after a letter said alone
        (["Ken.", "Done."], "en-US", "ken"),
    ],
)
def test_trap_a_closing_word_said_as_its_own_turn_is_no_piece(turns: list[str], locale: str, kept: str) -> None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    assert email.so_far().replace(" ", "") == kept


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Ana punto Gil", "ya.", "arroba gmail punto com"], "es-MX", "ana.gil@gmail.com"),
        (["Juan Pérez", "ya.", "arroba gmail punto com"], "es-MX", "juanperez@gmail.com"),
        (["El correo es Rosa Díaz", "listo.", "arroba hotmail punto com"], "es-MX", "rosadiaz@hotmail.com"),
        (["John dot Smith", "done.", "at gmail dot com"], "en-US", "john.smith@gmail.com"),
    ],
)
def test_trap_a_closing_word_after_a_piece_dictated_whole_is_no_end_of_its_last_word(
        turns: list[str], locale: str, expected: str) -> None:
    # the caller paused where the piece ended ("Ana punto Gil" - "ya."): "ya" says it is done, never "gilya";
    # only a turn of one word ("Ana" - "ya.") may be a word the recogniser cut
    assert _dictate(turns, locale) == expected


@pytest.mark.parametrize(("turns", "locale"), [
    (["juan punto perez", "Hotmail", "ya."], "es-MX"),
    (["john dot smith", "Gmail", "done."], "en-US"),
])
def test_trap_a_closing_word_after_a_provider_is_no_end_of_it(turns: list[str], locale: str) -> None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    assert not re.search(r"mail(?:ya|done)", email.so_far().replace(" ", ""))
