"""Hung up on by someone of the company ("el despachador me colgó dos veces", "your dispatcher hung up on me twice
yesterday, that's not okay"): mistreatment, a complaint. The caller's own hang-up ("ya le cuelgo") is a goodbye,
someone else hanging up on another is news, and "hang up and call me back" asks a callback."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El despachador me colgó dos veces ayer.", "es-MX"),
        ("En la oficina me colgaron, ni me dejaron hablar.", "es-MX"),
        ("Siempre me cuelgan en tráfico, ¿qué onda?", "es-MX"),
        ("Your dispatcher hung up on me twice yesterday, that's not okay.", "en-US"),
        ("They keep hanging up on me at the office.", "en-US"),
        ("Your guy at the gate hung up on us.", "en-US"),
    ],
)
def test_hung_up_on_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ya le cuelgo, jefa, bye.", "es-MX", "end_call"),
        ("Ya le colgó mi esposa a su hermana.", "es-MX", None),
        ("I'm hanging up now, bye.", "en-US", "end_call"),
        ("Hang up and call me back in ten minutes.", "en-US", "reschedule"),
    ],
)
def test_the_callers_own_hang_up_or_someone_elses_is_no_complaint(text: str, locale: str,
                                                                  expected: str | None) -> None:
    assert intent(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the phone, the app or the call hanging is a dropped line, nobody's doing
        ("Perdón, se me colgó el teléfono, ¿qué me dijo?", "es-MX"),
        ("Se nos colgó la llamada hace rato.", "es-MX"),
        ("Se me colgó la app, ya regresé.", "es-MX"),
        ("Me colgó el sistema, perdón.", "es-MX"),
        ("Sorry, my phone hung up on me.", "en-US"),
        ("It hung up on me, what did you say?", "en-US"),
        ("The app hung up on me earlier.", "en-US"),
    ],
)
def test_a_phone_or_a_call_that_hung_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"
