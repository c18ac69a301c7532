"""Grievances about people: blamed for what someone else did ("luego me echó la culpa a mí", "then he blamed me
for it"), sent to the wrong place ("me mandó a la caja equivocada", "sent me to the wrong dock"), nobody of a
shift or a desk answering ("nobody on the night shift ever picks up")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El de patio me mandó a la caja equivocada y luego me echó la culpa a mí.", "es-MX"),
        ("Me mandaron a la bodega equivocada.", "es-MX"),
        ("Nos mandaron al andén que no era.", "es-MX"),
        ("Y luego me quisieron echar la culpa.", "es-MX"),
        ("El despachador me culpó a mí de todo.", "es-MX"),
        ("The yard guy gave me the wrong trailer and then blamed me for it.", "en-US"),
        ("They sent me to the wrong dock.", "en-US"),
        ("And then they put the blame on me.", "en-US"),
        ("He pinned it on me.", "en-US"),
        ("Nobody on the night shift ever picks up, it's ridiculous.", "en-US"),
        ("Nobody at dispatch ever answers.", "en-US"),
        ("No one in payroll calls back.", "en-US"),
    ],
)
def test_blamed_sent_astray_or_nobody_answering_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Yo me echo la culpa, no me fijé.", "es-MX"),
        ("No one at the shop did anything wrong.", "en-US"),
    ],
)
def test_the_callers_own_blame_or_nothing_amiss_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"
