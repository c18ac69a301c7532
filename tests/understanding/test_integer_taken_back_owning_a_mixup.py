"""A number taken back by owning up to a mix-up ("Es la setecientos... ah no, me confundí, la seiscientos catorce",
"seven hundred... oh no, I got confused, six fourteen"): only the number said after it is the answer, at the
question and at a read-back - never the two run together (700614)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .call_helpers import heard_at_question, heard_at_read_back

_TAKEN_BACK = [
    ("Es la setecientos... ah no, me confundí, la seiscientos catorce.", "es-MX", "614"),
    ("Es la cuatrocientos doce, no, me equivoco, la cuatrocientos veinte.", "es-MX", "420"),
    ("La trescientos, me confundí, la trescientos ocho.", "es-MX", "308"),
    ("Ochenta... ay, me confundí, noventa y uno.", "es-MX", "91"),
    ("Seven hundred... oh no, I got confused, six fourteen.", "en-US", "614"),
    ("It's four twelve, my mistake, four twenty.", "en-US", "420"),
    ("Four twelve, no, I got mixed up, it's four twenty.", "en-US", "420"),
]


@pytest.mark.parametrize(("said", "locale", "expected"), _TAKEN_BACK)
def test_only_the_number_said_after_the_mixup_is_kept(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(("said", "locale", "expected"), [_TAKEN_BACK[0], _TAKEN_BACK[4]])
async def test_the_number_after_the_mixup_is_read_back_in_a_call(said: str, locale: str, expected: str) -> None:
    assert await heard_at_question("tractor_number", locale, said) == expected
    wrong = "cuatro cinco dos" if locale == "es-MX" else "four five two"
    assert await heard_at_read_back("tractor_number", locale, wrong, said) == expected


def test_a_mixup_owned_up_to_in_a_time_keeps_the_time_said_after() -> None:
    assert extract("time", "A las cuatro, no, me confundí, a las cinco de la tarde.", "es-MX",
                   {"now": "09:00"}) == "17:00"
