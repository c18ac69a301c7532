"""An interjection said as a word while a plate is asked ("Ugh,", "eh", "argh") is a sound, not its letters.

"Ugh," at "What are the tractor's plates?" is no U G H: the question waits for the plate, uncounted (as "um"
does), and the plate said after it - in the same turn or the next - is the plate. Letters said one by one ("U G
H") are letters.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"],
            "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes"]}
PLATE = {"es-MX": ("a be ce uno dos tres cuatro", "A de árbol, B de burro, C de casa, 1, 2, 3, 4"),
         "en-US": ("A B C one two three four", "Alpha, Bravo, Charlie, 1, 2, 3, 4")}


@pytest.mark.parametrize(("locale", "sound"), [
    ("en-US", "Ugh,"), ("en-US", "Ugh."), ("en-US", "ugh"), ("en-US", "Eh,"), ("en-US", "Argh."), ("en-US", "Meh."),
    ("en-US", "Hmm."), ("en-US", "Uh,"), ("es-MX", "Eh,"), ("es-MX", "Ah."), ("es-MX", "Mmm."),
])
async def test_an_interjection_is_no_letters_of_the_plate(daisy: CompiledFlow, locale: str, sound: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    reply = said(await conv.user_turn(sound))
    assert "U G H" not in reply and "so far" not in reply and "Llevo" not in reply
    assert conv.step.name.endswith("tractor_plate.ask")
    assert PLATE[locale][1] in said(await conv.user_turn(PLATE[locale][0]))


@pytest.mark.parametrize("locale", ["en-US"])
async def test_an_interjection_before_the_plate_in_one_turn_is_dropped(daisy: CompiledFlow, locale: str) -> None:
    conv = await call(daisy, locale, TO_PLATE[locale])
    assert PLATE[locale][1] in said(await conv.user_turn("Ugh, " + PLATE[locale][0]))


async def test_letters_said_one_by_one_are_letters(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US", TO_PLATE["en-US"])
    assert "U G H" in said(await conv.user_turn("U G H one two three"))
