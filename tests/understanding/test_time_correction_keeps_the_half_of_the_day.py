"""A time said to correct a time read back, without saying which half of the day ("sí, como a las cinco y
cuarto" at 17:00), is on the half of the day that fits the value read back (option `near`): the one
still to come when the value read back is to come and only one is, else the one nearer the value read
back - never the early morning because the call's clock has passed the hour."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "now", "near", "expected"),
    [
        # the hour has passed on the call's clock (a late call, a recorded start time)
        ("Sí, como a las cinco y cuarto.", "es-MX", "18:10", "17:00", "17:15"),
        ("No, a las cinco menos diez.", "es-MX", "17:20", "17:00", "16:50"),
        ("Yeah, more like six forty.", "en-US", "19:00", "18:30", "18:40"),
        # a morning read-back stays in the morning
        ("No, a las seis y media.", "es-MX", "14:00", "06:00", "06:30"),
        # only one half still to come: that one, even if the other is nearer the value read back
        ("No, a las seis.", "es-MX", "10:00", "11:00", "18:00"),
        # both to come: the one nearer the value read back
        ("Sí, a las nueve y media.", "es-MX", "09:00", "20:00", "21:30"),
        ("No, a las once y media.", "es-MX", "10:00", "11:00", "11:30"),
        # no clock at all
        ("No, las cinco y veinte.", "es-MX", None, "17:00", "17:20"),
    ],
)
def test_the_correction_takes_the_half_of_the_day_of_the_value_read_back(
        text: str, locale: str, now: str | None, near: str, expected: str) -> None:
    options = {"near": near, **({"now": now} if now else {})}
    assert extract_time(text, locale, options) == expected


@pytest.mark.parametrize(
    ("text", "locale", "now", "near", "expected"),
    [
        # the half of the day said, or a 24-hour time, is kept as said
        ("No, a las cinco de la mañana.", "es-MX", "14:00", "17:00", "05:00"),
        ("No, diecisiete treinta.", "es-MX", "14:00", "05:00", "17:30"),
        ("No, 5:15 am.", "en-US", "14:00", "17:00", "05:15"),
        # noon is noon
        ("No, a las doce.", "es-MX", "09:00", "23:00", "12:00"),
    ],
)
def test_a_half_of_the_day_said_wins(text: str, locale: str, now: str, near: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now, "near": near}) == expected


@pytest.mark.parametrize(
    ("text", "locale", "now", "near", "expected"),
    [
        # both halves to come, both far from the value read back: the next one, as said on its own
        ("no, a las diez", "es-MX", "09:25", "17:00", "10:00"),
        ("no, at ten", "en-US", "09:25", "17:00", "10:00"),
        # close to the value read back: that half still
        ("no, a las cuatro", "es-MX", "09:25", "17:00", "16:00"),
    ],
)
def test_a_correction_far_from_the_value_read_back_is_read_on_its_own(
        text: str, locale: str, now: str, near: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": now, "near": near}) == expected
