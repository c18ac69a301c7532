"""A repeat asked in more shapes: which value the agent asked for ("¿qué dato me pediste?", "what number
did you want?"), the question asked back with its "what" last ("¿me preguntaste qué?", "you asked me
what?"), how the question went ("¿cómo era?"), a pronoun put in "no te la agarré", and several requests
in a row followed by the noise that drowned the agent out ("¿Mande? ¿Qué dijiste? Tengo el radio bien
fuerte", "Sorry, what? The compressor just kicked on"). Traps: an answer after the request, the caller
repeating his own words ("let me repeat that: unit 208", "te lo repito: la 208")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Qué dato me pediste? Es que se me fue.", "es-MX"),
        ("¿Cuál número me preguntaste, joven?", "es-MX"),
        ("¿Me preguntaste qué?", "es-MX"),
        ("Se me fue la pregunta, ¿cómo era?", "es-MX"),
        ("No te la agarré, la última.", "es-MX"),
        ("¿Mande? ¿Qué dijiste? Tengo el radio bien fuerte.", "es-MX"),
        ("¿Cómo? ¿Cómo dice? Traigo el vidrio abajo.", "es-MX"),
        ("¿Qué? ¿Qué? Hay mucho ruido aquí.", "es-MX"),
        ("What number did you want?", "en-US"),
        ("Which part did you ask for?", "en-US"),
        ("Sorry, you needed my what?", "en-US"),
        ("Sorry, what? The compressor just kicked on.", "en-US"),
        ("Huh? My window's down, sorry.", "en-US"),
        ("I hit a dead zone back there, you said what?", "en-US"),
    ],
)
def test_the_question_asked_again_in_other_shapes_is_a_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # an answer after the request is given, nothing to repeat
        ("¿Cómo? Traigo la unidad 208.", "es-MX"),
        ("¿Mande? Sí, es Rogelio.", "es-MX"),
        ("Huh? The plate is XYZ 908.", "en-US"),
        ("Sorry, what? The number is 208.", "en-US"),
        # the caller says his own words again
        ("Let me repeat that: unit two oh eight.", "en-US"),
        ("I'll repeat it, the trailer is 5531.", "en-US"),
        ("Te lo repito: la unidad es la doscientos ocho.", "es-MX"),
        ("Déjame repetirlo, es la 208.", "es-MX"),
        # the caller recalling the value aloud, then saying it
        ("¿Cómo era? Ah sí, cuatro cinco uno dos.", "es-MX"),
        ("¿Cuál dijiste? Ah, el 4512.", "es-MX"),
    ],
)
def test_an_answer_or_the_caller_repeating_himself_is_no_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I repeat, it's 208, can you repeat that back to me?", "en-US"),
        ("Te lo repito, es la 208. ¿Me lo repites tú?", "es-MX"),
    ],
)
def test_a_request_beside_the_callers_own_repeat_still_counts(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Léemelo otra vez, porfa.", "es-MX"),
        ("¿Me lo vuelves a leer? Iba pasando un tráiler.", "es-MX"),
        ("¿Me puede volver a leer las placas, joven?", "es-MX"),
        ("¿Me lo lees de nuevo despacito?", "es-MX"),
        ("Espérame, no lo pude apuntar", "es-MX"),
        ("Can you read that back to me one more time?", "en-US"),
        ("Hang on, I couldn't write it down fast enough", "en-US"),
    ],
)
def test_what_was_read_asked_to_be_read_again_is_a_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "repeat"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Te lo vuelvo a leer: ka, erre, cinco.", "es-MX"),  # the caller reads it again himself
        ("No alcancé a anotar la placa de la caja, la traigo en el otro papel.", "es-MX"),
        ("Let me read it back to you off the paperwork.", "en-US"),
    ],
)
def test_trap_the_caller_reading_again_or_his_own_notes_is_no_repeat(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "repeat"


@pytest.mark.parametrize("text", ["¿Me lo dictas otra vez, despacito?", "¿Me lo puedes deletrear de nuevo?"])
def test_dictated_or_spelled_again_is_a_repeat(text: str) -> None:
    match = detect_intent(text, "es-MX")
    assert match is not None and match.name == "repeat"
