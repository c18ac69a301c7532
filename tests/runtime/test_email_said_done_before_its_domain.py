"""An address the caller says is done ("eso es todo", "no, sería todo", "that's it") before any "@" was said:
the question asks for what goes after the "@" (not "¿Qué sigue?" to one who just said nothing follows), and
the answer ("hotmail punto com", "fletes punto mx") is the domain, put after the "@"."""

from __future__ import annotations

import pytest
from runtime_helpers import at_email, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

TO_EMAIL_EN = ("yes", "Ann Lowe", "yes", "four five two", "yes", "a b c one two three four", "yes", "four five six",
               "yes", "x y z nine eight seven six", "yes", "at five", "yes")


@pytest.mark.parametrize(("local", "done", "domain", "expected"), [
    ("Rocío punto salas", "No, sería todo.", "Hotmail punto com.", "rocio.salas@hotmail.com"),
    ("Letra ka, letra ele, número nueve", "Eso es todo.", "gmail punto com", "kl9@gmail.com"),
    ("beto ruiz, ya es todo", None, "fletes punto mx", "betoruiz@fletes.mx"),
])
async def test_the_domain_is_asked_for_and_put_after_the_at(daisy: CompiledFlow, local: str, done: str | None,
                                                             domain: str, expected: str) -> None:
    conv = await at_email(daisy)
    out = said(await conv.user_turn(local))
    if done is not None:
        out = said(await conv.user_turn(done))
    assert "tras la arroba" in out
    await conv.user_turn(domain)
    assert conv.pending == expected
    assert conv.step.name.endswith("email.confirm")


async def test_in_english_too(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL_EN:
        await conv.user_turn(turn)
    assert conv.step.slot == "email"
    await conv.user_turn("ann dot lowe")
    out = said(await conv.user_turn("That's it."))
    assert "after the at" in out
    await conv.user_turn("yahoo dot com")
    assert conv.pending == "ann.lowe@yahoo.com"


async def test_a_word_after_it_that_is_no_domain_goes_on_with_the_address(daisy: CompiledFlow) -> None:
    conv = await at_email(daisy)
    await conv.user_turn("Rocío punto salas")
    await conv.user_turn("Eso es todo.")
    await conv.user_turn("arroba gmail punto com")  # said with its "@": as ever
    assert conv.pending == "rocio.salas@gmail.com"


TO_ETA = ("sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
          "x y z novecientos ochenta y siete", "sí")


@pytest.mark.parametrize("unknown", ["Pero no me lo sé.", "Pero eso no lo sé."])
async def test_the_question_s_words_name_no_e_mail_at_another_question(daisy: CompiledFlow, unknown: str) -> None:
    # the words of the e-mail question name the e-mail for the whole call (slot_names): its new wording must
    # not make "pero" a word about the e-mail, so "Pero no me lo sé" at the time is still the time not known
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in TO_ETA:
        await conv.user_turn(turn)
    assert conv.step.slot == "eta"
    out = said(await conv.user_turn(unknown))
    assert "correo" in out
    assert conv.step.slot == "email"


@pytest.mark.parametrize("domain", ["Tras la arroba, gmail punto com.", "Después de la arroba va gmail punto com.",
                                    "Lo que va tras la arroba es gmail punto com"])
async def test_the_question_s_words_said_back_are_no_part_of_the_address(daisy: CompiledFlow, domain: str) -> None:
    # "Me falta lo que va tras la arroba, ¿cuál es?" - "Tras la arroba, gmail punto com": the caller echoes the
    # question; its words are neither the end of the name ("rocio.salastras@") nor the domain's start ("vagmail")
    conv = await at_email(daisy)
    await conv.user_turn("Rocío punto salas")
    await conv.user_turn("Eso es todo.")
    await conv.user_turn(domain)
    assert conv.pending == "rocio.salas@gmail.com"


async def test_the_question_s_words_said_back_in_english(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    await conv.start()
    for turn in TO_EMAIL_EN:
        await conv.user_turn(turn)
    await conv.user_turn("ann dot lowe")
    await conv.user_turn("That's all.")
    await conv.user_turn("After the at, gmail dot com.")
    assert conv.pending == "ann.lowe@gmail.com"
