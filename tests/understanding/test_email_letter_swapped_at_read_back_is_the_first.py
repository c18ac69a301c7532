"""At the read-back of a whole address, a letter said to be another ("yes but the a is an e", "sí, pero la a es e")
where the address has it more than once is the first of them, as the address was heard from its start (ana@ ->
ena@) - which one is meant is not said, and the address is read back for the caller to say. Amid a dictation it
stays the one said last."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding import types as slot_types

from .call_helpers import at_question


@pytest.mark.parametrize(
    ("locale", "said", "reply", "value"),
    [
        ("en-US", "ana at gmail dot com", "yes but the a is an e", "ena@gmail.com"),
        ("en-US", "lola at yahoo dot com", "no, the l is an r", "rola@yahoo.com"),
        ("es-MX", "ana arroba gmail punto com", "sí, pero la a es e", "ena@gmail.com"),
        ("es-MX", "mariana arroba gmail punto com", "no, en vez de la a es una e", "meriana@gmail.com"),
        # one such letter: that one
        ("en-US", "ana at gmail dot com", "no, the n is an m", "ama@gmail.com"),
    ],
)
def test_the_letter_swapped_is_the_first_of_its_kind(locale: str, said: str, reply: str, value: str) -> None:
    email = slot_types.get("email")
    assert email is not None

    def fresh() -> slot_types.Accumulator:
        return email.start(locale, {})

    acc = slot_types.feed(fresh(), said).state
    heard = hear_confirmation(reply, locale, acc.value, acc, fresh)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("locale", "said", "reply", "pending"),
    [
        ("en-US", "ana at gmail dot com", "yes but the a is an e", "ena@gmail.com"),
        ("es-MX", "ana arroba gmail punto com", "sí, pero la a es e", "ena@gmail.com"),
    ],
)
async def test_in_a_call_the_address_read_back_is_put_right(locale: str, said: str, reply: str,
                                                            pending: str) -> None:
    conv = await at_question("email", locale)
    await conv.user_turn(said)
    assert conv.pending == said.replace(" at ", "@").replace(" arroba ", "@").replace(" dot ", ".") \
        .replace(" punto ", ".")
    await conv.user_turn(reply)
    assert conv.pending == pending
