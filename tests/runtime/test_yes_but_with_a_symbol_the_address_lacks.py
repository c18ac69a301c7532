"""At an e-mail read-back, a yes that goes with a symbol the address lacks where it is dictated ("Sí, pero con punto",
"sí, lleva guion bajo", "yes, but with a dot" at analopez@gmail.com - the domain's dot is no answer to it) is turned
down as "no, lleva punto" is: the symbol is to be added and where it goes is asked ("¿Después de qué letra o palabra
va el punto?"), never a yes that loses it nor a bare "yes or no". When the address read back has it ("Sí, pero con
punto" at ana.lopez@...) the caller only makes sure of it: a yes."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_THE_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "equis ye ca, uno dos tres cuatro", "sí",
              "cuatro cinco tres", "sí", "equis ye ca, uno dos tres cinco", "sí", "a las cinco de la tarde", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "X Y K, one two three four", "yes",
              "four five three", "yes", "X Y K, one two three five", "yes", "five pm", "yes"],
}
ADDRESS = {"es-MX": ("analopez arroba gmail punto com", "ana punto lopez arroba gmail punto com"),
           "en-US": ("analopez at gmail dot com", "ana dot lopez at gmail dot com")}
WHERE = {"es-MX": "¿Después de qué letra o palabra va", "en-US": "Which letter or word does the"}


@pytest.mark.parametrize(("locale", "turn", "place", "address"), [
    ("es-MX", "Sí, pero con punto", "después de ana", "ana.lopez@gmail.com"),
    ("es-MX", "sí, lleva punto", "después de ana", "ana.lopez@gmail.com"),
    ("es-MX", "sí, pero lleva guion bajo", "después de ana", "ana_lopez@gmail.com"),
    ("en-US", "yes, but with a dot", "after ana", "ana.lopez@gmail.com"),
    ("en-US", "yeah, it has a dot", "after ana", "ana.lopez@gmail.com"),
])
async def test_a_yes_with_a_symbol_the_address_lacks_asks_where_it_goes(
        daisy: CompiledFlow, locale: str, turn: str, place: str, address: str) -> None:
    conv = await call(daisy, locale, [*TO_THE_EMAIL[locale], ADDRESS[locale][0]])
    assert conv.pending == "analopez@gmail.com"
    reply = said(await conv.user_turn(turn))
    assert WHERE[locale] in reply and conv.step.slot == "email"
    await conv.user_turn(place)
    assert conv.pending == address


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "Sí, pero con punto"), ("en-US", "yes, but with a dot")])
async def test_a_yes_with_the_symbol_the_address_has_is_a_yes(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, [*TO_THE_EMAIL[locale], ADDRESS[locale][1]])
    await conv.user_turn(turn)
    assert conv.step.name == "summary" and conv.state.slots["email"] == "ana.lopez@gmail.com"


TO_THE_PLATE_READ_BACK = {"es-MX": TO_THE_EMAIL["es-MX"][:6], "en-US": TO_THE_EMAIL["en-US"][:6]}


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, con guion"),
    ("es-MX", "sí, pero con guion"),
    ("es-MX", "sí, pero con punto"),
    ("en-US", "yes, with a dash"),
    ("en-US", "yeah with the dash"),
    ("en-US", "yes but with a dot"),
])
async def test_a_yes_with_a_symbol_at_the_plates_read_back_never_throws_the_plates_away(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    # only an address is dictated with dots and dashes: at the plates (XYK-1234) the yes stands or is asked again
    conv = await call(daisy, locale, TO_THE_PLATE_READ_BACK[locale])
    assert conv.step.slot == "tractor_plate" and conv.pending == "XYK-1234"
    await conv.user_turn(turn)
    assert conv.pending == "XYK-1234" or conv.step.slot == "trailer_number"
