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
