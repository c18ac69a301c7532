"""At a plate's read-back, a correction that names a character of the plate to be another ("sí, pero la de es te",
"en vez de la eme es ene", "the D should be a T") where the plate has neither changes nothing - the caller
answered another read-back or misheard ours - and the read-back says the plate has none, never "eso mismo tengo"
/ "that matches what I have" as if the caller had agreed. Where it holds the one meant ("no es jota, es ge" at
H G T) it is as the caller says: "eso mismo tengo". A correction of a character it holds still applies."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ann Lee", "yes", "four five two", "yes"]}
DICTATED = {"es-MX": "ka e be ciento veintitrés", "en-US": "k e b one two three four"}


@pytest.mark.parametrize(
    ("locale", "reply", "says"),
    [
        ("es-MX", "Sí, pero la de es te", "Las placas que tengo no llevan D."),
        ("es-MX", "en vez de la eme es ene", "Las placas que tengo no llevan M."),
        ("es-MX", "no, la jota es ge", "Las placas que tengo no llevan J."),
        ("en-US", "the D should be a T", "There's no D on the plates I have."),
        ("en-US", "yes but instead of the M it's an N", "There's no M on the plates I have."),
    ],
)
async def test_a_character_the_plate_lacks_named_to_be_another_is_said_to_be_absent(
        daisy: CompiledFlow, locale: str, reply: str, says: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], DICTATED[locale]])
    assert conv.step.name == "registration.tractor_plate.confirm"
    before = conv.pending
    out = said(await conv.user_turn(reply))
    assert says in out
    assert "Eso mismo tengo" not in out and "That matches what I have" not in out
    assert conv.pending == before
    # said once: the next read-back (nothing named) does not say it again
    again = said(await conv.user_turn("este..."))
    assert says not in again


@pytest.mark.parametrize(
    ("locale", "reply", "read_back"),
    [
        ("es-MX", "sí, pero la be es ve", "V de vaca"),
        ("en-US", "the B should be a V", "Victor"),
    ],
)
async def test_a_character_the_plate_holds_named_to_be_another_is_put_right(
        daisy: CompiledFlow, locale: str, reply: str, read_back: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], DICTATED[locale]])
    out = said(await conv.user_turn(reply))
    assert read_back in out
    assert "no llevan" not in out and "There's no" not in out


@pytest.mark.parametrize(
    ("locale", "dictated", "reply", "says"),
    [
        ("es-MX", "hache ge te ochocientos cuarenta y uno", "No es jota, es ge de gato.", "Eso mismo tengo."),
        ("es-MX", "ve efe eme trescientos treinta y dos", "En vez de la be es ve chica, de vaca.",
         "Eso mismo tengo."),
        ("en-US", "b t w seven zero two four", "No, B as in boy, not D.", "That matches what I have."),
    ],
)
async def test_a_character_ruled_out_beside_one_the_plate_holds_is_as_the_caller_says(
        daisy: CompiledFlow, locale: str, dictated: str, reply: str, says: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], dictated])
    assert conv.step.name == "registration.tractor_plate.confirm"
    out = said(await conv.user_turn(reply))
    assert says in out
    assert "no llevan" not in out and "There's no" not in out
