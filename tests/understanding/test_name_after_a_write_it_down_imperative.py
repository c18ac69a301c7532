"""A caller may tell the agent to write the name down before saying it: "Pon ahí Baldomero Ugalde", "Ahí
apúntale Juan Pérez", "Anótale ahí Rosalía Campos". The imperative is no part of the name, a spelling note
after it ("Ugalde con ge") keeps the full name, and the imperative alone is never a name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pon ahí Eustaquio Ledezma, Ledezma con zeta.", "Eustaquio Ledezma"),
        ("Ahí apúntale Juan Pérez.", "Juan Pérez"),
        ("Anótale ahí Rosalía Campos Rivera.", "Rosalía Campos Rivera"),
        ("Ponle nomás Chuy Tapia.", "Chuy Tapia"),
        ("Escríbele ahí Porfirio Anaya.", "Porfirio Anaya"),
    ],
)
def test_the_name_after_a_write_it_down_imperative(text: str, expected: str) -> None:
    assert extract_name(text, "es-MX") == expected


@pytest.mark.parametrize("text", ["Pon ahí.", "Anota el número.", "Apunta, apunta.", "Pon que llego a las cinco."])
def test_the_imperative_alone_is_no_name(text: str) -> None:
    assert extract_name(text, "es-MX") is None
