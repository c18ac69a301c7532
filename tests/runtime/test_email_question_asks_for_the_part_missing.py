"""An address begun at its "@": Daisy asks "¿Y qué va antes de la arroba?" exactly when the e-mail slot type will
put the next words before the "@" (its domain is whole, with a known ending), and "¿Qué sigue?" while the domain
is still being dictated ("arroba grupo punto tlr": the ending may go on). The question comes from the type's
notion of the part still missing (`missing_part`), never from the read-back's wording, so the two cannot
disagree."""

from __future__ import annotations

import pytest
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes", "one thousand", "yes",
              "XYZ 987", "yes", "at five in the afternoon", "yes"],
}
BEFORE_THE_AT = {"es-MX": "¿Y qué va antes de la arroba?", "en-US": "And what goes before the at?"}
WHATS_NEXT = {"es-MX": "¿Qué sigue?", "en-US": "What's next?"}
LOCAL = {"es-MX": ("rosa mendez", "rosamendez arroba"), "en-US": ("rose miller", "rosemiller at")}

# (locale, the address begun at its "@", whether its domain is whole)
BEGUN_AT_THE_AT = [
    ("es-MX", "arroba gmail punto com", True),
    ("es-MX", "arroba hotmail punto es", True),
    ("es-MX", "arroba grupo punto tlr punto mx", True),
    ("es-MX", "arroba fletes del norte punto com punto mx", True),
    ("es-MX", "arroba grupo punto tlr", False),      # a dot, but no ending known: the domain may go on
    ("es-MX", "arroba grupo te ele erre", False),
    ("es-MX", "arroba transportes", False),
    ("en-US", "at yahoo dot com", True),
    ("en-US", "at acme dot co dot uk", True),
    ("en-US", "at group dot tlr", False),
    ("en-US", "at northern freight", False),
]


async def _at_email(daisy: CompiledFlow, locale: str) -> Conversation:
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in TO_EMAIL[locale]:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    return conv


@pytest.mark.parametrize(("locale", "begun", "whole"), BEGUN_AT_THE_AT)
async def test_the_question_after_a_domain_matches_where_the_next_words_go(
        daisy: CompiledFlow, locale: str, begun: str, whole: bool) -> None:
    conv = await _at_email(daisy, locale)
    question = said(await conv.user_turn(begun))
    asks_before_the_at = BEFORE_THE_AT[locale] in question
    assert asks_before_the_at == whole
    assert asks_before_the_at or WHATS_NEXT[locale] in question
    words, read_back = LOCAL[locale]
    after = said(await conv.user_turn(words))
    # what the caller says to the question lands where the question said it would
    assert (read_back in after) == asks_before_the_at, after


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_the_ending_given_next_turns_the_question_to_the_part_before_the_at(
        daisy: CompiledFlow, locale: str) -> None:
    conv = await _at_email(daisy, locale)
    begun, ending = ("arroba grupo punto tlr", "punto mx") if locale == "es-MX" else ("at group dot tlr", "dot mx")
    assert WHATS_NEXT[locale] in said(await conv.user_turn(begun))
    assert BEFORE_THE_AT[locale] in said(await conv.user_turn(ending))
    words, read_back = LOCAL[locale]
    assert read_back in said(await conv.user_turn(words))
    assert conv.step.name == "registration.email.confirm"


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_trap_an_address_begun_with_its_first_part_is_never_asked_for_it(daisy: CompiledFlow,
                                                                               locale: str) -> None:
    conv = await _at_email(daisy, locale)
    begun = "ana punto lopez" if locale == "es-MX" else "ana dot lopez"
    question = said(await conv.user_turn(begun))
    assert WHATS_NEXT[locale] in question and BEFORE_THE_AT[locale] not in question


# an address read back and turned down: Daisy goes on letter by letter
TURNED_DOWN = {"es-MX": ("ana arroba gmail punto com", "no"), "en-US": ("ana at gmail dot com", "no")}


@pytest.mark.parametrize(("locale", "begun", "whole"), [
    # (after "ana at gmail dot com" was turned down, "at yahoo dot com" is that address with another provider:
    # read back whole, no question)
    ("es-MX", "arroba gmail punto com", True), ("es-MX", "arroba grupo punto tlr", False),
    ("en-US", "at group dot tlr", False)])
async def test_letter_by_letter_the_question_matches_where_the_next_words_go_too(
        daisy: CompiledFlow, locale: str, begun: str, whole: bool) -> None:
    conv = await _at_email(daisy, locale)
    for turn in TURNED_DOWN[locale]:
        await conv.user_turn(turn)
    assert conv.step.name == "registration.email.spell"  # dictation one character at a time (`spell_email`)
    question = said(await conv.user_turn(begun))
    assert (BEFORE_THE_AT[locale] in question) == whole
    words, read_back = LOCAL[locale]
    assert (read_back in said(await conv.user_turn(words))) == whole


@pytest.mark.parametrize(("locale", "prefers", "begun", "question"), [
    ("es-MX", "No puedo ahorita, mejor mándeme un correo.", "arroba gmail punto com", BEFORE_THE_AT["es-MX"]),
    ("es-MX", "Mejor por correo electrónico.", "juan punto", "Llevo juan punto. ¿Qué sigue?"),
    ("en-US", "Can you email me instead?", "at yahoo dot com", BEFORE_THE_AT["en-US"]),
    ("en-US", "Just email me.", "at group dot tlr", "I have at group dot tlr so far. What's next?"),
])
async def test_the_address_for_written_contact_goes_on_from_what_was_heard(
        daisy: CompiledFlow, locale: str, prefers: str, begun: str, question: str) -> None:
    """The driver who would rather be written to: a piece of the address is read back and the rest asked for,
    never the opening question again as if nothing had been heard."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    opening = said(await conv.user_turn(prefers))
    assert conv.step.name == "email_instead.email.ask"
    again = said(await conv.user_turn(begun))
    assert question in again and opening not in again


@pytest.mark.parametrize(("locale", "domain", "remark", "local", "address"), [
    ("es-MX", "arroba transportes cantu punto com punto mx", "Le falta el punto mx.", "rbenavides",
     "rbenavides@transportescantu.com.mx"),
    ("es-MX", "Aroba hotmail punto com.", "No, lleva guion bajo entre ontiveros y el noventa.",
     "mari ontiveros guion bajo noventa", "mariontiveros_90@hotmail.com"),
    ("es-MX", "arroba gmail punto com", "Se te olvidó el guion bajo.", "rosa guion bajo mena", "rosa_mena@gmail.com"),
    ("en-US", "at gmail dot com", "You forgot the dot com.", "rose miller", "rosemiller@gmail.com"),
    ("en-US", "at yahoo dot com", "It's missing the underscore between kim and lee.", "kim underscore lee",
     "kim_lee@yahoo.com"),
])
async def test_a_remark_on_the_address_at_its_domain_is_not_the_part_before_the_at(
        daisy: CompiledFlow, locale: str, domain: str, remark: str, local: str, address: str) -> None:
    """"Le falta el punto mx" when only the domain is held says something of an address heard otherwise (an older
    read-back): never "lefaltael.mx@..."; the part before the "@" is still asked for, and goes there when said."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in TO_EMAIL[locale]:
        await conv.user_turn(turn)
    await conv.user_turn(domain)
    reply = said(await conv.user_turn(remark))
    assert BEFORE_THE_AT[locale] in reply and not conv.step.name.endswith("confirm")
    await conv.user_turn(local)
    if not conv.step.name.endswith("confirm"):
        await conv.user_turn("ya" if locale == "es-MX" else "that's it")
    assert conv.state.pending == address
