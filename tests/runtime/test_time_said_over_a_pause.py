"""An arrival hour said without its minutes is read back at once; its minutes said next make one time with it.

"A las tres" | "y media.": the caller was still saying the time when the pause came. As for numbers
(`Accumulator.goes_on`), the hour is read back at once (an ordinary caller who said a round hour gets no extra
turn), and a turn at that read-back that is only the minutes of that hour ("y media", "y cuarto", "y diez",
"menos cuarto"; after an hour cut by a pause also a bare number of minutes no clock hour is: "quince", "thirty",
"forty-five", "oh five"), alone or around a yes, makes one time with it, read back again - never the hour taken
as it was with the minutes lost (nor sent on to the next question). The part of the day said next ("de la tarde",
"p.m.") moves the hour to it. Another hour ("a las cuatro", "four") is a correction as always, and a plain yes
takes the hour.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_ETA = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes", "one thousand",
              "yes", "x y z nine eight seven six", "yes"],
}
# the read-back, or the same said shorter when the value read back already is read back again (`asked_before`)
READ_BACK = {"es-MX": ("Llegada a las {}. ¿Correcto?", "¿Entonces llega a las {}, sí o no?"),
             "en-US": ("Arriving at {}. Correct?", "So you get there at {}, yes or no?")}


def read_back_in(locale: str, shown: str, reply: str) -> bool:
    """Whether `reply` reads the arrival `shown` back for confirmation."""
    return any(form.format(shown) in reply for form in READ_BACK[locale])


async def _read_back_after(daisy: CompiledFlow, locale: str, hour: str, rest: str) -> str:
    conv = await call(daisy, locale, TO_ETA[locale])
    assert conv.step.slot == "eta"
    await conv.user_turn(hour)
    reply = said(await conv.user_turn(rest))
    assert conv.step.slot == "eta", reply  # still at the time: the minutes did not go on to the e-mail
    return reply


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "A las tres", "y media.", "3:30 de la tarde"),
    ("es-MX", "A las tres.", "Y media.", "3:30 de la tarde"),
    ("es-MX", "a las tres", "y cuarto", "3:15 de la tarde"),
    ("es-MX", "Como a las cuatro", "y diez.", "4:10 de la tarde"),
    ("es-MX", "A las cinco", "menos cuarto.", "4:45 de la tarde"),
    ("es-MX", "A las tres", "y diez de la tarde", "3:10 de la tarde"),
    ("es-MX", "A las tres", "quince.", "3:15 de la tarde"),
    ("es-MX", "Llego a las dos", "cuarenta y cinco", "2:45 de la tarde"),
    ("es-MX", "A las tres", "sí, y media", "3:30 de la tarde"),
    ("es-MX", "A las tres", "y media, sí", "3:30 de la tarde"),
    ("en-US", "At three", "thirty.", "3:30 PM"),
    ("en-US", "At five", "forty-five", "5:45 PM"),
    ("en-US", "Around two", "fifteen.", "2:15 PM"),
    ("en-US", "At three", "oh five", "3:05 PM"),
    ("en-US", "At three", "yes, thirty", "3:30 PM"),
])
async def test_the_minutes_said_after_the_hour_read_back_make_one_time_with_it(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "A las siete", "de la tarde", "7 de la tarde"),
    ("es-MX", "A las siete", "p.m.", "7 de la tarde"),
    ("es-MX", "A las diez", "de la noche.", "10 de la noche"),
    ("en-US", "At seven", "p.m.", "7 PM"),
    ("en-US", "At seven", "in the evening", "7 PM"),
])
async def test_the_part_of_the_day_said_after_the_hour_moves_it(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "A las tres", "no, a las cuatro", "4 de la tarde"),
    ("es-MX", "A las ocho", "a las nueve", "9 de la mañana"),
    ("en-US", "At three", "four", "4 PM"),
    ("en-US", "At three", "no, at four thirty", "4:30 PM"),
])
async def test_another_hour_at_the_read_back_is_a_correction(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "hour", "yes"), [("es-MX", "A las tres", "Sí."), ("en-US", "At three", "Yes.")])
async def test_a_plain_yes_takes_the_hour_as_read_back(daisy: CompiledFlow, locale: str, hour: str, yes: str) -> None:
    conv = await call(daisy, locale, [*TO_ETA[locale], hour, yes])
    assert conv.step.slot == "email"
    assert conv.state.slots["eta"] == "15:00"


@pytest.mark.parametrize(("locale", "time", "rest", "shown"), [
    ("es-MX", "Cuatro y cuarto.", "De la tarde.", "4:15 de la tarde"),
    ("es-MX", "Ocho y diez", "de la noche.", "8:10 de la noche"),
    ("es-MX", "A las seis en punto.", "Pues de la tarde.", "6 de la tarde"),
    ("en-US", "Seven fifteen.", "In the evening.", "7:15 PM"),
])
async def test_the_part_of_the_day_said_after_a_whole_time_ends_it(
        daisy: CompiledFlow, locale: str, time: str, rest: str, shown: str) -> None:
    # the part of the day after a pause ends the time read back: read back again with it, and the caller's yes
    # next confirms it - it never goes on to the e-mail question as a failed attempt there
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, time, rest))


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "Dieciocho", "diez.", "18:10"),
    ("es-MX", "Dieciocho", "treinta", "18:30"),
    ("es-MX", "A las diecisiete", "cero cinco.", "17:05"),
    ("es-MX", "Como a las veinte", "doce", "20:12"),
    ("en-US", "At eighteen", "thirty.", "18:30"),
    ("en-US", "Eighteen hundred", "forty", "18:40"),
])
async def test_after_an_hour_on_the_24_hour_dial_bare_minutes_go_on_with_it(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "Dieciocho", "Seis.", "6 de la tarde"),
    ("es-MX", "A las diecisiete", "cinco", "5 de la tarde"),
    ("es-MX", "A las diecisiete", "cinco.", "5 de la tarde"),
    ("es-MX", "Veintidós", "Diez.", "10 de la noche"),
    ("es-MX", "A las dieciséis", "Cuatro.", "4 de la tarde"),
    ("en-US", "Eighteen hundred", "Six.", "6 PM"),
    ("en-US", "At eighteen", "six.", "6 PM"),
    ("en-US", "Seventeen hundred", "five", "5 PM"),
])
async def test_after_a_24_hour_hour_its_own_12_hour_number_is_that_hour_read_back_again_never_a_yes(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    # "Llegada a las 18:00." - "Seis.": six p.m. put another way, never 18:06 (minutes 1-9 are said with their
    # zero: "dieciocho cero seis") - and never a yes either: the caller may have meant 18:06, so the hour is read
    # back again as now said, and only a yes takes it
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "hour", "rest", "answer", "eta"), [
    ("es-MX", "A las diecisiete", "cinco", "Sí.", "17:00"),
    ("es-MX", "A las diecisiete", "cinco", "no, y cinco", None),
    ("es-MX", "A las diecisiete", "cinco", "no, diecisiete cero cinco", None),
    ("es-MX", "Dieciocho", "Seis.", "No, dieciocho cero seis.", None),
    ("en-US", "At eighteen", "six.", "Yes.", "18:00"),
    ("en-US", "At eighteen", "six.", "no, eighteen oh six", None),
])
async def test_the_hour_read_back_again_on_the_12_hour_dial_is_taken_on_a_yes_or_given_its_minutes(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, answer: str, eta: str | None) -> None:
    conv = await call(daisy, locale, [*TO_ETA[locale], hour, rest])
    reply = said(await conv.user_turn(answer))
    if eta is not None:
        assert conv.step.slot == "email"
        assert conv.state.slots["eta"] == eta
    else:  # the caller who meant minutes says them: 17:05 / 18:06 read back
        assert conv.step.slot == "eta"
        assert ":05" in reply or ":06" in reply, reply


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "Dieciocho", "Siete.", "7 de la tarde"),
    ("es-MX", "A las veinte", "nueve", "9 de la noche"),
    ("en-US", "At seventeen", "seven", "7 PM"),
])
async def test_after_a_24_hour_hour_another_single_digit_is_another_hour_not_minutes(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, hour, rest))


@pytest.mark.parametrize(("locale", "time", "rest", "shown"), [
    ("es-MX", "A las 3:30", "y cuarto", "3:15 de la tarde"),
    ("es-MX", "A las tres y media de la tarde", "y cuarto.", "3:15 de la tarde"),
    ("es-MX", "Como a las cuatro y diez de la tarde", "Menos cuarto.", "3:45 de la tarde"),
    ("es-MX", "A las 15:30", "y diez", "15:10"),
])
async def test_other_minutes_after_a_whole_time_put_its_minutes_right(
        daisy: CompiledFlow, locale: str, time: str, rest: str, shown: str) -> None:
    # "Llegada a las 3:30." - "y cuarto.": the caller fixes the minutes misheard, never keeps 3:30
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, time, rest))


@pytest.mark.parametrize(("time", "rest", "shown"), [
    ("A las tres y media de la tarde", "y media.", "3:30 de la tarde"),  # the same minutes: read back as they were
    ("A las siete y veinte", "un cuarto para las ocho", "7:45"),  # a time of its own
])
async def test_a_time_of_its_own_or_the_same_minutes_after_a_whole_time(
        daisy: CompiledFlow, time: str, rest: str, shown: str) -> None:
    assert shown in await _read_back_after(daisy, "es-MX", time, rest)


@pytest.mark.parametrize(("locale", "hour", "rest"), [
    ("es-MX", "Dieciocho", "Seis de la tarde."), ("es-MX", "Diecisiete", "cinco de la tarde"),
    ("en-US", "Seventeen hundred", "Five in the evening."),
])
async def test_the_24_hour_hour_said_again_on_the_12_hour_dial_is_that_hour_not_its_minutes(
        daisy: CompiledFlow, locale: str, hour: str, rest: str) -> None:
    # "Llegada a las 18:00." - "Seis de la tarde.": the same hour put another way, never 6:06 de la tarde, read
    # back again as now said (a yes takes it)
    reply = await _read_back_after(daisy, locale, hour, rest)
    assert ":0" not in reply
    assert "de la tarde" in reply or "PM" in reply


@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "Dieciocho", "Diez de la noche.", "Llegada a las 10 de la noche."),
    ("es-MX", "Dieciocho horas", "Diez.", "Llegada a las 10 de la mañana."),
    ("en-US", "Eighteen hundred", "Ten at night.", "Arriving at 10 PM."),
])
async def test_after_a_24_hour_hour_an_hour_with_its_part_of_the_day_corrects_it(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    # "Diez de la noche." at 18:00 is 22:00, never 18:10 de la noche; "Dieciocho horas" - "Diez." never 0:10
    assert shown in await _read_back_after(daisy, locale, hour, rest)

@pytest.mark.parametrize(("locale", "hour", "rest", "shown"), [
    ("es-MX", "Dieciocho.", "diez.", "Llegada a las 10 de la"),  # the hour said as a finished sentence: another
    ("es-MX", "Dieciocho", "No, a las diez.", "Llegada a las 10 de la"),
    # said with its part: the same time read back again (said shorter, `asked_before`)
    ("es-MX", "A las cinco de la tarde", "de la noche", "llega a las 5 de la tarde,"),
])
async def test_no_rest_after_a_finished_hour_a_no_or_a_part_of_the_day_said_already(
        daisy: CompiledFlow, locale: str, hour: str, rest: str, shown: str) -> None:
    assert shown in await _read_back_after(daisy, locale, hour, rest)


@pytest.mark.parametrize(("locale", "time", "yes"), [
    ("es-MX", "Cuarto para las seis.", "Sí, de la tarde."), ("es-MX", "A las cuatro y media.", "Sí, de la tarde."),
    ("en-US", "Around four fifteen.", "Yes, in the afternoon."),
])
async def test_a_yes_with_the_part_of_the_day_read_back_confirms_it(
        daisy: CompiledFlow, locale: str, time: str, yes: str) -> None:
    conv = await call(daisy, locale, [*TO_ETA[locale], time, yes])
    assert conv.step.slot == "email"


@pytest.mark.parametrize(("locale", "time", "rest", "shown"), [
    ("es-MX", "A las tres y media", "y tres cuartos", "3:45 de la tarde"),
    ("es-MX", "Como a las ocho y cuarto", "y tres cuartos.", "8:45 de la mañana"),
    ("es-MX", "A las tres", "y tres cuartos", "3:45 de la tarde"),
])
async def test_three_quarters_after_a_time_is_the_minute_45(
        daisy: CompiledFlow, locale: str, time: str, rest: str, shown: str) -> None:
    # "y tres cuartos" names minute 45 - never minute 3 (the "tres" read as the number of minutes)
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, time, rest))


@pytest.mark.parametrize(("locale", "time", "rest", "shown"), [
    ("es-MX", "A las tres y media", "con diez minutos de retraso", "3:30 de la tarde"),
    ("es-MX", "A las cinco y media", "y cinco minutos", "5:30 de la tarde"),
    ("es-MX", "A las tres y media", "menos diez minutos", "3:30 de la tarde"),
    ("es-MX", "A las cuatro y cuarto", "y diez minutos", "4:15 de la tarde"),
    ("es-MX", "A las tres", "con diez minutos de retraso", "3 de la tarde"),
])
async def test_minutes_counted_after_a_time_are_no_correction_of_its_minute(
        daisy: CompiledFlow, locale: str, time: str, rest: str, shown: str) -> None:
    # "Llegada a las 3:30." - "con diez minutos de retraso": a delay or a margin is not the minute (never 3:10,
    # 5:05, 2:50); the time read back stands and is read back again
    assert read_back_in(locale, shown, await _read_back_after(daisy, locale, time, rest))
