"""Yes and no in more Mexican shapes: the value read back pointed at ("ese es el bueno", "esa merita",
"eso" alone) is a yes; "nombre" (no, hombre) opening a denial, and a value that "ni se parece", are a
no; "no, bueno, sí" takes the no back, and a yes that then stalls to check is no answer yet. The same
words inside a sentence ("su nombre es ...", "eso lo cambié") answer nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ese es el bueno, sí.", "yes"),
        ("Esa merita.", "yes"),
        ("Eso.", "yes"),
        ("Eso, eso.", "yes"),
        ("Nombre, para nada.", "no"),
        ("¡Nombre! Esa no es.", "no"),
        ("No se parece en nada a la mía.", "no"),
        ("No hombre, está todo mal.", "no"),
        ("Sí, bueno, no, está mal el número.", "no"),
    ],
)
def test_mexican_shapes_of_yes_and_no(text: str, expected: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == expected


@pytest.mark.parametrize(
    "text",
    [
        # the no taken back, then a stall to check: not decided yet
        "No, bueno, sí... espérame que reviso el papel.",
        # the same words inside a sentence
        "Nombre completo: Ramiro Salas.",
        "Eso lo cambié la semana pasada.",
    ],
)
def test_those_words_elsewhere_answer_nothing(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None
