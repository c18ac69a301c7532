"""At the e-mail read-back, the caller corrects his name ("no, el nombre es Juana Pérez", "no, mi nombre es Juana",
"no, my name is Juana"): the name is read back with the new words, never dictated into the address. The name said
as it is held ("no, el nombre es ana" after Ana López) changes nothing and the address is read back again - its words
are no dictation either ("Eso mismo tengo" took "ana" as the address's own)."""

from __future__ import annotations

import pytest
from runtime_helpers import call

from daisy_engine.compiler import CompiledFlow

TO_THE_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "equis ye ca, uno dos tres cuatro", "sí",
              "cuatro cinco tres", "sí", "equis ye ca, uno dos tres cinco", "sí", "a las cinco de la tarde", "sí",
              "ana punto lopez arroba gmail punto com"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "X Y K, one two three four", "yes",
              "four five three", "yes", "X Y K, one two three five", "yes", "five pm", "yes",
              "ana dot lopez at gmail dot com"],
}


@pytest.mark.parametrize(("locale", "turn", "name"), [
    ("es-MX", "no, el nombre es Juana Pérez", "Juana Pérez"),
    ("es-MX", "no, mi nombre es Juana", "Juana López"),
    ("en-US", "no, my name is Juana", "Juana Lopez"),
    ("en-US", "no, the name is Juana Perez", "Juana Perez"),
])
async def test_the_name_corrected_at_the_email_read_back_is_read_back_as_the_name(
        daisy: CompiledFlow, locale: str, turn: str, name: str) -> None:
    conv = await call(daisy, locale, TO_THE_EMAIL[locale])
    assert conv.step.slot == "email" and conv.pending == "ana.lopez@gmail.com"
    await conv.user_turn(turn)
    assert conv.step.slot == "full_name" and conv.pending == name


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "no, el nombre es ana"), ("en-US", "no, the name is Ana")])
async def test_the_name_said_as_held_leaves_the_address_as_it_was(daisy: CompiledFlow, locale: str,
                                                                  turn: str) -> None:
    conv = await call(daisy, locale, TO_THE_EMAIL[locale])
    await conv.user_turn(turn)
    assert conv.step.slot == "email" and conv.pending == "ana.lopez@gmail.com"
