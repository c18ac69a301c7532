"""The call follows the caller's language among the flow's `locales`: a driver who answers a Spanish call in
English is heard and answered in English from that turn on (and the other way round); an explicit ask ("do
you speak English?", "¿habla español?") asks the question again in that language; `switch_locale: false`
keeps a call in the language it started in; a call cannot switch back and forth without end."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation, SetLocale
from daisy_engine.runtime.actions import Instruct
from daisy_engine.store import MemoryStore
from daisy_engine.transports.console import notices

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"


def daisy_with(tmp_path: Path, key: str) -> CompiledFlow:
    """Daisy with one more top-level key (`switch_locale: false`)."""
    text = DAISY.read_text(encoding="utf-8").replace("version: 1\n", f"version: 1\n{key}\n", 1)
    text = text.replace("version: 1\n", f"version: 1\nprompts: {ROOT / 'prompts' / 'daisy'}\n", 1)
    (tmp_path / "daisy.yaml").write_text(text, encoding="utf-8")
    return compile_flow(load_flow(tmp_path / "daisy.yaml"))


async def started(daisy: CompiledFlow, locale: str = "es-MX", store: MemoryStore | None = None) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=store or MemoryStore(), clock=at_noon)
    await conv.start()
    return conv


def switches(conv: Conversation) -> list[tuple[str, str, str]]:
    return [(e["from"], e["to"], e["reason"]) for e in conv.log.events if e["kind"] == "locale"]


@pytest.mark.parametrize("answer, next_question", [
    ("Yes, I have a couple of minutes.", "full name"),
    ("Sure, go ahead, what do you need?", "full name"),
    ("Yeah that's fine, I am parked right now", "full name"),
])
async def test_an_english_answer_on_a_spanish_call_is_heard_in_english(
    daisy: CompiledFlow, answer: str, next_question: str
) -> None:
    store = MemoryStore()
    conv = await started(daisy, store=store)
    actions = await conv.user_turn(answer)
    assert conv.locale == "en-US" and next_question in said(actions)
    # the transport is told first, then the model gets the English instructions
    kinds = [type(a) for a in actions]
    assert kinds.index(SetLocale) < kinds.index(Instruct)
    assert "American English" in next(a.text for a in actions if isinstance(a, Instruct))
    assert switches(conv) == [("es-MX", "en-US", "spoken")]
    record = await store.get(conv.record_id)
    assert record.locale == "en-US"


async def test_the_answer_that_reveals_the_language_fills_the_question_it_answers(daisy: CompiledFlow) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí, dígame")
    await conv.user_turn("Kevin Raymond Pruitt")  # a name is no language: still Spanish
    assert conv.locale == "es-MX"
    reply = said(await conv.user_turn("Yes, that is right."))
    assert conv.slots["full_name"] == "Kevin Raymond Pruitt"
    assert "tractor" in reply.lower() and conv.locale == "en-US"
    assert "106" in said(await conv.user_turn("One oh six."))


async def test_short_english_answers_in_a_row_switch_together(daisy: CompiledFlow) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí")
    await conv.user_turn("Marcus Delgado.")
    await conv.user_turn("sí")
    assert conv.locale == "es-MX"
    await conv.user_turn("It's")
    assert conv.locale == "es-MX"
    reply = said(await conv.user_turn("twenty seven."))
    assert conv.locale == "en-US" and "Tractor number 27" in reply


@pytest.mark.parametrize("ask", ["Do you speak English?", "In English please", "English, please",
                                 "¿Habla inglés?", "Sorry, English.", "English?", "Hello, English?",
                                 "Perdón, ¿inglés?"])
async def test_an_ask_for_english_asks_the_question_again_in_english_without_an_attempt(
    daisy: CompiledFlow, ask: str
) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí")
    step = conv.step.name
    reply = said(await conv.user_turn(ask))
    assert conv.locale == "en-US" and conv.step.name == step
    assert "full name" in reply and conv.attempts() == 0
    assert switches(conv) == [("es-MX", "en-US", "asked")]


@pytest.mark.parametrize("turn", ["Sorry, what was that? I didn't get that", "What did you say? Can you repeat that?"])
async def test_an_english_what_on_a_spanish_call_asks_the_question_in_english(daisy: CompiledFlow, turn: str) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí")
    reply = said(await conv.user_turn(turn))
    assert conv.locale == "en-US" and reply.endswith("Could I have your full name, please?")
    assert "nombre" not in reply


@pytest.mark.parametrize("ask", ["¿Habla español?", "en español por favor", "Can we do this in Spanish?",
                                 "Sorry, Spanish.", "¿Español?", "Perdón, español."])
async def test_an_ask_for_spanish_on_an_english_call_goes_on_in_spanish(daisy: CompiledFlow, ask: str) -> None:
    conv = await started(daisy, "en-US")
    await conv.user_turn("yes")
    reply = said(await conv.user_turn(ask))
    assert conv.locale == "es-MX" and "nombre completo" in reply


async def test_a_spanish_answer_on_an_english_call_is_heard_in_spanish(daisy: CompiledFlow) -> None:
    conv = await started(daisy, "en-US")
    reply = said(await conv.user_turn("Sí, dígame, ¿qué necesita?"))
    assert conv.locale == "es-MX" and "nombre completo" in reply


async def test_a_value_being_dictated_keeps_its_pieces_when_the_language_changes(daisy: CompiledFlow) -> None:
    conv = await started(daisy)
    for turn in ("sí", "Juan Pérez López", "sí", "cuatro cinco dos", "sí"):
        await conv.user_turn(turn)
    assert conv.step.slot == "tractor_plate"
    await conv.user_turn("pe de Puebla")
    reply = said(await conv.user_turn("and then Z as in zebra and M as in Mary"))
    assert conv.locale == "en-US"
    assert "P Z M" in reply or "P, Z, M" in reply, reply


@pytest.mark.parametrize("turns", [
    ["ok", "Sorry", "bye", "Yes", "Hello?", "Correct."],
    ["Bantering", "Baby papá", "Okay, bye"],
    ["sí, ok", "Freightliner Cascadia del 2019", "gmail punto com"],
])
async def test_loan_words_and_garbage_keep_a_spanish_call_in_spanish(daisy: CompiledFlow, turns: list[str]) -> None:
    conv = await started(daisy)
    for turn in turns:
        await conv.user_turn(turn)
        if conv.ended:
            break
    assert conv.locale == "es-MX" and switches(conv) == []


async def test_switching_back_and_forth_is_bounded(daisy: CompiledFlow) -> None:
    conv = await started(daisy)
    await conv.user_turn("Do you speak English?")
    await conv.user_turn("¿Habla español?")
    assert conv.locale == "es-MX"
    await conv.user_turn("Do you speak English?")  # a third switch is not made: the call stays as it is
    assert conv.locale == "es-MX" and len(switches(conv)) == 2
    for _ in range(10):
        if conv.ended:
            break
        await conv.user_turn("In English please")
    assert len(switches(conv)) == 2


async def test_switch_locale_false_keeps_the_call_in_its_language(tmp_path: Path) -> None:
    one_language = daisy_with(tmp_path, "switch_locale: false")
    assert one_language.flow.switch_locale is False
    conv = await started(one_language)
    actions = await conv.user_turn("Yes, I have a couple of minutes.")
    assert conv.locale == "es-MX" and not any(isinstance(a, SetLocale) for a in actions)
    await conv.user_turn("Do you speak English?")
    assert conv.locale == "es-MX" and switches(conv) == []


@pytest.mark.parametrize("first_words, greeting, locale", [
    ("Yeah, this is Kevin, who is this?", "Daisy", "en-US"),
    ("¿Bueno?", "Le habla Daisy", "es-MX"),
    ("Hello?", "Le habla Daisy", "es-MX"),
])
async def test_an_outbound_call_greets_in_the_language_the_callee_answers_in(
    daisy: CompiledFlow, first_words: str, greeting: str, locale: str
) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon,
                        context={"direction": "outbound"})
    reply = said(await conv.answered(first_words))
    assert conv.locale == locale and greeting in reply
    if locale == "en-US":
        assert "Hola" not in reply


def test_a_flow_of_one_locale_never_switches(desk: CompiledFlow, daisy: CompiledFlow) -> None:
    assert desk.flow.locales == ("es-MX",) and desk.flow.switch_locale is False
    assert daisy.flow.switch_locale is True


def test_the_console_says_the_call_goes_on_in_another_language() -> None:
    assert notices([SetLocale("en-US")]) == ["[the call goes on in en-US]"]


@pytest.mark.parametrize("name", ["Juan de la Cruz", "María de los Santos", "José de la Garza"])
async def test_an_english_driver_with_a_spanish_name_is_still_answered_in_english(
    daisy: CompiledFlow, name: str
) -> None:
    conv = await started(daisy, locale="en-US")
    await conv.user_turn("yes, go ahead")
    reply = said(await conv.user_turn(name))
    assert conv.locale == "en-US" and f"I have {name}" in reply
    reply = said(await conv.user_turn(f"yes, {name}"))
    assert conv.locale == "en-US" and "tractor" in reply.lower() and switches(conv) == []


@pytest.mark.parametrize("answer", ["Sí, es en inglés", "sí, se escribe en inglés", "Sí, mi nombre en inglés"])
async def test_saying_the_name_is_english_confirms_it_and_keeps_spanish(daisy: CompiledFlow, answer: str) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí, dígame")
    await conv.user_turn("Kevin Pruitt")
    reply = said(await conv.user_turn(answer))
    assert conv.locale == "es-MX" and conv.slots["full_name"] == "Kevin Pruitt"
    assert "tractor" in reply and switches(conv) == []


TO_EMAIL = {
    "es-MX": ["sí, dígame", "Juan Pérez López", "sí", "ciento seis", "sí", "A B C uno dos tres cuatro", "sí",
              "dos mil cuarenta y cinco", "sí", "X Y Z nueve ocho siete seis", "sí", "a las tres de la tarde", "sí"],
    "en-US": ["yes, go ahead", "John Smith", "yes", "one oh six", "yes", "A B C one two three four", "yes",
              "two zero four five", "yes", "X Y Z nine eight seven six", "yes", "at three pm", "yes"],
}


@pytest.mark.parametrize("locale, first_part, switch, heard, not_heard", [
    ("es-MX", "juan punto perez", "in English please", "juan dot perez", "punto"),
    ("es-MX", "juan guion bajo perez", "Can you say that in English?", "juan underscore perez", "guion"),
    ("en-US", "john dot smith", "¿Habla español?", "john punto smith", " dot "),
    ("en-US", "john dot smith", "en español por favor", "john punto smith", " dot "),
])
async def test_an_e_mail_half_dictated_is_read_back_in_the_language_the_call_switched_to(
    daisy: CompiledFlow, locale: str, first_part: str, switch: str, heard: str, not_heard: str
) -> None:
    conv = await started(daisy, locale=locale)
    for turn in TO_EMAIL[locale]:
        await conv.user_turn(turn)
    await conv.user_turn(first_part)
    reply = said(await conv.user_turn(switch))
    assert conv.locale != locale and heard in reply and not_heard not in reply


@pytest.mark.parametrize("thanks", [
    ["ok, thank you", "thank you, thank you"], ["thank you", "ok thank you, thank you"],
])
async def test_a_spanish_driver_who_says_thank_you_at_the_read_backs_stays_in_spanish(
    daisy: CompiledFlow, thanks: list[str]
) -> None:
    conv = await started(daisy)
    for turn in ["sí, dígame", "Juan Pérez López", "sí", "106", thanks[0], "ABC 1234", thanks[1]]:
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("sí"))
    assert conv.locale == "es-MX" and ("placas" in reply or "caja" in reply)
    assert switches(conv) == []
