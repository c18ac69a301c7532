"""Flows written from the docs by designers of other fields (a clinic reminder, an insurance claim intake) run as
they read: a yes said to one question never answers the question after it, words the flow lists for a choice are
that choice even where they would be an intent elsewhere, and a story told at a free-text question is no request
for a person. The flows are written as a user writes them: YAML and templates in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import call, said, written_flow

from daisy_engine.compiler import CompiledFlow

CLAIM = """\
version: 1
name: claim
locales: [en-US, es-MX]
defaults:
  policy: {max_attempts: 3, on_exhausted: followup}
  silence: {timeout: 8, reprompts: [still_there], then: followup}
slots:
  email: {type: email}
  full_name: {type: name}
  anyone_injured: {type: yes_no}
  plan:
    type: choice
    choices: {basic: [basic, básico, sí, yes], premium: [premium]}
  description: {type: text, required: false}
intents:
  repeat: {then: return}
  human: {to: followup}
  reschedule: {to: followup}
states:
  greeting:
    say: greeting
    on:
      - {on: yes, to: identify}
      - {on: no, to: followup}
  identify:
    collect: [full_name, email]
    on:
      - {on: done, to: injuries}
  injuries:
    say: ask_injured
    capture: anyone_injured
    on:
      - {on: filled, when: "anyone_injured == 'yes'", to: followup}
      - {on: filled, to: which_plan}
  which_plan:
    say: ask_plan
    on:
      - {on: yes, to: plan_question}
      - {on: no, to: plan_question}
  plan_question:
    say: ask_plan_name
    capture: plan
    on:
      - {on: filled, to: details}
  details:
    collect:
      - {slot: description, confirm: false, on_exhausted: skip}
    on:
      - {on: done, to: goodbye}
  goodbye:
    say: goodbye
    on_enter: [{save: complete}, {end_call: complete}]
    final: true
  followup:
    say: followup
    on_enter: [{save: partial}, {end_call: partial}]
    final: true
