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


@pytest.mark.parametrize("spelled", ["J like John", "P like Paul", "B like boy"])
async def test_a_letter_named_with_like_after_english_answers_switches_the_dictation(
        daisy: CompiledFlow, spelled: str) -> None:
    # "Eighty eight." - "Yes." - "J like John": English numbers and a loan yes settle nothing alone; the English
    # way of naming a letter by a word says it, and the plate goes on in English from that letter
    conv = await started(daisy)
    for turn in ("sí", "Brenda Holloway.", "sí", "Eighty eight.", "Yes."):
        await conv.user_turn(turn)
    assert conv.locale == "es-MX" and conv.slots.get("tractor_number") == "88"
    reply = said(await conv.user_turn(spelled))
    assert conv.locale == "en-US" and f"I have {spelled[0]} so far" in reply


@pytest.mark.parametrize("turns", [["jota como Juan", "ele", "pe de Pedro"], ["Jota de Juan.", "Ele.", "P like..."]])
async def test_a_spanish_dictation_is_not_taken_for_english_by_like_alone(
        daisy: CompiledFlow, turns: list[str]) -> None:
    conv = await started(daisy)
    for turn in ("sí", "Juan Pérez.", "sí", "ochenta y ocho", "sí", *turns):
        await conv.user_turn(turn)
    assert conv.locale == "es-MX"


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
    for ask in ("Do you speak English?", "¿Habla español?", "Do you speak English?", "¿Habla español?"):
        await conv.user_turn(ask)
    assert conv.locale == "es-MX" and len(switches(conv)) == 4
    await conv.user_turn("Do you speak English?")  # a fifth switch is not made: the call stays as it is
    assert conv.locale == "es-MX" and len(switches(conv)) == 4
    for _ in range(10):
        if conv.ended:
            break
        await conv.user_turn("In English please")
    assert len(switches(conv)) == 4


@pytest.mark.parametrize("turns", [
    ["sí", "Yes, I have a couple of minutes", "Sí, claro, aquí estoy con usted", "Yes, that is right, I am here"],
    ["sí", "Yeah that's fine, I am parked", "Bueno, sí, es que no le entiendo", "What is it that you need?"],
])
async def test_speech_alone_switches_twice_at_most(daisy: CompiledFlow, turns: list[str]) -> None:
    conv = await started(daisy)
    for turn in turns:
        await conv.user_turn(turn)
    assert [to for _, to, _ in switches(conv)] == ["en-US", "es-MX"] and conv.locale == "es-MX"


@pytest.mark.parametrize("wrong, ask, locale", [
    (["Yes, I have a couple of minutes", "Sí, claro, aquí estoy con usted"], "Do you speak English?", "en-US"),
    (["Yeah that's fine, I am parked", "Bueno, sí, es que no le entiendo"], "In English please", "en-US"),
    (["Sí, dígame, ¿qué necesita?", "Yes, that is right, I am here"], "¿Habla español?", "es-MX"),
])
async def test_a_switch_taken_back_does_not_cost_the_caller_his_ask(
    daisy: CompiledFlow, wrong: list[str], ask: str, locale: str
) -> None:
    start = "es-MX" if locale == "en-US" else "en-US"
    conv = await started(daisy, start)
    for turn in wrong:
        await conv.user_turn(turn)
    assert conv.locale == start and len(switches(conv)) == 2
    await conv.user_turn(ask)
    assert conv.locale == locale and switches(conv)[-1][2] == "asked"


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


