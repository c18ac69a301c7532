"""A number said with what surrounds it: a clock time is when, never the number ("paso por ella mañana a las 10");
a count with what it counts ("dos cajas") is the answer only when it is the whole answer."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types

INTEGER = types.get("integer")


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("paso por ella mañana a las 10", "es-MX", None),
    ("a las cinco y media", "es-MX", None),
    ("son tres, paso a las 5 de la tarde", "es-MX", "3"),
    ("I'll pick it up tomorrow at 10", "en-US", None),
    ("three, and I'll come by at 5 pm", "en-US", "3"),
    ("tomorrow morning at ten", "en-US", None),
    ("el 472", "es-MX", "472"),
])
def test_a_clock_time_is_no_count(text: str, locale: str, expected: str | None) -> None:
    assert INTEGER.extract(text, locale) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # the count given as the answer, with what it counts
    ("dos cajas", "es-MX", "2"), ("son tres cajas", "es-MX", "3"), ("sí, dos unidades", "es-MX", "2"),
    ("two boxes please", "en-US", "2"), ("just three boxes", "en-US", "3"), ("4 trucks", "en-US", "4"),
    # said within a sentence, or beside another number: how many there are, not the number asked
    ("traigo dos cajas, voy en full", "es-MX", None), ("tengo dos cajas, la 4471", "es-MX", "4471"),
    ("I've got two trailers, the first is 4471", "en-US", "4471"),
])
def test_a_count_said_with_what_it_counts_is_the_answer_only_when_it_is_the_whole_answer(
    text: str, locale: str, expected: str | None
) -> None:
    assert INTEGER.extract(text, locale) == expected
