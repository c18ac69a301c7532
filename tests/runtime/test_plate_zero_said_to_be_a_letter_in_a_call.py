"""In a call, "no, el cero no, es la letra o" at the read-back of ABC-103 says the O has no room there (Daisy's
plates: letters, then digits) and reads the plate back as it is - never ABC-13; "el cero no, es un ocho" puts the
8 in its place; at the question "a b c one oh three" is ABC-103 (an O among the digits is a zero)."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}


@pytest.mark.parametrize(
    ("locale", "plate", "reply", "out"),
    [
        ("es-MX", "a b c ciento tres", "no, el cero no, es la letra o",
         "La O no cabe ahí en las placas. ¿Entonces las placas del tractor son A de árbol, B de burro, C de casa, "
         "1, 0, 3?"),
        ("es-MX", "a b c ciento tres", "no es cero, es o", "La O no cabe ahí en las placas."),
        ("en-US", "a b c one zero three", "not zero, it's the letter o", "There's no room for O there on the plates."),
        ("es-MX", "a b c ciento tres", "el cero no, es un ocho", "C de casa, 1, 8, 3. ¿Es correcto?"),
        ("en-US", "a b c one oh three", "yes", "What's the trailer number?"),
    ],
)
async def test_a_zero_said_to_be_another_character_at_the_plates_read_back(
        daisy: CompiledFlow, locale: str, plate: str, reply: str, out: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    assert "1, 0, 3" in said(await conv.user_turn(plate))
    assert out in said(await conv.user_turn(reply))
    assert conv.step.name.startswith("registration.")
