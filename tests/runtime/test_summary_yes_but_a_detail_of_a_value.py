"""A caller who says the summary is right but adds a detail of one value ("Sí, pero lleva punto entre lety y
bravo") is heard, never asked the yes or no again until the call gives up.

Where the value read back lacks what the detail says, it is a correction of that value: the value is read back
with the correction applied (not dictated again from scratch) and, once confirmed, the summary comes back with
it. Where the value already is as the detail says (the caller answers a read-back heard without it), the yes it
opens with stands. A detail that fits several values alike ("la segunda letra es be" at two plates) asks which.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow


def _to_summary(locale: str, email: str, plate: str = "", trailer_plate: str = "") -> list[str]:
    if locale == "es-MX":
        return ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", plate or "a b c ciento veintitrés", "sí", "mil",
                "sí", trailer_plate or "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí", email, "sí"]
    return ["yes", "Ana Lopez", "yes", "four five two", "yes", plate or "a b c one two three four", "yes",
            "one thousand", "yes", trailer_plate or "x y z nine eight seven six", "yes", "at five", "yes", email, "yes"]


@pytest.mark.parametrize(("locale", "email", "turn", "fixed"), [
    ("es-MX", "lety bravo setenta y siete arroba gmail punto com", "Sí, pero lleva punto entre lety y bravo.",
     "lety.bravo77@gmail.com"),
    ("es-MX", "marcos ruiz arroba hotmail punto com", "Sí, pero lleva guion bajo entre marcos y ruiz",
     "marcos_ruiz@hotmail.com"),
    ("en-US", "dana cole at yahoo dot com", "Yes, but there's a dot between dana and cole.", "dana.cole@yahoo.com"),
    ("en-US", "dana cole at yahoo dot com", "Yeah but it has a dot between dana and cole", "dana.cole@yahoo.com"),
])
async def test_a_yes_with_a_correction_of_one_value_reads_that_value_back_corrected(
        daisy: CompiledFlow, locale: str, email: str, turn: str, fixed: str) -> None:
    conv = await call(daisy, locale, _to_summary(locale, email))
    assert conv.step.name == "summary"
    await conv.user_turn(turn)
    assert conv.step.slot == "email" and conv.pending == fixed  # read back corrected, not asked from scratch
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.name == "summary" and conv.slots["email"] == fixed
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.ended and conv.outcome == "complete"


@pytest.mark.parametrize(("locale", "email", "turn"), [
    ("es-MX", "lety punto bravo setenta y siete arroba gmail punto com", "Sí, pero lleva punto entre lety y bravo."),
    ("es-MX", "lety punto bravo setenta y siete arroba gmail punto com", "Sí, pero con punto."),
    ("en-US", "dana dot cole at yahoo dot com", "Yes, but there's a dot between dana and cole."),
])
async def test_a_yes_with_a_detail_the_value_already_has_is_a_yes(
        daisy: CompiledFlow, locale: str, email: str, turn: str) -> None:
    conv = await call(daisy, locale, _to_summary(locale, email))
    before = dict(conv.slots)
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "complete"
    assert {k: v for k, v in conv.slots.items() if k in before} == before


@pytest.mark.parametrize(("locale", "email", "turn"), [
    ("es-MX", "nora guion vega arroba gmail punto com", "Punto com."),
    ("en-US", "nora dash vega at gmail dot com", "Dot com."),
])
async def test_a_piece_of_a_value_said_alone_changes_nothing(
        daisy: CompiledFlow, locale: str, email: str, turn: str) -> None:
    # the ending said again to the summary: no correction of the dash (only what a yes's "but" says corrects)
    conv = await call(daisy, locale, _to_summary(locale, email))
    await conv.user_turn(turn)
    assert conv.step.name == "summary" and conv.slots["email"] == "nora-vega@gmail.com"


@pytest.mark.parametrize(("locale", "plate", "turn", "which"), [
    ("es-MX", "x y z novecientos ochenta y siete", "Sí, pero la segunda letra es be.", "Qué dato está mal"),
    ("en-US", "x y z nine eight seven six", "Yes, but the second letter is a B.", "Which detail is wrong"),
])
async def test_a_correction_that_fits_several_values_asks_which(
        daisy: CompiledFlow, locale: str, plate: str, turn: str, which: str) -> None:
    # both plates have a second letter other than B: which of them the caller means is asked, never guessed
    email = "ana arroba gmail punto com" if locale == "es-MX" else "ana at gmail dot com"
    conv = await call(daisy, locale, _to_summary(locale, email, plate=plate, trailer_plate=plate))
    assert which in said(await conv.user_turn(turn))
    assert conv.step.name == "which_field"


@pytest.mark.parametrize(("locale", "turn", "fixed"), [
    ("es-MX", "Sí, pero la segunda letra es be.", "XBZ-987"),
    ("en-US", "Yeah, but the second letter is a B.", "XBZ-9876"),
])
async def test_a_correction_only_one_value_takes_is_of_that_value(
        daisy: CompiledFlow, locale: str, turn: str, fixed: str) -> None:
    # the tractor's plates (A B C) already have their B second: the trailer's are the ones corrected
    email = "ana arroba gmail punto com" if locale == "es-MX" else "ana at gmail dot com"
    conv = await call(daisy, locale, _to_summary(locale, email))
    await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and conv.pending == fixed


_XYK = {"es-MX": "x y k mil doscientos treinta y cuatro", "en-US": "x y k one two three four"}
_ANA = {"es-MX": "ana arroba gmail punto com", "en-US": "ana at gmail dot com"}


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "Yes, but there's an L before the numbers"),
    ("en-US", "Yeah, but there's a letter M after the numbers."),
    ("es-MX", "Sí, pero hay una ele antes de los números"),
    ("es-MX", "Sí, pero lleva una eme antes de los números."),
])
async def test_a_detail_true_of_no_value_is_never_a_plain_yes(daisy: CompiledFlow, locale: str, turn: str) -> None:
    # XYK-1234 has no room for one more letter; ana@gmail.com has no numbers for it to go before: the detail is
    # of no value read back, so the record is not saved on it - the yes or no is asked again
    conv = await call(daisy, locale, _to_summary(locale, _ANA[locale], plate=_XYK[locale], trailer_plate=_XYK[locale]))
    before = dict(conv.slots)
    await conv.user_turn(turn)
    assert not conv.ended and conv.step.name == "summary" and dict(conv.slots) == before


@pytest.mark.parametrize(("locale", "turn", "which"), [
    ("en-US", "Yes, but it ends in five", "Which detail is wrong"),
    ("en-US", "Yeah but the last one is four.", "Which detail is wrong"),
    ("es-MX", "Sí, pero termina en cinco", "Qué dato está mal"),
    ("es-MX", "Sí, pero la última es cuatro", "Qué dato está mal"),
])
async def test_a_digit_or_a_place_said_alone_never_changes_the_email(
        daisy: CompiledFlow, locale: str, turn: str, which: str) -> None:
    # plates XYK-1234 (already ending in 4) and an address without numbers: a digit or a place is of plates and
    # numbers; the address, not named, is never made ana5@ / ana4@ - which value is asked
    conv = await call(daisy, locale, _to_summary(locale, _ANA[locale], plate=_XYK[locale], trailer_plate=_XYK[locale]))
    assert which in said(await conv.user_turn(turn))
    assert conv.step.name == "which_field" and conv.slots["email"] == "ana@gmail.com"


@pytest.mark.parametrize(("locale", "turn", "fixed"), [
    ("en-US", "Yes, but the last one is four", "XYZ-9874"),
    ("es-MX", "Sí, pero la última es cuatro", "XYZ-984"),
])
async def test_a_digit_said_alone_is_of_the_plates_it_changes_not_of_the_email(
        daisy: CompiledFlow, locale: str, turn: str, fixed: str) -> None:
    # the tractor's XYK-1234 already ends in 4: the trailer's plates are the ones corrected, never the address
    conv = await call(daisy, locale, _to_summary(locale, _ANA[locale], plate=_XYK[locale]))
    await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and conv.pending == fixed and conv.slots["email"] == "ana@gmail.com"


@pytest.mark.parametrize(("locale", "email", "turn", "fixed"), [
    ("es-MX", "ana arroba gmail punto com", "Sí, pero ana termina en cinco", "ana5@gmail.com"),
    ("es-MX", "ana arroba gmail punto com", "Sí, pero después de ana va un cinco", "ana5@gmail.com"),
    ("en-US", "ana at gmail dot com", "Yes, but ana ends in five", "ana5@gmail.com"),
])
async def test_a_digit_said_of_the_named_email_corrects_it(
        daisy: CompiledFlow, locale: str, email: str, turn: str, fixed: str) -> None:
    # a word of the address named with the digit: the detail is of it
    conv = await call(daisy, locale, _to_summary(locale, email, plate=_XYK[locale], trailer_plate=_XYK[locale]))
    await conv.user_turn(turn)
    assert conv.step.slot == "email" and conv.pending == fixed


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, pero sin guion"),
    ("es-MX", "Sí, pero va sin guion."),
    ("en-US", "Yes, but without the dash"),
    ("en-US", "Yeah, but there's no dash."),
])
async def test_no_dash_where_the_address_has_none_is_a_yes(daisy: CompiledFlow, locale: str, turn: str) -> None:
    # the plates' dash (XYK-1234) is how they are written, never said: "without a dash" describes them as the
    # caller gave them, and the address has none - the yes it opens with stands, nothing changed
    conv = await call(daisy, locale, _to_summary(locale, _ANA[locale], plate=_XYK[locale]))
    before = dict(conv.slots)
    await conv.user_turn(turn)
    assert conv.ended and conv.outcome == "complete"
    assert {k: v for k, v in conv.slots.items() if k in before} == before
