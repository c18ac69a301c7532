"""Callbacks asked for indirectly and with the time in many shapes; a day or a part of the day is
scheduled then, inside the calling hours."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from daisy_engine.understanding import detect_intent
from daisy_engine.understanding.callback_times import DEFAULT_CALLING_HOURS, callback_delay, parse_calling_hours
from daisy_engine.understanding.durations import duration_minutes
from daisy_engine.understanding.intent_rules import bare_minutes
from daisy_engine.understanding.normalize import content_words
from daisy_engine.understanding.numbers import digitize, prepare_tokens

MONDAY_11 = dt.datetime(2030, 1, 7, 11, 0)  # a Monday, 11:00 local


def at(minutes: int | None) -> str | None:
    return None if minutes is None else (MONDAY_11 + dt.timedelta(minutes=minutes)).strftime("%a %H:%M")


@pytest.mark.parametrize(
    ("text", "locale", "when"),
    [
        ("llámeme mañana", "es-MX", "Tue 09:00"),
        ("call me tomorrow", "en-US", "Tue 09:00"),
        ("¿me puede marcar el jueves a las diez?", "es-MX", "Thu 10:00"),
        ("mejor háblame en la tarde", "es-MX", "Mon 16:00"),
        ("márqueme mañana a las cinco", "es-MX", "Tue 17:00"),  # five in the afternoon, not before hours
        ("give me a call tomorrow morning", "en-US", "Tue 09:00"),
        ("can you ring me back tonight", "en-US", "Mon 19:00"),
        ("call me back next week", "en-US", "Mon 09:00"),
        ("llámame el lunes", "es-MX", "Mon 09:00"),  # today is Monday: next week's
        ("try me again tomorrow around ten", "en-US", "Tue 10:00"),
        ("llámame en diez segundos", "es-MX", "Mon 11:01"),
    ],
)
def test_a_callback_for_a_day_or_part_of_day_is_scheduled_then(text: str, locale: str, when: str) -> None:
    match = detect_intent(text, locale, now=MONDAY_11)
    assert match is not None and match.name == "reschedule"
    assert at(match.minutes) == when


def test_without_a_clock_only_durations_give_minutes() -> None:
    assert detect_intent("llámeme mañana", "es-MX").minutes is None  # type: ignore[union-attr]
    assert detect_intent("márcame en media hora", "es-MX").minutes == 30  # type: ignore[union-attr]


def test_a_time_outside_the_calling_hours_moves_into_them() -> None:
    late = dt.datetime(2030, 1, 7, 19, 45)
    minutes = callback_delay("en la noche", "es-MX", late)
    assert (late + dt.timedelta(minutes=minutes)).strftime("%a %H:%M") == "Tue 09:00"  # type: ignore[operator]
    hours = (dt.time(7, 0), dt.time(22, 0))
    assert callback_delay("mañana", "es-MX", MONDAY_11, hours) == 20 * 60
    assert (dt.time(9, 0), dt.time(20, 0)) == DEFAULT_CALLING_HOURS


def test_no_time_named_leaves_the_flow_default() -> None:
    match = detect_intent("llámame luego", "es-MX", now=MONDAY_11)
    assert match is not None and match.name == "reschedule" and match.minutes is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿me puede marcar en una hora?", "es-MX"),
        ("vuélvame a llamar en un rato", "es-MX"),
        ("regrésame la llamada en un cuarto de hora", "es-MX"),
        ("dame cinco minutitos y me vuelves a marcar", "es-MX"),
        ("luego le regreso la llamada", "es-MX"),
        ("estoy en la báscula, no te puedo atender", "es-MX"),
        ("no es buen momento, estoy descargando", "es-MX"),
        ("give me an hour and call back", "en-US"),
        ("I'm in a meeting, try me later", "en-US"),
        ("I'll call you back", "en-US"),
    ],
)
def test_callbacks_asked_for_in_other_words(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Llámame Chuy, así me dicen todos", "es-MX"),
        ("call me Bob", "en-US"),
        ("me llamo Juan", "es-MX"),
        ("a las dos y media", "es-MX"),
        ("el lunes", "es-MX"),
    ],
)
def test_names_and_bare_times_are_not_callbacks(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "when"),
    [
        ("el lunes", "es-MX", "Mon 09:00"),
        ("no, mejor en la noche", "es-MX", "Mon 19:00"),
        ("sí, pero mañana en la tarde", "es-MX", "Tue 16:00"),
        ("tomorrow morning", "en-US", "Tue 09:00"),
    ],
)
def test_at_a_yes_no_question_a_turn_that_only_names_a_time_is_a_callback(text: str, locale: str, when: str) -> None:
    match = detect_intent(text, locale, now=MONDAY_11, when_alone=True)
    assert match is not None and match.name == "reschedule" and at(match.minutes) == when


def test_at_a_yes_no_question_other_answers_are_not_callbacks() -> None:
    for text in ("sí", "no", "no, gracias", "sí, adelante"):
        assert detect_intent(text, "es-MX", now=MONDAY_11, when_alone=True) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mil cuatrocientos", "es-MX"),
        ("1400", "es-MX"),
        ("cuarenta", "es-MX"),
        ("Dos", "es-MX"),
        ("No, cuarenta y cinco", "es-MX"),
        ("Mil cuatrocientas horas", "es-MX"),
        ("Fourteen hundred", "en-US"),
        ("1400", "en-US"),
        ("sixteen hundred hours", "en-US"),
        ("yes, forty", "en-US"),
    ],
)
def test_at_a_yes_no_question_a_bare_number_is_no_callback(text: str, locale: str) -> None:
    assert detect_intent(text, locale, now=MONDAY_11, when_alone=True) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("llámame a las dos", "es-MX"),
        ("no, a las dos", "es-MX"),
        ("las dos", "es-MX"),
        ("en dos horas", "es-MX"),
        ("dos horas", "es-MX"),
        ("call me at 1400", "en-US"),
        ("at four", "en-US"),
        ("four pm", "en-US"),
    ],
)
def test_at_a_yes_no_question_a_number_said_as_a_time_is_still_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale, now=MONDAY_11, when_alone=True)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("09:00-20:00", (dt.time(9), dt.time(20))),
        ("8:30 to 18:00", (dt.time(8, 30), dt.time(18))),
        ("7-22", (dt.time(7), dt.time(22))),
        ("20-9", None),
        ("whenever", None),
    ],
)
def test_calling_hours_are_read_from_text(text: str, hours: tuple[dt.time, dt.time] | None) -> None:
    assert parse_calling_hours(text) == hours


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("márcame en diez", "es-MX", 10),
        ("call me back in 20, I'm driving", "en-US", 20),
        ("call me in 2", "en-US", None),  # too short to be meant as minutes
        ("llámame en la 4", "es-MX", None),
    ],
)
def test_a_callback_delay_without_its_unit_is_minutes(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [("Ahorita no puedo, llámame en diez segundos.", "es-MX", 1), ("call me back in 90 seconds", "en-US", 2)],
)
def test_seconds_round_up_to_a_minute(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


_WHEN_WORDS = (
    "llámame márcame call me back mañana tomorrow el lunes friday en la noche tonight tarde morning a las "
    "at 5 10:30 pm en diez minutos in an hour segundos seconds next week fin de semana no sí mejor pero "
    "[inaudible] uh huh 99 24 ¿ ? , ."
)
_WHEN_SPEECH = st.lists(st.sampled_from(_WHEN_WORDS.split(" ")), max_size=10).map(" ".join)


# 300 examples in the thorough profile (CI), as always; a fifth of that while developing (tests/conftest.py).
# Sixty random ones seldom name a day or a part of it at an hour where the calling hours matter, so the
# cases that do are run in every profile: a day alone, a part of the day asked for late, "tomorrow" at night.
@settings(max_examples=settings.default.max_examples * 3, suppress_health_check=[HealthCheck.too_slow])
@example(text="LUNES", locale="es-MX", hour=0, minute=0, weekday=0)
@example(text="llámame el lunes", locale="es-MX", hour=23, minute=30, weekday=4)
@example(text="márcame en la noche", locale="es-MX", hour=19, minute=45, weekday=2)
@example(text="call me back tonight", locale="en-US", hour=21, minute=10, weekday=1)
@example(text="call me back tomorrow morning", locale="en-US", hour=6, minute=0, weekday=3)
@example(text="mañana", locale="es-MX", hour=22, minute=0, weekday=5)
@given(
    text=st.one_of(st.text(max_size=60), _WHEN_SPEECH),
    locale=st.sampled_from(["es-MX", "en-US"]),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    weekday=st.integers(0, 6),
)
def test_any_callback_lands_in_the_future_inside_the_calling_hours(
    text: str, locale: str, hour: int, minute: int, weekday: int
) -> None:
    now = dt.datetime(2030, 1, 7 + weekday, hour, minute)
    match = detect_intent(text, locale, now=now, when_alone=True)
    if match is None or match.minutes is None:
        return
    assert isinstance(match.minutes, int) and match.minutes >= 1
    lang = "es" if locale.startswith("es") else "en"
    digitized = " ".join(digitize(prepare_tokens(content_words(text, lang), lang), lang))
    if duration_minutes(digitized, lang) or bare_minutes(digitized, lang):
        return  # "en diez minutos" and "en cinco" (no unit: minutes) count from now, whatever the hour
    when = (now + dt.timedelta(minutes=match.minutes)).time()
    start, end = DEFAULT_CALLING_HOURS
    assert start <= when < dt.time(end.hour, end.minute, 59)


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        # an hour "con" minutes, the Mexican way of joining them
        ("Ahorita ando ocupado, márcame en una hora con quince.", "es-MX", 75),
        ("Háblame en dos horas con veinte minutos, porfa.", "es-MX", 140),
        ("En hora con cinco me vuelves a marcar.", "es-MX", 65),
        # looked for again with the "me" said first
        ("Ando en la báscula, ¿me puede buscar en unos treinta?", "es-MX", 30),
        ("¿Me podrías localizar en una hora?", "es-MX", 60),
        # a span hedged before the call it delays
        ("Ten minutes, max, then ring me back.", "en-US", 10),
        ("Half an hour, tops, and then give me a holler.", "en-US", 30),
    ],
)
def test_callbacks_with_an_hour_con_minutes_a_search_or_a_hedged_span(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Me puedes buscar el número de la caja en tus papeles?", "es-MX"),  # searched for, no call
        ("¿Me puede buscar en el sistema si ya salió mi carga?", "es-MX"),
        ("Twenty minutes, tops, and I'll be there.", "en-US"),  # an arrival, no callback
    ],
)
def test_trap_a_search_or_an_arrival_span_asks_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("En una hora con cuarto me marcas.", "es-MX", 75),
        ("Holler at me in forty.", "en-US", 40),
    ],
)
def test_an_hour_con_cuarto_and_a_holler(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        # "a los N": minutes counted from now, the Mexican way ("a las" is a clock time)
        ("Ando echando diésel, a los cuarenta me vuelves a buscar.", "es-MX", 40),
        ("A los veinte me vuelves a marcar, compa.", "es-MX", 20),
        ("Búscame a los quince, ahorita ando en la báscula.", "es-MX", 15),
        ("¿Me vuelves a buscar en diez?", "es-MX", 10),
        # half a minute is the shortest delay there is
        ("Espérame medio minuto que me orillo y luego me marcas otra vez.", "es-MX", 1),
        ("Dame medio minutito y ahí me hablas de nuevo.", "es-MX", 1),
        ("Give me half a minute to park and call me right back.", "en-US", 1),
        ("Call me straight back in ten.", "en-US", 10),
    ],
)
def test_a_callback_in_minutes_said_a_los_or_in_half_a_minute(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("A los quince días me vuelven a buscar los del seguro.", "es-MX"),  # news of others, in days
        ("Llego a los cuarenta kilómetros de aquí.", "es-MX"),
        ("Ya me vuelven a buscar en la tarde los de la aseguradora.", "es-MX"),
    ],
)
def test_trap_a_los_days_or_others_looking_ask_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"
