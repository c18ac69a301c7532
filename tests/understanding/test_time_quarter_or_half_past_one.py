""""A quarter past one", "a half after one": the "one" after a quarter or a half and "past"/"after"/"to" is the
hour of a clock, not the pronoun of "a rental one" (whose "a" and words before "one" made it one here).
Traps: "a rental one", "a quarter of the load, one more pallet"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figure I'll roll in a quarter past one.", "13:15"),
        ("Probably a quarter after one, give or take.", "13:15"),
        ("Around a quarter to one.", "12:45"),
        ("I should be backing in a half past one.", "13:30"),
    ],
)
def test_a_quarter_or_half_past_one_is_the_hour_one(text: str, expected: str) -> None:
    assert extract("time", text, "en-US", options=NOW) == expected


@pytest.mark.parametrize(
    "text",
    ["I'm driving a rental one today.", "They gave me a newer one."],
)
def test_the_pronoun_one_still_names_no_time(text: str) -> None:
    assert extract("time", text, "en-US", options=NOW) is None
