"""An arrival said without its hour ("mañana temprano", "depende del tráfico", "early tomorrow") is neither
a time nor a failed attempt that swallows the next answer: Daisy asks for the hour, and an e-mail said
meanwhile is kept for its question. Said again and again, the arrival is left for later in bounded turns.
Scripted callers drive Daisy turn by turn."""

from __future__ import annotations

import pytest
from runtime_helpers import at_three_utc, call, call_with_store, said

from daisy_engine.compiler import CompiledFlow

TO_ETA_ES = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí", "ochenta y dos",
             "sí", "x y z nueve ocho siete seis", "sí"]
TO_ETA_EN = ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6", "yes"]


@pytest.mark.parametrize("vague", ["Hoy ya no llego. Mañana temprano.", "Pues depende del tráfico.",
                                   "No sé bien a qué hora, en la tarde.",
                                   "Está bien pesado el tráfico, llego tarde.", "Voy retrasado, traigo demora."])
async def test_an_arrival_without_an_hour_asks_for_the_hour(daisy: CompiledFlow, vague: str) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn(vague))
    assert "¿Y más o menos a qué hora" in reply and conv.attempts() == 0
    assert "Llegada a las 7" in said(await conv.user_turn("como a las siete"))


async def test_english_an_arrival_without_an_hour_asks_for_the_hour(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", TO_ETA_EN)
    reply = said(await conv.user_turn("early tomorrow, depends on traffic"))
    assert "about what time" in reply and conv.attempts() == 0


async def test_english_running_late_asks_for_the_hour(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", TO_ETA_EN)
    reply = said(await conv.user_turn("Traffic is brutal today, I'm running late."))
    assert "about what time" in reply and conv.attempts() == 0


async def test_an_email_said_with_an_arrival_without_an_hour_is_kept(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    reply = said(await conv.user_turn("Mañana temprano. Y mi correo es ana arroba gmail punto com."))
    assert "¿Y más o menos a qué hora" in reply
    await conv.user_turn("a las siete de la mañana")
    reply = said(await conv.user_turn("sí"))
    # the e-mail was given: read back at its turn, not asked for
    assert "¿Me da su correo" not in reply and "ana arroba gmail punto com" in reply


async def test_an_arrival_never_given_an_hour_is_left_for_later(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    for _ in range(8):
        await conv.user_turn("mañana temprano")
        if conv.step.slot != "eta":
            break
    assert not conv.ended and conv.step.slot == "email"
    assert "eta" not in conv.slots


async def test_an_hour_with_the_day_is_a_time(daisy: CompiledFlow) -> None:
    """Trap: "mañana a las siete" has its hour: read back at once."""
    conv = await call(daisy, "es-MX", TO_ETA_ES)
    assert "Llegada a las 7" in said(await conv.user_turn("mañana a las siete de la mañana"))


@pytest.mark.parametrize(("locale", "soon"), [
    ("es-MX", "tardamos poquito"), ("es-MX", "Me tardo un rato."), ("es-MX", "Ya casi llego."),
    ("es-MX", "Ya no tardo, estoy cerca"), ("en-US", "We'll be quick."), ("en-US", "I'm almost there."),
    ("en-US", "It won't take me long"),
])
async def test_how_long_the_caller_takes_said_at_the_arrival_asks_for_the_hour(
        daisy: CompiledFlow, locale: str, soon: str) -> None:
    """Said, not asked: news of the arrival, not "how long does the call take?" ("Son un par de minutos")."""
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    reply = said(await conv.user_turn(soon))
    assert ("más o menos a qué hora" in reply or "about what time" in reply) and conv.attempts() == 0
    assert "par de minutos" not in reply and "couple of minutes" not in reply


@pytest.mark.parametrize(("locale", "asked"), [("es-MX", "¿Tardamos poquito?"), ("es-MX", "¿cuánto se tarda?"),
                                               ("es-MX", "¿Cuánto tiempo se tarda?")])
async def test_how_long_the_call_takes_asked_at_the_arrival_is_answered(
        daisy: CompiledFlow, locale: str, asked: str) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    reply = said(await conv.user_turn(asked))
    assert "par de minutos" in reply or "couple of minutes" in reply


@pytest.mark.parametrize(("locale", "asked"), [
    ("es-MX", "¿Cuánto tardamos?"), ("es-MX", "oiga y cuánto nos vamos a tardar en esto"),
    ("es-MX", "y qué tanto vamos a tardar"), ("es-MX", "cuánto nos tardamos, señorita"),
    ("en-US", "how long are we gonna be"), ("en-US", "how long do we need"),
])
async def test_how_long_we_take_asked_at_the_arrival_is_the_call_with_or_without_its_question_mark(
        daisy: CompiledFlow, locale: str, asked: str) -> None:
    """A word of question before "we take" asks how long the call takes: answered, the arrival asked again - no
    "didn't get that", no attempt spent, no arrival made of it."""
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    reply = said(await conv.user_turn(asked))
    assert ("par de minutos" in reply or "couple of minutes" in reply) and conv.attempts() == 0, reply
    assert conv.step.name == "registration.eta.ask"
    reply = said(await conv.user_turn("a las cinco de la tarde" if locale == "es-MX" else "at five pm"))
    assert "5" in reply


@pytest.mark.parametrize(("locale", "told", "hour"), [
    ("es-MX", "tardo como dos horas", "8"), ("es-MX", "nos tardamos como tres horas", "9"),
    ("es-MX", "me voy a tardar unas dos horas", "8"), ("en-US", "we'll be about two hours", "8"),
])
async def test_how_long_the_caller_takes_with_a_figure_is_the_arrival(
        daisy: CompiledFlow, locale: str, told: str, hour: str) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    reply = said(await conv.user_turn(told))
    assert conv.step.name == "registration.eta.confirm" and hour in reply, reply


@pytest.mark.parametrize(("locale", "vague", "hour", "heard"), [
    ("es-MX", "Llego mañana temprano.", "Como a las seis.", "Llegada a las 6 de la mañana"),
    ("es-MX", "Ya hasta en la noche.", "Como a las diez.", "Llegada a las 10 de la noche"),
    ("es-MX", "Llego en la tarde.", "A las cinco y media.", "Llegada a las 5:30 de la tarde"),
    ("en-US", "Early tomorrow morning.", "Around six.", "Arriving at 6 AM"),
    ("en-US", "Sometime tonight.", "About nine thirty.", "Arriving at 9:30 PM"),
    # the hour's own part of the day wins
    ("es-MX", "Llego mañana temprano.", "A las seis de la tarde.", "Llegada a las 6 de la tarde"),
    ("es-MX", "Llego en la noche.", "A las diez de la mañana.", "Llegada a las 10 de la mañana"),
    ("es-MX", "Ya hasta en la noche.", "A las 9 am.", "Llegada a las 9 de la mañana"),
    ("es-MX", "Llego en la madrugada.", "A las cuatro de la tarde.", "Llegada a las 4 de la tarde"),
    ("en-US", "Sometime tonight.", "Ten AM.", "Arriving at 10 AM"),
    ("en-US", "Sometime tonight.", "At ten in the morning.", "Arriving at 10 AM"),
    # a day said without a part of it says nothing of the hour ("mañana" is tomorrow here, not the morning)
    ("es-MX", "Mañana.", "A las cinco.", "Llegada a las 5 de la tarde"),
    ("es-MX", "Pasado mañana.", "A las cuatro.", "Llegada a las 4 de la tarde"),
])
async def test_the_hour_asked_for_is_read_with_the_part_of_the_day_said_before(
        daisy: CompiledFlow, locale: str, vague: str, hour: str, heard: str) -> None:
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    await conv.user_turn(vague)
    assert heard in said(await conv.user_turn(hour))


@pytest.mark.parametrize(("locale", "told", "hour"), [
    ("es-MX", "no sé cuánto tardamos en descargar, como dos horas", "8"),
    ("es-MX", "cuanto tardamos en llegar, como unas tres horas", "9"),
    ("es-MX", "cuánto tardamos, unas dos horas más o menos", "8"),
    ("es-MX", "¿cuánto tardamos? como dos horas", "8"),
    ("es-MX", "uy cuánto nos vamos a tardar, como tres horas", "9"),
    ("en-US", "how long are we gonna be, about two hours", "8"),
    ("en-US", "how long will we take? about two hours", "8"),
])
async def test_how_long_we_take_worked_out_aloud_with_a_figure_is_the_arrival(
        daisy: CompiledFlow, locale: str, told: str, hour: str) -> None:
    """The caller asking himself how long the road takes and answering ("¿cuánto tardamos? como dos horas"), or asking
    it of the road ("cuánto tardamos en llegar"): the arrival read back, no "just a couple of minutes" about the
    call."""
    conv = await call(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN)
    reply = said(await conv.user_turn(told))
    assert conv.step.name == "registration.eta.confirm" and hour in reply, reply
    assert "par de minutos" not in reply and "couple of minutes" not in reply and "Le habla" not in reply, reply


@pytest.mark.parametrize(("locale", "vague", "hour", "read_back"), [
    ("es-MX", "Mañana temprano.", "A las seis y cuarto.", "Llegada a las 6:15 de la mañana"),
    ("es-MX", "Llego mañana tempranito.", "Como a las ocho y media.", "Llegada a las 8:30 de la mañana"),
    ("es-MX", "Llego mañana muy temprano.", "seis y media", "Llegada a las 6:30 de la mañana"),
    ("en-US", "Tomorrow morning.", "Six fifteen.", "Arriving at 6:15 AM"),
    ("en-US", "Early morning, depends on traffic.", "around eight thirty", "Arriving at 8:30 AM"),
])
async def test_an_hour_said_after_early_tomorrow_is_in_the_morning_even_when_it_has_passed_today(
        daisy: CompiledFlow, locale: str, vague: str, hour: str, read_back: str) -> None:
    """At 09:00 in Mexico City, 6:15 has passed today: said after "mañana temprano" it is still 06:15, not 18:15."""
    conv, _ = await call_with_store(daisy, locale, TO_ETA_ES if locale == "es-MX" else TO_ETA_EN, clock=at_three_utc)
    await conv.user_turn(vague)
    assert read_back in said(await conv.user_turn(hour))


async def test_trap_an_hour_said_after_later_keeps_the_next_one(daisy: CompiledFlow) -> None:
    """"Más tarde" says no morning: 6:15 said next at 09:00 is this evening's."""
    conv, _ = await call_with_store(daisy, "es-MX", TO_ETA_ES, clock=at_three_utc)
    await conv.user_turn("Más tarde.")
    assert "Llegada a las 6:15 de la tarde" in said(await conv.user_turn("A las seis y cuarto."))
