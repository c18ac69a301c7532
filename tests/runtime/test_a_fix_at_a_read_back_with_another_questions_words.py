"""At a read-back, a fix of the value read back is that value's even when its only long words are words another
question of the call is asked with ("last" of "last name", "final" of "... y al final oprimir gato"): "the last a
is an e" at anna@ is anne@, "no, es con ese al final" at Luiz is Luis - never the question asked again as if the
caller had named the other value alone ("sí, espera, no, el nombre")."""

from __future__ import annotations

import pytest
from runtime_helpers import TO_EMAIL, call, said

from daisy_engine.compiler import CompiledFlow

TO_EMAIL_EN = ["yes", "Ann Lee", "yes", "four five two", "yes", "a b c one two three four", "yes", "four five six",
               "yes", "x y z nine eight seven six", "yes", "at five", "yes"]


@pytest.mark.parametrize(
    ("locale", "reply", "read_back"),
    [
        ("es-MX", "the last a is an e", "anne"),
        ("es-MX", "no, la última a es e", "anne arroba gmail punto com"),
        ("en-US", "the last a is an e", "anne at gmail dot com"),
        ("en-US", "no, the last a is an e", "anne at gmail dot com"),
        ("en-US", "no, the last letter is an e", "anne at gmail dot com"),
    ],
)
async def test_a_fix_of_the_address_naming_its_last_letter_is_applied(daisy: CompiledFlow, locale: str, reply: str,
                                                                     read_back: str) -> None:
    before = [*TO_EMAIL, "anna arroba gmail punto com"] if locale == "es-MX" \
        else [*TO_EMAIL_EN, "anna at gmail dot com"]
    conv = await call(daisy, locale, before)
    assert conv.step.name == "registration.email.confirm"
    assert read_back in said(await conv.user_turn(reply))
    assert conv.step.name == "registration.email.confirm"


@pytest.mark.parametrize("reply", ["no, es con ese al final", "no, lleva ese al final"])
async def test_a_name_said_to_end_with_a_letter_at_the_end_is_spelled_so(daisy: CompiledFlow, reply: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Luiz"])
    assert conv.step.name == "registration.full_name.confirm"
    assert "Anoto Luis." in said(await conv.user_turn(reply))
    assert conv.pending == "Luis"
