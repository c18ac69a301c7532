"""At a read-back, words after a yes that change or question the value take the yes back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, pero va sin la n, lo demás está bien", "es-MX"),
        ("Sí, solo que no va la b de burro", "es-MX"),
        ("sí, nada más que es con zeta", "es-MX"),
        ("sí, pero", "es-MX"),
        ("sí, ¿o no?", "es-MX"),
        ("sí, ¿verdad?", "es-MX"),
        ("yes but the last letter is B", "en-US"),
        ("yeah, except the first one", "en-US"),
        ("yeah, right?", "en-US"),
        ("that is correct, isn't it?", "en-US"),
    ],
)
def test_a_yes_that_changes_or_questions_the_value_is_not_a_confirmation(text: str, locale: str) -> None:
    verdict = classify_yes_no(text, locale)
    assert verdict.answer is None
    assert verdict.rest == text  # the whole turn goes on to be read as a correction


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, es correcto.", "es-MX"),
        ("Sí, son las correctas.", "es-MX"),
        ("sí, sí, gracias", "es-MX"),
        ("Sí, ¿qué sigue?", "es-MX"),
        ("yes, that is right", "en-US"),
        ("yes, correct", "en-US"),
    ],
)
def test_a_plain_yes_with_friendly_words_stays_a_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    "text", ["Yo no te pedí el correo", "¿Por qué no hablas de ti?", "Pero por qué no te presenta?"]
)
def test_a_no_that_negates_a_verb_inside_a_sentence_answers_nothing(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [("Número cuatro, no, letra T.", "letra T"), ("la placa no es esa", "es esa"), ("No está mal.", "está mal")],
)
def test_a_no_between_commas_or_before_es_still_denies(text: str, rest: str) -> None:
    verdict = classify_yes_no(text, "es-MX")
    assert (verdict.answer, verdict.rest) == ("no", rest)
