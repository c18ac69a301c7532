"""A reminder that it was said before, then the value said again ("Ya te lo había dicho, es la unidad quinientos
nueve", "I already told you, it's unit five oh nine"): a mild annoyance around an answer, no complaint, so the
answer is taken. Without an answer, counted, asked back or said to be the same, it stays a complaint."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te lo había dicho, es la unidad quinientos nueve, la de placas de Jalisco.", "es-MX"),
        ("Ya te lo dije, es la quinientos nueve.", "es-MX"),
        ("Ya le dije, me llamo Ramón Ortiz.", "es-MX"),
        ("I already told you, it's unit five oh nine.", "en-US"),
        ("I told you already, the trailer is 532.", "en-US"),
    ],
)
def test_the_answer_said_again_after_a_reminder_is_no_complaint(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te lo dije tres veces, ¿qué no entiendes?", "es-MX"),
        ("Eso ya te lo contesté hace ratito, ¿qué no lo anotas?", "es-MX"),
        ("Ya te lo dije hace rato, es el mismo.", "es-MX"),
        ("Ya te lo dije, la placa es JKL 204, ya me tienen harto.", "es-MX"),
        ("Ya te lo dije.", "es-MX"),
        ("I already told you, how many times do I have to say it.", "en-US"),
        ("I already told you twice.", "en-US"),
    ],
)
def test_a_reminder_without_the_answer_stays_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint", (text, match)
