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
    ("es-MX", "Está en gmail, orita se lo digo", "Llevo arroba gmail punto com.", "orita"),
    ("es-MX", "Lo tengo en hotmail, ahorita te lo digo", "Llevo arroba hotmail.", "ahorita"),
    ("es-MX", "Es de gmail, horita se lo doy", "Llevo arroba gmail punto com.", "horita"),
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


@pytest.mark.parametrize(("locale", "turn", "value"), [
    ("es-MX", "esta.gomez arroba gmail punto com", "esta.gomez@gmail.com"),
    ("es-MX", "esta punto gomez arroba gmail punto com", "esta.gomez@gmail.com"),
    ("es-MX", "esta guion bajo ruiz arroba hotmail punto com", "esta_ruiz@hotmail.com"),
    ("es-MX", "Está en hotmail punto com, es juanperez", "juanperez@hotmail.com"),  # 'está en' still a lead
])
async def test_esta_joined_to_the_address_by_a_symbol_is_its_start(
        daisy: CompiledFlow, locale: str, turn: str, value: str) -> None:
    # "está" says where the address is only before "en" and a place: "esta.gomez" is a user, never cut to "gomez"
    conv = await call(daisy, locale, [*TO_EMAIL[locale], turn])
    assert conv.pending == value


@pytest.mark.parametrize(("locale", "turn", "shown", "not_shown"), [
    ("en-US", "on gmail, it's my wife's", "I have at gmail dot com so far.", "wife"),
    ("en-US", "It's on gmail, it's my husband's", "I have at gmail dot com so far.", "husband"),
    ("en-US", "it's on yahoo, my son's", "I have at yahoo", "son"),
    ("es-MX", "Está en gmail, es el de mi esposa", "Llevo arroba gmail punto com.", "esposa"),
])
async def test_whose_address_it_is_after_the_provider_is_no_user(
        daisy: CompiledFlow, locale: str, turn: str, shown: str, not_shown: str) -> None:
    # "on gmail, it's my wife's": the owner of the address, never "wifes@gmail.com" read back; the user is asked for
    conv = await call(daisy, locale, TO_EMAIL[locale])
    reply = said(await conv.user_turn(turn))
    assert conv.pending is None
    assert shown in reply
    assert not_shown not in reply.lower()


@pytest.mark.parametrize(("locale", "turns", "value"), [
    ("es-MX", ["En gmail no, en hotmail: juanp", "punto com"], "juanp@hotmail.com"),
    ("es-MX", ["En hotmail no, en gmail: juanp"], "juanp@gmail.com"),
    ("es-MX", ["De yahoo no, de gmail, es memo ochenta"], "memo80@gmail.com"),
])
async def test_the_provider_ruled_out_before_the_one_it_is_never_stays(
        daisy: CompiledFlow, locale: str, turns: list[str], value: str) -> None:
    # "En gmail no, en hotmail: juanp" is "not gmail but hotmail" - never juanp@gmail.com
    conv = await call(daisy, locale, [*TO_EMAIL[locale], *turns])
    assert conv.pending == value
