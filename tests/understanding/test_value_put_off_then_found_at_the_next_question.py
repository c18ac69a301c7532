"""A value the caller put off ("Es que no me lo sé de memoria", "I don't have it on me") and then finds a moment
later, saying it at the next question ("Déjame ver." - "Doscientos once." at the trailer plates), is that value:
read back for it, and the question after it asked again. It had begun the plates as 2 1 1.

Only a whole value of the one put off right before, of another type than the question's own, while the question
has had no answer: "ABC doscientos once" there is the plates."""

from __future__ import annotations

import pytest

from .call_helpers import at_question

_YES = {"es-MX": "sí", "en-US": "yes"}


@pytest.mark.parametrize(("locale", "turns", "number"), [
    ("es-MX", ["Es que no me lo sé de memoria.", "Déjame ver.", "Doscientos once."], "211"),
    ("es-MX", ["No me acuerdo.", "Ah, ya. El siete."], "7"),
    ("es-MX", ["Ahorita no lo tengo a la mano.", "Espéreme.", "Es la cuatrocientos doce"], "412"),
    ("en-US", ["I don't have it on me.", "Hold on.", "It's two eleven."], "211"),
    ("en-US", ["I can't remember.", "Oh wait, eight forty."], "840"),
])
async def test_the_value_put_off_said_at_the_next_question_is_read_back_for_it(
        locale: str, turns: list[str], number: str) -> None:
    conv = await at_question("trailer_number", locale)
    await conv.user_turn(turns[0])
    assert conv.step.slot == "trailer_plate"
    for turn in turns[1:]:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_number" and conv.pending == number
    await conv.user_turn(_YES[locale])
    assert conv.slots["trailer_number"] == number
    assert conv.step.slot == "trailer_plate" and conv.step.kind == "ask"


@pytest.mark.parametrize(("locale", "turns", "plate"), [
    ("es-MX", ["No me lo sé de memoria.", "a be ce doscientos once"], "ABC-211"),
    ("en-US", ["I don't have it on me.", "A B C two one one"], "ABC-211"),
])
async def test_the_plates_said_there_are_the_plates(locale: str, turns: list[str], plate: str) -> None:
    conv = await at_question("trailer_number", locale)
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and "trailer_number" not in conv.slots
    assert conv.pending == plate or conv.state.acc.so_far() == " ".join(plate.replace("-", ""))


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["Ahorita no lo traigo a la mano.", "Como a las once de la mañana."]),
    ("en-US", ["I don't have it on me right now.", "Around eleven am."]),
])
async def test_a_time_said_there_is_no_number_put_off(locale: str, turns: list[str]) -> None:
    # the arrival time said early, with its clock words: kept for its own question, never read as the number
    conv = await at_question("trailer_number", locale)
    for turn in turns:
        await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and conv.pending is None and "trailer_number" not in conv.slots


@pytest.mark.parametrize(("locale", "turn", "so_far"), [
    ("es-MX", "sesenta y cuatro a ka siete pe", "6 4 A K 7 P"),
    ("es-MX", "doce u hache cuatro doble u", "1 2 U H 4 W"),
    ("en-US", "six four A K seven P", "6 4 A K 7 P"),
    ("en-US", "one two three A B C", "1 2 3 A B C"),
    ("en-US", "Sixty four A K 7 P", "6 4 A K 7 P"),
])
async def test_plates_that_start_with_their_digits_are_no_number_put_off(locale: str, turn: str, so_far: str) -> None:
    # a plate said digits first (as Mexican federal plates are) holds letters the number put off never has: the
    # plates being dictated, never the trailer number 647 with the letters dropped
    conv = await at_question("trailer_number", locale)
    await conv.user_turn("Es que no me lo sé de memoria." if locale == "es-MX" else "I don't have it on me.")
    await conv.user_turn(turn)
    assert conv.step.slot == "trailer_plate" and "trailer_number" not in conv.slots
    assert conv.pending is None or conv.pending.replace("-", "") == so_far.replace(" ", "")