"""

CLAIM_PROMPTS = {
    "en-US": {"greeting": "Is now a good time?", "ask_full_name": "Your name?", "confirm_full_name": "{{ readback }}?",
              "ask_email": "Your e-mail?", "confirm_email": "{{ readback }}, correct?",
              "ask_injured": "Was anyone injured?", "ask_plan": "Do you know your plan?",
              "ask_plan_name": "Which plan is it?", "ask_description": "What happened?",
              "goodbye": "Claim open.", "followup": "An agent will follow up.", "still_there": "Are you still there?"},
    "es-MX": {"greeting": "¿Tiene un momento?", "ask_full_name": "¿Su nombre?", "confirm_full_name": "¿{{ readback }}?",
              "ask_email": "¿Su correo?", "confirm_email": "{{ readback }}, ¿correcto?",
              "ask_injured": "¿Hubo heridos?", "ask_plan": "¿Sabe su plan?",
              "ask_plan_name": "¿Qué plan es?", "ask_description": "¿Qué pasó?",
              "goodbye": "Reclamo abierto.", "followup": "Un agente le llamará.", "still_there": "¿Sigue ahí?"},
}

TO_EMAIL_READBACK = {
    "en-US": ["yes", "Mary Johnson", "yes", "mary dot johnson at gmail dot com"],
    "es-MX": ["sí", "María Juárez", "sí", "maria punto juarez arroba gmail punto com"],
}


@pytest.fixture
def claim(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "claim", CLAIM, CLAIM_PROMPTS)


@pytest.mark.parametrize(("locale", "yes", "question"), [
    ("en-US", "yes", "Was anyone injured?"), ("en-US", "yeah that's right", "Was anyone injured?"),
    ("en-US", "correct", "Was anyone injured?"), ("es-MX", "sí", "¿Hubo heridos?"),
    ("es-MX", "sí, correcto", "¿Hubo heridos?"), ("es-MX", "así es", "¿Hubo heridos?"),
])
async def test_a_yes_to_a_read_back_does_not_answer_the_yes_no_question_after_it(
        claim: CompiledFlow, locale: str, yes: str, question: str) -> None:
    conv = await call(claim, locale, TO_EMAIL_READBACK[locale])
    reply = said(await conv.user_turn(yes))
    assert conv.slots["email"].endswith("@gmail.com")
    assert question in reply and "anyone_injured" not in conv.slots
    assert conv.step.name == "injuries"


@pytest.mark.parametrize(("locale", "yes"), [("en-US", "yes"), ("en-US", "yep"), ("es-MX", "sí"), ("es-MX", "ajá")])
async def test_a_yes_does_not_pick_a_choice_listing_yes_at_the_question_after_it(
        claim: CompiledFlow, locale: str, yes: str) -> None:
    no = "no" if locale == "en-US" else "no"
    conv = await call(claim, locale, [*TO_EMAIL_READBACK[locale], "yes" if locale == "en-US" else "sí", no])
    assert conv.step.name == "which_plan"
    reply = said(await conv.user_turn(yes))
    assert conv.step.name == "plan_question" and "plan" not in conv.slots
    assert ("Which plan is it?" if locale == "en-US" else "¿Qué plan es?") in reply


@pytest.mark.parametrize("story", [
    "someone rear-ended me at a light",
    "Someone rear ended me at the light.",
    "someone read my plate wrong and hit me",
])
async def test_a_story_at_a_free_text_question_is_no_request_for_a_person(claim: CompiledFlow, story: str) -> None:
    conv = await call(claim, "en-US", [*TO_EMAIL_READBACK["en-US"], "yes", "no", "no", "premium"])
    assert conv.step.name == "details.description.ask"
    reply = said(await conv.user_turn(story))
    assert "Claim open." in reply and conv.outcome == "complete"


async def test_asking_for_a_real_person_still_reaches_one(claim: CompiledFlow) -> None:
    conv = await call(claim, "en-US", [*TO_EMAIL_READBACK["en-US"], "yes", "no", "no", "premium"])
    reply = said(await conv.user_turn("I want to talk to someone real"))
    assert "An agent will follow up." in reply


@pytest.mark.parametrize(("locale", "what", "question"), [
    ("en-US", "what?", "Was anyone injured?"), ("en-US", "Sorry, say that again?", "Was anyone injured?"),
    ("es-MX", "¿mande?", "¿Hubo heridos?"), ("es-MX", "¿cómo?", "¿Hubo heridos?"),
])
async def test_what_after_are_you_still_there_asks_the_question_again(
        claim: CompiledFlow, locale: str, what: str, question: str) -> None:
    """"Are you still there?" asks nothing of the step: a caller who did not catch it wants the question."""
    conv = await call(claim, locale, [*TO_EMAIL_READBACK[locale], "yes" if locale == "en-US" else "sí"])
    still = said(await conv.silence())
    assert question not in still and conv.step.name == "injuries"
    reply = said(await conv.user_turn(what))
    assert question in reply and still not in reply


async def test_what_after_a_question_still_says_the_last_line_again(claim: CompiledFlow) -> None:
    conv = await call(claim, "en-US", TO_EMAIL_READBACK["en-US"])
    line = said(await conv.user_turn("yes"))
    assert said(await conv.user_turn("what?")) == line


CLINIC = """\
version: 1
name: clinic
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 3, on_exhausted: desk}
slots:
  decision:
    type: choice
    choices:
      keep: [confirmo, keep it]
      move: [otro día, cambiarla, another day, move it]
      cancel: [cancelarla, cancel it]
intents:
  repeat: {then: return}
  reschedule: {to: callback}
states:
  ask_decision:
    say: ask_decision
    capture: decision
    on:
      - {on: filled, when: "decision == 'move'", to: moved}
      - {on: filled, to: desk}
  moved:
    say: moved
    on_enter: [{save: complete}, {end_call: complete}]
    final: true
  desk:
    say: desk
    on_enter: [{save: partial}, {end_call: partial}]
    final: true
  callback:
    say: callback
    on_enter: [{save: rescheduled}, {reschedule: 60}, {end_call: rescheduled}]
    final: true
