"""Charged or docked for something the caller never had or did ("me cobraron una maniobra que ni hice", "me
descontaron una pensión que nunca usé", "they docked me for a lumper I never used"): a complaint. Traps: a charge
told plainly, with an answer ("ya me cobraron la caseta, llego a las cinco"), or for what was used."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("Me cobraron una maniobra que ni hice, me la descontaron del finiquito.", "es-MX"),
    ("Me descontaron una pensión que nunca usé.", "es-MX"),
    ("Nos cobraron el diésel que ni pedimos.", "es-MX"),
    ("They docked me for a lumper I never used.", "en-US"),
    ("They charged me for a detention I didn't even get.", "en-US"),
])
def test_charged_for_what_was_never_had_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya me cobraron la caseta, llego a las cinco.", "es-MX"),
    ("They charged me for the fuel I used.", "en-US"),
])
def test_a_charge_told_plainly_is_no_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"


# ... or for more than the caller had or did ("me rebajaron dos cargas de combustible, y yo nomás hice una")
@pytest.mark.parametrize(("text", "locale"), [
    ("En la liquidación me rebajaron dos cargas de combustible, y yo nomás hice una.", "es-MX"),
    ("Me cobraron dos casetas y yo nomás pasé una.", "es-MX"),
    ("Me descontaron tres comidas, pero solo hice dos.", "es-MX"),
    ("Nos cobraron cuatro maniobras y nada más usamos una.", "es-MX"),
    ("They charged me for two lumpers and I only used one.", "en-US"),
    ("They docked me for three fuel stops but I only made two.", "en-US"),
])
def test_charged_for_more_than_was_had_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("Nomás hice una carga de combustible en Saltillo.", "es-MX"),
    ("Solo cargué doscientos litros, llego a las cinco.", "es-MX"),
    ("I only used one lumper this week.", "en-US"),
])
def test_only_so_much_done_with_no_charge_is_no_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"
