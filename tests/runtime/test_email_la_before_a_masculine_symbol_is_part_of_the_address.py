"""In a call, "la" names only the arroba (la arroba): before "punto" or "guion" (el punto, el guion) it is a word of
the address ("la punto garza" is la.garza@, never garza@), while the article of a symbol is still no part of it
("luego la arroba", "el punto com")."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(
    ("address", "read_back"),
    [
        ("la punto garza arroba gmail punto com", "la punto garza arroba gmail punto com"),
        ("es la punto garza arroba hotmail punto com", "la punto garza arroba hotmail punto com"),
        ("marisol luego la arroba gmail punto com", "marisol arroba gmail punto com"),
        ("marisol el punto garza arroba gmail punto com", "marisol punto garza arroba gmail punto com"),
    ],
)
async def test_la_before_punto_is_a_word_of_the_address(daisy: CompiledFlow, address: str, read_back: str) -> None:
    conv = await call(daisy, "es-MX", TO_EMAIL)
    assert f"Su correo es {read_back}." in said(await conv.user_turn(address))
    assert conv.pending == read_back.replace(" punto ", ".").replace(" arroba ", "@")
