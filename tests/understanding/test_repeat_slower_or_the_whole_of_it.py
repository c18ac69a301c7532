"""Asked slower or for the whole of it again ("whoa, whoa, slow down and say the whole thing over", "say it all
again", "dímelo todo de nuevo"): the question again, not a complaint. "Slow down" counts alone as the whole turn:
said of the road ("they told me to slow down at the scale") it asks nothing again."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Whoa, whoa, slow down and say the whole thing over.", "en-US"),
        ("Slow down, say the whole thing over.", "en-US"),
        ("Can you say it all again?", "en-US"),
        ("Slow down, please.", "en-US"),
        ("Whoa, slow down!", "en-US"),
        ("Dímelo todo de nuevo.", "es-MX"),
        ("Échamelo todo otra vez, que no oí.", "es-MX"),
    ],
)
def test_slower_or_the_whole_of_it_again_is_a_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat", (text, match)


def test_slowing_down_on_the_road_is_no_repeat() -> None:
    match = detect_intent("They told me to slow down at the scale.", "en-US")
    assert match is None or match.name != "repeat"
