"""What the agent said, asked again in the caller's own words ("Perdón, ¿me lo puedes decir de nuevo?", "¿me dices
otra vez?", "could you tell me that one more time?"), or the agent's voice stuck on the line ("¿Mande, mande? Se
le trabó la voz", "you froze up on me"): the question is asked again. The caller saying it again himself, someone
else saying something again, or a thing of the truck that got stuck asks nothing of the agent."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Perdón, ¿me lo puedes decir de nuevo?", "es-MX"),
        ("¿Me podrías decir otra vez?", "es-MX"),
        ("¿Me dices de nuevo, porfa?", "es-MX"),
        ("¿Me la puede decir una vez más, señorita?", "es-MX"),
        ("Dímelo una vez más.", "es-MX"),
        ("¿Puedes repetírmelo?", "es-MX"),
        ("¿Me lo repites más despacito?", "es-MX"),
        ("¿Podría decírmelo otra vez? No le agarré.", "es-MX"),
        ("Could you tell me that one more time?", "en-US"),
        ("Can you go over that again?", "en-US"),
        ("Would you say that slower one more time?", "en-US"),
    ],
)
def test_what_was_said_asked_again_in_other_words_is_a_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Mande, mande? Se le trabó la voz.", "es-MX"),
        ("Se trabó la llamada, ¿qué me decía?", "es-MX"),
        ("Se le congeló la voz, joven.", "es-MX"),
        ("Te trabaste tantito.", "es-MX"),
        ("You froze up on me there.", "en-US"),
        ("Your voice glitched for a second.", "en-US"),
        ("The call froze, sorry.", "en-US"),
    ],
)
def test_the_agents_voice_stuck_on_the_line_is_a_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the caller saying it again himself
        ("Te lo digo de nuevo: cuatro cinco dos.", "es-MX"),
        ("Se lo repito otra vez, es la cuarenta y cinco.", "es-MX"),
        ("I can tell you that again, it's forty-five.", "en-US"),
        # someone else who says something again
        ("Mi jefe me dice otra vez que espere.", "es-MX"),
        # the truck's things stuck, the caller's tongue
        ("Se le trabó el freno a la caja.", "es-MX"),
        ("Se me trabó la lengua, perdón, es cuatro cinco dos.", "es-MX"),
        ("My brakes froze up last winter.", "en-US"),
        ("The reefer froze up on the last load.", "en-US"),
    ],
)
def test_saying_it_again_oneself_or_a_stuck_thing_is_no_repeat(text: str, locale: str) -> None:
    assert intent(text, locale) != "repeat"
