"""An arrival estimate as callers hedge and settle it: a duration with a condition after it ("si no hay
bronca", "if nothing comes up") still counts from now; an estimate revised in the same breath ("forty-five
minutes out... call it an hour", "dos horas, mejor ponle tres") is the figure settled on, in the first
figure's unit when the second is bare; the hour said in hundreds ("sixteen hundred hours") is the clock."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "08:30"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Calculo dos horas y media, si no hay broncas en la caseta.", "es-MX", "11:00"),
        ("Unas tres horas si todo sale bien.", "es-MX", "11:30"),
        ("Hora y media, con suerte.", "es-MX", "10:00"),
        ("Two hours if nothing comes up.", "en-US", "10:30"),
        ("About three hours, barring a wreck on the interstate.", "en-US", "11:30"),
        ("Forty minutes, hopefully.", "en-US", "09:10"),
        # traps: a clock time with a condition stays that time
        ("A las cuatro y media, si no hay tráfico.", "es-MX", "16:30"),
        ("at four if nothing comes up", "en-US", "16:00"),
    ],
)
def test_a_duration_with_a_condition_after_it_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Thirty minutes out... call it an hour.", "en-US", "09:30"),
        ("Two hours, make it three.", "en-US", "11:30"),
        ("Twenty minutes, let's say thirty.", "en-US", "09:00"),
        ("Around five, let's say five thirty.", "en-US", "17:30"),
        ("Una hora, mejor ponle dos.", "es-MX", "10:30"),
        ("En unos veinte minutos, digamos media hora.", "es-MX", "09:00"),
        ("Como a las cuatro, ponle cuatro y media.", "es-MX", "16:30"),
        # traps: nothing said after the revision word, or no figure after it
        ("Cuarenta minutos, digamos.", "es-MX", "09:10"),
        ("At five, say hi to your boss for me.", "en-US", "17:00"),
        # words after the revision word that say more than a figure: the estimate said first stands
        ("A las cinco, pon que a las seis descargo.", "es-MX", "17:00"),
        ("A las cinco, dígale al supervisor que a las seis descargo.", "es-MX", "17:00"),
        ("A las cuatro, pon que traigo carga de dos horas.", "es-MX", "16:00"),
        ("At five, put down that I unload at six.", "en-US", "17:00"),
        ("Como a las cinco, pon tú que llego a las seis.", "es-MX", "18:00"),
        # ... but minutes put on the time said are added to it (see test_eta_minutes_added_to_a_time_said)
        ("A las cinco, ponle media hora más.", "es-MX", "17:30"),
        # a reason after the figure settled on, or "later" before it, leaves it the estimate
        ("A las tres, ponle a las cuatro por el tráfico.", "es-MX", "16:00"),
        ("A las tres, mejor ponle a las cuatro para estar seguros.", "es-MX", "16:00"),
        ("A las tres, ponle a las cuatro por si las moscas.", "es-MX", "16:00"),
        ("A las tres, ponle más tarde, a las cuatro.", "es-MX", "16:00"),
        ("A las tres, mejor a las cuatro por la fila.", "es-MX", "16:00"),
    ],
)
def test_an_estimate_revised_in_the_same_breath_is_the_figure_settled_on(text: str, locale: str,
                                                                         expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixteen hundred hours.", "16:00"),
        ("Oh nine hundred hours", "09:00"),
        ("By nineteen hundred hours", "19:00"),
    ],
)
def test_the_hour_said_in_hundreds_is_the_clock_time(text: str, expected: str) -> None:
    assert extract_time(text, "en-US", NOW) == expected
