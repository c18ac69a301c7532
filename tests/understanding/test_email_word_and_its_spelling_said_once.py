"""A word of the address and its own spelling next to it count once, wherever the spelling stands: right
after it ("jennyw, J E N N Y W", "rmz, erre eme zeta"), after a note on it ("chuy con i griega al final. Ce,
hache, u, i griega"; "Esparza con zeta. Ese, pe, a, ere, zeta, a": the first letter may be left out as
heard), after the words before it joined ("jett trucking, j e t t") or right before it ("ce a ene a ele e ese,
canales"). Letters that spell something else are more of the address."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import email_tokens


@pytest.mark.parametrize(
    ("said", "lang", "tokens"),
    [
        ("jennyw, J E N N Y W", "en", ["jennyw"]),
        ("rmz, erre eme zeta", "es", ["rmz"]),
        ("Esparza con zeta. Ese, pe, a, ere, zeta, a.", "es", ["esparza"]),
        ("No, chuy con i griega al final. Ce, hache, u, i griega.", "es", ["no", "chuy"]),
        ("Baltazar con zeta. Be, a, ele, te, a, zeta, a, ere.", "en", ["baltazar", "con", "zeta"]),
        ("jett trucking, j e t t", "en", ["jett", "trucking"]),
        ("c a n a l e s, canales", "en", ["canales"]),
    ],
)
def test_a_word_and_its_own_spelling_count_once(said: str, lang: str, tokens: list[str]) -> None:
    assert email_tokens(said, lang) == tokens  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "lang", "tokens"),
    [
        ("ana, b c", "en", ["ana", "b", "c"]),
        ("rmz, erre eme equis", "es", ["rmz", "erre", "eme", "equis"]),  # letter names are read later
    ],
)
def test_trap_letters_that_spell_something_else_are_more_of_the_address(
        said: str, lang: str, tokens: list[str]) -> None:
    assert email_tokens(said, lang) == tokens  # type: ignore[arg-type]
