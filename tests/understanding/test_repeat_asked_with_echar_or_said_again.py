"""Asked to hear it again in Mexican words ("échamela otra vez", "¿me la echas de nuevo?") or with "volver a decir"
and no pronoun ("¿me vuelves a decir lo último?"), a part of it asked again ("say the last part again?"), and a
whole-turn request said in a clause of its own with why it was needed and no question mark ("Otra vez, porfa, que
pasó un tortón y no oí", "Again please, a truck went by"). Traps:
the caller saying it again himself ("te lo vuelvo a decir", "I'll read it again for you", "let me give you that
again"), or telling how often he said it ("ya te lo eché dos veces")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("Échamela otra vez, que pasó una pipa y no oí.", "es-MX"),
    ("¿Me la echas otra vez?", "es-MX"),
    ("Échamelo de nuevo, porfa.", "es-MX"),
    ("Perdón, ¿me vuelves a decir lo último?", "es-MX"),
    ("¿Me puede volver a decir el número, joven?", "es-MX"),
    ("¿Me podrías volver a decir?", "es-MX"),
    ("Say the last part again?", "en-US"),
    ("Can you give me that last bit again?", "en-US"),
    ("Give me that again, the wind picked up.", "en-US"),
    ("Otra vez, porfa, que pasó un tortón y no oí.", "es-MX"),
    ("Mande, que pasó la pipa.", "es-MX"),
    ("Repite, que se cortó.", "es-MX"),
    ("Again please, a truck went by.", "en-US"),
    ("Again, sorry, the reefer kicked on.", "en-US"),
])
def test_asked_to_hear_it_again(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(("text", "locale"), [
    ("Te lo vuelvo a decir: Juan Pérez López.", "es-MX"),
    ("Ya te lo eché dos veces, es la cuatro cinco dos.", "es-MX"),
    ("Échale ganas.", "es-MX"),
    ("Let me give you that again: 4471.", "en-US"),
    ("I'll read it again for you, 4-4-7-1.", "en-US"),
    ("Let me say that again: 4471.", "en-US"),
    ("Otra vez, la ka.", "es-MX"),
    ("Again, it's four four seven one.", "en-US"),
])
def test_the_caller_saying_it_again_asks_nothing(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "repeat"
