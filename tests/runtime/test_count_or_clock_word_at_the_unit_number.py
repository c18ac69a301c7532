"""At Daisy's unit-number questions a count of vehicles said alone ("Son dos cajas", "Two trailers") is how many
there are, never unit number 2: the question is asked again. And "a la 4471" ("me asignaron a la 4471") is the
unit, no clock time. Scripted callers drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_TRACTOR = {"es-MX": ["Sí", "Juan Pérez", "sí"], "en-US": ["Yes", "John Smith", "yes"]}
TO_TRAILER = {"es-MX": TO_TRACTOR["es-MX"] + ["4471", "sí", "ABC-123", "sí"],
              "en-US": TO_TRACTOR["en-US"] + ["4471", "yes", "ABC-123", "yes"]}


@pytest.mark.parametrize(("locale", "turn", "at"), [
    ("es-MX", "Son dos cajas.", "trailer_number"), ("es-MX", "dos cajas", "trailer_number"),
    ("es-MX", "Pues dos cajas", "tractor_number"), ("en-US", "Two trailers.", "trailer_number"),
    ("en-US", "two trucks", "tractor_number"), ("en-US", "Just two boxes.", "trailer_number"),
])
async def test_a_count_of_vehicles_alone_is_no_unit_number(
        daisy: CompiledFlow, locale: str, turn: str, at: str) -> None:
    conv = await call(daisy, locale, (TO_TRACTOR if at == "tractor_number" else TO_TRAILER)[locale])
    assert conv.step.name == f"registration.{at}.ask"
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == f"registration.{at}.ask" and conv.state.pending is None
    assert " 2." not in reply and " 2?" not in reply


@pytest.mark.parametrize(("locale", "turn", "read"), [
    ("es-MX", "Me asignaron a la 4471.", "Tractor número 4471"),
    ("es-MX", "La unidad, a la 4471", "Tractor número 4471"),
    ("es-MX", "Voy a la 45", "Tractor número 45"),
    ("es-MX", "La 88, a las 5 llego", "Tractor número 88"),
])
async def test_a_number_after_a_la_that_no_clock_has_is_the_unit(
        daisy: CompiledFlow, locale: str, turn: str, read: str) -> None:
    conv = await call(daisy, locale, TO_TRACTOR[locale])
    assert read in said(await conv.user_turn(turn))
