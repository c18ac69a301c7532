"""Blind batch 26's turns in a call, Daisy's flow: a complaint about a place or a deduction inside a yes keeps the
yes (at the greeting and at a read-back), a road's closure asked at a question is off-topic and the question stays,
"ask me again" asks it again, and the values said with a take-back or a restart (a plate letter restated with
"pues", an e-mail word said over after "sin acento", an arrival taken back to "una y cuarto") are read back as
meant; a correction at a read-back with a duration and a condition ("no, mejor hora y media, si me dejan pasar en
el retén") is applied and read back."""

from __future__ import annotations

from functools import partial

import pytest
from runtime_helpers import at_three_utc, call_with_store, complaints, said

from daisy_engine.compiler import CompiledFlow

_TO_ETA = {
    "es-MX": ["Sí", "Jesús Arreola", "Sí", "451", "Sí", "ce de casa, efe de foco, u de uva, 47 03", "Sí", "312", "Sí",
              "BAT 1234", "Sí"],
    "en-US": ["Yes", "Jesus Arreola", "Yes", "451", "Yes", "C F U 4 7 0 3", "Yes", "312", "Yes", "B A T 1 2 3 4",
              "Yes"],
}


started = partial(call_with_store, clock=at_three_utc)  # (conv, store) after the turns, 09:00 in Mexico City


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí soy yo, y de una vez te digo que el patio de Tultitlán no tiene ni baño, está de la fregada."),
    ("en-US", "Yeah it's me, and that yard in Laredo doesn't even have a bathroom."),
])
async def test_a_complaint_about_a_place_inside_a_yes_goes_on(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv, store = await started(daisy, locale, [])
    reply = said(await conv.user_turn(turn))
    assert "queja" in reply or "complaint" in reply
    assert conv.step.name == "registration.full_name.ask"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Sí, y ¿por qué me descontaron la caseta si yo la pagué con mi dinero?"),
    ("es-MX", "Sí, y la caja que me asignaron tiene las luces fundidas y en el taller me ignoran."),
    ("en-US", "Yes, and why did you dock me for the toll if I paid it myself?"),
])
async def test_a_complaint_inside_a_yes_at_a_read_back_keeps_the_value(daisy: CompiledFlow, locale: str,
                                                                       turn: str) -> None:
    conv, store = await started(daisy, locale, _TO_ETA[locale][:2])
    assert conv.step.name == "registration.full_name.confirm"
    reply = said(await conv.user_turn(turn))
    assert "queja" in reply or "complaint" in reply
    assert conv.slots["full_name"] == ("Jesús Arreola" if locale == "es-MX" else "Jesus Arreola")
    assert conv.step.name == "registration.tractor_number.ask"
    assert await complaints(conv, store) == 1


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "¿Sabes si ya abrieron la autopista a Saltillo?"),
    ("en-US", "Do you know if they opened the interstate to Dallas yet?"),
    ("en-US", "Wait, trailer number or tractor number? Ask me again."),
    ("es-MX", "¿Caja o tracto? Pregúntame otra vez."),
])
async def test_a_road_question_or_ask_me_again_keeps_the_question(daisy: CompiledFlow, locale: str,
                                                                 turn: str) -> None:
    conv, store = await started(daisy, locale, _TO_ETA[locale][:3])
    assert conv.step.name == "registration.tractor_number.ask"
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.tractor_number.ask" and "tractor_number" not in conv.slots
    assert "tractor" in reply
    assert await complaints(conv, store) == 0


async def test_a_plate_letter_restated_with_pues_is_read_back_once(daisy: CompiledFlow) -> None:
    conv, _ = await started(daisy, "es-MX", _TO_ETA["es-MX"][:5])
    reply = said(await conv.user_turn("Se de casa... ce de casa, pues, efe de foco, u de uva, 47 03."))
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert "C de casa, F de foca, U de uva, 4, 7, 0, 3" in reply


async def test_an_arrival_taken_back_then_corrected_at_its_read_back(daisy: CompiledFlow) -> None:
    conv, _ = await started(daisy, "es-MX", _TO_ETA["es-MX"])
    reply = said(await conv.user_turn("Eh, a las doce... no, no, ya mejor ponle una y cuarto."))
    assert "1:15 de la tarde" in reply
    reply = said(await conv.user_turn("No, mejor hora y media, si me dejan pasar en el retén."))
    assert conv.step.name == "registration.eta.confirm" and "10:30 de la mañana" in reply
    await conv.user_turn("Sí")
    assert conv.slots["eta"] == "10:30"


async def test_an_arrival_corrected_with_a_duration_and_a_checkpoint_in_english(daisy: CompiledFlow) -> None:
    conv, _ = await started(daisy, "en-US", _TO_ETA["en-US"])
    await conv.user_turn("At noon... no, no, make it one fifteen.")
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn("No, actually an hour and a half, if they let me through the checkpoint.")
    await conv.user_turn("Yes")
    assert conv.slots["eta"] == "10:30"


async def test_an_email_word_said_over_after_sin_acento_is_read_back_once(daisy: CompiledFlow) -> None:
    conv, _ = await started(daisy, "es-MX", [*_TO_ETA["es-MX"], "a la una y cuarto", "Sí"])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn("Es jesús... sin acento, jesus arreola, junto, aroba gmail punto con"))
    assert "jesusarreola arroba gmail punto com" in reply


@pytest.mark.parametrize(("locale", "turn", "heard"), [
    ("es-MX", "¿Como a las cinco? La autopista está cerrada.", "5 de la tarde"),
    ("es-MX", "Pues si la autopista está abierta, ¿como a las 3?", "3 de la tarde"),
    ("es-MX", "¿A las 6? Es que hay fila en la garita.", "6 de la tarde"),
    ("en-US", "Around 5? The highway is closed.", "5 PM"),
    ("en-US", "How about 5, if the road is clear?", "5 PM"),
])
async def test_an_arrival_asked_back_with_news_of_the_road_is_read_back(daisy: CompiledFlow, locale: str,
                                                                        turn: str, heard: str) -> None:
    # the time is what is asked; the road said after it, or as what the estimate hangs on, is no question of it
    conv, _ = await started(daisy, locale, _TO_ETA[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.confirm"
    assert heard in reply and "Daisy" not in reply


@pytest.mark.parametrize(("locale", "turn", "asked"), [
    ("es-MX", "Ahorita no sé, pregúntame otra vez al rato.", "más o menos"),
    ("es-MX", "No sé todavía, pregúntame de nuevo más tarde.", "más o menos"),
])
async def test_an_arrival_put_off_with_ask_me_again_later_is_asked_roughly(daisy: CompiledFlow, locale: str,
                                                                           turn: str, asked: str) -> None:
    conv, _ = await started(daisy, locale, _TO_ETA[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.step.name == "registration.eta.ask" and asked in reply
