"""Whether money moved to the caller has gone through, asked ("¿ya me cayó el depósito del anticipo?", "¿ya me
hicieron la transferencia?", "is the fuel advance gonna hit my T-Chek card?", "did my settlement go through yet?"):
the state of one transaction, a request the agent has no part in like money asked to be moved - no intent, and in a
call the flow's word on money (`asked_about` "money"). Told, not asked ("ya me transfirieron el pago completo"), it is
nothing to answer; when or how much they pay ("¿cuándo me depositan?", "when do I get paid?") is still off the
subject."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import asked_about, detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Ya me cayó el depósito del anticipo?", "es-MX"),
        ("¿Ya me hicieron la transferencia del anticipo?", "es-MX"),
        ("Oye, ¿ya me depositaron?", "es-MX"),
        ("¿Ya llegó lo de las maniobras?", "es-MX"),
        ("¿Ya salió mi pago?", "es-MX"),
        ("Hey, is the fuel advance gonna hit my T-Chek card before Tulsa?", "en-US"),
        ("Did my settlement go through yet?", "en-US"),
        ("Has the deposit hit?", "en-US"),
        ("Did y'all send my advance yet?", "en-US"),
    ],
)
def test_whether_a_transfer_went_through_is_no_intent_and_about_money(text: str, locale: str) -> None:
    assert intent(text, locale) is None
    assert asked_about(text, locale) == "money"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Oiga, ¿y cuándo me depositan?", "es-MX"),
        ("Oye, ¿y cuánto me van a pagar por el viaje?", "es-MX"),
        ("When do I get paid?", "en-US"),
        ("How much do you pay per mile?", "en-US"),
    ],
)
def test_when_or_how_much_they_pay_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


def test_a_transfer_told_is_nothing_to_answer() -> None:
    text = "Ya me transfirieron el pago completo, ya lo vi en la app."
    assert intent(text, "es-MX") is None
    assert asked_about(text, "es-MX") is None
