"""An English word whose last consonant is said unvoiced ("sent" for "send", "bat" for "bad"), as a Spanish
speaker ends it and the recogniser writes it, is still the phrase's word; one letter put for another elsewhere in
a short word is another word ("rear"/"real", "read"/"real") and no intent."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

WRITTEN = {"prefers_whatsapp": {"en-US": ["send me a whatsapp", "send me a text instead"]},
           "prefers_email": {"en-US": ["send me an email"]}}


def name_of(text: str) -> str | None:
    match = detect_intent(text, "en-US", extra_phrases=WRITTEN)
    return match.name if match else None


@pytest.mark.parametrize(("text", "intent"), [
    ("sent me a whatsapp", "prefers_whatsapp"),
    ("can you sent me a whatsapp", "prefers_whatsapp"),
    ("just sent me a text instead", "prefers_whatsapp"),
    ("sent me an email", "prefers_email"),
    ("better sent me an email please", "prefers_email"),
])
def test_a_last_consonant_said_unvoiced_is_still_the_phrase(text: str, intent: str) -> None:
    assert name_of(text) == intent


@pytest.mark.parametrize("text", [
    "someone rear-ended me at a light",
    "someone read my plate wrong and hit me",
    "a seal person",
])
def test_another_letter_inside_a_short_word_is_still_another_word(text: str) -> None:
    assert name_of(text) != "human"
