"""A callback with the caller's own phone named with emphasis ("a este mismo número", "at this same number") after a
hold and a take-back ("Este... espérame, no, mejor márcale en veinte minutos a este mismo número"): the same phone is
still his, no call to another party, and the hold taken back is no wait."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Este... espérame, no, mejor márcale en veinte minutos a este mismo número.", "es-MX", 20),
        ("Espérate, mejor llámame en media hora al mismo número.", "es-MX", 30),
        ("Aguántame... no, mejor márcame en diez minutos a este mismo celular.", "es-MX", 10),
        ("Hold on, no, actually call me in twenty minutes at this same number.", "en-US", 20),
        ("Hang on... no, call back in an hour to the same number.", "en-US", 60),
    ],
)
def test_a_callback_to_the_same_number_after_a_hold(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes
