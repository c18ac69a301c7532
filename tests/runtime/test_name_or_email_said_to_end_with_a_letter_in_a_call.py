"""In a call, "termina con i latina" after "anabel" writes anabeli - at the name's read-back ("Anoto Anabeli"), amid
the address's dictation ("Llevo anabeli") and at its read-back - never "Anabel Termina", "anabelterminaconi" or
"anabei"; "No, Nanci termina con i latina" at "Nancy" respells the name, never adds "Nanci" as its surname (at the
surnames' question they are asked again)."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(
    ("locale", "turns", "note", "read_back"),
    [
        ("es-MX", ["sí", "Anabel"], "termina con i latina", "Anoto Anabeli."),
        ("es-MX", ["sí", "Anabel López"], "Anabel termina con i latina", "Anoto Anabeli López."),
        ("es-MX", ["sí", "Nancy López"], "No, Nanci termina con i latina", "Anoto Nanci López."),
        ("en-US", ["yes", "Anabel Smith"], "Anabel ends with an i", "I have Anabeli Smith."),
    ],
)
async def test_a_name_said_to_end_with_a_letter_is_read_back_so(daisy: CompiledFlow, locale: str, turns: list[str],
                                                                note: str, read_back: str) -> None:
    conv = await call(daisy, locale, turns)
    assert conv.step.name == "registration.full_name.confirm"
    out = said(await conv.user_turn(note))
    assert conv.step.name == "registration.full_name.confirm"
    assert read_back in out


async def test_an_address_said_to_end_with_a_letter_amid_its_dictation_and_at_its_read_back(
        daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "anabel"])
    assert "Llevo anabeli." in said(await conv.user_turn("termina con i latina"))
    assert "anabeli arroba gmail punto com" in said(await conv.user_turn("arroba gmail punto com"))
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "anabel arroba gmail punto com"])
    assert "anabeli arroba gmail punto com" in said(await conv.user_turn("termina con i latina"))
    assert conv.step.name == "registration.email.confirm"


async def test_a_given_name_respelled_at_the_surnames_question_asks_them_again(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Nancy"])
    assert "Nanci, ¿y sus apellidos?" in said(await conv.user_turn("No, Nanci termina con i latina"))
    assert "Anoto Nanci López Ortiz." in said(await conv.user_turn("López Ortiz"))