async def to_tractor_number(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = await started(daisy, locale)
    for turn in (("sí", "Juan Pérez López", "sí") if locale == "es-MX" else ("yes", "Kevin Pruitt", "yes")):
        await conv.user_turn(turn)
    assert conv.step.slot == "tractor_number"
    return conv


@pytest.mark.parametrize("turn, number", [("One oh six.", "106"), ("ten twenty nine", "1029"),
                                          ("twenty seven.", "27"), ("four four seven", "447")])
async def test_a_number_said_in_english_on_a_spanish_call_is_understood_and_the_call_stays_spanish(
    daisy: CompiledFlow, turn: str, number: str
) -> None:
    conv = await to_tractor_number(daisy, "es-MX")
    reply = said(await conv.user_turn(turn))
    assert conv.locale == "es-MX" and f"Tractor número {number}" in reply and switches(conv) == []
    await conv.user_turn("sí")
    assert conv.slots["tractor_number"] == number and conv.locale == "es-MX"


@pytest.mark.parametrize("turn, number", [("uno cero seis.", "106"), ("veintisiete.", "27"),
                                          ("cuatro cuatro siete", "447")])
async def test_a_number_said_in_spanish_on_an_english_call_is_understood_and_the_call_stays_english(
    daisy: CompiledFlow, turn: str, number: str
) -> None:
    conv = await to_tractor_number(daisy, "en-US")
    reply = said(await conv.user_turn(turn))
    assert conv.locale == "en-US" and f"Tractor number {number}" in reply and switches(conv) == []
    await conv.user_turn("yes")
    assert conv.slots["tractor_number"] == number


@pytest.mark.parametrize("turn", ["A B C one two three", "a b c, one, two, three."])
async def test_a_plate_dictated_with_english_numbers_on_a_spanish_call_stays_spanish(
    daisy: CompiledFlow, turn: str
) -> None:
    conv = await to_tractor_number(daisy, "es-MX")
    await conv.user_turn("ciento seis")
    await conv.user_turn("sí")
    reply = said(await conv.user_turn(turn))
    assert conv.locale == "es-MX" and "1 2 3" in reply.replace(",", "") and switches(conv) == []


@pytest.mark.parametrize("confirm", ["Yup.", "Yeah, that's right", "That is correct"])
async def test_english_numbers_then_an_english_yes_switch_and_keep_the_number(
    daisy: CompiledFlow, confirm: str
) -> None:
    conv = await to_tractor_number(daisy, "es-MX")
    await conv.user_turn("One oh six.")
    reply = said(await conv.user_turn(confirm))
    assert conv.locale == "en-US" and conv.slots["tractor_number"] == "106" and "plates" in reply


@pytest.mark.parametrize("locale, statement", [
    ("es-MX", "hablo poquito inglés"), ("es-MX", "hablo un poco de inglés, pero sí"),
    ("es-MX", "I speak a little Spanish"),
    ("en-US", "I speak a little Spanish"), ("en-US", "I only speak a little bit of Spanish"),
    ("en-US", "hablo poquito inglés"),
])
async def test_saying_how_much_of_a_language_one_speaks_keeps_the_call_in_its_language(
    daisy: CompiledFlow, locale: str, statement: str
) -> None:
    conv = await started(daisy, locale)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    await conv.user_turn(statement)
    assert conv.locale == locale and switches(conv) == []


@pytest.mark.parametrize("name", ["Juan Diez García", "Maria Dos Santos", "José Dos Santos Pérez"])
async def test_a_spanish_surname_that_is_a_number_word_is_no_number_on_an_english_call(
    daisy: CompiledFlow, name: str
) -> None:
    conv = await started(daisy, "en-US")
    await conv.user_turn("yes")
    reply = said(await conv.user_turn(name))
    # "Diez", "Dos" in a name are no tractor or trailer number said ahead, to be read back later
    assert conv.step.slot == "full_name" and "Tractor number" not in reply
    await conv.user_turn("John Smith")
    reply = said(await conv.user_turn("yes"))
    assert conv.step.name == "registration.tractor_number.ask" and "unit number" in reply, reply


@pytest.mark.parametrize("locale, ask, asked", [
    ("en-US", "Do you speak a little Spanish?", "es-MX"), ("en-US", "Can you speak some Spanish?", "es-MX"),
    ("en-US", "¿Hablas algo de español?", "es-MX"), ("es-MX", "Do you speak some English?", "en-US"),
    ("es-MX", "¿Usted habla poquito inglés?", "en-US"),
])
async def test_asking_whether_the_agent_speaks_a_little_of_a_language_goes_on_in_it(
    daisy: CompiledFlow, locale: str, ask: str, asked: str
) -> None:
    conv = await started(daisy, locale)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    step = conv.step.name
    await conv.user_turn(ask)
    assert conv.locale == asked and conv.step.name == step and conv.attempts() == 0


@pytest.mark.parametrize("turns", [
    ["sí", "sí", "sí"], ["Sí.", "ok", "sí", "no", "Sí, sí."], ["Sí", "No", "Sí"],
])
async def test_short_spanish_answers_in_a_row_keep_an_english_call_in_english(
    daisy: CompiledFlow, turns: list[str]
) -> None:
    conv = await started(daisy, "en-US")
    await conv.user_turn("yes")
    await conv.user_turn("Kevin Pruitt")
    for turn in turns:
        await conv.user_turn(turn)
        if conv.ended:
            break
    assert conv.locale == "en-US" and switches(conv) == []


@pytest.mark.parametrize("turns", [["Yeah.", "Yeah", "yeah"], ["yup", "ok", "yup", "yup"]])
async def test_one_english_word_said_again_keeps_a_spanish_call_in_spanish(
    daisy: CompiledFlow, turns: list[str]
) -> None:
    conv = await started(daisy)
    await conv.user_turn("sí")
    await conv.user_turn("Juan Pérez López")
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.locale == "es-MX" and switches(conv) == []


@pytest.mark.parametrize("locale, turn, name, question", [
    ("es-MX", "Do you speak English? My name is John Smith", "John Smith", "I have John Smith"),
    ("es-MX", "do you speak English my name is Kyle Brennan", "Kyle Brennan", "I have Kyle Brennan"),
    ("es-MX", "English please. I'm Darnell Price.", "Darnell Price", "I have Darnell Price"),
    ("en-US", "¿Habla español? Me llamo Juan Pérez López.", "Juan Pérez López", "Anoto Juan Pérez López"),
    ("en-US", "Can we do this in Spanish? Mi nombre es Rogelio Mancera", "Rogelio Mancera", "Anoto Rogelio Mancera"),
])
async def test_what_is_said_after_an_ask_for_a_language_is_heard_in_it(
    daisy: CompiledFlow, locale: str, turn: str, name: str, question: str
) -> None:
    conv = await started(daisy, locale)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    reply = said(await conv.user_turn(turn))
    assert conv.locale != locale and question in reply
    await conv.user_turn("yes" if locale == "es-MX" else "sí")
    assert conv.slots["full_name"] == name and switches(conv)[0][2] == "asked"


async def to_tractor_plate(daisy: CompiledFlow) -> Conversation:
    conv = await to_tractor_number(daisy, "es-MX")
    for turn in ("cuatro cinco dos", "sí"):
        await conv.user_turn(turn)
    assert conv.step.slot == "tractor_plate"
    return conv


@pytest.mark.parametrize("turn", ["En inglés. Uno dos tres.", "En inglés. Uno, dos, tres.", "Inglés. Uno dos tres."])
async def test_a_plate_said_on_in_spanish_after_naming_english_keeps_its_pieces_and_the_call_its_language(
    daisy: CompiledFlow, turn: str
) -> None:
    conv = await to_tractor_plate(daisy)
    await conv.user_turn("A B C")
    reply = said(await conv.user_turn(turn))
    assert conv.locale == "es-MX" and "A B C 1 2 3" in reply, reply


@pytest.mark.parametrize("ask", ["Do you speak English? Uno dos tres.", "¿Habla inglés? Uno, dos, tres.",
                                 "In English please. Uno dos tres."])
async def test_numbers_said_the_old_way_after_an_ask_are_heard_in_the_new_language(
    daisy: CompiledFlow, ask: str
) -> None:
    conv = await to_tractor_plate(daisy)
    await conv.user_turn("A B C")
    reply = said(await conv.user_turn(ask))
    assert conv.locale == "en-US" and "A B C 1 2 3" in reply, reply


@pytest.mark.parametrize("locale, goodbye, said_in", [
    ("es-MX", "okay thank you have a good one", "Que tenga buen día"),
    ("es-MX", "Ok thanks, take care", "Que tenga buen día"),
    ("es-MX", "Thank you, have a nice day, bye bye", "Que tenga buen día"),
    ("en-US", "ok gracias, adiós", "Have a good day"),
    ("en-US", "muchas gracias, hasta luego", "Have a good day"),
])
async def test_a_goodbye_in_the_other_language_ends_the_call_in_its_own(
    daisy: CompiledFlow, locale: str, goodbye: str, said_in: str
) -> None:
    conv = await to_tractor_number(daisy, locale)
    reply = said(await conv.user_turn(goodbye))
    assert conv.ended and conv.locale == locale and said_in in reply and switches(conv) == []


@pytest.mark.parametrize("locale, turn, question", [
    ("es-MX", "Do you speak English? I don't understand anything", "Could I have your full name, please?"),
    ("es-MX", "English please. I'm not sure what you said.", "Could I have your full name, please?"),
    ("en-US", "¿Habla español? Es que mi inglés es muy malo.", "¿Me dice su nombre completo, por favor?"),
    ("en-US", "¿Habla español? Me llamo Juan Pérez.", "¿Cuál es el número económico de su tractor?"),
])
async def test_an_ask_whose_rest_answers_nothing_asks_the_question_again_without_an_attempt(
    daisy: CompiledFlow, locale: str, turn: str, question: str
) -> None:
    conv = await started(daisy, locale)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    if "tractor" in question:
        await conv.user_turn("Kevin Pruitt")
        await conv.user_turn("yes")
    reply = said(await conv.user_turn(turn))
    assert conv.locale != locale and reply == question and conv.attempts() == 0


@pytest.mark.parametrize("turn", ["Sure, like, dígame.", "Right, like, ándale pues.", "Like, yeah, la unidad."])
async def test_like_said_as_a_filler_in_spanglish_keeps_the_call_in_spanish(daisy: CompiledFlow, turn: str) -> None:
    # a Spanish driver's "sure, like, dígame": "like" names no letter there - a filler of Spanglish callers, no English
    conv = await started(daisy)
    for answer in ("sí", "Juan Pérez.", "sí"):
        await conv.user_turn(answer)
    await conv.user_turn(turn)
    assert conv.locale == "es-MX"