"""
CLINIC_PROMPTS = {
    "es-MX": {"ask_decision": "¿La confirma, la cambia o la cancela?", "moved": "¿Qué día le acomoda?",
              "desk": "Le llama recepción.", "callback": "Le llamo luego."},
    "en-US": {"ask_decision": "Keep, move or cancel?", "moved": "Which day suits you?",
              "desk": "The desk will call.", "callback": "I'll call later."},
}


@pytest.fixture
def clinic(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "clinic", CLINIC, CLINIC_PROMPTS)


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "otro día"), ("es-MX", "Otro día."), ("es-MX", "eh, otro día"), ("en-US", "another day"),
    ("en-US", "Another day."),
])
async def test_words_the_flow_lists_for_a_choice_are_that_choice_not_a_callback(
        clinic: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(clinic, locale, [])
    reply = said(await conv.user_turn(turn))
    assert conv.slots["decision"] == "move"
    assert ("¿Qué día le acomoda?" if locale == "es-MX" else "Which day suits you?") in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "ahorita no puedo, llámame mañana"), ("en-US", "I can't talk now, call me back tomorrow"),
])
async def test_a_callback_asked_in_so_many_words_at_a_choice_still_reschedules(
        clinic: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(clinic, locale, [])
    await conv.user_turn(turn)
    assert conv.outcome == "rescheduled"


SURVEY = """\
version: 1
name: survey
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 2, on_exhausted: thanks}
slots:
  visit_reason:
    type: choice
    choices:
      buy: [comprar, to buy, shopping]
      return_item: [devolver algo, una devolución, to return something, a return]
      pickup: [recoger un pedido, to pick up an order, pick up]
  visit_day:
    type: choice
    choices: {monday: [lunes, monday], thursday: [jueves, thursday]}
intents:
  repeat: {then: return}
states:
  questions:
    collect: [visit_reason, visit_day]
    on:
      - {on: done, to: thanks}
  thanks:
    say: thanks
    on_enter: [{end_call: complete}]
    final: true
"""
SURVEY_PROMPTS = {
    "es-MX": {"ask_visit_reason": "¿A qué vino?", "confirm_visit_reason": "Vino: {{ readback }}. ¿Verdad?",
              "ask_visit_day": "¿Qué día vino?", "confirm_visit_day": "El {{ readback }}, ¿correcto?",
              "thanks": "Gracias."},
    "en-US": {"ask_visit_reason": "What brought you in?", "confirm_visit_reason": "You came: {{ readback }}. Right?",
              "ask_visit_day": "Which day?", "confirm_visit_day": "On {{ readback }}, correct?",
              "thanks": "Thanks."},
}


@pytest.fixture
def survey(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "survey", SURVEY, SURVEY_PROMPTS)


@pytest.mark.parametrize(("locale", "turn", "words", "key"), [
    ("es-MX", "vine a recoger un pedido", "recoger un pedido", "pickup"),
    ("es-MX", "fue una devolución", "una devolución", "return_item"),
    ("es-MX", "a comprar", "comprar", "buy"),
    ("en-US", "I came to pick up an order", "to pick up an order", "pickup"),
    ("en-US", "just a return", "a return", "return_item"),
    ("en-US", "shopping", "shopping", "buy"),
])
async def test_a_choice_is_read_back_in_the_words_the_caller_said_not_as_its_key(
        survey: CompiledFlow, locale: str, turn: str, words: str, key: str) -> None:
    conv = await call(survey, locale, [])
    reply = said(await conv.user_turn(turn))
    assert words in reply and key not in reply.replace(words, "")


@pytest.mark.parametrize(("locale", "turn", "words", "other"), [
    ("es-MX", "Thursday.", "jueves", "thursday"), ("en-US", "jueves", "thursday", "jueves"),
    ("es-MX", "el thursday", "jueves", "thursday"),
])
async def test_a_choice_said_in_the_other_language_is_read_back_in_the_calls_language(
        survey: CompiledFlow, locale: str, turn: str, words: str, other: str) -> None:
    """"Thursday" on a Spanish call is read back "jueves": the agent speaks the call's language."""
    first = ["comprar", "sí"] if locale == "es-MX" else ["shopping", "yes"]
    conv = await call(survey, locale, first)
    reply = said(await conv.user_turn(turn))
    assert words in reply.lower() and other not in reply.lower()


LOADS = """\
version: 1
name: loads
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 2, on_exhausted: thanks}
slots:
  equipment:
    type: choice
    choices:
      dry_van: [caja seca, seca, dry van]
      reefer: [refrigerada, refri, reefer]
      flatbed: [plataforma, flatbed]
      van: [camioneta, van, sprinter]
states:
  questions:
    collect: [equipment]
    on:
      - {on: done, to: thanks}
  thanks:
    say: thanks
    on_enter: [{end_call: complete}]
    final: true
"""
LOADS_PROMPTS = {
    "es-MX": {"ask_equipment": "¿Qué equipo trae?", "confirm_equipment": "Trae {{ readback }}, ¿verdad?",
              "thanks": "Gracias."},
    "en-US": {"ask_equipment": "What equipment are you running?",
              "confirm_equipment": "You're running {{ readback }}, right?", "thanks": "Thanks."},
}


