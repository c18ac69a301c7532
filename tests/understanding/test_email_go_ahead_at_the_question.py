"""The go-ahead a caller says at the e-mail question before dictating ("Yup.", "Okei.", "Yup, sure.") is no
part of the address: "Yup." - "travis dot holcomb" - "at gmail dot com" was read back as
yuptravis.holcomb@gmail.com. Said before the address in the same turn it is a lead word ("Yup, travis dot ...")."""

from __future__ import annotations

import pytest

from .call_helpers import at_question
from .email_helpers import dictated


@pytest.mark.parametrize(("locale", "turns", "address"), [
    ("en-US", ["Yup.", "travis dot holcomb", "at gmail dot com"], "travis.holcomb@gmail.com"),
    ("en-US", ["Yup, sure.", "dana cole at yahoo dot com"], "danacole@yahoo.com"),
    ("en-US", ["Yea.", "bo at aol dot com"], "bo@aol.com"),
    ("en-US", ["Yup, travis dot holcomb at gmail dot com"], "travis.holcomb@gmail.com"),
    ("es-MX", ["Okei.", "lupe punto soto arroba gmail punto com"], "lupe.soto@gmail.com"),
    ("es-MX", ["Oquei, lupe punto soto arroba gmail punto com"], "lupe.soto@gmail.com"),
])
def test_a_go_ahead_before_the_address_is_no_part_of_it(locale: str, turns: list[str], address: str) -> None:
    assert dictated(turns, locale)[0] == address


@pytest.mark.parametrize(("locale", "turns", "address"), [
    ("en-US", ["Yup.", "travis dot holcomb", "at gmail dot com"], "travis.holcomb@gmail.com"),
    ("es-MX", ["Okei.", "lupe punto soto", "arroba gmail punto com"], "lupe.soto@gmail.com"),
])
async def test_the_call_reads_back_the_address_without_the_go_ahead(locale: str, turns: list[str],
                                                                    address: str) -> None:
    conv = await at_question("email", locale)
    await conv.user_turn(turns[0])
    assert not conv.state.acc or not conv.state.acc.so_far()  # nothing of an address heard yet
    for turn in turns[1:]:
        await conv.user_turn(turn)
    assert conv.pending == address
