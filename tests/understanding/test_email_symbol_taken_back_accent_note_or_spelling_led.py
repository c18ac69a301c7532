"""E-mails with a symbol taken back, a note on an accent and a spelling led by "that's":
- "a punto... ah no, sin punto, asalinas treinta": the symbol said last before the take-back goes, and the part
  said again after it replaces what it says again ("a" is the start of "asalinas"), "toño guion transportes...
  no, sin guion, toño transportes junto" the same with a dash;
- "efraín, con acento, pérez": how a word is written the address cannot show is no part of it;
- "Kevin dot Rourke, that's R-O-U-R-K-E": the spelling of the word before it, said once."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "address"),
    [
        ("Es a punto... ah no, sin punto, asalinas treinta, aroba gmail punto con.", "es-MX", "asalinas30@gmail.com"),
        ("Juan punto pérez, no, sin punto, juanperez arroba gmail punto com.", "es-MX", "juanperez@gmail.com"),
        ("Juan punto pérez... no, sin punto, arroba gmail punto com.", "es-MX", "juanperez@gmail.com"),
        ("Toño guion transportes... no, sin guion, toño transportes junto, aroba gmail punto com.", "es-MX",
         "tonotransportes@gmail.com"),
        ("Toño guion transportes, no, sin guion, arroba gmail punto com.", "es-MX", "tonotransportes@gmail.com"),
        ("Mario guion bajo lópez, no, sin guion bajo, mariolopez arroba hotmail punto com.", "es-MX",
         "mariolopez@hotmail.com"),
        ("Kevin dot Rourke, no, no dot, kevinrourke at gmail dot com.", "en-US", "kevinrourke@gmail.com"),
        ("Jim dash Smith... no, without the dash, jimsmith at yahoo dot com.", "en-US", "jimsmith@yahoo.com"),
    ],
)
def test_a_symbol_taken_back_is_left_out_and_the_part_said_again_counts_once(
        text: str, locale: str, address: str) -> None:
    assert extract("email", text, locale) == address


@pytest.mark.parametrize(
    ("text", "locale", "address"),
    [
        ("Mi correo: efraín, con acento, pérez, junto, en g mail punto com.", "es-MX", "efrainperez@gmail.com"),
        ("José sin acento arroba gmail punto com.", "es-MX", "jose@gmail.com"),
        ("María con acento en la i, lópez, arroba hotmail punto com.", "es-MX", "marialopez@hotmail.com"),
        ("Jose with an accent at gmail dot com.", "en-US", "jose@gmail.com"),
    ],
)
def test_a_note_on_an_accent_is_no_part_of_the_address(text: str, locale: str, address: str) -> None:
    assert extract("email", text, locale) == address


@pytest.mark.parametrize(
    ("text", "locale", "address"),
    [
        ("Kevin dot Rourke, that's R-O-U-R-K-E, at yahoo dot com.", "en-US", "kevin.rourke@yahoo.com"),
        ("Kevin dot Rourke, spelled R-O-U-R-K-E, at yahoo dot com.", "en-US", "kevin.rourke@yahoo.com"),
        ("Smyth, that's s m y t h, at gmail dot com.", "en-US", "smyth@gmail.com"),
        ("Ruíz, o sea, erre u i zeta, arroba gmail punto com.", "es-MX", "ruiz@gmail.com"),
    ],
)
def test_a_spelling_led_by_thats_or_spelled_counts_once(text: str, locale: str, address: str) -> None:
    assert extract("email", text, locale) == address