@pytest.mark.parametrize(("locale", "turn", "words", "never"), [
    ("en-US", "a dry van", "dry van", "seca"), ("en-US", "Dry van.", "dry van", "seca"),
    ("en-US", "I'm pulling a dry van today", "dry van", "seca"),
    ("en-US", "just a van", "van", "camioneta"), ("en-US", "the sprinter van", "sprinter", "camioneta"),
    ("es-MX", "traigo caja seca", "caja seca", "dry van"), ("es-MX", "una camioneta", "camioneta", "sprinter"),
])
async def test_a_choice_the_caller_names_in_the_calls_language_is_read_back_in_those_words(
        tmp_path: Path, locale: str, turn: str, words: str, never: str) -> None:
    """An English caller who says "dry van" hears "dry van" back, never "seca": a word that only looks like
    the other language ("van") is no reason to swap the caller's words for ones they never said."""
    conv = await call(written_flow(tmp_path, "loads", LOADS, LOADS_PROMPTS), locale, [])
    reply = said(await conv.user_turn(turn)).lower()
    assert words in reply and never not in reply


def test_a_choice_read_back_with_no_words_said_takes_the_first_listed_in_the_calls_language() -> None:
    from daisy_engine.understanding.choices import choice_words

    options = {"choices": {"move": ["cambiarla", "otro día", "move it", "another day"], "cancel": ["cancel it"]}}
    assert choice_words("move", "es-MX", options) == "otro día"
    assert choice_words("move", "en-US", options) == "move it"
    assert choice_words("cancel", "es-MX", options) == "cancel it"  # nothing listed in Spanish: what there is
    assert choice_words("email", "es-MX", {"choices": ["email", "whatsapp"]}) == "email"
    assert choice_words("return_item", "en-US", {"choices": ["return_item"]}) == "return item"


@pytest.mark.parametrize(("said", "words"), [
    ("tres hawaianas", "hawaiana"), ("una con piña", "piña"), ("la de peperonni", "pepperoni"),
    ("Hawaiana.", "hawaiana"),
])
def test_a_choice_heard_in_near_words_is_read_back_in_the_listed_words_the_caller_said(said: str, words: str) -> None:
    from daisy_engine.understanding.choices import choice_words, extract_choice

    options = {"choices": {"pepperoni": ["pepperoni"], "hawaiian": ["hawaiana", "piña", "hawaiian", "pineapple"]}}
    key = extract_choice(said, "es-MX", options)
    assert key is not None and choice_words(key, "es-MX", options, said) == words


APPOINTMENT = """\
version: 1
name: appointment
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 3, on_exhausted: done}
slots:
  visit_time: {type: time, hours: "08:00-19:00"}
  arrival: {type: time}
states:
  ask:
    collect: [visit_time, arrival]
    on:
      - {on: done, to: done}
  done:
    say: done
    on_enter: [{end_call: complete}]
    final: true
"""
APPOINTMENT_PROMPTS = {
    "es-MX": {"ask_visit_time": "¿A qué hora quiere su cita?", "confirm_visit_time": "{{ readback | at_time }}, ¿sí?",
              "ask_arrival": "¿A qué hora llega?", "confirm_arrival": "{{ readback | at_time }}, ¿sí?",
              "done": "Listo."},
    "en-US": {"ask_visit_time": "What time?", "confirm_visit_time": "{{ readback | at_time }}, right?",
              "ask_arrival": "When do you arrive?", "confirm_arrival": "{{ readback | at_time }}, right?",
              "done": "Done."},
}


@pytest.fixture
def appointment(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "appointment", APPOINTMENT, APPOINTMENT_PROMPTS)


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "a las 10", "10:00"), ("es-MX", "a las tres", "15:00"), ("es-MX", "como a las siete", "19:00"),
    ("es-MX", "a las 9 y media", "09:30"), ("es-MX", "a las 10 de la noche", "22:00"),
    ("en-US", "at 10", "10:00"), ("en-US", "three thirty", "15:30"), ("en-US", "at 8", "08:00"),
])
async def test_a_bare_hour_for_a_slot_with_hours_is_the_reading_within_them(
        appointment: CompiledFlow, locale: str, turn: str, value: str) -> None:
    """The call is at noon: "a las 10" is no 22:00 for an office open 08:00-19:00, as a receptionist writes it."""
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(appointment, locale, [turn, yes])
    assert conv.slots["visit_time"] == value


