"""What the caller adds of the arrival as the e-mail is asked ("Si no hay mucho tráfico.", "Si no me agarra el
tráfico en la autopista.", "If the highway is clear.") is a sentence of everyday words, no piece of the address:
nothing of it is held ("Llevo haymuchotrafico"), and the address is what the caller spells next. Scripted callers
drive Daisy."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a la una y veinte de la tarde", "sí"],
    "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 123", "yes", "1000", "yes", "x y z 987", "yes",
              "at 1:20 pm", "yes"],
}


@pytest.mark.parametrize(("locale", "remark", "dictation", "address"), [
    ("es-MX", "Si no hay mucho tráfico.", ["R de ratón", "anaya", "cincuenta y ocho", "aroba gmail punto con"],
     "ranaya58@gmail.com"),
    ("es-MX", "Si no me agarra el tráfico en la autopista.", ["ana punto lopez", "arroba hotmail punto com"],
     "ana.lopez@hotmail.com"),
    ("es-MX", "Depende del clima, eh.", ["ana lopez arroba gmail punto com"], "analopez@gmail.com"),
    ("en-US", "If the highway is clear.", ["ann dot lopez", "at gmail dot com"], "ann.lopez@gmail.com"),
    ("en-US", "Depends on the weather.", ["ann lopez at yahoo dot com"], "annlopez@yahoo.com"),
])
async def test_an_arrival_remark_at_the_email_question_is_no_piece_of_it(
        daisy: CompiledFlow, locale: str, remark: str, dictation: list[str], address: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    assert conv.step.slot == "email"
    reply = said(await conv.user_turn(remark))
    assert conv.step.slot == "email" and "Llevo" not in reply and "I have" not in reply
    for turn in dictation:
        await conv.user_turn(turn)
    assert conv.pending == address


@pytest.mark.parametrize(("locale", "piece", "rest", "address"), [
    # a company's dispatch desk, a surname: a word of the road or the weather said alone is the address's start
    ("es-MX", "Tráfico.", "arroba transportes flores punto com", "trafico@transportesflores.com"),
    ("es-MX", "Tránsito", "arroba gmail punto com", "transito@gmail.com"),
    ("es-MX", "Clima", "punto norte arroba gmail punto com", "clima.norte@gmail.com"),
    ("es-MX", "Mire, es todo junto, tráfico logística", "arroba gmail punto com", "traficologistica@gmail.com"),
    ("en-US", "Traffic.", "at swift logistics dot com", "traffic@swiftlogistics.com"),
    ("en-US", "Rain.", "at gmail dot com", "rain@gmail.com"),
    ("en-US", "Highway.", "at yahoo dot com", "highway@yahoo.com"),
])
async def test_trap_a_road_word_said_alone_at_the_email_question_is_the_address(
        daisy: CompiledFlow, locale: str, piece: str, rest: str, address: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    await conv.user_turn(piece)
    await conv.user_turn(rest)
    assert conv.pending == address


@pytest.mark.parametrize(("locale", "piece", "rest", "address"), [
    # the words that bring the piece in ("sí, mire, es") make no sentence about the arrival of it
    ("es-MX", "Sí, mire, es Luna.", "arroba gmail punto com", "luna@gmail.com"),
    ("es-MX", "Sí, sí, es Flores.", "arroba hotmail punto com", "flores@hotmail.com"),
    ("es-MX", "Sí, con gusto, es Tráfico.", "arroba fletes campos punto com", "trafico@fletescampos.com"),
    ("en-US", "Yeah sure, it's Smith.", "at gmail dot com", "smith@gmail.com"),
    ("en-US", "Sure thing, it's Bennett.", "at yahoo dot com", "bennett@yahoo.com"),
    ("en-US", "Yes ma'am, it's Walker.", "at gmail dot com", "walker@gmail.com"),
    ("es-MX", "Sí, señorita, es Campos.", "arroba gmail punto com", "campos@gmail.com"),
])
async def test_trap_a_piece_after_a_lead_in_at_the_email_question_is_the_address(
        daisy: CompiledFlow, locale: str, piece: str, rest: str, address: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    await conv.user_turn(piece)
    await conv.user_turn(rest)
    assert conv.pending == address


@pytest.mark.parametrize(("locale", "remark"), [
    # a sentence of its own after the lead-in, no road word in it, is talk all the same
    ("es-MX", "Luego te lo mando."),
    ("es-MX", "Ni celular inteligente tengo."),
])
async def test_trap_a_sentence_of_everyday_words_at_the_email_question_holds_nothing(
        daisy: CompiledFlow, locale: str, remark: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(remark))
    assert "Llevo" not in reply and "I have" not in reply
