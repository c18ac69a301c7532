"""Speech recognition writes the clitic of "llámame", "márcame" apart ("marca me en una hora"): the callback and its
minutes are heard as if it were one word. After a pronoun the words stay what they were."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent
from daisy_engine.understanding.normalize import join_split_clitics


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Marca me en una hora, porfa.", 60),
        ("Mejor habla me en quince minutos.", 15),
        ("Oye, regresa me la llamada en media hora.", 30),
        ("¿Me puedes llamar me en veinte minutos?", 20),
    ],
)
def test_the_callback_and_its_minutes_are_heard(text: str, minutes: int) -> None:
    match = detect_intent(text, "es-MX")
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


def test_after_a_pronoun_the_words_stay_apart() -> None:
    assert join_split_clitics("el me llama me imagino", "es") == "el me llama me imagino"
    assert join_split_clitics("llama me luego", "es") == "llamame luego"
    assert join_split_clitics("call me later", "en") == "call me later"
