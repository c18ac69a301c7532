"""In a call, the notes a name and an address take on how a word ends or begins are read one way, at the question
and at the read-back: "Omar, con hache al principio" is Homar (before, the name cut the note and kept Omar),
"Carolin, it ends with an e" Caroline, "acaba en hache" amid an address or at its read-back writes the h last, and
"Smith ends with a y" at "Carolin Smith" reads back Smithy (the last letter, never an inner i respelled)."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(
    ("locale", "turns", "note", "read_back"),
    [
        ("es-MX", ["sí"], "Omar, con hache al principio", "Anoto Homar."),
        ("es-MX", ["sí"], "Lisbet, acaba en hache", "Anoto Lisbeth."),
        ("en-US", ["yes"], "Carolin, it ends with an e", "I have Caroline."),
        # at the read-back
        ("es-MX", ["sí", "Omar Ruiz"], "Omar empieza con hache", "Anoto Homar Ruiz."),
        ("en-US", ["yes", "Carolin Smith"], "Smith ends with a y", "I have Carolin Smithy."),
        ("en-US", ["yes", "Carolin Smith"], "no, Carolin ends in an e", "I have Caroline Smith."),
    ],
)
async def test_a_name_said_to_end_or_begin_with_a_letter_is_read_back_so(
        daisy: CompiledFlow, locale: str, turns: list[str], note: str, read_back: str) -> None:
    conv = await call(daisy, locale, turns)
    assert read_back in said(await conv.user_turn(note))
    assert conv.step.name == "registration.full_name.confirm"


async def test_an_address_said_to_begin_or_end_with_a_letter_amid_its_dictation_and_at_its_read_back(
        daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "omar"])
    assert "Llevo homar." in said(await conv.user_turn("empieza con hache"))
    assert "homar arroba gmail punto com" in said(await conv.user_turn("arroba gmail punto com"))
    assert "homarh arroba gmail punto com" in said(await conv.user_turn("acaba en hache"))
    assert conv.step.name == "registration.email.confirm"


async def test_the_one_at_the_end_is_no_letter_d_at_a_name_read_back(daisy: CompiledFlow) -> None:
    # "la de al final" is Spanish for "the one at the end": a yes that points at a part, never the letter D
    conv = await call(daisy, "es-MX", ["sí", "Anabel termina con i latina"])
    assert "número económico" in said(await conv.user_turn("sí, la de al final"))
    assert conv.slots["full_name"] == "Anabeli"
    conv = await call(daisy, "es-MX", ["sí", "Anabel termina con i latina"])
    assert "Danabeli" not in said(await conv.user_turn("no, la de adelante"))


async def test_the_letter_d_named_as_a_letter_at_an_edge_is_still_written(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí"])
    assert "Anoto Anabeld." in said(await conv.user_turn("Anabel, con la letra de al final"))
