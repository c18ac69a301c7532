"""Through a whole call (a scripted caller drives Daisy): a vowel spelled with its "de" run in as "al"
("Aldeáguila": A), an address whose first letter is joined to it by a dot ("y.cardenas"), a country ending
spelled with a cut "em" ("punto em equis": .mx), and the hour said with its article alone ("Las cinco.") at the
e-mail question once the arrival time was left for later: read back as the arrival time, never taken into the
address; and a value the caller cannot give now ("Ahí sí no sé.": the "sí" stresses the "no sé") put off to the
end."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

NAME_AND_NUMBER = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (["Tedetoro.", "Aldeáguila.", "Letra ele.", "Novecientos. Noventa."], "TAL-990"),
        (["Be de burro.", "Al de Acapulco.", "Erre de ratón.", "Cuatrocientos cuarenta y uno."], "BAR-441"),
    ],
)
async def test_a_vowel_run_into_its_de_is_collected_on_the_plate(
        daisy: CompiledFlow, turns: list[str], plate: str) -> None:
    conv = await call(daisy, "es-MX", [*NAME_AND_NUMBER, *turns])
    assert conv.step.slot == "tractor_plate" and conv.pending == plate
    await conv.user_turn("Sí.")
    assert conv.slots["tractor_plate"] == plate


async def _at_email(daisy: CompiledFlow, eta: list[str]) -> object:
    return await call(daisy, "es-MX", [*NAME_AND_NUMBER, "a b c uno dos tres cuatro", "sí", "ochenta y dos", "sí",
                                       "x y z nueve ocho siete seis", "sí", *eta])


@pytest.mark.parametrize(
    ("turns", "address"),
    [
        (["y.cardenas", "Punto. O.", "Arroba. Hotmail.", "Punto com."], "y.cardenas.o@hotmail.com"),
        (["Es abundio ch", "61", "arroba yahoo punto com punto em equis."], "abundioch61@yahoo.com.mx"),
    ],
)
async def test_the_address_keeps_its_joined_first_letter_and_its_country_ending(
        daisy: CompiledFlow, turns: list[str], address: str) -> None:
    conv = await _at_email(daisy, ["a las tres de la tarde", "sí"])
    assert conv.step.slot == "email"
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.pending == address
    await conv.user_turn("Sí.")
    assert conv.slots["email"] == address


@pytest.mark.parametrize("hour", ["Las cinco.", "Como las cinco.", "las 5"])
async def test_the_hour_said_alone_at_the_email_question_is_the_arrival_time_left_for_later(
        daisy: CompiledFlow, hour: str) -> None:
    conv = await _at_email(daisy, ["No sé, todavía no sé.", "No sé."])
    assert conv.step.slot == "email"  # the arrival time left for later
    reply = said(await conv.user_turn(hour))
    assert conv.step.slot == "eta" and "5" in reply and "correo" not in reply.split("?")[0]
    await conv.user_turn("Sí.")
    assert conv.slots["eta"] == "17:00"
    await conv.user_turn("ana arroba gmail punto com")
    assert conv.pending == "ana@gmail.com"


async def test_the_hour_said_alone_after_the_arrival_time_is_never_the_start_of_the_address(
        daisy: CompiledFlow) -> None:
    conv = await _at_email(daisy, ["a las tres de la tarde", "sí"])
    await conv.user_turn("Las cinco.")
    await conv.user_turn("ana arroba gmail punto com")
    assert conv.pending == "ana@gmail.com"


@pytest.mark.parametrize(("locale", "turn", "put_off"), [
    ("es-MX", "Ahí sí no sé.", "eso lo vemos al final"),
    ("es-MX", "Eso sí no sé, señorita.", "eso lo vemos al final"),
    ("en-US", "No idea.", "come back to that at the end"),
])
async def test_a_value_the_caller_cannot_give_now_is_put_off(
        daisy: CompiledFlow, locale: str, turn: str, put_off: str) -> None:
    before = {"es-MX": [*NAME_AND_NUMBER, "a b c uno dos tres cuatro", "sí", "ochenta y dos", "sí"],
              "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "a b c one two three four", "yes",
                        "eighty two", "yes"]}[locale]
    conv = await call(daisy, locale, before)
    assert conv.step.slot == "trailer_plate"
    assert put_off in said(await conv.user_turn(turn))
    assert conv.step.slot == "eta"


# "Las dos cajas ..." first in the turn counts a driver's trailers (pulling a full), never an hour: the number
# said after it is the trailer's.
@pytest.mark.parametrize("answer", ["Las dos cajas son la mil doscientos.", "Las dos cajas traen el mil doscientos.",
                                    "Las dos unidades, la mil doscientos."])
async def test_the_trailers_counted_with_las_are_no_hour(daisy: CompiledFlow, answer: str) -> None:
    conv = await call(daisy, "es-MX", [*NAME_AND_NUMBER, "a b c uno dos tres cuatro", "sí", answer])
    assert conv.step.slot == "trailer_number" and conv.pending == "1200"


# "Y punto com" at the read-back of an address with its domain is the caller's "and dot com": no address starts
# with one letter and then its ending, so the address read back is kept, never begun anew as "y.com".
@pytest.mark.parametrize("ending", ["Y punto com.", "y punto com, sí", "Y punto com punto mx."])
async def test_and_dot_com_at_the_email_read_back_keeps_the_address(daisy: CompiledFlow, ending: str) -> None:
    conv = await _at_email(daisy, ["a las tres de la tarde", "sí", "ana lopez arroba gmail"])
    assert conv.pending == "analopez@gmail.com"
    await conv.user_turn(ending)
    assert conv.slots.get("email", conv.pending) in ("analopez@gmail.com", "analopez@gmail.com.mx")
