"""The Mexican hesitation "no, sí..." and then a hold or the read-back asked for again ("no, sí, permíteme", "no,
sí... ¿me la repites?"): the caller has not checked it yet, no answer, like "sí, espérame". "No, sí, así está
bien" stays a yes and a "no" with no "sí" after it still denies."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.yes_no import classify_yes_no


@pytest.mark.parametrize(
    "text",
    [
        "No, sí... permíteme tantito.",
        "Eh, no, sí, déjame ver la tarjeta.",
        "No, sí... ¿me la repites otra vez?",
        "No, sí, aguántame, ¿cómo dijiste la placa?",
    ],
)
def test_no_si_then_a_hold_is_undecided(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No, sí, así está bien.", "yes"),
        ("No, espérate, ésa no es.", "no"),
        ("No, la última es ka.", "no"),
    ],
)
def test_other_no_si_turns_keep_their_answer(text: str, expected: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == expected
