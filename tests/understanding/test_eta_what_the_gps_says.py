"""What the navigator says is the time left ("GPS says forty-five minutes", "el Waze marca una hora", "según el
GPS, una hora y media"), and a crossing on the way is what the estimate hangs on ("if the bridge is clear", "si
el puente está libre"), no time of its own."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("GPS says forty-five minutes, if the bridge is clear.", "en-US", "09:45"),
        ("GPS says 45 minutes.", "en-US", "09:45"),
        ("Google Maps is showing an hour.", "en-US", "10:00"),
        ("Forty-five minutes, if the border's not backed up.", "en-US", "09:45"),
        ("El GPS dice cuarenta y cinco minutos, si el puente está libre.", "es-MX", "09:45"),
        ("El Waze marca una hora.", "es-MX", "10:00"),
        ("Según el GPS, una hora y media.", "es-MX", "10:30"),
        ("Cuarenta minutos si la garita no está llena.", "es-MX", "09:40"),
        ("El GPS dice que llego a las tres.", "es-MX", "15:00"),
    ],
)
def test_what_the_gps_says_is_the_time_left(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": "09:00"}) == expected
