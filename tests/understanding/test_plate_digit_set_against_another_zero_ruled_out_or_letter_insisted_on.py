"""Plate corrections at its read-back (or amid its dictation):
- a digit named by its word said to be another ("no, el tres es ocho", "the three is an eight") replaces it, as a
  letter so named does ("la de es te") - never the plate begun again with both (TR-3738);
- English rules a zero out as Spanish does ("no, the zero, no", "not the zero" at TR-307: TR-37);
- one letter the plate lacks said to be the plate's ("No, es doble u." at VAL-604) replaces the one letter it has
  that sounds like it (WAL-604), never a new plate begun from it.
Pinned as judged right: "No cero." at T R 3 7 (no zero to rule out) is the next character told with its pause lost
(TR-370, read back for the caller to refuse); "S as in Esther" is the S - the word opens with the letter's name
("ess"), as "L as in Ellen" and "R as in Arthur" do; a word opening otherwise names its own first letter ("S as
in Edward": E)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.plates import extract_char

from .call_helpers import at_question


async def _pending(locale: str, *turns: str) -> object:
    conv = await at_question("tractor_plate", locale)
    for turn in turns:
        await conv.user_turn(turn)
    return conv.pending


@pytest.mark.parametrize(
    ("locale", "said", "reply", "pending"),
    [
        ("es-MX", "te erre tres siete", "no, el tres es ocho", "TR-87"),
        ("es-MX", "te erre tres siete uno", "no, el tres es ocho", "TR-871"),
        ("es-MX", "te erre tres siete uno", "sí, pero el siete es uno", "TR-311"),
        ("en-US", "T R three seven one", "no, the three is an eight", "TR-871"),
        ("en-US", "T R three seven one", "yes, but the seven should be a one", "TR-311"),
        ("es-MX", "a be ce uno dos tres cuatro", "no, el dos es cinco", "ABC-1534"),
    ],
)
async def test_a_digit_named_by_its_word_is_replaced(locale: str, said: str, reply: str, pending: str) -> None:
    assert await _pending(locale, said, reply) == pending


@pytest.mark.parametrize(
    ("reply", "pending"),
    [
        ("no, the zero, no", "TR-37"),
        ("Not the zero.", "TR-37"),
        ("zero, no. three seven", "TR-37"),
        ("No, zero no.", "TR-37"),
    ],
)
async def test_english_rules_a_zero_out(reply: str, pending: str) -> None:
    assert await _pending("en-US", "T R three zero seven", reply) == pending


@pytest.mark.parametrize(
    ("locale", "said", "reply", "pending"),
    [
        ("es-MX", "ve a ele seis cero cuatro", "No, es doble u.", "WAL-604"),
        ("es-MX", "ve a ele seis cero cuatro", "No, es doble ve.", "WAL-604"),
        ("es-MX", "ve a ele seis cero cuatro", "No, es be.", "BAL-604"),
        ("es-MX", "a be ce uno dos tres cuatro", "No, es ve.", "AVC-1234"),
    ],
)
async def test_a_letter_insisted_on_replaces_the_one_sounding_like_it(locale: str, said: str, reply: str,
                                                                     pending: str) -> None:
    assert await _pending(locale, said, reply) == pending


async def test_no_zero_where_there_is_none_is_a_zero_told_with_its_pause_lost() -> None:
    conv = await at_question("tractor_plate", "es-MX")
    await conv.user_turn("te erre tres siete")
    said = " ".join(str(getattr(action, "text", "")) for action in await conv.user_turn("No cero."))
    assert "T R 3 7 0" in said


@pytest.mark.parametrize(
    ("said", "letter"),
    [("S as in Esther", "S"), ("L as in Ellen", "L"), ("M as in Emily", "M"), ("S as in Edward", "E"),
     ("F as in Esther", "E"), ("ese de Esther", "S")],
)
def test_a_word_opening_with_the_letters_name_is_that_letter(said: str, letter: str) -> None:
    locale = "es-MX" if " de " in said else "en-US"
    assert extract_char(said, locale) == letter
