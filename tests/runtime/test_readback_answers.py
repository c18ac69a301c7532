"""What a caller's answer at a read-back means: a yes, a no, or the value corrected.

Any words at a read-back beyond a plain yes that change the value are not a confirmation: a yes followed
by another value of the slot's type is that value; a "no" followed by a value is the caller's value (read
back again even when it is the one read); a "no" that keeps what was right takes the rest of the value
from the same turn; a name is fixed part by part.
"""

from __future__ import annotations

import datetime as dt

import pytest
from runtime_helpers import answer

MORNING = dt.datetime(2030, 1, 7, 9, 0)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        # another time after the yes: that time
        ("a las doce del día", "Sí, como a las tres y cuarto", "es-MX", "corrected", "15:15"),
        ("a las doce del día", "sí, mejor a la una y media", "es-MX", "corrected", "13:30"),
        ("at noon", "yeah, more like two thirty", "en-US", "corrected", "14:30"),
        # the same time, its hour, or the hour on the other half of the day when the half is not said
        ("a las doce del día", "sí, a las doce", "es-MX", "yes", None),
        ("a las seis de la mañana", "sí, a las seis", "es-MX", "yes", None),
        ("at six in the morning", "yes, six", "en-US", "yes", None),
        # the other half of the day, said: a correction
        ("a las seis de la mañana", "sí, seis de la tarde", "es-MX", "corrected", "18:00"),
        # a yes with words that are no time
        ("a las doce del día", "sí, por ahí", "es-MX", "yes", None),
        # a no with the time just read: read back again, never dropped
        ("a las cinco de la tarde", "no, a las cinco de la tarde", "es-MX", "corrected", "17:00"),
        ("at four forty five in the afternoon", "no, four forty five p.m.", "en-US", "corrected", "16:45"),
    ],
)
def test_a_time_said_with_the_answer(said: str, reply: str, locale: str, event: str, value: str | None) -> None:
    heard = answer("time", said, reply, locale, now=MORNING)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        ("Marisol Quintero", "sí, Marisol Quintero Lara", "es-MX", "corrected", "Marisol Quintero Lara"),
        ("Tomás Villegas Bega", "no, Vega, con ve chica", "es-MX", "corrected", "Tomás Villegas Vega"),
        ("Tomás Villegas Bega", "no, Tomás Villegas Vega", "es-MX", "corrected", "Tomás Villegas Vega"),
        ("Ann Stone", "yes, Ann Marie Stone", "en-US", "corrected", "Ann Marie Stone"),
        ("Ann Marie Stone", "no, Stein, with an e i", "en-US", "corrected", "Ann Marie Stein"),
        # a part of the name, or nothing of it, after the yes: a yes
        ("Marisol Quintero", "sí, Marisol", "es-MX", "yes", None),
        ("Marisol Quintero", "sí, ella habla", "es-MX", "yes", None),
        ("Ann Stone", "yes, that's me", "en-US", "yes", None),
        # a bare no stays a no: nothing to read back
        ("Marisol Quintero", "no", "es-MX", "no", None),
    ],
)
def test_a_name_fixed_or_completed_at_its_read_back(said: str, reply: str, locale: str, event: str,
                                                     value: str | None) -> None:
    heard = answer("name", said, reply, locale)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("K T R 5510", "las letras están bien pero los números no, son cinco cinco uno nueve", "es-MX", "KTR-5519"),
        ("K T R 5510", "Los números no están bien. Son el cinco cinco uno nueve", "es-MX", "KTR-5519"),
        ("K T R 5510", "the letters are right but the numbers aren't, it's 4 4 0 2", "en-US", "KTR-4402"),
        # the digits kept, the letters said again in the same turn
        ("K T R 5510", "los números sí, las letras no. Son eme, ene, o", "es-MX", "MNO-5510"),
    ],
)
def test_a_no_keeps_what_was_right_and_takes_the_rest_from_the_same_turn(said: str, reply: str, locale: str,
                                                                         value: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


def test_a_no_that_keeps_what_was_right_without_the_rest_waits_for_it() -> None:
    heard = answer("plate", "K T R 5510", "las letras están bien, los números no")
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == "K T R"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("M R T 408", "no, la tercera no es la te, es la de", "es-MX", "MRD-408"),
        ("B A T 810", "la segunda no es la a, es la e, e de elefante", "es-MX", "BET-810"),
        ("M R T 408", "no, the third one isn't T, it's D", "en-US", "MRD-408"),
        ("A B 123", "después de la be va la ce", "es-MX", "ABC-123"),
        ("A B 123", "te faltó la C después de la B", "es-MX", "ABC-123"),
        ("A B B 123", "no, not a double B", "en-US", "AB-123"),
    ],
)
def test_one_character_fixed_by_place_or_by_neighbour(said: str, reply: str, locale: str, value: str) -> None:
    heard = answer("plate", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("reply", "locale", "event"),
    [
        ("sí, son esas", "es-MX", "yes"),
        ("sí, correcto", "es-MX", "yes"),
        ("yes, those are the ones", "en-US", "yes"),
        ("sí, pero no estoy seguro de la última", "es-MX", "no_match"),
    ],
)
def test_a_yes_without_another_value_stays_a_yes(reply: str, locale: str, event: str) -> None:
    assert answer("plate", "K T R 5510", reply, locale).event == event


