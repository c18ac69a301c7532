"""E-mail: "la" before "punto"/"guion" said after a word of the address is the symbol's article, as before the
domain's ending ("marisol la punto garza" is marisol.garza@, never marisolla.garza@); at the address's start or
after a symbol it is still a word of it ("la punto garza" is la.garza@). A count of the address's characters ("nomás
son tres letras", "it's just five numbers") is a remark on its shape, no piece of it."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.types.email import extract_email

from .call_helpers import at_question, heard_at_question


@pytest.mark.parametrize(("said", "address"), [
    ("marisol la punto garza arroba gmail punto com", "marisol.garza@gmail.com"),
    ("ana luisa la punto garza arroba gmail punto com", "analuisa.garza@gmail.com"),
    ("juan la guion perez arroba hotmail punto com", "juan-perez@hotmail.com"),
    ("fletes lara la guion bajo norte arroba gmail punto com", "fleteslara_norte@gmail.com"),
    # at the address's start, or after a symbol, "la" is a word of it
    ("la punto garza arroba gmail punto com", "la.garza@gmail.com"),
    ("mi correo es la punto garza arroba gmail punto com", "la.garza@gmail.com"),
    ("marisol punto la punto garza arroba gmail punto com", "marisol.la.garza@gmail.com"),
])
def test_la_before_a_symbol_after_a_word_is_its_article(said: str, address: str) -> None:
    assert extract_email(said, "es-MX") == address


@pytest.mark.parametrize(("locale", "turn", "address"), [
    ("es-MX", "marisol la punto garza arroba gmail punto com", "marisol.garza@gmail.com"),
    ("es-MX", "es pedro la guion ruiz arroba yahoo punto com", "pedro-ruiz@yahoo.com"),
])
async def test_la_after_a_word_read_back_without_it_in_a_call(locale: str, turn: str, address: str) -> None:
    assert await heard_at_question("email", locale, turn) == address


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "Nomás son tres letras."),
    ("es-MX", "son cinco números nada más"),
    ("es-MX", "lleva dos dígitos al final"),
    ("en-US", "It's just three letters."),
    ("en-US", "five numbers, that's all"),
])
def test_a_count_of_its_characters_is_no_address(locale: str, said: str) -> None:
    assert extract_email(said, locale) is None


@pytest.mark.parametrize(("locale", "said", "address"), [
    ("es-MX", "es ana, tres letras, arroba gmail punto com", "ana@gmail.com"),
    ("es-MX", "ana tres arroba gmail punto com", "ana3@gmail.com"),
    ("en-US", "ann three at gmail dot com", "ann3@gmail.com"),
])
def test_a_number_in_the_address_is_still_read(locale: str, said: str, address: str) -> None:
    assert extract_email(said, locale) == address


@pytest.mark.parametrize(("locale", "remark"), [
    ("es-MX", "Nomás son tres letras."),
    ("es-MX", "Son cuatro letras nada más."),
    ("en-US", "It's just three letters."),
])
async def test_a_remark_on_its_shape_holds_nothing_in_a_call(locale: str, remark: str) -> None:
    conv = await at_question("email", locale)
    await conv.user_turn(remark)
    assert conv.pending is None
    assert conv.step.slot == "email"
    await conv.user_turn("ana arroba gmail punto com" if locale == "es-MX" else "ann at gmail dot com")
    assert conv.pending == ("ana@gmail.com" if locale == "es-MX" else "ann@gmail.com")


async def test_a_remark_on_its_shape_at_the_arrival_is_not_kept_for_the_address() -> None:
    conv = await at_question("eta", "es-MX")
    await conv.user_turn("Nomás son tres letras.")
    await conv.user_turn("a las cinco de la tarde")
    await conv.user_turn("sí")
    assert conv.step.slot == "email"
    assert conv.pending is None
    await conv.user_turn("ana arroba gmail punto com")
    assert conv.pending == "ana@gmail.com"


@pytest.mark.parametrize(("said", "address"), [
    # everyday words before the address leave "la" at its start: never garza@, anote.garza@ nor apuntele-garza@
    ("el correo es la punto garza arroba gmail punto com", "la.garza@gmail.com"),
    ("es el de la empresa, la punto garza arroba gmail punto com", "la.garza@gmail.com"),
    ("anote la punto garza arroba gmail punto com", "la.garza@gmail.com"),
    ("apúntele la guion garza arroba gmail punto com", "la-garza@gmail.com"),
    ("el de la oficina es la punto ruiz arroba hotmail punto com", "la.ruiz@hotmail.com"),
])
def test_la_after_everyday_words_still_begins_the_address(said: str, address: str) -> None:
    assert extract_email(said, "es-MX") == address


async def test_la_after_everyday_words_read_back_in_a_call() -> None:
    assert await heard_at_question("email", "es-MX", "el correo es la punto garza arroba gmail punto com") \
        == "la.garza@gmail.com"
