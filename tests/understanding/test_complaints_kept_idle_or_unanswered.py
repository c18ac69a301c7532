"""A grievance of being kept idle for a span ("nos tuvieron horas varados") or of nobody ever picking
up is a complaint; being parked somewhere is only news."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("En esa planta nos tuvieron horas y horas detenidos sin cargar.", "es-MX"),
        ("Me dejaron toda la noche parado en la rampa.", "es-MX"),
        ("En el patio nadie contesta el teléfono nunca.", "es-MX"),
        ("No one ever picks up at dispatch after six.", "en-US"),
        ("Nobody answers the phone at the yard.", "en-US"),
    ],
)
def test_kept_idle_or_unanswered_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me tienen parado en el andén cuatro.", "es-MX"),
        ("Nobody picked up, so I texted.", "en-US"),
    ],
)
def test_news_of_where_the_caller_waits_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) is None
