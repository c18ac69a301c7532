"""Complaints in more shapes: a value given several times already ("ya te dije mi nombre como cuatro
veces", "I already spelled it two times"), the agent's side asked what is wrong with it ("¿qué les pasa
con ustedes?", "what's going on with you guys?"), a wait in line since a moment ("parados desde
temprano", "stuck in line since dawn") and the call itself drawn out ("ya se está alargando mucho la
llamada", "how much longer is this going to take?"). Traps: a count said as why, "¿qué pasa con" a thing (no
"pásame con": no person asked for), a call that took long for a reason."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te dije mi nombre como cuatro veces, oiga.", "es-MX"),
        ("Te lo he deletreado mil veces.", "es-MX"),
        ("¿Cuántas veces le tengo que dar el número?", "es-MX"),
        ("I already spelled it two times for you.", "en-US"),
        ("I've told you my name like five times.", "en-US"),
        ("How many times do I have to say it?", "en-US"),
        ("¿Pues qué onda con ustedes?", "es-MX"),
        ("What's going on with you guys?", "en-US"),
        ("Nosotros parados desde temprano y nada.", "es-MX"),
        ("Aquí haciendo fila desde que llegué, ya van horas.", "es-MX"),
        ("Been stuck in line since dawn.", "en-US"),
        ("Ya se está alargando mucho la llamada.", "es-MX"),
        ("¿Cuánto más va a durar esto?", "es-MX"),
        ("How much longer is this going to take?", "en-US"),
        ("This call's dragging on, man.", "en-US"),
    ],
)
def test_the_grievance_said_in_other_shapes_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Les di las placas dos veces porque se cortó.", "es-MX"),  # the count says why
        ("Es la dos, te lo dije dos veces.", "es-MX"),
        ("I read it two times to be sure, it's 4471.", "en-US"),
        ("La llamada se tardó porque no tenía señal.", "es-MX"),
    ],
)
def test_a_count_or_a_reason_alone_is_no_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"


@pytest.mark.parametrize(
    "text",
    ["¿Qué pasa con la descarga?", "¿Y qué pasa con el remolque?", "¿Qué pasa con mi pago?"],
)
def test_what_goes_on_with_a_thing_asks_for_nobody(text: str) -> None:
    match = detect_intent(text, "es-MX")
    assert match is None or match.name != "human"


def test_being_put_through_is_still_asked_for_with_its_pronoun() -> None:
    match = detect_intent("Pásame con el supervisor, por favor.", "es-MX")
    assert match is not None and match.name == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Estoy parado desde las cinco en la báscula, llego como a las ocho.", "es-MX"),
        ("Desde temprano estoy formado en la aduana, calculo llegar a las nueve.", "es-MX"),
        ("Ando varado desde ayer en Querétaro, llego mañana en la tarde.", "es-MX"),
        ("Since this morning I've been stuck at the scale, I'll arrive at noon.", "en-US"),
        ("Stuck in traffic since six am, I'll be there around nine.", "en-US"),
    ],
)
def test_held_up_since_a_time_with_the_arrival_said_is_why_late_not_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("No sé qué les pasa a las llantas, llego a las cinco.", "es-MX"),  # asked of a thing
        ("La llamada tardó en entrar.", "es-MX"),  # why it was late, no grievance of its length
        ("Me pasaron incompleto el correo.", "es-MX"),  # a datum given short, no money
        ("How long does it take to get paid?", "en-US"),  # asked of something else
    ],
)
def test_the_words_of_a_grievance_said_of_something_else_are_no_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "complaint"
