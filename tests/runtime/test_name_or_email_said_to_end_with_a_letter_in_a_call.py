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


@pytest.mark.parametrize(
    ("locale", "name", "note", "read_back"),
    [
        # the place of a letter named ("the first letter is"): the consonant read back there was heard wrong
        ("en-US", "Lacey", "no, the first letter is a k", "I have Kacey."),
        ("en-US", "Lacey", "the first letter is k", "I have Kacey."),
        ("en-US", "Lacey Smith", "no, the first letter's a k", "I have Kacey Smith."),
        ("es-MX", "Lacey", "no, la primera es con ka", "Anoto Kacey."),
        ("es-MX", "Lacey López", "la primera letra es ka", "Anoto Kacey López."),
        ("es-MX", "Ruis", "no, la última es zeta", "Anoto Ruiz."),
        ("es-MX", "Lacey", "no, empieza con ka", "Anoto Kacey."),
        # a vowel beside a consonant was not heard: it goes before (after) it
        ("es-MX", "Omar López", "no, la primera es hache", "Anoto Homar López."),
        ("en-US", "Rick", "no, the first letter is an e", "I have Erick."),
        # a vowel said "al final" after a "no" is the last letter, in place of the one read back there
        ("es-MX", "Anabeli", "no, lleva e al final", "Anoto Anabele."),
        ("es-MX", "Anabeli", "no, va con e al final", "Anoto Anabele."),
        # an a after an i is the vowel said apart from it lost on the line (Sofia, Anabelia)
        ("es-MX", "Sofi", "no, lleva a al final", "Anoto Sofia."),
        ("es-MX", "Anabeli", "termina en a", "Anoto Anabelia."),
    ],
)
async def test_a_letter_refused_at_an_edge_of_the_name_read_back_takes_its_place(
        daisy: CompiledFlow, locale: str, name: str, note: str, read_back: str) -> None:
    conv = await call(daisy, locale, ["sí" if locale == "es-MX" else "yes", name])
    assert conv.step.name == "registration.full_name.confirm"
    assert read_back in said(await conv.user_turn(note))
    assert conv.step.name == "registration.full_name.confirm"


async def test_the_last_letter_of_a_whole_name_named_asks_the_name_again(daisy: CompiledFlow) -> None:
    # which word's last letter is meant is not clear ("Lacey Smith": Lacei or Smiti)
    conv = await call(daisy, "en-US", ["yes", "Lacey Smith"])
    await conv.user_turn("no, the last letter is an i")
    assert conv.step.name == "registration.full_name.ask"


@pytest.mark.parametrize(
    ("address", "note", "read_back"),
    [
        ("lacey arroba gmail punto com", "no, la primera es con ka", "kacey arroba gmail punto com"),
        ("anabeli arroba gmail punto com", "no, lleva e al final", "anabele arroba gmail punto com"),
    ],
)
async def test_a_letter_refused_at_an_edge_of_the_address_read_back_takes_its_place(
        daisy: CompiledFlow, address: str, note: str, read_back: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, address])
    assert conv.step.name == "registration.email.confirm"
    assert read_back in said(await conv.user_turn(note))
