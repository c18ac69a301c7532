"""An intent handled with `then: absent` at a value's question says the caller has none of that value: Daisy's
"No, ese te lo mando por WhatsApp." at the e-mail question is no e-mail (it was dictated as one,
"stlomandoporwhatsapp", blind_calls batch 1). The value is settled ("Sin correo", the record's `absent`), the
channel is noted, the call goes on, and no goodbye claims a confirmation was e-mailed. An address that only has
"whatsapp" in it, spelled with its "arroba", is still the e-mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import at_noon, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore, Store

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes", "one thousand", "yes", "XYZ 987",
              "yes", "at five pm", "yes"],
}
YES = {"es-MX": "sí", "en-US": "yes"}
NO_EMAIL = {"es-MX": "Sin correo", "en-US": "No e-mail"}
BY_WHATSAPP = {"es-MX": "por WhatsApp", "en-US": "on WhatsApp"}
# what a goodbye would say had the confirmation been e-mailed
EMAILED = {"es-MX": "le envié la confirmación a su correo", "en-US": "I sent the confirmation to your e-mail"}


async def _at_email(daisy: CompiledFlow, store: Store, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550177"})
    await conv.start()
    for turn in TO_EMAIL[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    return conv


async def _to_the_end(conv: Conversation, turns: list[str]) -> list[str]:
    replies = []
    for turn in turns:
        replies.append(said(await conv.user_turn(turn)))
        if conv.ended:
            break
    return replies


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["No, ese te lo mando por WhatsApp."]),
    ("es-MX", ["No, correo no tengo, yo todo por WhatsApp."]),
    ("es-MX", ["no uso correo, mándamelo al whats"]),
    ("es-MX", ["Mejor por WhatsApp, ¿no?"]),
    ("es-MX", ["jota u a ene", "no, mejor mándamelo por wasap"]),            # while dictating
    ("es-MX", ["juan arroba gmail punto com", "no, mejor por WhatsApp"]),     # at its read-back
    ("en-US", ["I don't use email, send it on WhatsApp"]),
    ("en-US", ["just whatsapp me"]),
    ("en-US", ["no email, text me on whatsapp instead"]),
    ("en-US", ["j o h n", "actually, whatsapp is easier"]),
])
async def test_whatsapp_at_the_email_question_is_no_email(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str]) -> None:
    conv = await _at_email(daisy, store, locale)
    replies = await _to_the_end(conv, turns)
    assert conv.step.name == "summary", replies
    summary = replies[-1]
    # the summary reads no address back (the turn's words are not one)
    assert NO_EMAIL[locale] in summary and "Correo " not in summary and "E-mail " not in summary
    goodbye = said(await conv.user_turn(YES[locale]))
    assert conv.ended and conv.outcome == "complete"
    assert BY_WHATSAPP[locale] in goodbye and EMAILED[locale] not in goodbye
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.status == "complete"
    assert "email" not in record.slots and record.absent == ["email"]
    assert record.slots["preferred_channel"] == "whatsapp"
    assert not any(event["kind"] == "tool" and event.get("tool") == "send_confirmation" for event in record.events)


@pytest.mark.parametrize(("locale", "turn", "email"), [
    ("es-MX", "whatsapp punto fan arroba gmail punto com", "whatsapp.fan@gmail.com"),
    ("es-MX", "Por WhatsApp no, mi correo es juan arroba gmail punto com", "juan@gmail.com"),
    ("en-US", "whatsapp dot fan at gmail dot com", "whatsapp.fan@gmail.com"),
    ("en-US", "Not on WhatsApp, my email is john at gmail dot com", "john@gmail.com"),
])
async def test_trap_an_address_said_with_whatsapp_in_it_is_the_email(
        daisy: CompiledFlow, store: Store, locale: str, turn: str, email: str) -> None:
    conv = await _at_email(daisy, store, locale)
    await _to_the_end(conv, [turn, YES[locale], YES[locale]])
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.slots.get("email") == email and record.absent == []
    assert "preferred_channel" not in record.slots


@pytest.mark.parametrize(("locale", "turns", "says", "never"), [
    # none at all: settled, and the goodbye neither promises nor claims an e-mail
    ("es-MX", ["No tengo correo."], "Listo, su registro quedó guardado. Gracias", "Sin su correo"),
    ("en-US", ["I don't have one."], "All set, your registration is saved. Thanks", "Without your e-mail"),
    # not given (left missing): the goodbye says the confirmation could not be sent
    ("es-MX", ["ahorita no me lo sé, no lo tengo a la mano", "tampoco, no me acuerdo"],
     "Sin su correo no le puedo mandar la confirmación", "La confirmación se la mandamos"),
    ("en-US", ["I don't have it on me right now", "I can't remember it right now"],
     "Without your e-mail I can't send the confirmation", "We'll send the confirmation"),
])
async def test_no_goodbye_without_an_email_claims_one_was_sent(
        daisy: CompiledFlow, store: Store, locale: str, turns: list[str], says: str, never: str) -> None:
    conv = await _at_email(daisy, store, locale)
    replies = await _to_the_end(conv, turns)
    for _ in range(3):  # asked once more at the end, then the summary's yes
        if conv.ended:
            break
        replies.append(said(await conv.user_turn(YES[locale] if conv.step.name == "summary" else turns[-1])))
    assert conv.ended, replies
    goodbye = replies[-1]
    assert says in goodbye and never not in goodbye and EMAILED[locale] not in goodbye


# A flow of its own (not Daisy): an optional value the caller may have none of, said so by a custom intent, and
# the collect goes on with the value after it.
FLOW = """\
version: 1
name: desk
locales: [en-US]
defaults:
  policy: {max_attempts: 3, on_exhausted: bye}
