"""Grievances said in more shapes: a broken thing nobody fixes ("las llantas están lisas y nadie las cambia"),
pay held back for so long, said of them ("llevan un mes sin pagarnos"), fed up with no "de" after ("ya nos
tienen hasta la coronilla"), and calls to this number refused with a "más" ("no me marquen más a este cel").
The caller's own doings, or a limit on when to call, are not these."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.evaluation import _SCORED_INTENTS
from daisy_engine.understanding.intents import detect_intent


def _intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale, enabled=_SCORED_INTENTS)
    return match.name if match else None


@pytest.mark.parametrize("said", [
    "La caja trae una luz fundida desde hace días y nadie la cambia.",
    "El aire del tractor no sirve y ustedes nunca lo arreglan.",
    "Les dije de los frenos pero no los repararon.",
    "Ya tienen un mes sin pagarnos las maniobras.",
    "Llevan dos quincenas sin depositarme.",
    "Ya nos tienen hasta la coronilla.",
    "Me tienen bien harto, la neta.",
])
def test_it_is_a_complaint(said: str) -> None:
    assert _intent(said, "es-MX") == "complaint"


@pytest.mark.parametrize("said", [
    "No me marquen más a este cel, por favor.",
    "Ya no me llamen nunca más a este número.",
])
def test_calls_to_this_number_refused(said: str) -> None:
    assert _intent(said, "es-MX") == "end_call"


@pytest.mark.parametrize(("said", "expected"), [
    ("Y no lo arreglo yo porque no traigo herramienta.", None),
    ("No me marquen a este número en la noche, ando manejando.", None),
    ("Llevo tres horas sin comer.", None),
])
def test_the_callers_own_doings_or_a_limit_are_not(said: str, expected: str | None) -> None:
    assert _intent(said, "es-MX") not in ("complaint", "end_call")
