"""A word of the address and its own spelling next to it count once, wherever the spelling stands: right
after it ("jennyw, J E N N Y W", "rmz, erre eme zeta"), after a note on it ("chuy con i griega al final. Ce,
hache, u, i griega"; "Esparza con zeta. Ese, pe, a, ere, zeta, a": the first letter may be left out as
heard), after the words before it joined ("jett trucking, j e t t") or right before it ("ce a ene a ele e ese,
canales", "erre o be e erre te o roberto": letter names spelling the word said whole right after them). Letters
that spell something else are more of the address ("erre o be e erre te o aguilar" is robertoaguilar)."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.compiler import compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding.emails import email_tokens, extract_email

from .email_helpers import dictated


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


@pytest.mark.parametrize(
    ("said", "address"),
    [
        ("erre o be e erre te o roberto arroba gmail punto com", "roberto@gmail.com"),
        ("a ge u i ele a erre aguilar arroba gmail punto com", "aguilar@gmail.com"),
        ("ce a ene a ele e ese, canales arroba hotmail punto com", "canales@hotmail.com"),
        ("juan punto eme o ere a, mora arroba gmail punto com", "juan.mora@gmail.com"),
        ("erre o be e erre te o aguilar arroba gmail punto com", "robertoaguilar@gmail.com"),  # spells another
    ],
)
def test_letter_names_then_the_word_they_spell_are_the_word_once(said: str, address: str) -> None:
    assert extract_email(said, "es-MX") == address


@pytest.mark.parametrize(
    ("turns", "locale", "address"),
    [
        (["juan", "Con el noventa", "arroba gmail punto com"], "es-MX", "juan90@gmail.com"),
        (["juan con el número noventa arroba gmail punto com"], "es-MX", "juan90@gmail.com"),
        (["luna", "with the forty-five", "at gmail dot com"], "en-US", "luna45@gmail.com"),
    ],
)
def test_a_number_joined_with_con_el_has_no_letters_of_the_joining_words(
        turns: list[str], locale: str, address: str) -> None:
    assert dictated(turns, locale)[0] == address


async def test_the_address_read_back_in_a_call_has_the_name_once() -> None:
    conv = Conversation(compile_flow(load_flow(Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml")),
                        locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
                 "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí",
                 "a ge u i ele a erre aguilar", "Con el noventa", "arroba gmail punto com"]:
        await conv.user_turn(turn)
    assert conv.pending == "aguilar90@gmail.com"
