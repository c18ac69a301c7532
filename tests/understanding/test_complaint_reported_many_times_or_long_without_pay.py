"""A fault reported so many times ("ya lo reporté tres veces", "I've reported it three times already") and how long
the caller has gone without pay, the pay named ("llevo dos quincenas sin viáticos", "going on a month with no
paycheck"), even after an answer: complaints. A span without something that is no pay is news of the road."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("La caja gotea cuando llueve, ya lo reporté cinco veces.", "es-MX"),
        ("Se los he reclamado mil veces y nadie hace nada.", "es-MX"),
        ("Ya les avisé varias veces de la llanta.", "es-MX"),
        ("Llevamos tres semanas sin sueldo.", "es-MX"),
        ("Sí, soy yo. Oiga, ya van dos quincenas sin mi anticipo.", "es-MX"),
        ("Tengo un mes sin viáticos, ¿eh?", "es-MX"),
        ("The APU quits every night, I've reported it four times.", "en-US"),
        ("We already wrote that up several times.", "en-US"),
        ("I've been three weeks without my per diem.", "en-US"),
        ("Yeah that's me, and it's been a month with no paycheck.", "en-US"),
    ],
)
def test_the_complaint_is_heard(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llevo dos días sin casetas, nomás carretera libre.", "es-MX"),
        ("Llevo dos horas sin tráfico, voy bien.", "es-MX"),
        ("I've been two days without a shower, ha.", "en-US"),
        ("I reported it once and they fixed it.", "en-US"),
        ("Es la ka, te lo dije dos veces.", "es-MX"),  # a reminder with the value
    ],
)
def test_news_without_a_grievance_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"
