"""Asked when they will arrive, a caller who answers with a duration alone means from now.

"Forty-five minutes, give or take", "Dos horas, más o menos", "Una hora y media": the whole answer is how
long, with at most a hedge around it. A duration inside a sentence that says something else ("llevo dos
horas manejando") is not an arrival time, and "diecisiete horas" said alone is the hour on the 24-hour dial.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.times import extract_time

NOW = {"now": "10:20"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Forty-five minutes, give or take.", "en-US", "11:05"),
        ("Thirty minutes.", "en-US", "10:50"),
        ("Uh, two hours, more or less.", "en-US", "12:20"),
        ("An hour and a half, maybe.", "en-US", "11:50"),
        ("Veinte minutos.", "es-MX", "10:40"),
        ("Pues, dos horas más o menos.", "es-MX", "12:20"),
        ("Hora y media, aproximadamente.", "es-MX", "11:50"),
        ("Unos cuarenta minutos, si no hay tráfico.", "es-MX", "11:00"),
        # whole hours with a hedge or a condition: a guess at the drive, not the hour on the dial
        ("Tres horas, si Dios quiere.", "es-MX", "13:20"),
        ("Cuatro horas, primero Dios.", "es-MX", "14:20"),
        ("Seis horas, aproximadamente.", "es-MX", "16:20"),
        ("Tres horas, si no hay tráfico.", "es-MX", "13:20"),
        ("Three hours, God willing.", "en-US", "13:20"),
    ],
)
def test_a_duration_that_is_the_whole_answer_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Diecisiete horas.", "es-MX", "17:00"),  # the 24-hour dial, not a day's drive
        ("Catorce horas", "es-MX", "14:00"),
        ("Diez horas.", "es-MX", "10:00"),  # bare, no hedge: the hour on the 24-hour dial, as before
        ("Twenty minutes ago.", "en-US", None),  # the past is no arrival
        ("Hace media hora.", "es-MX", None),
        ("A las cinco y cuarto de la tarde.", "es-MX", "17:15"),
    ],
)
def test_what_is_not_a_duration_from_now_stays_as_it_was(text: str, locale: str, expected: str | None) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llevo dos horas manejando.", "es-MX"),
        ("Ya llevo como tres horas y media de camino.", "es-MX"),
        ("Tengo hora y media manejando.", "es-MX"),
        ("Traigo cuatro horas de carretera.", "es-MX"),
        ("Hace una hora que salí.", "es-MX"),
        ("Ya van dos horas, oiga.", "es-MX"),
        ("I've been driving two hours.", "en-US"),
        ("Been on the road for about an hour and a half.", "en-US"),
        ("We left two hours ago.", "en-US"),
        ("I've driven three hours already.", "en-US"),
    ],
)
def test_time_already_driven_is_no_arrival(text: str, locale: str) -> None:
    # the story of the trip so far: asking again beats storing its hours as an arrival time
    assert extract_time(text, locale, NOW) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Salí a las diez.", "es-MX"),
        ("Salimos como a las seis y media de la mañana.", "es-MX"),
        ("Arranqué de Monterrey a eso de las cuatro.", "es-MX"),
        ("Salí temprano.", "es-MX"),
        ("I left at ten.", "en-US"),
        ("We headed out around six thirty.", "en-US"),
        ("Took off at noon.", "en-US"),
    ],
)
def test_the_time_of_setting_off_is_no_arrival(text: str, locale: str) -> None:
    assert extract_time(text, locale, NOW) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Llevo dos horas manejando, llego como a las cinco.", "es-MX", "17:00"),
        ("Salí a las diez, llego como a las dos.", "es-MX", "14:00"),
        ("Salí en la mañana, llego a las cuatro.", "es-MX", "16:00"),
        ("Salí hace dos horas, me faltan unas tres horas.", "es-MX", "13:20"),
        ("Tengo dos horas manejando y me faltan como cuarenta minutos.", "es-MX", "11:00"),
        ("Salgo de aquí a las once y llego a las dos.", "es-MX", "14:00"),
        ("I left at ten, be there around two.", "en-US", "14:00"),
        ("I'll be there at five, left at noon.", "en-US", "17:00"),
        ("Left two hours ago, should be there in forty-five.", "en-US", "11:05"),
        ("We've been driving 3 hours, we'll be there by 5.", "en-US", "17:00"),
        ("I left this morning, be there by four.", "en-US", "16:00"),
    ],
)
def test_the_arrival_said_beside_the_trip_so_far_is_the_answer(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Te la llevo a las cinco.", "es-MX", "17:00"),  # "llevar" a load at a time is the arrival
        ("Llego en dos horas.", "es-MX", "12:20"),
        ("In two hours.", "en-US", "12:20"),
        ("De aquí a dos horas.", "es-MX", "12:20"),
        ("Entre cinco y seis.", "es-MX", "18:00"),
        ("I'll be leaving here soon, be there at three.", "en-US", "15:00"),
    ],
)
def test_arrivals_with_words_like_the_trip_so_far_stay(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Tengo dos horas para llegar.", "es-MX", "12:20"),
        ("Me quedan dos horas.", "es-MX", "12:20"),
        ("Nos queda hora y media de camino.", "es-MX", "11:50"),
        ("I've got two hours left.", "en-US", "12:20"),
        ("Two hours to go.", "en-US", "12:20"),
    ],
)
def test_the_time_left_counts_from_now(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # where the caller set off from, then the arrival in other words than "llego"
        ("Salí de Laredo, pienso llegar a las cinco.", "es-MX", "17:00"),
        ("Salí de Monterrey, llegando a las cinco.", "es-MX", "17:00"),
        ("Salí de Monterrey, pensamos estar ahí a las cinco.", "es-MX", "17:00"),
        ("Salgo de aquí y allá ando a las cinco.", "es-MX", "17:00"),
        ("I left Dallas, ETA around five.", "en-US", "17:00"),
        ("We headed out of the yard, should be there at five.", "en-US", "17:00"),
    ],
)
def test_setting_off_from_a_place_leaves_the_arrival_said_after_it(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected
