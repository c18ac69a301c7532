"""Names said inside a phrase, and turns that hold no name."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("just Bart", "en-US", "Bart"),
        ("this is Bart", "en-US", "Bart"),
        ("it's just Bart", "en-US", "Bart"),
        ("Bart is fine", "en-US", "Bart"),
        ("the name's Bart", "en-US", "Bart"),
        ("I go by Bart", "en-US", "Bart"),
        ("everyone calls me Bart", "en-US", "Bart"),
        ("You can put down Marcus Bell.", "en-US", "Marcus Bell"),
        ("hi, this is Bart Simpson calling", "en-US", "Bart Simpson"),
        ("my first name is Bart and my last name is Simpson", "en-US", "Bart Simpson"),
        ("Bart's my name", "en-US", "Bart"),
        ("nomás Bart", "es-MX", "Bart"),
        ("Bart nada más", "es-MX", "Bart"),
        ("me dicen Bart", "es-MX", "Bart"),
        ("Me dicen el Güero, pero me llamo Salvador Ochoa.", "es-MX", "Salvador Ochoa"),
        ("Soy Brenda Olvera, la operadora.", "es-MX", "Brenda Olvera"),
        ("mi nombre es Juan y mi apellido Pérez", "es-MX", "Juan Pérez"),
        ("no, perdón, me llamo Ana María Gómez", "es-MX", "Ana María Gómez"),
        ("pues mire, aquí andamos, soy José de la Cruz", "es-MX", "José de la Cruz"),
    ],
)
def test_names_inside_a_phrase(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Cuarenta y uno.", "es-MX"),
        ("[inaudible]", "es-MX"),
        ("uh huh", "en-US"),
        ("ajá", "es-MX"),
        ("¿para qué lo necesita?", "es-MX"),
        ("why do you need that", "en-US"),
        ("i'd rather not say", "en-US"),
    ],
)
def test_turns_without_a_name(text: str, locale: str) -> None:
    assert extract("name", text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("no, es Ana María, con acento", "es-MX", "Ana María"),
        ("sí, pero es Ana María", "es-MX", "Ana María"),
        ("I meant Bob Lee", "en-US", "Bob Lee"),
        ("no, sorry, it's Bob Lee", "en-US", "Bob Lee"),
        ("soy el mismo, Leonardo Castro", "es-MX", "Leonardo Castro"),
    ],
)
def test_a_corrected_name_at_the_read_back(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("it's Bart, B-A-R-T", "en-US", "Bart"),
        ("Bart with a B", "en-US", "Bart"),
        ("Ana María con acento", "es-MX", "Ana María"),
        ("me llamo Juan Pérez pero me dicen el Güero", "es-MX", "Juan Pérez"),
        ("This is Mike from dispatch", "en-US", "Mike"),
        ("name is Johnson, Mike Johnson", "en-US", "Mike Johnson"),
        ("Juan Pérez, operador de la unidad cuarenta y cinco", "es-MX", "Juan Pérez"),
    ],
)
def test_spelling_notes_affiliations_and_restatements_are_not_part_of_the_name(
    text: str, locale: str, name: str
) -> None:
    assert extract("name", text, locale) == name
