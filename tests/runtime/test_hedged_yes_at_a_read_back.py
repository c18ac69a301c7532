"""A yes that only hedges how exact the value is ("sí, más o menos", "yeah, give or take").

An arrival time is an estimate: "sí, más o menos" at "llegada a las 2:05 de la tarde" agrees with it, and
the call goes on. A plate, an address or a number is exact: the same hedge says the value read back is not
quite it, so it is no confirmation. A hedge with a change after it is a change either way.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer, call

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import classify_yes_no

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("a las dos y cinco de la tarde", "Sí, más o menos.", "es-MX"),
        ("a las dos y cinco de la tarde", "Sí, por ahí.", "es-MX"),
        ("a las dos y cinco de la tarde", "Ándale, más o menos por ahí", "es-MX"),
        ("a las dos y cinco de la tarde", "Sí, aproximadamente, primero Dios.", "es-MX"),
        ("at two oh five pm", "Yeah, give or take.", "en-US"),
        ("at two oh five pm", "Yes, more or less", "en-US"),
        ("at two oh five pm", "Yep, roughly.", "en-US"),
        ("at two oh five pm", "Sure, something like that.", "en-US"),
    ],
)
def test_a_hedged_yes_confirms_an_arrival_time(said: str, reply: str, locale: str) -> None:
    assert answer("time", said, reply, locale).event == "yes"


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        ("plate", "be ele a ciento noventa", "Sí, más o menos.", "es-MX"),
        ("plate", "be ele a ciento noventa", "Sí, algo así.", "es-MX"),
        ("plate", "b l a one ninety", "Yeah, more or less.", "en-US"),
        ("plate", "b l a one ninety", "Yes, pretty much", "en-US"),
        ("email", "rosa punto mena arroba gmail punto com", "Sí, más o menos", "es-MX"),
        ("email", "rosa dot mena at gmail dot com", "Yeah, roughly", "en-US"),
        ("integer", "cuatro cinco uno dos", "Sí, más o menos.", "es-MX"),
    ],
)
def test_a_hedged_yes_never_confirms_an_exact_value(type_name: str, said: str, reply: str, locale: str) -> None:
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert heard.event != "yes"


@pytest.mark.parametrize(
    ("reply", "locale", "value"),
    [
        ("Sí, más o menos, pero mejor póngale a las tres de la tarde", "es-MX", "15:00"),
        ("Yeah, roughly, but make it three pm", "en-US", "15:00"),
    ],
)
def test_a_hedge_with_a_change_after_it_is_the_change(reply: str, locale: str, value: str) -> None:
    said = "a las dos y cinco de la tarde" if locale == "es-MX" else "at two oh five pm"
    heard = answer("time", said, reply, locale)
    assert heard.event == "corrected"
    assert heard.value == value


@pytest.mark.parametrize(
    ("text", "locale"),
    [("Sí, más o menos.", "es-MX"), ("Yeah, give or take", "en-US"), ("Sí, por ahí", "es-MX")],
)
def test_the_hedge_alone_decides_only_with_the_kind_of_value_known(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None
    said = classify_yes_no(text, locale, approximate=True)
    assert (said.answer, said.rest) == ("yes", "")


@pytest.mark.parametrize(
    ("text", "locale"),
    [("Sí", "es-MX"), ("Sí, así es, ni más ni menos", "es-MX"), ("Yes, that's right", "en-US")],
)
def test_a_plain_yes_stays_a_yes_for_every_value(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"
    assert classify_yes_no(text, locale, approximate=True).answer == "yes"


@pytest.mark.parametrize(
    ("locale", "reply"),
    [("es-MX", "Sí, creo."), ("es-MX", "Sí, más o menos."), ("en-US", "Yeah, pretty much."),
     ("en-US", "Yes, more or less.")],
)
async def test_a_hedged_yes_to_a_question_that_reads_back_no_value_is_a_yes(
        daisy: CompiledFlow, locale: str, reply: str) -> None:
    # "¿Tiene un par de minutos?" - "Sí, creo.": the hedge is about the caller's time, not about a value
    conversation = await call(daisy, locale, [reply])
    assert conversation.step.name == "registration.full_name.ask"


@pytest.mark.parametrize(
    ("reply", "locale"),
    [
        ("Sí, más o menos, depende de la caseta.", "es-MX"),
        ("Sí, depende del tráfico.", "es-MX"),
        ("Sí, dependiendo de cómo esté la carretera.", "es-MX"),
        ("Sí, a menos que me agarre la lluvia.", "es-MX"),
        ("Ajá, siempre y cuando no haya retén.", "es-MX"),
        ("Yeah, depending on traffic.", "en-US"),
        ("Yes, unless I hit construction.", "en-US"),
        ("Sure, it depends on the weather.", "en-US"),
        ("Yep, as long as the scale's open.", "en-US"),
    ],
)
def test_a_yes_with_what_the_arrival_depends_on_confirms_it(reply: str, locale: str) -> None:
    said = "a las dos y cinco de la tarde" if locale == "es-MX" else "at two oh five pm"
    assert answer("time", said, reply, locale).event == "yes"



@pytest.mark.parametrize(
    ("reply", "locale", "value"),
    [
        ("Sí, dependiendo, mejor a las seis.", "es-MX", "06:00"),
        ("Sí, depende, ponle a las tres y media.", "es-MX", "03:30"),
        ("Yeah, depending on traffic, make it four.", "en-US", "04:00"),
        ("Yes, unless it rains, then five thirty.", "en-US", "05:30"),
    ],
)
def test_a_yes_with_what_the_arrival_depends_on_and_another_hour_is_that_hour(
        reply: str, locale: str, value: str) -> None:
    # "Llegada a las 2:05 de la tarde" - "Sí, dependiendo, mejor a las seis.": the caller moves the arrival;
    # confirming 2:05 would drop the hour just said (its half of the day is the conversation's to settle)
    said = "a las dos y cinco de la tarde" if locale == "es-MX" else "at two oh five pm"
    heard = answer("time", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value), heard
