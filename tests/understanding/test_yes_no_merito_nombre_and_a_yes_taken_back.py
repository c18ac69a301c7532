"""Yes and no in more Mexican shapes: "mero" made small ("eso merito", "así merito") is a yes; "nombre" (no,
hombre) said to the agent with a courtesy word ("nombre, jefa, me las cambiaste todas") is a no, while "nombre"
as the word "name" answers nothing; a yes taken back by the caller's own "no, perdón" before a change ("sí,
este... no, perdón, el siete va antes del dos") is no yes - the change follows, like "sí, pero ...". Go-aheads at
a permission question ("dale", "¿qué necesitas?", "what do you need?", "sí, pero rápido") - the questions only
where no value is read back - and "not now" as a no."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(("text", "locale", "answer"), [
    ("Eso merito, jefa.", "es-MX", "yes"),
    ("Así merito.", "es-MX", "yes"),
    ("Eso, merito.", "es-MX", "yes"),
    ("Nombre, jefa, me las cambiaste todas.", "es-MX", "no"),
    ("Nombre, joven, está todo mal.", "es-MX", "no"),
    ("Nombre.", "es-MX", "no"),
    ("Nombre completo: Juan Pérez.", "es-MX", None),
    ("Nombre: Juan Pérez.", "es-MX", None),
    ("Sí, este... no, perdón, el siete va antes del dos.", "es-MX", None),
    ("Sí... no, perdón, es con be.", "es-MX", None),
    ("Yeah, uh... no, sorry, the seven goes first.", "en-US", None),
    ("Sí, este... no, perdón, no.", "es-MX", "no"),
    ("Sí, no, perdón, sí.", "es-MX", "yes"),
    ("Sí... no, está mal.", "es-MX", "no"),
    ("Sí, este, no, todo bien.", "es-MX", "yes"),
    ("Dale.", "es-MX", "yes"),
    ("Sí, pero rápido.", "es-MX", "yes"),
    ("Sí, pero rapidito que voy manejando.", "es-MX", "yes"),
    ("Sí, pero la be va antes.", "es-MX", None),
    ("Sí, pero rápido cambias la be.", "es-MX", None),
    ("Sure, but make it quick.", "en-US", "yes"),
    ("Yes, but the seven is a one.", "en-US", None),
    ("Not now.", "en-US", "no"),
    ("Not right now.", "en-US", "no"),
])
def test_the_answer(text: str, locale: str, answer: str | None) -> None:
    assert classify_yes_no(text, locale).answer == answer


@pytest.mark.parametrize(("text", "locale"), [
    ("A ver, ¿qué necesitas?", "es-MX"),
    ("¿Qué se le ofrece?", "es-MX"),
    ("What do you need?", "en-US"),
    ("What can I do for you?", "en-US"),
])
def test_asked_what_she_needs_goes_ahead_but_checks_no_value(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale, of_value=False).answer == "yes"
    assert classify_yes_no(text, locale).answer is None  # at a read-back: nothing checked


@pytest.mark.parametrize(("text", "locale"), [
    # "nombre" (nah) said to the agent, then that all is fine: the Mexican "nah, it's fine", a yes
    ("Nombre, jefa, está bien.", "es-MX"),
    ("Nombre, joven, ahí está bien.", "es-MX"),
    ("Nombre, señorita, eso está bien.", "es-MX"),
    ("Nombre, amigo, todo perfecto.", "es-MX"),
    # a hesitation after the yes, then the "no, no" of reassurance: no yes taken back (no "sorry")
    ("Sí, este, no, no, está bien.", "es-MX"),
    ("Sí, este, no, ninguno.", "es-MX"),
])
def test_nah_its_fine_and_a_hesitant_yes_stay_yes(text: str, locale: str) -> None:
    for of_value in (None, "ABC-123"):
        assert classify_yes_no(text, locale, of_value=of_value).answer == "yes", (text, of_value)
