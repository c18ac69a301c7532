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


# A unit's number (a slot `leading_zeros`: "0045" is kept, an identifier) is never a count: "dos cajas" alone at
# "¿Cuál es el número de la caja?" tells how many trailers there are, never trailer number 2.
UNIT = {"leading_zeros": True, "min": 0, "max": 999999}


@pytest.mark.parametrize(("text", "locale"), [
    ("dos cajas", "es-MX"), ("son dos cajas", "es-MX"), ("pues dos cajas", "es-MX"), ("tres unidades", "es-MX"),
    ("two trucks", "en-US"), ("two trailers", "en-US"), ("just two boxes", "en-US"), ("3 rigs", "en-US"),
])
def test_a_count_of_vehicles_alone_is_no_unit_number(text: str, locale: str) -> None:
    assert INTEGER.extract(text, locale, UNIT) is None
    acc = INTEGER.start(locale, UNIT)
    acc.feed(text)
    assert acc.value is None


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("la caja 45", "es-MX", "45"), ("tengo dos cajas, la 4471", "es-MX", "4471"), ("la 0045", "es-MX", "0045"),
    ("trailer 45", "en-US", "45"),
])
def test_a_unit_number_said_with_its_noun_is_still_heard(text: str, locale: str, expected: str) -> None:
    assert INTEGER.extract(text, locale, UNIT) == expected


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # "a la" / "a las" before a number no clock has: the unit's number, not a time
    ("la unidad a la 4471", "es-MX", "4471"), ("me asignaron a la 4471", "es-MX", "4471"),
    ("voy a la 45", "es-MX", "45"), ("me cambiaron a la 203", "es-MX", "203"),
    ("they moved me to the yard tomorrow at 4471", "en-US", "4471"),
    ("I'll be at 5520 pm", "en-US", "5520"),
    # a time of the clock is still no number
    ("la 88, a las 5", "es-MX", "88"), ("el 203, llego a la una y media", "es-MX", "203"),
    ("el 7, a las siete de la tarde", "es-MX", "7"), ("45 at 10 o'clock", "en-US", "45"),
    ("88, tomorrow at ten thirty", "en-US", "88"),
])
def test_only_an_hour_of_the_clock_is_a_time(text: str, locale: str, expected: str) -> None:
    assert INTEGER.extract(text, locale) == expected