@pytest.mark.parametrize(("locale", "turn", "value"), [("es-MX", "a las 10", "22:00"), ("en-US", "at 10", "22:00")])
async def test_a_bare_hour_for_a_slot_without_hours_is_still_the_next_on_the_clock(
        appointment: CompiledFlow, locale: str, turn: str, value: str) -> None:
    """An arrival at noon said "a las 10" is tonight's."""
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(appointment, locale, ["a las 3" if locale == "es-MX" else "at 3", yes, turn, yes])
    assert conv.slots["arrival"] == value


BUS = """\
version: 1
name: bus
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 3, on_exhausted: sorry}
slots:
  child_name: {type: name}
  route_number: {type: integer, min: 1, max: 60}
  absence_day:
    type: choice
    choices:
      today: [hoy, today]
      tomorrow: [mañana, tomorrow]
      tuesday: [martes, el martes, tuesday]
  reason:
    type: choice
    choices:
      sick: [enfermo, enferma, sick]
      doctor: [cita médica, dentista, doctor, dentist]
      family: [asunto familiar, family matter]
  comment: {type: text, required: false}
intents:
  repeat: {then: return}
states:
  report:
    collect:
      - child_name
      - route_number
      - absence_day
      - reason
      - {slot: comment, on_exhausted: skip, confirm: false}
    on:
      - {on: done, to: summary}
  summary:
    say: summary
    on:
      - {on: yes, to: thanks}
      - {on: no, to: sorry}
  thanks:
    say: thanks
    on_enter: [{save: complete}, {end_call: complete}]
    final: true
  sorry:
    say: sorry
    on_enter: [{save: partial}, {end_call: partial}]
    final: true
"""
_BUS_SUMMARY = ("{{ child_name }}, {{ route_number }}, {{ absence_day | readback('choice') }}, "
                "{{ reason | readback('choice') }}{% if comment %}, {{ comment }}{% endif %}. OK?")
BUS_PROMPTS = {
    "es-MX": {"ask_child_name": "¿Nombre del alumno?", "confirm_child_name": "{{ readback }}, ¿correcto?",
              "ask_route_number": "¿Número de ruta?", "confirm_route_number": "Ruta {{ readback }}, ¿correcto?",
              "ask_absence_day": "¿Qué día falta?", "confirm_absence_day": "Falta {{ readback }}, ¿correcto?",
              "ask_reason": "{% if so_far %}Llevo {{ so_far }}. {% endif %}¿Motivo?",
              "confirm_reason": "Motivo {{ readback }}, ¿correcto?",
              "ask_comment": "¿Algún comentario?", "summary": _BUS_SUMMARY, "thanks": "Gracias.", "sorry": "Perdón."},
    "en-US": {"ask_child_name": "Student's name?", "confirm_child_name": "{{ readback }}, right?",
              "ask_route_number": "Route number?", "confirm_route_number": "Route {{ readback }}, right?",
              "ask_absence_day": "Which day?", "confirm_absence_day": "Absent {{ readback }}, right?",
              "ask_reason": "{% if so_far %}I have {{ so_far }}. {% endif %}Reason?",
              "confirm_reason": "Reason {{ readback }}, right?",
              "ask_comment": "Any comment?", "summary": _BUS_SUMMARY, "thanks": "Thanks.", "sorry": "Sorry."},
}
TO_BUS_SUMMARY = {
    "es-MX": ["Sofía Ramírez Luna", "sí", "la ruta doce", "sí", "mañana", "sí", "está enferma", "sí"],
    "en-US": ["Sophie Ramirez", "yes", "route twelve", "yes", "tomorrow", "yes", "she's sick", "yes"],
}


@pytest.fixture
def bus(tmp_path: Path) -> CompiledFlow:
    return written_flow(tmp_path, "bus", BUS, BUS_PROMPTS)


@pytest.mark.parametrize(("locale", "words", "keys"), [
    ("es-MX", ["mañana", "enferma"], ["tomorrow", "sick"]),
    ("en-US", ["tomorrow", "sick"], ["mañana", "enferm"]),
])
async def test_a_choice_in_a_summary_read_with_the_readback_filter_is_in_words_never_its_key(
        bus: CompiledFlow, locale: str, words: list[str], keys: list[str]) -> None:
    """`{{ absence_day | readback('choice') }}` in a summary reads what the caller hears at the read-back (the
    words the slot lists for the key), not the key the flow compares in `when:`."""
    conv = await call(bus, locale, TO_BUS_SUMMARY[locale])
    reply = said(await conv.user_turn("no"))  # no comment: the summary
    assert all(word in reply for word in words) and not any(key in reply for key in keys), reply


