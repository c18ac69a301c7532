"""Regression tests for the new-user QA trial (Mexican drivers on a noisy line, es-MX and en-US).

Each finding is tested as a class of utterances, with look-alikes that must keep their old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daisy_engine.understanding import (
    classify_yes_no,
    detect_intent,
    extract,
    new_accumulator,
    readback,
    validate_value,
)

NOW = {"now": "10:00"}


# --- 1. times: durations are not clock times; "tonight"; 12-hour read-back ---------------------------

DURATIONS = [
    ("pues en unas dos horas y media", "es-MX", "12:30"),
    ("en una hora y cuarto", "es-MX", "11:15"),
    ("como en tres horas y cuarto", "es-MX", "13:15"),
    ("dentro de hora y media", "es-MX", "11:30"),
    ("me faltan unas dos horas", "es-MX", "12:00"),
    ("unos veinte minutitos", "es-MX", "10:20"),
    ("en tres cuartos de hora", "es-MX", "10:45"),
    ("en un par de horas", "es-MX", "12:00"),
    ("in about two hours", "en-US", "12:00"),
    ("in two and a half hours", "en-US", "12:30"),
    ("in an hour and a quarter", "en-US", "11:15"),
    ("about three hours and a half", "en-US", "13:30"),
    ("i'm two hours out", "en-US", "12:00"),
]


@pytest.mark.parametrize(("text", "locale", "with_now"), DURATIONS)
def test_durations_need_a_clock(text, locale, with_now):
    assert extract("time", text, locale) is None
    assert extract("time", text, locale, NOW) == with_now


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # look-alikes: clock times with "horas"/"y media" that must stay clock times
        ("a las dos y media", "es-MX", "02:30"),
        ("a las dos y media de la tarde", "es-MX", "14:30"),
        ("diecisiete horas", "es-MX", "17:00"),
        ("a las veintiún horas", "es-MX", "21:00"),
        ("at two thirty", "en-US", "02:30"),
        # a clock time said with a duration: the clock time wins
        ("a las cinco, en unas dos horas", "es-MX", "05:00"),
        # the part of day
        ("at 5 tonight", "en-US", "17:00"),
        ("tonight at 7", "en-US", "19:00"),
        ("esta noche a las 9", "es-MX", "21:00"),
        ("a las 5 de la noche", "es-MX", "17:00"),
        ("hoy en la tarde a las 4", "es-MX", "16:00"),
        ("a las 5 de la madrugada", "es-MX", "05:00"),
        ("a las 5", "es-MX", "05:00"),  # bare: as said; the flow asks am/pm
        ("at 5", "en-US", "05:00"),
        ("a las 2 de la noche", "es-MX", "02:00"),
        ("at midnight", "en-US", "00:00"),
    ],
)
def test_clock_times_and_day_parts(text, locale, expected):
    assert extract("time", text, locale) == expected
    # QA round 2: with a clock, a bare 12-hour time is its next occurrence (at 10:00, "a las 5" is 17:00)
    assert extract("time", text, locale, NOW) == _NEXT_AT_TEN.get(text, expected)


_NEXT_AT_TEN = {
    "a las dos y media": "14:30",
    "at two thirty": "14:30",
    "a las cinco, en unas dos horas": "17:00",
    "a las 5": "17:00",
    "at 5": "17:00",
}


def test_time_readback_is_twelve_hour_as_callers_say_it():
    assert readback("time", "17:45", "en-US") == "5:45 PM"
    assert readback("time", "17:00", "en-US") == "5 PM"
    assert readback("time", "00:30", "en-US") == "12:30 AM"
    assert readback("time", "12:00", "en-US") == "12 PM"
    assert readback("time", "17:45", "es-MX") == "5:45 de la tarde"
    assert readback("time", "05:00", "es-MX") == "5 de la madrugada"
    assert readback("time", "07:15", "es-MX") == "7:15 de la mañana"
    assert readback("time", "21:30", "es-MX") == "9:30 de la noche"
    assert readback("time", "not a time", "es-MX") == "not a time"


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
@pytest.mark.parametrize("hour", range(24))
def test_time_readback_round_trips(locale, hour):
    for minute in (0, 5, 45):
        value = f"{hour:02d}:{minute:02d}"
        assert extract("time", readback("time", value, locale), locale) == value


# --- 2. integers that can never become valid -----------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "turn"),
    [({"min": 1, "max": 6}, "siete"), ({"max": 999999}, "un millón"), ({"min": 10, "max": 60}, "siete"),
     ({"min": 1, "max": 5}, "nine"), ({"pattern": r"\d{3}"}, "cuatro mil")],
)
def test_integer_that_cannot_become_valid_is_nothing(options, turn):
    locale = "en-US" if turn == "nine" else "es-MX"
    acc = new_accumulator("integer", locale, options)
    result = acc.feed(turn)
    assert (result.status, result.value, result.so_far) == ("nothing", None, "")


def test_integer_that_can_still_become_valid_stays_partial():
    acc = new_accumulator("integer", "es-MX", {"min": 10, "max": 60})
    assert acc.feed("cinco").status == "partial"  # 50-59 are still possible
    assert acc.feed("dos").value == "52"
    acc = new_accumulator("integer", "es-MX", {"min": 1, "max": 6})
    assert acc.feed("tres").value == "3"
    assert acc.feed("siete").status == "nothing" and acc.value == "3"  # the valid value is kept
    assert new_accumulator("integer", "es-MX", {"max": 999999}).feed("cien mil").value == "100000"
    assert new_accumulator("integer", "es-MX").feed("un millón").value == "1000000"


# --- 3. plate read-back without the stored dash --------------------------------------------------------


def test_plate_readback_does_not_speak_the_dash():
    assert readback("plate", "ABC-1234", "es-MX", spell=True) == "A de árbol, B de burro, C de casa, 1, 2, 3, 4"
    assert readback("plate", "ABC-1234", "es-MX") == "A, B, C, 1, 2, 3, 4"
    assert readback("plate", "ABC-1234", "en-US", spell=True) == "Alpha, Bravo, Charlie, 1, 2, 3, 4"
    assert "dash" not in readback("plate", "AB-12-C", "en-US")
    # the value itself keeps its normal form
    assert extract("plate", "a be ce uno dos tres cuatro", "es-MX") == "ABC-1234"


# --- 4. reschedule amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("llámeme mañana", "es-MX", None),
        ("call me tomorrow", "en-US", None),
        ("llámeme en un par de horas", "es-MX", 120),
        ("márcame en un par de horitas", "es-MX", 120),
        ("llámeme en unos diez minutitos", "es-MX", 10),
        ("llámeme en una hora y cuarto", "es-MX", 75),
        ("llámame en una hora", "es-MX", 60),
        ("llámame en media horita", "es-MX", 30),
        ("llámeme en un ratito", "es-MX", None),
        ("llámeme en diez mil minutos", "es-MX", None),
        ("llámame en 200 horas", "es-MX", None),
        ("márcame en noventa minutos", "es-MX", 90),
        ("call me back in a couple of hours", "en-US", 120),
        ("call me back in five thousand minutes", "en-US", None),
        ("call me back in twenty minutes", "en-US", 20),
    ],
)
def test_reschedule_minutes(text, locale, minutes):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


# --- 5. Mexican phone phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["espéreme tantito", "pásele", "a ver", "permítame tantito", "dígame", "fíjese", "óigame",
             "aguánteme tantito", "espere", "mande"],
)
def test_hold_requests_and_fillers_are_not_names(text):
    assert extract("name", text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("soy el Chuy", "Chuy"), ("habla la Lupe Hernández", "Lupe Hernández"), ("el Chuy", "Chuy"),
     # look-alikes: names that end like an imperative, or start like one, stay names
     ("Jaime Delgado", "Jaime Delgado"), ("Daniela", "Daniela"), ("Marcelo Gómez", "Marcelo Gómez"),
     ("Gonzalo", "Gonzalo"), ("Pascual Meza", "Pascual Meza"), ("me llamo Dámaso", "Dámaso"),
     ("espéreme tantito, me llamo Jesús Ramírez", "Jesús Ramírez")],
)
def test_colloquial_names(text, name):
    assert extract("name", text, "es-MX") == name
    assert validate_value("name", name, "es-MX") == name


@pytest.mark.parametrize(
    ("text", "locale", "answer"),
    [
        ("a ver, dígame", "es-MX", "yes"),
        ("dígame", "es-MX", "yes"),
        ("sí, dígame", "es-MX", "yes"),
        ("mande, dígame", "es-MX", "yes"),
        ("adelante", "es-MX", "yes"),
        ("go ahead", "en-US", "yes"),
        # look-alikes: "mande" alone is "pardon?"; a repeat request is no answer
        ("mande", "es-MX", None),
        ("¿mande?", "es-MX", None),
        ("a ver", "es-MX", None),
        ("dígame otra vez", "es-MX", None),
        ("no, ahorita no", "es-MX", "no"),
    ],
)
def test_go_aheads_at_a_permission_question(text, locale, answer):
    assert classify_yes_no(text, locale).answer == answer


@pytest.mark.parametrize(
    ("text", "locale"),
    [("¿para qué lo quiere?", "es-MX"), ("¿para qué quiere mis datos?", "es-MX"),
     ("oiga, ¿y para qué necesita mi nombre?", "es-MX"), ("por qué me pregunta eso", "es-MX"),
     ("why do you need my email?", "en-US"), ("what do you need it for", "en-US")],
)
def test_questions_about_the_call_are_off_topic(text, locale):
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("para que quede claro es la ABC 123", "es-MX"), ("lo que quiere es mi placa", "es-MX"),
     ("me llamo Juan Pérez", "es-MX"), ("a ver, dígame", "es-MX"), ("pásele", "es-MX")],
)
def test_look_alikes_are_not_off_topic(text, locale):
    match = detect_intent(text, locale)
    assert match is None or match.name != "off_topic"


@pytest.mark.parametrize(
    ("text", "plate"),
    [("doble a, be, uno dos tres cuatro", "AAB-1234"), ("a doble ele uno dos tres", "ALL-123"),
     ("doble e ese uno dos tres", "EES-123"), ("doble u a be uno dos tres", "WAB-123"),
     ("a be ce doble cero uno", "ABC-001"),
     # four letters are not an LLL-DDDD plate: nothing dropped to force a fit
     ("doble a be ce uno dos tres", None),
     ("tres cuatro ele eme cinco", None)],
)
def test_doubled_letters_and_unfit_plates(text, plate):
    assert extract("plate", text, "es-MX") == plate


def test_plate_accumulator_keeps_an_unfit_dictation_in_order():
    acc = new_accumulator("plate", "es-MX")
    result = acc.feed("tres cuatro ele eme cinco")
    assert (result.status, result.value, result.so_far) == ("partial", None, "3 4 L M 5")
    # the whole plate said again replaces it
    assert acc.feed("a be ce uno dos tres cuatro").value == "ABC-1234"
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("doble a").so_far == "A A"
    assert acc.feed("be uno dos tres").value == "AAB-123"
    # a lone out-of-place digit or noise is still nothing
    assert new_accumulator("plate", "es-MX").feed("3").status == "nothing"
    assert new_accumulator("plate", "es-MX").feed("no sé la placa").status == "nothing"


def test_now_option_types_still_work():
    assert extract("time", "en unas dos horas y media", "es-MX", {"now": dt.time(22, 0)}) == "00:30"
