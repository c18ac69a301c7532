""""I don't have those on me" puts a value off; a bare "No tengo." says none at a question for what one may lack.

Whatever the words for the value ("it", "them", "those", "these", "the plate numbers") and where it is not ("on
me", "with me", "handy", "on hand"), a caller without the value at hand has it put off to the end, never read as
characters of it. A bare "No tengo." / "I don't have one." names nothing: at the question for a value a person may
simply not have (an e-mail address: `SlotType.may_lack`) it says there is none ("Sin correo", settled), while the
same words at the plates question only put the plates off (a truck always has plates), as does "no lo tengo a la
mano" at the e-mail (a pronoun of an address that exists).
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}
TO_EMAIL = {
    "es-MX": [*TO_PLATE["es-MX"], "a b c ciento veintitrés", "sí", "mil", "sí", "x y z novecientos ochenta y siete",
              "sí", "a las cinco", "sí"],
    "en-US": [*TO_PLATE["en-US"], "a b c one two three four", "yes", "one thousand", "yes",
              "x y z nine eight seven six", "yes", "at five", "yes"],
}
PUT_OFF = {"es-MX": "eso lo vemos al final", "en-US": "come back to that at the end"}
NONE = {"es-MX": "Sin correo", "en-US": "No e-mail"}
PENDING = {"es-MX": "Correo pendiente", "en-US": "E-mail still to come"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "I don't have those on me"), ("en-US", "I don't have those with me right now"),
    ("en-US", "I don't have the plate numbers on me"), ("en-US", "They're not on me right now"),
    ("en-US", "I haven't got those with me"), ("en-US", "I don't have these handy"),
    ("en-US", "I don't have 'em on me."), ("en-US", "Sorry, haven't got 'em with me."),
    ("es-MX", "No las traigo a la mano"), ("es-MX", "Esas no las tengo aquí"),
])
async def test_plates_not_at_hand_in_any_wording_are_put_off(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    assert conv.step.slot == "tractor_plate"
    assert PUT_OFF[locale] in said(await conv.user_turn(turn))
    assert conv.step.slot == "trailer_number"


@pytest.mark.parametrize(("locale", "turn"), [("es-MX", "No tengo."), ("en-US", "I don't have one.")])
async def test_a_bare_i_have_none_only_puts_plates_off(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    assert PUT_OFF[locale] in said(await conv.user_turn(turn))
    assert "tractor_plate" not in conv.state.absent


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No tengo."), ("es-MX", "No, no tengo"), ("es-MX", "No tengo ninguno."), ("es-MX", "No uso."),
    ("es-MX", "No tengo correo."),
    ("en-US", "I don't have one."), ("en-US", "Don't have any."), ("en-US", "No email."), ("en-US", "None."),
    ("en-US", "No, I don't."),
])
async def test_a_bare_i_have_none_at_the_email_says_there_is_none(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    assert conv.step.slot == "email"
    reply = said(await conv.user_turn(turn))
    assert NONE[locale] in reply and PENDING[locale] not in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "No lo tengo a la mano"), ("es-MX", "No me lo sé"), ("en-US", "I don't have it on me"),
    ("en-US", "I don't have it handy"),
    # "ahorita" / "right now" with "the" / "my" address: one the caller has, not at hand now (never "Sin correo")
    ("es-MX", "Ahorita no tengo el correo."), ("es-MX", "Ahora no tengo mi correo, señorita."),
    ("es-MX", "No tengo el correo ahorita, luego se lo paso."),
])
async def test_an_email_not_at_hand_is_still_to_come(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert PENDING[locale] in reply and NONE[locale] not in reply


@pytest.mark.parametrize("turn", ["Ahorita no.", "Por ahora no.", "Orita no, señorita."])
async def test_not_now_alone_puts_the_value_off_never_asks_to_spell_it(daisy: CompiledFlow, turn: str) -> None:
    """"Ahorita no." at the e-mail (the caller declines for now): put off, as "no lo tengo a la mano" is - never
    "dígame el correo letra por letra"; at the plates, the same."""
    conv = await call(daisy, "es-MX", TO_EMAIL["es-MX"])
    reply = said(await conv.user_turn(turn))
    assert "letra por letra" not in reply and PENDING["es-MX"] in reply
    conv = await call(daisy, "es-MX", TO_PLATE["es-MX"])
    assert PUT_OFF["es-MX"] in said(await conv.user_turn(turn))