def test_the_readback_filter_reads_a_choice_with_no_words_said_in_the_calls_language() -> None:
    """A key `set` by the flow, or confirmed with no words of the caller kept, reads in the words listed for it
    in the call's language, on the slot that holds it (the filter is given no slot's options)."""
    from daisy_engine.flow.parse import _slot
    from daisy_engine.flow.prompts import make_environment

    slot = _slot("day", {"type": "choice", "choices": {"tuesday": ["martes", "tuesday"]}})
    env = make_environment()
    template = env.from_string("{{ day | readback('choice') }}")
    assert template.render(day="tuesday", locale="en-US", _slots={"day": slot}) == "tuesday"
    assert template.render(day="tuesday", locale="es-MX", _slots={"day": slot}) == "martes"
    assert template.render(day="tuesday", locale="es-MX") == "tuesday"  # no flow at hand: the key, as before


@pytest.mark.parametrize(("locale", "answer"), [
    ("en-US", "no wait, yes"), ("en-US", "No. Hold on. Yes, that's right."), ("es-MX", "no, espera, sí"),
    ("es-MX", "no, espérame... sí, así está bien"),
])
async def test_a_no_taken_back_at_a_summary_is_a_yes(bus: CompiledFlow, locale: str, answer: str) -> None:
    conv = await call(bus, locale, [*TO_BUS_SUMMARY[locale], "no"])
    assert conv.step.name == "summary"
    await conv.user_turn(answer)
    assert conv.state.outcome == "complete"


@pytest.mark.parametrize(("locale", "answer"), [
    ("es-MX", "no, ninguno"), ("es-MX", "Nada, gracias."), ("es-MX", "No."), ("es-MX", "no, así está bien"),
    ("en-US", "no, nothing"), ("en-US", "Nope, that's all."), ("en-US", "no thanks"), ("en-US", "None."),
])
async def test_a_comment_declined_at_an_optional_free_text_question_is_none_not_text(
        bus: CompiledFlow, locale: str, answer: str) -> None:
    """"No, ninguno" at "¿Algún comentario?" says there is no comment: the summary has none, the record keeps it
    as one the caller has none of, and the question is not asked again."""
    conv = await call(bus, locale, TO_BUS_SUMMARY[locale])
    reply = said(await conv.user_turn(answer))
    assert conv.step.name == "summary" and "comment" not in conv.slots
    assert answer.rstrip(".").lower() not in reply.lower()
    assert "comment" in conv.state.absent


@pytest.mark.parametrize(("locale", "answer"), [
    ("es-MX", "no, que lleve su inhalador"), ("es-MX", "nada más que pasen por ella a las ocho"),
    ("en-US", "no, she needs her inhaler"), ("en-US", "nothing serious, just a cold"),
])
async def test_a_comment_that_begins_with_no_is_still_the_comment(
        bus: CompiledFlow, locale: str, answer: str) -> None:
    conv = await call(bus, locale, TO_BUS_SUMMARY[locale])
    await conv.user_turn(answer)
    assert conv.slots.get("comment") and "comment" not in conv.state.absent


@pytest.mark.parametrize(("locale", "answer"), [
    ("es-MX", "No."), ("es-MX", "no, ninguna"), ("es-MX", "Nada, gracias."), ("es-MX", "Eso es todo"),
    ("en-US", "No."), ("en-US", "Nope, that's all."), ("en-US", "nothing"), ("en-US", "no thanks"),
])
async def test_a_decline_at_a_required_free_text_question_does_not_settle_it_as_none(
        tmp_path: Path, locale: str, answer: str) -> None:
    """"No" at a required text question ("¿Instrucciones para el repartidor?", `on_exhausted: skip` only so the
    call goes on when it cannot be had): the flow wants a value - the decline never makes it one the caller has
    none of (`absent`, never asked again, the record complete without it)."""
    required = BUS.replace("comment: {type: text, required: false}", "comment: {type: text}")
    conv = await call(written_flow(tmp_path, "bus", required, BUS_PROMPTS), locale, TO_BUS_SUMMARY[locale])
    assert conv.step.name.endswith("comment.ask")
    await conv.user_turn(answer)
    assert "comment" not in conv.state.absent