@pytest.mark.parametrize(
    ("said", "reply", "event", "value"),
    [
        ("cincuenta y cinco cincuenta y ocho", "sí, cincuenta y ocho", "corrected", "58"),
        ("setenta", "siete cero, sí", "yes", None),
        ("setenta", "sí, de una", "yes", None),
        ("cuatrocientos cuarenta y cuatro", "sí, puro cuatro", "yes", None),
        ("cuatrocientos cuarenta y cuatro", "sí, cuatro cuatro cinco", "corrected", "445"),
    ],
)
def test_a_unit_number_said_with_the_yes(said: str, reply: str, event: str, value: str | None) -> None:
    heard = answer("integer", said, reply, min=0, max=999999, leading_zeros=True)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale", "event", "value"),
    [
        # the value said back with a tag question ("¿no?", "¿verdad?"): the caller confirms by restating it
        ("integer", "cuatro mil quinientos doce", "Es 4512, ¿no?", "es-MX", "yes", None),
        ("integer", "cuatro mil quinientos doce", "Cuatro cinco uno dos, ¿o no?", "es-MX", "yes", None),
        ("integer", "cuatro mil quinientos doce", "¿4512, verdad?", "es-MX", "yes", None),
        ("integer", "four five one two", "It's 4512, no?", "en-US", "yes", None),
        ("plate", "K T R 5510", "K T R 5510, ¿no?", "es-MX", "yes", None),
        # restated otherwise, with the same tag: the caller's value, read back
        ("integer", "cuatro mil quinientos doce", "Es 4521, ¿no?", "es-MX", "corrected", "4521"),
        ("integer", "four five one two", "It's 4521, no?", "en-US", "corrected", "4521"),
        # a no that opens the question still denies
        ("integer", "cuatro mil quinientos doce", "¿No es 4521?", "es-MX", "corrected", "4521"),
    ],
)
def test_the_value_restated_with_a_tag_question(type_name: str, said: str, reply: str, locale: str, event: str,
                                                value: str | None) -> None:
    options = {"min": 0, "max": 999999, "leading_zeros": True} if type_name == "integer" else {}
    heard = answer(type_name, said, reply, locale, **options)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale", "event"),
    [
        # a change waved away: the value read back is confirmed, never dictated anew
        ("integer", "cuatro mil quinientos doce", "No le hace.", "es-MX", "yes"),
        ("plate", "K T R 5510", "No, así está bien.", "es-MX", "yes"),
        ("name", "Juan Pérez", "No pasa nada, así está bien.", "es-MX", "yes"),
        ("name", "John Smith", "Nope, that's fine.", "en-US", "yes"),
        ("integer", "cuatro mil quinientos doce", "Claro que no.", "es-MX", "no"),
        ("name", "John Smith", "Of course not.", "en-US", "no"),
        # an acknowledgement alone is no name and no confirmation: the name is read back again
        ("name", "John Smith", "Cool, no worries.", "en-US", "no_match"),
        ("name", "John Smith", "No problem.", "en-US", "no_match"),
        ("name", "Juan Pérez", "No hay problema.", "es-MX", "no_match"),
    ],
)
def test_a_change_waved_away_or_of_course_not(type_name: str, said: str, reply: str, locale: str,
                                              event: str) -> None:
    options = {"min": 0, "max": 999999, "leading_zeros": True} if type_name == "integer" else {}
    assert answer(type_name, said, reply, locale, **options).event == event


@pytest.mark.parametrize(("type_name", "said"), [
    ("plate", "J K L uno dos tres"),
    ("email", "juan arroba gmail punto com"),
])
@pytest.mark.parametrize("reply", ["Hora.", "¿Hora?"])
def test_a_word_heard_as_a_letter_only_amid_a_dictation_is_no_answer_at_a_read_back(type_name: str, said: str,
                                                                                     reply: str) -> None:
    # "Hora." is jota while the caller dictates; at the read-back it is neither a yes nor a new dictation
    heard = answer(type_name, said, reply)
    assert heard.event == "no_match"
