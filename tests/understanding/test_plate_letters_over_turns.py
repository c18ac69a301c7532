"""Letters of a plate said over several turns, as a careful listener writes them:
- a turn that stops on the words announcing a letter ("y la", "y la letra", "and the") makes the next lone letter
  that letter, even the Spanish "Y." (else "¿Y?", say that again); with a question mark it is still a question;
- in a flow whose plates take four letters, "A B C" - "Y." is ABCY and "A B C" - "A B C D" the letters said anew
  (ABCD); where they take three, the Y has no room and the caller is told (`no_room`) - never dropped silently;
- "C." - "like Sam" is C S: a "like <word>" alone is a letter whose name the line cut at the turn's start (S like
  Sam), not the C said again (C and S are no pair English callers confuse);
- given names alone mid-dictation stay letters ("A" - "Beatriz" - "Carlos": A B C)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_char
from daisy_engine.understanding.letters import letter_after_announced
from daisy_engine.understanding.types.plate import PlateAccumulator

DAISY = r"[A-Z]{2,3}-\d{2,4}"
FOUR = r"[A-Z]{4}-\d{3}"


def _dictated(locale: str, pattern: str, *turns: str) -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, {"pattern": pattern})
    for turn in turns:
        heard = hear_char(acc, turn, locale)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return acc


@pytest.mark.parametrize(
    ("text", "before", "lang", "letter"),
    [
        ("Y.", "y la", "es", True),
        ("Y.", "A B y la", "es", True),
        ("ye", "y la letra", "es", True),
        ("Y.", "y otra", "es", True),
        ("B.", "and the", "en", True),
        ("Y.", "A B, and the letter", "en", True),
        ("¿Y?", "y la", "es", False),
        ("Y.", "A B", "es", False),
        ("Y.", "y", "es", False),
        ("Yes.", "and the", "en", False),
    ],
)
def test_a_letter_announced_the_turn_before(text: str, before: str, lang: str, letter: bool) -> None:
    assert letter_after_announced(text, before, lang) is letter  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("locale", "pattern", "turns", "so_far", "no_room"),
    [
        ("en-US", FOUR, ("A B C", "Y."), "A B C Y", ""),
        ("es-MX", FOUR, ("A B C", "ye"), "A B C Y", ""),
        ("en-US", FOUR, ("A B C", "A B C D"), "A B C D", ""),
        ("es-MX", FOUR, ("A B C", "A B C D"), "A B C D", ""),
        ("en-US", DAISY, ("A B C", "Y."), "A B C", "Y"),
        ("en-US", DAISY, ("C.", "like Sam"), "C S", ""),
        ("es-MX", DAISY, ("A", "Beatriz", "Carlos"), "A B C", ""),
        ("en-US", DAISY, ("A", "Bob", "Charlie"), "A B C", ""),
    ],
)
def test_letters_said_over_turns(locale: str, pattern: str, turns: tuple[str, ...], so_far: str,
                                 no_room: str) -> None:
    acc = _dictated(locale, pattern, *turns)
    assert (acc.so_far(), acc.no_room()) == (so_far, no_room)
