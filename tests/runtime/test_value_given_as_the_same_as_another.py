"""A value given as the same as another of the call's ("lo mismo que el tractor", "las mismas del tractor", "same as
the tractor") is the value confirmed for the one other slot of the same type that the thing named is a word of,
read back as any value. A difference said after it at an edge ("pero con E al final", "but with an E at the end")
says which character is other: the last (or first) of its kind is that one - never one more ("the same, but"
says what differs). A correction that describes the value read back ("la E en vez de la D" where the D is gone
already) reads it back again. A turn naming its own thing ("la misma caja de siempre") or nothing confirmed yet
copies nothing."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_TRAILER_PLATES = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "hache ye de ciento cinco", "sí", "ochenta y ocho",
              "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "H Y D 1 0 5", "yes", "yes", "88", "yes"],
}
YES = {"es-MX": "sí", "en-US": "yes"}


@pytest.mark.parametrize(("locale", "turn", "plate"), [
    ("es-MX", "Las mismas del tractor.", "HYD-105"),
    ("es-MX", "Son iguales que las del tractor.", "HYD-105"),
    ("es-MX", "Lo mismo que el tractor, pero con E al final.", "HYE-105"),
    ("es-MX", "Igual que el tractor, nomás que con la te al principio.", "TYD-105"),
    ("en-US", "Same as the tractor.", "HYD-105"),
    ("en-US", "It's the same as the tractor but with an E at the end.", "HYE-105"),
])
async def test_the_plates_of_the_trailer_given_as_the_tractors_are_read_back(
        daisy: CompiledFlow, locale: str, turn: str, plate: str) -> None:
    conv = await call(daisy, locale, TO_TRAILER_PLATES[locale])
    assert conv.step.slot == "trailer_plate"
    await conv.user_turn(turn)
    assert conv.step.name.endswith("trailer_plate.confirm") and conv.state.pending == plate
    await conv.user_turn(YES[locale])
    assert conv.slots["trailer_plate"] == plate


async def test_the_trailer_number_given_as_the_tractors_is_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes"])
    assert conv.step.slot == "trailer_number"
    reply = said(await conv.user_turn("Same as the tractor."))
    assert "452" in reply and str(conv.state.pending) == "452"


async def test_a_correction_that_describes_the_copy_reads_it_back_again(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_TRAILER_PLATES["es-MX"])
    await conv.user_turn("Lo mismo que el tractor, pero con E al final.")
    reply = said(await conv.user_turn("No, no, la E en vez de la de."))
    assert "Eso mismo tengo" in reply and conv.state.pending == "HYE-105"


@pytest.mark.parametrize(("locale", "turn", "plate"), [
    ("es-MX", "No, la E en vez de la D.", "HYE-105"),
    ("es-MX", "La ese en lugar de la ye.", "HSD-105"),
    ("en-US", "No, E instead of D.", "HYE-105"),
])
async def test_a_character_set_in_place_of_another_without_a_verb_replaces_it(
        daisy: CompiledFlow, locale: str, turn: str, plate: str) -> None:
    conv = await call(daisy, locale, TO_TRAILER_PLATES[locale])
    await conv.user_turn("Las mismas del tractor." if locale == "es-MX" else "Same as the tractor.")
    await conv.user_turn(turn)
    assert conv.step.name.endswith("trailer_plate.confirm") and conv.state.pending == plate


@pytest.mark.parametrize("turn", ["La misma caja de siempre.", "Lo mismo que el otro día."])
async def test_trap_the_same_of_no_other_value_copies_nothing(daisy: CompiledFlow, turn: str) -> None:
    conv = await call(daisy, "es-MX", TO_TRAILER_PLATES["es-MX"])
    await conv.user_turn(turn)
    assert not conv.step.name.endswith("confirm") and conv.state.pending != "HYD-105"
