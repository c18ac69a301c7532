"""A duration said at the arrival time's read-back is counted from now and read back: "Mejor dos horas" or "En dos
horas" at "5 de la tarde" when it is 3 p.m. is 17:00 again - the caller never heard the clock it comes to, so the
time is read back again, never taken as a yes (the call went on without reading it). A yes with it ("sí, en dos
horas") confirms; a time of the clock said again ("Mejor ponle cinco y media" at 5:30) is a yes as before.

Pinned as a listener writes them: "una y media o dos" is a range, its later end (14:00, read back: the caller
hears it and can say "una y media"); "No, diez horas." is the hour on the 24-hour dial (10:00), as "diez horas"
alone is at the question, whatever the call's hour - read back; "a las cinco, o sea en dos horas más" is 17:00
(the clock said wins over the duration that explains it)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import Heard, hear_confirmation
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.times import extract_time


def at_read_back(said: str, reply: str, locale: str, now: str) -> Heard:
    """The read-back answer `reply` to the arrival time heard from `said`, at `now`."""
    time_type = slot_types.get("time")
    assert time_type is not None

    def fresh() -> slot_types.Accumulator:
        return time_type.start(locale, {"now": now})

    value = slot_types.feed(fresh(), said).state
    return hear_confirmation(reply, locale, value.value, value, fresh)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("a las cinco", "Mejor dos horas.", "es-MX"),
        ("a las cinco", "mejor en dos horas", "es-MX"),
        ("a las cinco", "Más bien en unas dos horas.", "es-MX"),
        ("at five", "Better make it two hours.", "en-US"),
        ("at five", "Rather in two hours.", "en-US"),
    ],
)
def test_a_duration_is_read_back_even_when_it_comes_to_the_same_time(said: str, reply: str,
                                                                               locale: str) -> None:
    heard = at_read_back(said, reply, locale, "15:00")
    assert (heard.event, heard.value) == ("corrected", "17:00")


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("a las cinco", "En dos horas.", "es-MX"),
        ("en dos horas", "Sí, más o menos en dos horas.", "es-MX"),
        ("a las cinco", "Como en dos horitas.", "es-MX"),
        ("at five", "In two hours.", "en-US"),
        ("in two hours", "About two hours.", "en-US"),
    ],
)
def test_a_duration_coming_to_the_time_read_back_with_no_word_of_change_confirms_it(said: str, reply: str,
                                                                                   locale: str) -> None:
    # the caller heard "5 de la tarde" and says it their way; read back again, the same words went round and round
    assert at_read_back(said, reply, locale, "15:00").event == "yes"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "now", "value"),
    [
        ("a las cinco", "Mejor dos horas.", "es-MX", "12:00", "14:00"),
        ("at five", "Better make it two hours.", "en-US", "12:00", "14:00"),
        ("a las cinco", "No, diez horas.", "es-MX", "09:00", "10:00"),
        ("a las cinco", "No, diez horas.", "es-MX", "15:00", "10:00"),
        ("a las cinco", "Una y media o dos.", "es-MX", "09:00", "14:00"),
    ],
)
def test_a_duration_or_an_hour_said_at_the_read_back_is_read_back(said: str, reply: str, locale: str, now: str,
                                                                  value: str) -> None:
    heard = at_read_back(said, reply, locale, now)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [("a las cinco", "Sí, en dos horas.", "es-MX"), ("at five", "Yes, in about two hours.", "en-US"),
     # a time of the clock said again, settled on, is a yes (blind_calls_7, blind_calls_12)
     ("como a las cinco, cinco y media", "Mejor ponle cinco y media.", "es-MX"),
     ("a las dos, dos y media", "Dos y media mejor, para ir seguro.", "es-MX")],
)
def test_the_same_time_with_a_yes_or_said_on_the_clock_is_a_yes(said: str, reply: str,
                                                                         locale: str) -> None:
    assert at_read_back(said, reply, locale, "15:00").event == "yes"


@pytest.mark.parametrize(
    ("text", "locale", "now", "expected"),
    [
        ("Una y media o dos.", "es-MX", "09:00", "14:00"),
        ("One thirty or two.", "en-US", "09:00", "14:00"),
        ("A las cinco, o sea en dos horas más.", "es-MX", "15:00", "17:00"),
        ("At five, so in two more hours.", "en-US", "15:00", "17:00"),
    ],
)
def test_a_range_is_its_later_end_and_a_clock_explained_by_a_duration_is_the_clock(text: str, locale: str, now: str,
                                                                                  expected: str) -> None:
    assert extract_time(text, locale, {"now": now}) == expected
