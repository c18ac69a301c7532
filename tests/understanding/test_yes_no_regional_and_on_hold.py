"""Read-back answers in regional and colloquial shapes: northern Mexican "ey", "así está", "no, sí" (a yes
whose "no" is only a discourse marker), emphasis after a yes; and a yes that puts the read-back on
hold or asks to hear it again, which confirms nothing yet."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


def answer(text: str, locale: str) -> str | None:
    return classify_yes_no(text, locale).answer


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ey.", "es-MX"),
        ("Eyy, así mero.", "es-MX"),
        ("Así está, señorita.", "es-MX"),
        ("Tal cual.", "es-MX"),
        ("No, sí.", "es-MX"),
        ("No, sí, correcto.", "es-MX"),
        ("Este, no, sí, está bien así.", "es-MX"),
        ("Eso es, ni más ni menos.", "es-MX"),
        ("That's right, no more no less.", "en-US"),
    ],
)
def test_regional_and_emphatic_yes(text: str, locale: str) -> None:
    assert answer(text, locale) == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, permíteme, ando buscando la tarjeta de circulación.", "es-MX"),
        ("Sí, un momento, deja veo los papeles.", "es-MX"),
        ("Sí... ¿me lo repites?", "es-MX"),
        ("Ajá, ¿me lo puede repetir más despacio?", "es-MX"),
        ("Sí, no te escuché bien lo último.", "es-MX"),
        ("Yeah, hold on, let me grab my registration.", "en-US"),
        ("Yes, one sec.", "en-US"),
        ("Yes... can you repeat the letters?", "en-US"),
    ],
)
def test_a_yes_on_hold_or_asking_to_hear_it_again_confirms_nothing(text: str, locale: str) -> None:
    assert answer(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Sí, ¿qué sigue?", "es-MX", "yes"),
        ("Sí, ¿y ahora qué más?", "es-MX", "yes"),
        ("No, sí es la ka, no la ce.", "es-MX", "no"),  # a correction, not "no, sí"
        ("No, está mal.", "es-MX", "no"),
        ("No, no es así.", "es-MX", "no"),
        ("Nope, wait, the last one is a six.", "en-US", "no"),
    ],
)
def test_the_answers_around_them_stay_what_they_were(text: str, locale: str, expected: str) -> None:
    assert answer(text, locale) == expected


@pytest.mark.parametrize(
    "text",
    ["Va sin la ele antes de la u.", "Va con zeta al final.", "Van juntos, sin punto.", "Va separado con guion bajo.",
     "Va la be antes de la erre."],
)
def test_va_saying_how_a_value_is_written_is_no_yes(text: str) -> None:
    # the verb "goes" ("va sin la ele") describes the value; only the Mexican "va" (okay) confirms it
    assert answer(text, "es-MX") is None


@pytest.mark.parametrize("text", ["Va.", "Va, gracias.", "Sí, va.", "Va pues.", "Va bien, así está.",
                                  # "con", "sin", "al", "la" before no letter's name: the okay, then more of it
                                  "Va con eso.", "Va sin problema.", "Va al cien.", "Va sin pedo.",
                                  "Va la neta sí está bien."])
def test_trap_va_as_okay_is_still_a_yes(text: str) -> None:
    assert answer(text, "es-MX") == "yes"


@pytest.mark.parametrize("text", ["A huevo, no hay bronca.", "A huevo no hay problema.", "A huevo, no hay pedo."])
def test_a_huevo_then_no_problem_is_a_yes(text: str) -> None:
    # the slang yes and "no problem": only "a huevo que no" makes it a stronger no
    assert answer(text, "es-MX") == "yes"
