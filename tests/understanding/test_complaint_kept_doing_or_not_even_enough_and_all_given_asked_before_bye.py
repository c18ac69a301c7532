"""Complaints with no word of complaining: a thing done to the caller again and again, asked why ("¿Por qué me siguen
mandando a cargar de noche si ya dije que no?", "Why do you guys keep sending me out at night when I said no?"), and
money that did not even cover the trip's costs ("Ochocientos de anticipo y ni me alcanzó para las casetas", "the
advance didn't even cover the tolls"). A thing that goes on by itself ("¿por qué sigue sonando el teléfono?") is none.
And everything given, asked back, then a goodbye ("Ya te di todo, ¿no? Bueno, ahí nos vemos, bye.") closes the call:
no complaint (the reminder said flat still complains)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Por qué me siguen mandando a cargar de noche si ya dije que no?", "es-MX"),
    ("¿Por qué siguen mandándome de noche?", "es-MX"),
    ("Siempre me mandan de noche aunque ya dije que no.", "es-MX"),
    ("Why do you guys keep sending me out at night when I said no?", "en-US"),
    ("Why does dispatch keep putting me on nights?", "en-US"),
    ("Ochocientos de anticipo y ni me alcanzó para las casetas, así no se puede.", "es-MX"),
    ("Me dieron quinientos y ni me alcanzó para el diésel.", "es-MX"),
    ("Eight hundred advance and it didn't even cover the tolls.", "en-US"),
])
def test_the_grievance_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Por qué sigue sonando el teléfono?", "es-MX"),
    ("Ni me alcanzó a llegar el mensaje.", "es-MX"),
])
def test_what_goes_on_by_itself_is_no_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"


@pytest.mark.parametrize(("text", "locale", "intent"), [
    ("Ya te di todo, ¿no? Bueno, ahí nos vemos, bye.", "es-MX", "end_call"),
    ("Ya le di todo, ¿verdad? Pues ahí nos vemos.", "es-MX", "end_call"),
    ("I already gave you everything, right? Okay, bye.", "en-US", "end_call"),
    ("Ya te di todo, ¿no? Y no me han pagado, bye.", "es-MX", "complaint"),
])
def test_all_given_asked_back_before_a_goodbye_closes_the_call(text: str, locale: str, intent: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == intent


@pytest.mark.parametrize(("text", "locale", "event"), [
    ("¿Por qué me siguen mandando a cargar de noche si ya dije que no?", "es-MX", "complaint"),
    ("Eight hundred advance and it didn't even cover the tolls.", "en-US", "complaint"),
    ("Ya te di todo, ¿no? Bueno, ahí nos vemos, bye.", "es-MX", "end_call"),
])
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_the_call_hears_it_so_at_the_question_and_the_read_back(text: str, locale: str, event: str,
                                                                      at_read_back: bool) -> None:
    conv = await at_question("full_name", locale)
    if at_read_back:
        await conv.user_turn("Ana Pérez")
    await conv.user_turn(text)
    taken = [e["event"] for e in conv.log.events if e.get("kind") == "transition"]
    assert taken[-1] == event and conv.ended == (event == "end_call")


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("I'll be there at 5 even though I told dispatch no", "en-US", "5 PM"),
    ("I'm getting there at six even though I said no", "en-US", "6 AM"),
    ("Llego a las 5 aunque ya les dije que no", "es-MX", "5 de la tarde"),
    ("Llego a las seis y eso que ya les había dicho que no", "es-MX", "6 de la mañana"),
    # "when" / "though" / "cuando ya" concede as "even though" does, before what the caller said against it
    ("I'll be there at 5 when I told them no", "en-US", "5 PM"),
    ("I'll be there at 5 though I told them no", "en-US", "5 PM"),
    ("I'm getting there at six when I already said no", "en-US", "6 AM"),
    ("Llego a las cinco cuando ya les dije que no", "es-MX", "5 de la tarde"),
])
async def test_the_arrival_said_before_a_grievance_conceded_is_kept(text: str, locale: str, said: str) -> None:
    # the complaint is logged and the time said before it is still the answer, read back, never asked again
    conv = await at_question("eta", locale)
    reply = " ".join(str(a) for a in await conv.user_turn(text))
    assert conv.step.name.endswith("eta.confirm") and said in reply