PIZZA = """\
version: 1
name: pizza
locales: [es-MX, en-US]
defaults:
  policy: {max_attempts: 3, on_exhausted: bye}
slots:
  flavor:
    type: choice
    choices:
      pepperoni: [pepperoni, peperoni]
      hawaiian: [hawaiana, hawaiian]
  quantity: {type: integer, min: 1, max: 20}
  size:
    type: choice
    choices:
      large: [grande, large]
      small: [chica, small]
states:
  order:
    collect: [flavor, quantity, size]
    on:
      - {on: done, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: complete}]
    final: true
"""
PIZZA_PROMPTS = {
    "es-MX": {"ask_flavor": "¿De qué la quiere?", "confirm_flavor": "De {{ readback }}, ¿sí?",
              "ask_quantity": "¿Cuántas?", "confirm_quantity": "{{ readback }}, ¿sí?",
              "ask_size": "¿De qué tamaño?", "confirm_size": "{{ readback }}, ¿sí?", "bye": "Listo."},
    "en-US": {"ask_flavor": "Which flavor?", "confirm_flavor": "{{ readback }}, right?",
              "ask_quantity": "How many?", "confirm_quantity": "{{ readback }}, right?",
              "ask_size": "What size?", "confirm_size": "{{ readback }}, right?", "bye": "Done."},
}


@pytest.mark.parametrize(("locale", "turn", "flavor", "kept"), [
    ("es-MX", "dos de pepperoni", "pepperoni", {"quantity": "2"}),
    ("es-MX", "tres hawaianas", "hawaiian", {"quantity": "3"}),
    ("es-MX", "la hawaiana, grande", "hawaiian", {"size": "large"}),
    ("en-US", "two pepperoni", "pepperoni", {"quantity": "2"}),
    ("en-US", "hawaiian, a large one", "hawaiian", {"size": "large"}),
])
async def test_an_answer_beside_a_choice_that_fills_a_later_question_is_kept_for_it(
        tmp_path: Path, locale: str, turn: str, flavor: str, kept: dict[str, str]) -> None:
    """"Dos de pepperoni" at the flavour: the flavour is read back, and the quantity is read back when its
    question comes instead of being asked (and lost)."""
    conv = await call(written_flow(tmp_path, "pizza", PIZZA, PIZZA_PROMPTS), locale, [])
    await conv.user_turn(turn)
    reply = said(await conv.user_turn("sí" if locale == "es-MX" else "yes"))
    assert conv.slots["flavor"] == flavor
    (name, value), = kept.items()
    if name == "size":  # the quantity is asked first, the size read back when its question comes
        assert conv.step.name == "order.quantity.ask"
        await conv.user_turn("dos" if locale == "es-MX" else "two")
        reply = said(await conv.user_turn("sí" if locale == "es-MX" else "yes"))
    assert conv.step.name == f"order.{name}.confirm" and conv.state.pending == value, reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "pepperoni para la mesa 4"), ("es-MX", "de pepperoni, a las 3"), ("es-MX", "hawaiana, en 20 minutos"),
    ("es-MX", "la de pepperoni, somos 4"),
    ("en-US", "pepperoni for table 4"), ("en-US", "pepperoni at 3"), ("en-US", "hawaiian, in 20 minutes"),
])
async def test_a_number_said_after_a_choice_is_no_count_of_it(tmp_path: Path, locale: str, turn: str) -> None:
    """"Pepperoni para la mesa 4", "pepperoni at 3": the number is a table, a time - the quantity is still asked,
    never read back as 4 or 3 pizzas (only a count said before the choice is one: "dos de pepperoni")."""
    conv = await call(written_flow(tmp_path, "pizza", PIZZA, PIZZA_PROMPTS), locale, [])
    await conv.user_turn(turn)
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.step.name == "order.quantity.ask" and "quantity" not in conv.slots


@pytest.mark.parametrize(("locale", "turn", "quantity", "size"), [
    ("es-MX", "dos, grandes", "2", "large"), ("en-US", "two, and make them large", "2", "large"),
])
async def test_a_later_choice_named_beside_a_number_is_kept_for_its_question(
        tmp_path: Path, locale: str, turn: str, quantity: str, size: str) -> None:
    yes = "sí" if locale == "es-MX" else "yes"
    conv = await call(written_flow(tmp_path, "pizza", PIZZA, PIZZA_PROMPTS), locale,
                      ["pepperoni", yes])
    await conv.user_turn(turn)
    await conv.user_turn(yes)
    assert conv.slots["quantity"] == quantity
    assert conv.step.name == "order.size.confirm" and conv.state.pending == size


async def test_a_choice_alone_keeps_nothing_for_later(tmp_path: Path) -> None:
    conv = await call(written_flow(tmp_path, "pizza", PIZZA, PIZZA_PROMPTS), "es-MX", [])
    await conv.user_turn("de pepperoni")
    await conv.user_turn("sí")
    assert conv.step.name == "order.quantity.ask"


