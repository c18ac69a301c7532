"""At a plate's read-back, "No zero.", "no zeros", "no hay cero", "no tiene cero", "sin el cero", "quítele el cero",
"el cero no va", "it doesn't have a zero", "take the zero out" say the plate has no zero: one it has goes (the
old agent's TR-0337 becomes TR-337), and a plate without one is read back again unchanged - the caller answered
another read-back. Never a zero added. "No, zero." (a pause after the "no") still says a zero.

"No cero." with no pause written: at a plate with a zero, the "no" is glued to the zero it rules out (a listener
hears "no, cero no" - the zero goes, read back); at a plate without one it is "No, cero." with the comma lost (a
zero told, read back: where it goes is the caller's to say). "sí, no tiene cero" at ABC-103 is the yes of one who
has just noticed: the zero goes and the plate is read back (never confirmed as it was, never silently changed);
at ABC-123 it is a yes. A dictation closed by such a remark ("a be ce uno tres cuatro, no lleva cero") is the plate
read back, the remark no letters."""

from __future__ import annotations

import pytest
from runtime_helpers import answer, call, said

from daisy_engine.compiler import CompiledFlow

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        ("T R three three seven", "No zero.", "en-US", "TR-337"),
        ("T R three three seven", "No zeros.", "en-US", "TR-337"),
        ("T R three three seven", "No, no zero.", "en-US", "TR-337"),
        ("T R zero three three seven", "No zero.", "en-US", "TR-337"),
        ("T R zero three three seven", "No, no zero, just 337.", "en-US", "TR-337"),
        ("te erre tres tres siete", "No hay cero.", "es-MX", "TR-337"),
        ("te erre cero tres tres siete", "No hay ningún cero.", "es-MX", "TR-337"),
        ("te erre cero tres tres siete", "No, no hay cero.", "es-MX", "TR-337"),
        # the plate said to have none in other words, or the zero taken out
        ("te erre tres cero siete", "No tiene cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "No, no trae el cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Sin cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Sin el cero.", "es-MX", "TR-37"),
        ("T R three zero seven", "It doesn't have a zero.", "en-US", "TR-37"),
        ("T R three zero seven", "There isn't a zero.", "en-US", "TR-37"),
        ("T R three zero seven", "no zero", "en-US", "TR-37"),
        # ... to a "usted", or the zero ruled out where its clause ends
        ("te erre tres cero siete", "Quítele el cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Sáquele el cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "El cero no va.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "No, el cero no.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "Cero no.", "es-MX", "TR-37"),
        ("T R three zero seven", "No zero in it.", "en-US", "TR-37"),
        ("T R three zero seven", "Take the zero out.", "en-US", "TR-37"),
        ("T R three zero seven", "Get rid of the zero.", "en-US", "TR-37"),
        ("T R three zero seven", "No, the zero isn't there.", "en-US", "TR-37"),
        # "No cero" with no pause, at a plate that has one: the zero ruled out
        ("te erre tres cero siete", "No cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "No, no cero.", "es-MX", "TR-37"),
        ("te erre tres cero siete", "no cero, tres siete", "es-MX", "TR-37"),
        ("a be ce uno cero tres", "Pues no cero.", "es-MX", "ABC-13"),
        # a yes and then the zero taken out: the caller has just noticed it; read back without it
        ("a be ce uno cero tres", "sí, no tiene cero", "es-MX", "ABC-13"),
        ("a be ce uno cero tres", "Sí, sin cero.", "es-MX", "ABC-13"),
        ("A B C one zero three", "Yeah, there's no zero.", "en-US", "ABC-13"),
    ],
)
def test_a_plate_said_to_have_no_zero_is_read_back_without_one(dictated: str, reply: str, locale: str,
                                                               value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("dictated", "reply", "locale"),
    [
        ("T R three three seven", "No, zero.", "en-US"),
        ("te erre tres cero siete", "No, cero.", "es-MX"),
        # at a plate without a zero, "No cero" is "No, cero" with its pause lost: a zero told, read back
        ("te erre tres tres siete", "No cero.", "es-MX"),
    ],
)
def test_a_zero_said_after_a_no_is_still_a_zero(dictated: str, reply: str, locale: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert heard.value is None or "0" in str(heard.value)


@pytest.mark.parametrize(
    ("reply", "locale"),
    [("sí, no tiene cero", "es-MX"), ("Sí, sin cero.", "es-MX"), ("sí, no lleva cero", "es-MX"),
     ("yes, no zero", "en-US"), ("Yeah, there's no zero.", "en-US")],
)
def test_a_yes_that_says_there_is_no_zero_where_there_is_none_confirms(reply: str, locale: str) -> None:
    dictated = "a be ce uno dos tres" if locale == "es-MX" else "A B C one two three"
    assert answer("plate", dictated, reply, locale, **PLATE).event == "yes"


@pytest.mark.parametrize(
    ("dictated", "reply", "locale"),
    [
        ("te erre tres tres siete", "No, cero no.", "es-MX"),
        ("te erre tres tres siete", "El cero no va.", "es-MX"),
        ("T R three three seven", "No zero in it.", "en-US"),
    ],
)
def test_no_zero_where_there_is_none_reads_the_plate_back_unchanged(dictated: str, reply: str, locale: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", "TR-337")


# A caller of Daisy up to the tractor's plates.
TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "John Smith", "yes", "four five two", "yes"]}


@pytest.mark.parametrize(
    ("locale", "dictated", "reply", "read_back"),
    [
        ("es-MX", "a be ce uno cero tres", "No cero.", "C de casa, 1, 3."),
        ("es-MX", "a be ce uno cero tres", "sí, no tiene cero", "C de casa, 1, 3."),
        ("es-MX", "a be ce uno cero tres", "Quítele el cero.", "C de casa, 1, 3."),
        ("en-US", "A B C one zero three four", "Take the zero out.", "Charlie, 1, 3, 4."),
    ],
)
async def test_a_zero_ruled_out_at_the_read_back_is_read_back_without_it(
        daisy: CompiledFlow, locale: str, dictated: str, reply: str, read_back: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale], dictated])
    assert conv.step.name == "registration.tractor_plate.confirm"
    out = said(await conv.user_turn(reply))
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert read_back in out


