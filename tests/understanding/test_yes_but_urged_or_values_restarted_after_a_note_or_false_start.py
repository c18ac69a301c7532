"""A yes whose "but" only urges the agent on after an urging word ("Mjm, sí, todo bien, pero ya apúrale que voy
manejando", "but c'mon, hurry up, I'm driving") stands; a spelling note said inside a name, the noted word said again
after it ("Apúntale Evaristo Quintanilla, con cu, Quintanilla Rocha") is no part of the name; a round number begun
with a hesitation and said again whole ("Este, setenta, setenta y nueve") is one number (79, not 7079; said fluently,
"cincuenta, cincuenta y cuatro" and "noventa, noventa" stay chunks);
a time taken back after an interjection ("Al mediodía... ah no, espérate, a la una y media mejor") keeps the
afternoon (13:30). The same in a call, at the question and at a read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no
from daisy_engine.understanding.integers import extract_integer
from daisy_engine.understanding.names import extract_name
from daisy_engine.understanding.times import extract_time

from .call_helpers import at_question, heard_at_question, heard_at_read_back


@pytest.mark.parametrize(("text", "locale"), [
    ("Mjm, sí, todo bien, pero ya apúrale que voy manejando.", "es-MX"),
    ("Sí, está bien, pero ándale, rápido que voy en la caseta.", "es-MX"),
    ("Yeah, that's right, but c'mon, hurry up, I'm driving.", "en-US"),
])
def test_a_yes_urged_on_stands(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, pero ya es otra la letra.", "es-MX"),
    ("Yes but just the last one is wrong.", "en-US"),
])
def test_a_but_that_says_how_it_is_is_no_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"


async def test_a_yes_urged_on_confirms_the_read_back() -> None:
    conv = await at_question("tractor_number", "es-MX")
    await conv.user_turn("cuatro cinco dos")
    await conv.user_turn("Mjm, sí, todo bien, pero ya apúrale que voy manejando.")
    assert conv.step.slot == "tractor_plate"


@pytest.mark.parametrize(("text", "locale", "name"), [
    ("Apúntale Evaristo Quintanilla, con cu, Quintanilla Rocha.", "es-MX", "Evaristo Quintanilla Rocha"),
    ("Rosendo Aguilar, con ge, Aguilar Méndez.", "es-MX", "Rosendo Aguilar Méndez"),
    ("Evaristo Quintanilla con cu, Rocha.", "es-MX", "Evaristo Quintanilla Rocha"),
    ("Bart Kessler, with a K, Kessler Jones.", "en-US", "Bart Kessler Jones"),
    ("Rosendo Aguilar, Aguilar con ge, ¿ya?", "es-MX", "Rosendo Aguilar"),
])
def test_a_spelling_note_inside_the_name(text: str, locale: str, name: str) -> None:
    assert extract_name(text, locale) == name


@pytest.mark.parametrize(("text", "locale", "number"), [
    ("Este, setenta, setenta y nueve.", "es-MX", "79"),
    ("Eh, cuarenta, cuarenta y dos.", "es-MX", "42"),
    ("Um, seventy, seventy-nine.", "en-US", "79"),
    ("Uh, forty, forty-two.", "en-US", "42"),
    ("Cincuenta, cincuenta y cuatro.", "es-MX", "5054"),  # said fluently: two chunks, as dictated
    ("Forty, forty-six.", "en-US", "4046"),
    ("Doscientos, doscientos quince.", "es-MX", "215"),
    ("Noventa, noventa.", "es-MX", "9090"),
    ("Fifty five eighteen.", "en-US", "5518"),
])
def test_a_round_number_begun_then_said_whole(text: str, locale: str, number: str) -> None:
    assert extract_integer(text, locale) == number


@pytest.mark.parametrize(("text", "locale", "time"), [
    ("Al mediodía... ah no, espérate, a la una y media mejor.", "es-MX", "13:30"),
    ("A las cuatro, ay no, a las cinco.", "es-MX", "17:00"),
    ("Noon... oh no, wait, one thirty.", "en-US", "13:30"),
    ("At four, uh, no, at five.", "en-US", "17:00"),
])
def test_a_time_taken_back_after_an_interjection(text: str, locale: str, time: str) -> None:
    assert extract_time(text, locale, {"now": "09:00"}) == time


@pytest.mark.parametrize(("slot", "text", "value"), [
    ("full_name", "Apúntale Evaristo Quintanilla, con cu, Quintanilla Rocha.", "Evaristo Quintanilla Rocha"),
    ("tractor_number", "Este, setenta, setenta y nueve.", "79"),
    ("eta", "Al mediodía... ah no, espérate, a la una y media mejor.", "13:30"),
])
async def test_the_value_in_a_call(slot: str, text: str, value: str) -> None:
    assert str(await heard_at_question(slot, "es-MX", text)) == value
    wrong = {"full_name": "Ana López", "tractor_number": "cuatro cinco dos", "eta": "a las cinco de la tarde"}[slot]
    assert str(await heard_at_read_back(slot, "es-MX", wrong, text)) == value
