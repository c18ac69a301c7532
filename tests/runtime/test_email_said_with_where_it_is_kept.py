"""The words around an address that say where it is kept are no part of it: "Lo tengo en gmail.", "está en
hotmail.com, juanperez", "mi correo está en hotmail", "it's on gmail, john smith". The provider said first is the
domain and the words after it are the user (juanperez@hotmail.com, never "lotengo@", "esta@"); the provider said
alone is the domain, the user still asked for, and said next it goes before the "@" even when the provider had no
ending yet ("arroba hotmail" - "juan perez" - "punto com"). A turn about the language the caller speaks ("I speak a
little Spanish") is no address."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import extract

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes", "one thousand",
              "yes", "x y z nine eight seven six", "yes", "at five pm", "yes"],
}


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ["está en hotmail.com, juanperez"], "juanperez@hotmail.com"),
    ("es-MX", ["Lo tengo en Gmail, juan perez."], "juanperez@gmail.com"),
    ("es-MX", ["Está en Gmail, es juanperez."], "juanperez@gmail.com"),
    ("es-MX", ["Lo tengo en gmail.", "Rosa Díaz."], "rosadiaz@gmail.com"),
    ("es-MX", ["lo tengo en el gmail", "memo noventa"], "memo90@gmail.com"),
    ("es-MX", ["Mi correo está en hotmail.", "juan perez", "punto com"], "juanperez@hotmail.com"),
    ("en-US", ["it's in hotmail dot com, john smith"], "johnsmith@hotmail.com"),
    ("en-US", ["It's on gmail.", "bob jones"], "bobjones@gmail.com"),
    ("en-US", ["I have it on yahoo, bob jones", "dot com"], "bobjones@yahoo.com"),
])
async def test_where_the_address_is_kept_is_no_part_of_it(
        daisy: CompiledFlow, locale: str, turns: list[str], value: str) -> None:
    conv = await call(daisy, locale, [*TO_EMAIL[locale], *turns])
    assert conv.pending == value


@pytest.mark.parametrize(("locale", "turn", "shown"), [
    ("es-MX", "Lo tengo en gmail.", "Llevo arroba gmail punto com."),
    ("es-MX", "Mi correo está en hotmail", "Llevo arroba hotmail."),
    ("en-US", "It's on gmail", "I have at gmail dot com so far."),
])
async def test_the_provider_alone_is_the_domain_and_the_user_is_asked_for(
        daisy: CompiledFlow, locale: str, turn: str, shown: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert shown in reply
    assert "tengo" not in reply and "esta" not in reply


@pytest.mark.parametrize(("said_", "locale", "value"), [
    ("está en hotmail.com, juanperez", "es-MX", "juanperez@hotmail.com"),
    ("Lo tengo en gmail.", "es-MX", None),
    ("mi correo es juan arroba hotmail punto com", "es-MX", "juan@hotmail.com"),
    ("juan en gmail", "es-MX", "juan@gmail.com"),  # the address in its own order
    ("a arroba yahoo punto com", "es-MX", "a@yahoo.com"),
    ("it's in hotmail dot com, john smith", "en-US", "johnsmith@hotmail.com"),
    # talk after the domain, and more of the domain, are no user put before it
    ("Arroba gmail punto com, lo demás se lo mando por mensaje.", "es-MX", None),
    ("juan arroba yahoo punto com punto eme equis", "es-MX", "juan@yahoo.com.mx"),
    ("lo tengo en hotmail punto com, es todo", "es-MX", None),
])
def test_the_extractor_reads_the_address_without_where_it_is(said_: str, locale: str, value: str | None) -> None:
    assert extract("email", said_, locale) == value


@pytest.mark.parametrize(("locale", "turn"), [
    ("en-US", "I speak a little Spanish"),
    ("en-US", "I don't speak Spanish very well."),
    ("es-MX", "Hablo poquito inglés."),
])
async def test_what_the_caller_speaks_is_no_address(daisy: CompiledFlow, locale: str, turn: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.pending is None
    assert "speak" not in reply.lower() and "hablo" not in reply.lower()


@pytest.mark.parametrize(("locale", "turn", "shown", "not_shown"), [
    ("es-MX", "Está en gmail, ahorita lo busco", "Llevo arroba gmail punto com.", "busco"),
    ("es-MX", "Está en hotmail, deje lo busco", "Llevo arroba hotmail.", "busco"),
    ("es-MX", "Es de gmail, déjeme lo checo", "Llevo arroba gmail punto com.", "checo"),
    ("es-MX", "Lo tengo en gmail, espéreme tantito", "Llevo arroba gmail punto com.", "tantito"),
    ("en-US", "I have it on gmail, hold on a sec", "I have at gmail dot com so far.", "sec"),
    ("en-US", "It's on yahoo, let me check", "I have at yahoo", "check"),
])
async def test_the_caller_going_to_look_after_the_provider_is_no_user(
        daisy: CompiledFlow, locale: str, turn: str, shown: str, not_shown: str) -> None:
    # "Está en gmail, ahorita lo busco": where the address is, and the caller going to find the rest - never an
    # address "dejelobusco@gmail.com" read back; the domain is kept and the user still asked for
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.pending is None
    assert shown in reply
    assert not_shown not in reply


@pytest.mark.parametrize(("locale", "turn"), [
    ("es-MX", "Lo tengo en el celular"),
    ("es-MX", "La tengo en la libreta."),
    ("es-MX", "Lo tengo en la camioneta"),
    ("en-US", "I have it in my truck"),
])
async def test_the_address_kept_somewhere_that_is_no_provider_is_no_address(
        daisy: CompiledFlow, locale: str, turn: str) -> None:
    # "Lo tengo en el celular": where the caller has it, not what it is - never "Llevo nlcelular"
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.pending is None
    assert not any(word in reply.lower() for word in ("celular", "libreta", "camioneta", "truck", "llevo", "i have"))