slots:
  full_name: {type: name, confirm: false}
  company: {type: text, required: false, confirm: false}
  guests: {type: integer, confirm: false}
intents:
  self_employed:
    description: The visitor works for no company.
    global: false
    phrases:
      en-US: [I'm self employed, I work for myself, freelance]
states:
  desk:
    collect:
      - full_name
      - slot: company
        intents:
          self_employed: {then: absent, say: noted}
      - guests
    on:
      - {on: done, to: bye}
  bye:
    say: bye
    on_enter: [{save: complete}, {end_call: complete}]
    final: true
"""
PROMPTS = {"en-US": {
    "ask_full_name": "Your name?", "ask_company": "Your company?", "ask_guests": "How many guests?",
    "noted": "Noted, no company.", "bye": "{{ 'No company' if 'company' in absent else company }}, {{ guests }}."}}


async def test_a_flows_own_intent_settles_an_optional_value_and_the_collect_goes_on(tmp_path: Path) -> None:
    flow = written_flow(tmp_path, "desk", FLOW, PROMPTS)
    store = MemoryStore()
    conv = Conversation(flow, store=store)
    await conv.start()
    await conv.user_turn("Ann Lee")
    assert said(await conv.user_turn("I work for myself")) == "Noted, no company. How many guests?"
    assert said(await conv.user_turn("three")) == "No company, 3."
    record = (await store.list_records())[0]
    assert record.absent == ["company"] and record.slots == {"full_name": "Ann Lee", "guests": "3"}


async def test_without_the_intent_the_optional_value_is_asked_as_usual(tmp_path: Path) -> None:
    flow = written_flow(tmp_path, "desk", FLOW, PROMPTS)
    conv = Conversation(flow, store=MemoryStore())
    await conv.start()
    await conv.user_turn("Ann Lee")
    assert said(await conv.user_turn("Acme")) == "How many guests?"
    assert said(await conv.user_turn("two")) == "Acme, 2."


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "sí, y también por WhatsApp"),
    ("es-MX", "sí, ese es, mándemelo al whatsapp también"),
    ("es-MX", "correcto, y si se puede por wasap"),
    ("en-US", "yes, and also send it on WhatsApp"),
    ("en-US", "that's right, and whatsapp me too"),
])
async def test_a_yes_to_the_email_read_back_keeps_it_beside_whatsapp(
        daisy: CompiledFlow, store: Store, locale: str, turn: str) -> None:
    """A yes to the address read back says the caller has one: the WhatsApp said beside it is noted, never taken as
    "no e-mail" (the confirmed address dropped, "Sin correo" read at the summary)."""
    conv = await _at_email(daisy, store, locale)
    address = {"es-MX": "juan arroba gmail punto com", "en-US": "john at gmail dot com"}[locale]
    await conv.user_turn(address)
    assert conv.step.name == "registration.email.confirm"
    summary = said(await conv.user_turn(turn))
    assert conv.step.name == "summary", summary
    assert NO_EMAIL[locale] not in summary and ("Correo juan" in summary or "E-mail john" in summary)
    await _to_the_end(conv, [YES[locale]])
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.slots.get("email") in ("juan@gmail.com", "john@gmail.com")
    assert record.absent == [] and record.slots["preferred_channel"] == "whatsapp"


@pytest.mark.parametrize(("locale", "turn", "email"), [
    ("es-MX", "por WhatsApp o al correo juan arroba gmail punto com", "juan@gmail.com"),
    ("es-MX", "por WhatsApp, o si no juan arroba gmail punto com", "juan@gmail.com"),
    ("es-MX", "mándeme un mensaje o bien al correo pedro punto ruiz arroba hotmail punto com",
     "pedro.ruiz@hotmail.com"),
    ("en-US", "whatsapp me or email john at gmail dot com", "john@gmail.com"),
    ("en-US", "on whatsapp or john at gmail dot com", "john@gmail.com"),
    ("en-US", "via whatsapp, or else john at gmail dot com", "john@gmail.com"),
])
async def test_an_email_offered_as_the_other_choice_to_whatsapp_is_taken(
        daisy: CompiledFlow, store: Store, locale: str, turn: str, email: str) -> None:
    """WhatsApp "or" an address dictated in the same turn: the caller has an e-mail, and said it - it is read back,
    not dropped for "Sin correo"."""
    conv = await _at_email(daisy, store, locale)
    await conv.user_turn(turn)
    assert conv.step.name == "registration.email.confirm"
    await _to_the_end(conv, [YES[locale], YES[locale]])
    record = await store.get(conv.record_id or 0)
    assert record is not None and record.slots.get("email") == email and record.absent == []
