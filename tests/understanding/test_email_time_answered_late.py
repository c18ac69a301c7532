"""A time said at the e-mail question ("como a las cinco y media", "at 5 pm", "a las 12:30") is the arrival
time answered late, not the start of an address: nothing is collected. Digits dictated one by one, a name
with a number, or the same words once the dictation has begun, are collected as before.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _collected(turns: list[str], locale: str) -> str:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.so_far()


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("como a las cinco y media", "es-MX"),
        ("Llego a las 12:30.", "es-MX"),
        ("a las seis de la tarde", "es-MX"),
        ("at 5 pm", "en-US"),
        ("around four thirty in the afternoon", "en-US"),
    ],
)
def test_a_time_at_the_email_question_starts_no_address(text: str, locale: str) -> None:
    assert _collected([text], locale) == ""


@pytest.mark.parametrize(
    ("turns", "locale", "collected"),
    [
        (["Número cinco."], "es-MX", "5"),
        (["luis cinco"], "es-MX", "luis 5"),
        (["kate five"], "en-US", "kate 5"),
    ],
)
def test_numbers_of_an_address_are_still_collected(turns: list[str], locale: str, collected: str) -> None:
    assert _collected(turns, locale) == collected