@pytest.mark.parametrize(
    ("locale", "dictated", "read_back"),
    [
        ("es-MX", "a be ce uno tres cuatro, no lleva cero", "C de casa, 1, 3, 4."),
        ("es-MX", "a be ce uno tres cuatro, sin cero", "C de casa, 1, 3, 4."),
        ("es-MX", "a be ce uno tres cuatro. El cero no.", "C de casa, 1, 3, 4."),
        ("en-US", "A B C one three four, no zero", "Charlie, 1, 3, 4."),
        ("en-US", "A B C one three four, there's no zero in it", "Charlie, 1, 3, 4."),
    ],
)
async def test_a_dictation_closed_by_no_zero_is_read_back_at_the_question(
        daisy: CompiledFlow, locale: str, dictated: str, read_back: str) -> None:
    conv = await call(daisy, locale, [*TO_PLATE[locale]])
    out = said(await conv.user_turn(dictated))
    assert conv.step.name == "registration.tractor_plate.confirm", out
    assert read_back in out


@pytest.mark.parametrize(
    ("locale", "dictated", "reply", "not_read"),
    [
        ("es-MX", "x y z cero uno dos", "No, sin cero.", "Z de zapato, 0"),
        ("es-MX", "x y z cero uno dos", "sí, no tiene cero", "Z de zapato, 0"),
        ("es-MX", "x y z cero uno dos", "no, no lleva cero", "Z de zapato, 0"),
        ("en-US", "X Y Z zero one two", "No, there's no zero.", "Zulu, 0"),
    ],
)
async def test_no_zero_said_alone_amid_the_dictation_takes_the_zero_out(
        daisy: CompiledFlow, locale: str, dictated: str, reply: str, not_read: str) -> None:
    # "Llevo X Y Z 0 1 2. ¿Qué sigue?" - "No, sin cero.": nothing dictated before the remark; the zero the plate
    # holds goes (it was read back XYZ-012 as if the caller had said nothing)
    conv = await call(daisy, locale, [*TO_PLATE[locale], dictated])
    assert conv.step.name == "registration.tractor_plate.ask"
    out = said(await conv.user_turn(reply))
    assert not_read not in out, out
    assert "1, 2" in out, out


@pytest.mark.parametrize(
    ("reply", "read_back"),
    [
        # "no hay uno" names a digit the plate holds: at its read-back the turn speaks of the value, so the 1 goes
        # (read back for the caller to confirm), never "there isn't one" of something else (kept as it was)
        ("no hay uno", "H de hotel, Y de yate, D de dedo, 0, 5."),
        ("no, no tiene uno", "H de hotel, Y de yate, D de dedo, 0, 5."),
        ("no hay cinco", "H de hotel, Y de yate, D de dedo, 1, 0."),
    ],
)
async def test_a_digit_the_plate_holds_said_to_be_absent_goes_in_a_call(daisy: CompiledFlow, reply: str,
                                                                       read_back: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí",
                                       "hache ye de ciento cinco"])
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert f"Placas del tractor: {read_back}" in said(await conv.user_turn(reply))
