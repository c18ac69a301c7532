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
        # "nombre" before telling the agent it is wrong
        ("Nombre, andas muy perdido.", "no"),
        ("Nombre, estás equivocada.", "no"),
        ("Nombre, anda mal, joven.", "no"),
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
        "Nombre, apellido y la placa, ¿verdad?",
        "Eso lo cambié la semana pasada.",
    ],
)
def test_those_words_elsewhere_answer_nothing(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # "of course not": the yes word only makes the no stronger
        ("Claro que no.", "es-MX", "no"),
        ("¡Por supuesto que no!", "es-MX", "no"),
        ("Pues claro que no, joven.", "es-MX", "no"),
        ("Desde luego que no.", "es-MX", "no"),
        ("Obvio no, está mal.", "es-MX", "no"),
        ("Of course not.", "en-US", "no"),
        ("Absolutely not, that's wrong.", "en-US", "no"),
        ("Definitely not.", "en-US", "no"),
        # the traps: the same yes words before a yes
        ("Claro que sí.", "es-MX", "yes"),
        ("Por supuesto.", "es-MX", "yes"),
        ("Of course.", "en-US", "yes"),
        # Mexican "¿cómo no?" is "of course", alone or before another answer
        ("¿Cómo no?", "es-MX", "yes"),
        ("Cómo no, joven.", "es-MX", "yes"),
        ("Sí, cómo no.", "es-MX", "yes"),
        ("Cómo no, así es.", "es-MX", "yes"),
    ],
)
def test_of_course_not_and_how_not(text: str, locale: str, expected: str) -> None:
    assert classify_yes_no(text, locale).answer == expected


@pytest.mark.parametrize(
    "text",
    [
        "Como no me acuerdo, deja lo busco.",  # "since I don't remember"
        "¿Cómo no sabes?",
        "¿Cómo que no?",
    ],
)
def test_como_no_inside_a_sentence_is_no_yes(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer != "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # the "no" of "claro que no" / "of course not" denies a problem here, not the value: a yes
        ("Claro que no hay problema.", "es-MX"),
        ("Por supuesto que no hay bronca.", "es-MX"),
        ("Of course, not a problem.", "en-US"),
    ],
)
def test_of_course_no_problem_is_a_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(("text", "locale"), [("Obvio no hay pedo.", "es-MX"), ("Certainly not a problem.", "en-US")])
def test_of_course_no_problem_is_never_a_no(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "no"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("Claro que no, le digo que es otra.", "es-MX"), ("Of course not, that's wrong.", "en-US")],
)
def test_trap_of_course_not_before_a_pause_stays_a_no(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "no"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Nombre, esos números son de otra caja.", "es-MX", "no"),
        ("Nombre, esas no son mías.", "es-MX", "no"),
        ("Yessir, that lines up with my bill of lading.", "en-US", "yes"),
        ("Yes sir, same as on my card.", "en-US", "yes"),
        ("No, no, es la ka.", "es-MX", "no"),  # a denial and its correction
    ],
)
def test_nombre_before_those_and_yessir_before_anything_answer(text: str, locale: str, expected: str) -> None:
    assert classify_yes_no(text, locale).answer == expected


@pytest.mark.parametrize(
    "text",
    [
        "No oí bien, ¿me lo repites?",
        "Perdón, no te entendí.",
        "No, no le caché lo último.",
        "¿Cómo? No escuché nada.",
    ],
)
def test_not_hearing_what_was_read_is_no_answer(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("not everything's correct", "en-US"),
        ("Not all good.", "en-US"),
        ("not everything is right, the plate's off", "en-US"),
        ("not all of it", "en-US"),
        ("no todo está bien", "es-MX"),
    ],
)
def test_the_whole_said_not_to_be_right_is_a_no(text: str, locale: str) -> None:
    """"Not everything's correct" at "Is everything correct?" denies it, as "no todo está bien" does; the yes
    words in it ("correct", "good") are what is denied. (It saved the summary as confirmed.)"""
    assert classify_yes_no(text, locale).answer == "no"
