"""Money asked to be paid a certain way ("¿me pueden pagar el anticipo por transferencia?", "send my
settlement via Zelle") is a transaction, none of the built-in intents; a question about when they pay is
still off the subject."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me pueden mandar el anticipo por transferencia?", "es-MX"),
        ("¿Puedes depositarme lo de las casetas por SPEI?", "es-MX"),
        ("Could you pay me the detention via Zelle?", "en-US"),
        ("Please send the advance by direct deposit.", "en-US"),
    ],
)
def test_a_payment_way_asked_for_is_no_intent(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Cuándo pagan, por depósito?", "es-MX"),
        ("When do you guys pay, by direct deposit?", "en-US"),
    ],
)
def test_when_they_pay_is_off_topic(text: str, locale: str) -> None:
    assert intent(text, locale) == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Can you wire the advance into my Wells Fargo account?", "en-US"),
        ("Put the lumper fee on my Comdata card.", "en-US"),
        ("¿Me depositas lo de las casetas a mi otra cuenta?", "es-MX"),
    ],
)
def test_money_moved_to_an_account_named_by_its_bank_is_no_intent(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the way named by the fuel card's or the payment service's own name
        ("Can you send the lumper money through Comchek?", "en-US"),
        ("Could you load my advance over EFS?", "en-US"),
        ("Pay me the detention through Cash App.", "en-US"),
        ("¿Me mandas lo de las casetas por Oxxo?", "es-MX"),
        ("Pásame el anticipo por Western Union, porfa.", "es-MX"),
    ],
)
def test_money_moved_through_a_card_or_service_named_is_no_intent(text: str, locale: str) -> None:
    assert intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # when they pay, asked, stays off the subject; money never paid is a complaint
        ("When do you guys pay, through Comchek?", "en-US", "off_topic"),
        ("They never sent my lumper money, not even through Comchek.", "en-US", "complaint"),
    ],
)
def test_when_they_pay_or_money_never_paid_keep_their_intent(text: str, locale: str, expected: str) -> None:
    assert intent(text, locale) == expected
