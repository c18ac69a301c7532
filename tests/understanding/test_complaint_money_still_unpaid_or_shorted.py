"""Money still not paid or paid short, in other words: "las casetas siguen sin reembolsármelas", "ya van
dos semanas sin pagarme", "me depositaron incompleto", "they shorted my fuel reimbursement", "they docked
my detention pay". The caller's own debt ("sigo sin pagar la caseta") is no grievance."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Lo de las maniobras sigue sin llegar.", "es-MX"),
        ("Ya van dos semanas sin pagarme la estadía.", "es-MX"),
        ("Me depositaron incompleto otra vez.", "es-MX"),
        ("Siguen sin reponerme lo del diésel.", "es-MX"),
        ("Sigo sin cobrar los viáticos del mes pasado.", "es-MX"),
        ("They docked my detention pay for no reason.", "en-US"),
        ("Payroll underpaid me again this week.", "en-US"),
        ("They shorted me on my layover.", "en-US"),
    ],
)
def test_money_still_unpaid_or_paid_short_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sigo sin pagar la caseta, ahorita la pago.", "es-MX"),
        ("Sigo sin saber a qué hora me toca cargar.", "es-MX"),
        ("I got paid on time this week.", "en-US"),
        ("Me dieron mal la dirección de la planta, ya la encontré.", "es-MX"),
    ],
)
def test_the_callers_own_debt_or_other_news_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"


# Money never sent by them ("nunca me mandaron el anticipo", "they never sent my lumper money"); the caller's own
# sending ("I haven't sent my check yet") or a thing that is no money ("no me mandaron el correo") is none.
@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("Nunca me mandaron el anticipo.", "es-MX", "complaint"),
    ("No me han transferido lo de las maniobras.", "es-MX", "complaint"),
    ("They never sent my lumper money.", "en-US", "complaint"),
    ("Y'all still haven't wired my advance.", "en-US", "complaint"),
    ("No me mandaron el correo.", "es-MX", None),
    ("I haven't sent my check yet.", "en-US", None),
])
def test_money_never_sent_by_them_is_a_complaint(text: str, locale: str, expected: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match else None) == expected
