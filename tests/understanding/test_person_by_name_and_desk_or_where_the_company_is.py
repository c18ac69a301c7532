"""A person asked for by name and desk ("Can you patch me over to Rick in dispatch?", "Transfer me to Rick in
dispatch", "Get me Donna in billing") is a person asked for, as the desk alone is; news of one ("I talked to Rick in
dispatch yesterday") and time asked ("give me a minute in the office") are none. Where the company is, asked ("Are
you guys out of Laredo or El Paso?", "¿Ustedes son de Laredo o de El Paso?", "¿La empresa es de Monterrey?"), is
talk off the registration; what someone ran out of ("are you out of your mind?") or a grievance ("ustedes son de
lo peor") is not."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(("text", "locale", "intent"), [
    ("Can you patch me over to Rick in dispatch?", "en-US", "human"),
    ("Can you patch me over to dispatch?", "en-US", "human"),
    ("Transfer me to Rick in dispatch.", "en-US", "human"),
    ("Get me Donna in billing, please.", "en-US", "human"),
    ("I need to talk to Rick in dispatch.", "en-US", "human"),
    ("¿Me pasas con Rigo de tráfico?", "es-MX", "human"),
])
def test_a_person_asked_for_by_name_and_desk(text: str, locale: str, intent: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == intent


@pytest.mark.parametrize(("text", "locale"), [
    ("I talked to Rick in dispatch yesterday.", "en-US"),
    ("I'll talk to Rick in dispatch when I get there.", "en-US"),
    ("Give me a minute in the office.", "en-US"),
    ("Send me the address in the office email.", "en-US"),
    ("Send me directions from dispatch.", "en-US"),
    ("Just give me updates from the office, I'll be there at five.", "en-US"),
    ("Give me your number at the office.", "en-US"),
    ("I can talk to you at the office later.", "en-US"),
])
def test_news_of_a_person_or_time_asked_is_no_person_asked_for(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "human"


@pytest.mark.parametrize(("text", "locale", "intent"), [
    ("Are you guys out of Laredo or El Paso?", "en-US", "off_topic"),
    ("Y'all based out of Dallas?", "en-US", "off_topic"),
    ("Is your company out of Texas?", "en-US", "off_topic"),
    ("¿Ustedes son de Laredo o de El Paso?", "es-MX", "off_topic"),
    ("¿La empresa es de Monterrey?", "es-MX", "off_topic"),
    ("¿Ustedes están en Laredo?", "es-MX", "off_topic"),
    ("¿La empresa está en Monterrey o en Saltillo?", "es-MX", "off_topic"),
])
def test_where_the_company_is_asked_is_off_the_registration(text: str, locale: str, intent: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == intent


@pytest.mark.parametrize(("text", "locale"), [
    ("Are you out of your mind?", "en-US"),
    ("I'm out of Laredo.", "en-US"),
    ("Ustedes son de lo peor.", "es-MX"),
    ("Ustedes están en contra de uno, siempre me descuentan.", "es-MX"),
])
def test_what_ran_out_or_a_grievance_is_no_question_about_the_company(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "off_topic"


@pytest.mark.parametrize(("text", "locale", "event"), [
    ("Can you patch me over to Rick in dispatch?", "en-US", "human"),
    ("Are you guys out of Laredo or El Paso?", "en-US", "off_topic"),
    ("¿Ustedes son de Laredo o de El Paso?", "es-MX", "off_topic"),
])
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_the_call_hears_it_so_at_the_question_and_the_read_back(text: str, locale: str, event: str,
                                                                      at_read_back: bool) -> None:
    conv = await at_question("full_name", locale)
    if at_read_back:
        await conv.user_turn("Ana Pérez")
    await conv.user_turn(text)
    taken = [e["event"] for e in conv.log.events if e.get("kind") == "transition"]
    assert event in taken[-2:]


@pytest.mark.parametrize(("text", "locale"), [
    ("¿La empresa está en Monterrey o en Saltillo?", "es-MX"),
    ("¿Ustedes están en Laredo o en El Paso?", "es-MX"),
    ("¿Ustedes son de Nuevo Laredo o de Monterrey?", "es-MX"),
])
async def test_the_other_place_offered_is_no_name_taken(text: str, locale: str) -> None:
    conv = await at_question("full_name", locale)
    await conv.user_turn(text)
    assert conv.step.name.endswith("full_name.ask") and conv.slots.get("full_name") is None
