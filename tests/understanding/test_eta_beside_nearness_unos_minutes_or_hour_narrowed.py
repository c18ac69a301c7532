"""Arrival times said with more around them: the time left beside how near the caller is ("quince minutos, ya veo
la planta", "five minutes, I'm real close"), minutes after the masculine "unos" that only minutes take ("unos
treinta, ya mero"), and a whole hour narrowed after a hesitation ("mmm... a las tres. tres y media"). A count of
something else and a clock time stay what they are."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.time import extract_time

from .call_helpers import heard_at_question, heard_at_read_back

NOW = {"now": "09:00"}


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Quince minutos, ya veo la planta.", "es-MX", "09:15"),
        ("Media hora, ya ando bien cerca.", "es-MX", "09:30"),
        ("Five minutes, I'm real close.", "en-US", "09:05"),
        ("Twenty minutes, I can see the dock from here.", "en-US", "09:20"),
        ("Forty-five minutes, almost there.", "en-US", "09:45"),
        ("Unos treinta, ya mero.", "es-MX", "09:30"),
        # coming into town is nearness too, the duration with a diminutive or an upper bound
        ("Ya voy entrando a la ciudad, veinte minutitos cuando mucho.", "es-MX", "09:20"),
        ("Voy llegando a Celaya, media hora a lo mucho.", "es-MX", "09:30"),
        ("Ya casi, diez minutos.", "es-MX", "09:10"),
        ("I'm coming into town, twenty minutes tops.", "en-US", "09:20"),
        ("Pulling into the city now, like fifteen minutes.", "en-US", "09:15"),
        ("Pues... unos. Veinte. Ya ando cerca.", "es-MX", "09:20"),
        ("Faltan unos quince.", "es-MX", "09:15"),
        ("Mmm... a las tres. Tres y media, mejor.", "es-MX", "15:30"),
        ("Uh... around four. Four fifteen.", "en-US", "16:15"),
    ],
)
def test_the_arrival_is_heard(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, NOW) == expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Unos veinte kilómetros y llego.", "es-MX"),
        ("Unos cuarenta carros adelante de mí.", "es-MX"),
        # a load carried or the road already done
        ("Traigo unos cuarenta ya cargados.", "es-MX"),
        ("Llevo unos treinta ya.", "es-MX"),
        ("Ten minutes, I'm unloading first.", "en-US"),
    ],
)
def test_a_count_of_something_else_is_no_arrival(text: str, locale: str) -> None:
    assert extract_time(text, locale, NOW) is None


def test_a_clock_time_with_nearness_stays_the_clock_time() -> None:
    assert extract_time("Como a las cuatro, ya ando cerca.", "es-MX", NOW) == "16:00"
    assert extract_time("At two thirty, I'm close.", "en-US", NOW) == "14:30"


@pytest.mark.parametrize(
    ("said", "locale"),
    [("Ya voy entrando a la ciudad, veinte minutitos cuando mucho.", "es-MX"),
     ("I'm coming into town, twenty minutes tops.", "en-US")],
)
async def test_the_time_left_while_coming_into_town_is_read_back_in_a_call(said: str, locale: str) -> None:
    # (the call's clock is noon UTC, 06:00 where Daisy's calls are)
    assert await heard_at_question("eta", locale, said) == "06:20"
    wrong = "a las cinco de la tarde" if locale == "es-MX" else "five pm"
    assert await heard_at_read_back("eta", locale, wrong, said) == "06:20"
