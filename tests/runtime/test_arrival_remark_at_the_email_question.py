"""What the caller adds of the arrival as the e-mail is asked ("Si no hay mucho tráfico.", "Si no me agarra el
tráfico en la autopista.", "If the highway is clear.") is a sentence of everyday words, no piece of the address:
nothing of it is held ("Llevo haymuchotrafico"), and the address is what the caller spells next. Scripted callers
drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a la una y veinte de la tarde", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 123", "yes", "1000", "yes", "x y z 987", "yes",
              "at 1:20 pm", "yes"],
}


@pytest.mark.parametrize(("locale", "remark", "dictation", "address"), [
    ("es-MX", "Si no hay mucho tráfico.", ["R de ratón", "anaya", "cincuenta y ocho", "aroba gmail punto con"],
     "ranaya58@gmail.com"),
    ("es-MX", "Si no me agarra el tráfico en la autopista.", ["ana punto lopez", "arroba hotmail punto com"],
     "ana.lopez@hotmail.com"),
    ("es-MX", "Depende del clima, eh.", ["ana lopez arroba gmail punto com"], "analopez@gmail.com"),
    ("en-US", "If the highway is clear.", ["ann dot lopez", "at gmail dot com"], "ann.lopez@gmail.com"),
    ("en-US", "Depends on the weather.", ["ann lopez at yahoo dot com"], "annlopez@yahoo.com"),
])
async def test_an_arrival_remark_at_the_email_question_is_no_piece_of_it(
        daisy: CompiledFlow, locale: str, remark: str, dictation: list[str], address: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    assert conv.step.slot == "email"
    reply = said(await conv.user_turn(remark))
    assert conv.step.slot == "email" and "Llevo" not in reply and "I have" not in reply
    for turn in dictation:
        await conv.user_turn(turn)
    assert conv.pending == address
