"""In a call, a "la" before "punto"/"guion" is a word of the address only where a word of it can be: before the
arroba ("la punto garza" is la.garza@). After the arroba, or before the domain's ending ("gmail, y luego la punto
com"), it is the article the symbol is named with, as before: never gmailla.com."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(
    ("address", "read_back"),
    [
        ("garza arroba gmail, la punto com", "garza arroba gmail punto com"),
        ("garza arroba gmail y luego la punto com", "garza arroba gmail punto com"),
        ("marisol arroba hotmail la punto com punto mx", "marisol arroba hotmail punto com punto mx"),
        ("juan arroba grupo la guion norte punto com", "juan arroba grupo guion norte punto com"),
        # before the arroba it is still the word
        ("la punto garza arroba gmail punto com", "la punto garza arroba gmail punto com"),
    ],
)
async def test_la_after_the_arroba_is_no_word_of_the_address(daisy: CompiledFlow, address: str,
                                                              read_back: str) -> None:
    conv = await call(daisy, "es-MX", TO_EMAIL)
    assert f"Su correo es {read_back}." in said(await conv.user_turn(address))


async def test_la_punto_com_said_after_the_domain_in_a_later_turn_ends_it(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [*TO_EMAIL, "garza arroba gmail"])
    out = said(await conv.user_turn("la punto com"))
    assert "gmailla" not in out
    assert "garza arroba gmail punto com" in out
