"""A caller who put a letter of the address right at its read-back ("No, es ve de vaca al principio" at bcruz...)
may say the letter it took out, ruled out, in a turn of its own ("No be.": the rest of "ve, no be" after a pause).
That describes the address as the correction left it: it is read back again, unchanged, and a yes then
confirms it - never a dictation begun anew with that letter. A letter the correction did not take out ("No
eme.") is no such turn."""

from __future__ import annotations

import pytest
from runtime_helpers import at_email, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import new_accumulator


@pytest.mark.parametrize(
    ("dictation", "fix", "ruled_out", "address"),
    [
        ("bcruz punto arellano arroba gmail punto com", "No, es ve de vaca al principio.", "No be.",
         "vcruz.arellano@gmail.com"),
        ("bcruz punto arellano arroba gmail punto com", "No, es ve de vaca al principio.", "no con be",
         "vcruz.arellano@gmail.com"),
        ("sgarcia arroba hotmail punto com", "No, es con zeta al principio.", "No la ese.", "zgarcia@hotmail.com"),
    ],
)
async def test_the_letter_a_correction_took_out_ruled_out_alone_reads_it_back_again(
        daisy: CompiledFlow, dictation: str, fix: str, ruled_out: str, address: str) -> None:
    conv = await at_email(daisy)
    await conv.user_turn(dictation)
    await conv.user_turn(fix)
    assert conv.pending == address
    reply = said(await conv.user_turn(ruled_out))
    assert conv.pending == address and conv.step.kind == "confirm", reply
    await conv.user_turn("Ahora sí.")
    assert conv.slots.get("email") == address


@pytest.mark.parametrize(
    ("locale", "dictation", "fix", "ruled_out"),
    [
        ("es-MX", "bcruz.arellano@gmail.com", "No, es ve de vaca al principio.", "No be."),
        ("en-US", "bcruz.arellano@gmail.com", "No, it starts with a v.", "Not b."),
        ("en-US", "bcruz.arellano@gmail.com", "No, it starts with a v.", "no b as in boy"),
    ],
)
def test_the_letter_ruled_out_describes_the_corrected_address(
        locale: str, dictation: str, fix: str, ruled_out: str) -> None:
    email = new_accumulator("email", locale)
    email.feed(dictation)
    assert email.edit(fix)
    assert email.describes(ruled_out) is True


@pytest.mark.parametrize("other", ["No eme.", "No ve."])
def test_a_letter_the_correction_did_not_take_out_is_no_such_turn(other: str) -> None:
    email = new_accumulator("email", "es-MX")
    email.feed("bcruz.arellano@gmail.com")
    assert email.edit("No, es ve de vaca al principio.")
    assert email.describes(other) is not True