@pytest.mark.parametrize(("listed", "english", "spanish"), [
    (["enfermo", "sick"], "sick", "enfermo"), (["entrega", "delivery"], "delivery", "entrega"),
    (["refrigerado", "reefer"], "reefer", "refrigerado"), (["viaje", "trip"], "trip", "viaje"),
    (["cambiarla", "move"], "move", "cambiarla"),
    (["enfermo", "enfermedad", "gripa"], "enfermo", "enfermo"),  # nothing English listed: the first, as written
    (["ill", "sick"], "ill", None),  # nothing Spanish listed: an English word whichever
])
def test_a_choice_with_no_words_said_reads_the_word_that_looks_like_the_calls_language(
        listed: list[str], english: str, spanish: str | None) -> None:
    """A choice confirmed with no words of the caller kept (set by the flow, proposed by the model, resumed) on an
    English call is read "sick", not the first listed "enfermo", though neither is an everyday word the engine
    knows: the letters of the listed words tell the languages apart, when they plainly do."""
    from daisy_engine.understanding.choices import choice_words

    options = {"choices": {"key": listed}}
    assert choice_words("key", "en-US", options) == english
    if spanish is not None:
        assert choice_words("key", "es-MX", options) == spanish


@pytest.mark.parametrize(("listed", "locale", "read"), [
    (["efectivo", "cash"], "es-MX", "efectivo"), (["cash", "efectivo"], "en-US", "cash"),
])
def test_a_choice_listed_first_in_the_calls_language_is_read_so_when_the_letters_barely_lean(
        listed: list[str], locale: str, read: str) -> None:
    """`[efectivo, cash]` on a Spanish call reads "efectivo": the letters of the two lean a shade the wrong way
    ("efectivo" a little English, "cash" a little Spanish), which is noise, no reason to read the English word."""
    from daisy_engine.understanding.choices import choice_words

    assert choice_words("key", locale, {"choices": {"key": listed}}) == read


@pytest.mark.parametrize(("locale", "answer"), [
    ("es-MX", "No."), ("es-MX", "no, ninguna"), ("en-US", "No."), ("en-US", "Nope, that's all."),
])
async def test_a_decline_at_a_required_free_text_question_is_asked_again_not_saved_as_text(
        tmp_path: Path, locale: str, answer: str) -> None:
    required = BUS.replace("comment: {type: text, required: false}", "comment: {type: text}")
    conv = await call(written_flow(tmp_path, "bus", required, BUS_PROMPTS), locale, TO_BUS_SUMMARY[locale])
    await conv.user_turn(answer)
    assert conv.step.name.endswith("comment.ask") and "comment" not in conv.slots
    assert conv.state.pending is None  # nothing read back to confirm


ENGLISH_ONLY = """\
version: 1
name: {name}
locales: [en-US]
defaults:
  policy: {{on_exhausted: bye}}
slots:
  caller: {{type: name}}
states:
  ask:
    collect: [caller]
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    on_enter: [{{end_call: complete}}]
    final: true
"""


@pytest.mark.parametrize("turn", ["llámeme mañana", "no puedo hablar ahorita", "llámame luego", "márqueme después"])
async def test_words_of_a_language_the_flow_does_not_speak_are_no_value(tmp_path: Path, turn: str) -> None:
    """An English-only flow: "llámeme mañana" at the name question is no name ("Llámeme Mañana"); asked again."""
    import uuid

    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import load_flow
    from daisy_engine.runtime import Conversation
    from daisy_engine.store import MemoryStore

    name = f"en_{uuid.uuid4().hex[:8]}"
    prompts = tmp_path / "prompts" / name / "en-US"
    prompts.mkdir(parents=True)
    templates = {"ask_caller": "Your name?", "confirm_caller": "{{ readback }}, right?", "bye": "Bye."}
    for template, text in templates.items():
        (prompts / f"{template}.j2").write_text(text, "utf-8")
    path = tmp_path / f"{name}.yaml"
    path.write_text(ENGLISH_ONLY.format(name=name), "utf-8")
    conv = Conversation(compile_flow(load_flow(path)), locale="en-US", store=MemoryStore())
    await conv.start()
    reply = said(await conv.user_turn(turn))
    assert "caller" not in conv.slots and conv.state.pending is None and "Your name?" in reply
    reply = said(await conv.user_turn("José Hernández"))
    assert "José Hernández, right?" in reply
