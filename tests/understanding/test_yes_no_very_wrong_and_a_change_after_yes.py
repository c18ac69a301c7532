"""At a read-back: "bien" before an adjective is "very" ("está bien chueco" is a no, "está bien pesado" no
answer), not "está bien" (fine); a yes followed by a change asked for ("sí, nomás cámbiale la última
por una be", "yeah, just swap the last two") or by a part not heard ("sí, el último no lo oí") is no
confirmation. A plain "está bien", a yes with a courtesy, and a pause after "bien" stay yes."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, new_accumulator


@pytest.mark.parametrize(
    "text",
    [
        "Está bien chueco eso, joven.",
        "No, pues está bien mal el número.",
        "Nombre, están bien equivocadas esas letras.",
        "Está todo al revés.",
        "Uy, está bien chueca esa placa.",
        # Mexican "nombre" ("no, hombre") before what denies the value
        "Nombre, es otro número.",
        "Nombre, te equivocaste de letra.",
    ],
)
def test_bien_as_very_before_a_wrong_is_a_no(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == "no"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Está bien pesado el tráfico.", "es-MX"),
        ("Está bien largo ese correo, ¿no?", "es-MX"),
        ("Sí, nomás cámbiale la última por una be.", "es-MX"),
        ("Sí, pero quítale el guion.", "es-MX"),
        ("Correcto, nada más agrégale un cero al final.", "es-MX"),
        ("Ajá, corrígele la tercera, es ene.", "es-MX"),
        ("Sí, el último número no lo alcancé a oír.", "es-MX"),
        ("Sí... bueno, la segunda letra no la escuché.", "es-MX"),
        ("Yeah, just swap the last two.", "en-US"),
        ("Yes, replace the seven with a one.", "en-US"),
        ("Yep, it's actually a B at the end.", "en-US"),
    ],
)
def test_a_remark_a_change_or_a_part_not_heard_is_no_confirmation(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Está bien, gracias.", "es-MX"),
        ("Sí, está bien así.", "es-MX"),
        ("Está bien, chueco no está.", "es-MX"),  # the pause: "bien" is the answer
        ("Sí, todo está bien.", "es-MX"),
        ("Sí, sería todo.", "es-MX"),
        ("Nombre, está bien, así déjalo.", "es-MX"),  # "nah, it's fine"
        ("Yes, that's not a problem.", "en-US"),
        ("Yes, it should be fine.", "en-US"),
    ],
)
def test_a_plain_yes_stays_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("said", "locale", "answer", "expected"),
    [
        ("pe a ce ciento veinticuatro", "es-MX", "Sí, nomás cámbiale el cuatro por un siete.", "PAC-127"),
        ("pe a ce ciento veinticuatro", "es-MX", "Sí, cámbiele la a por una e.", "PEC-124"),
        ("a b c one two three", "en-US", "Yeah, just swap the three for a five.", "ABC-125"),
        ("a b c one two three", "en-US", "Yes, make the b a d.", "ADC-123"),
    ],
)
def test_the_change_asked_for_after_a_yes_is_applied_to_the_plate(
        said: str, locale: str, answer: str, expected: str) -> None:
    plate = new_accumulator("plate", locale)
    plate.feed(said)
    assert plate.complete
    assert classify_yes_no(answer, locale).answer is None  # not confirmed as read
    assert plate.edit(answer)
    assert plate.value == expected
