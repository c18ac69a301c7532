"""At a read-back, "va" after a place named in its clause ("después de espinoza va noventa", "antes del
arroba va un guion bajo", "al final va un cinco") is the verb "goes": the caller says where a part of the
value is, a change - never the Mexican "va" (okay) followed by a value. A "va" said on its own, or after a
pause, stays the okay."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    "text",
    [
        "Te faltó el noventa. Después de espinoza va noventa, nueve cero.",
        "Después de la jota va ge de gato.",
        "Antes del arroba va un guion bajo.",
        "Al final va un cinco.",
        "Luego de la erre van dos eles.",
        "En medio va un punto.",
    ],
)
def test_goes_after_a_place_is_no_okay(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None


@pytest.mark.parametrize(
    "text",
    ["Va.", "Sí, va.", "Órale pues, va.", "Va, después de la jota.", "Después de eso, va, gracias."],
)
def test_va_on_its_own_stays_okay(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == "yes"


@pytest.mark.parametrize("text", ["After the j there's a g.", "Before the at goes an underscore."])
def test_english_placing_words_are_no_answer(text: str) -> None:
    assert classify_yes_no(text, "en-US").answer is None


def test_a_no_before_the_place_stays_the_no() -> None:
    assert classify_yes_no("No, antes del arroba va un guion bajo.", "es-MX").answer == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Sí, al final va.",
        "Al final va, gracias.",
        "Después de todo va bien.",
        "Al final va a ser ese.",
        "Después del viaje va.",
        "Antes de las cinco va, sí.",
        "Al final de cuentas va.",
        "Al final va ese mero.",
        "Después de eso va y ya.",
    ],
)
def test_va_after_a_place_that_places_nothing_stays_okay(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == "yes"


@pytest.mark.parametrize(
    "text",
    ["Después de ortiz va 90.", "Al final va el noventa.", "Después de luis va punto.", "Al final va otra ele.",
     "Después de la a va i latina."],
)
def test_a_number_symbol_or_letter_after_the_placed_va_is_no_okay(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None
