"""At a read-back, the value not even known as the caller's ("Nombre, oiga, ésa ni la conozco", "that one? never
seen it", "I don't recognize that") is a no; "nombre" (no, hombre) said to the agent with a word calling her
attention ("oiga", "mire") answers like "nombre, jefa". A name said after "nombre" ("nombre: Juan Pérez",
"nombre completo, oiga, ...") answers nothing, and "ah, sí la conozco" is no no."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale", "answer"),
    [
        ("Nombre, oiga, ésa ni la conozco.", "es-MX", "no"),
        ("Ésa ni la conozco.", "es-MX", "no"),
        ("Ese número no lo conozco, oiga.", "es-MX", "no"),
        ("Nombre, mire, ésa es de otro camión.", "es-MX", "no"),
        ("Nombre, oye, ni se parece.", "es-MX", "no"),
        ("Never seen that one.", "en-US", "no"),
        ("I don't recognize that plate.", "en-US", "no"),
        # "nombre" (nah) said to the agent, then that all is fine: still the Mexican "nah, it's fine"
        ("Nombre, oiga, está bien así.", "es-MX", "yes"),
        # a name, no answer
        ("Nombre: Juan Pérez.", "es-MX", None),
        ("Nombre completo, oiga, Juan Pérez.", "es-MX", None),
    ],
)
def test_the_answer(text: str, locale: str, answer: str | None) -> None:
    for of_value in (None, "ABC-123"):
        assert classify_yes_no(text, locale, of_value=of_value).answer == answer, (text, of_value)


@pytest.mark.parametrize(
    ("text", "locale", "answer"),
    [
        # "no lo conozco" said of something else, after the value or a yes: no denial of the value read back
        ("Es el cuatro cinco dos, el otro no lo conozco.", "es-MX", None),
        ("That's my unit, the other one I don't recognize that.", "en-US", None),
        # said of the value read back, still a no
        ("Esa placa no la conozco.", "es-MX", "no"),
        ("I've never seen that one.", "en-US", "no"),
    ],
)
def test_not_known_said_of_something_else_denies_nothing(text: str, locale: str, answer: str | None) -> None:
    assert classify_yes_no(text, locale).answer == answer
