"""At the question whether they can talk, a driver may first say the line is good or there is time ("Sí, le
escucho.", "Sí, aquí ando.", "Sí, tengo unos minutos.", "Yes, I can hear you.", "Yeah, I got a minute.")
and then give the name: the name is given before it was asked. The same go-ahead with anything but a
plain name after it ("Sí, le escucho, habla su esposa", "Sí, le escucho. Voy manejando.") gives none, and
alone it is a go-ahead, not a failed answer.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import only_acknowledges
from daisy_engine.understanding.names import extract_name, name_given_outright


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Sí, le escucho. Fidel Castañeda Olvera.", "es-MX", "Fidel Castañeda Olvera"),
        ("Sí, lo escucho bien, Rosendo Ibarra.", "es-MX", "Rosendo Ibarra"),
        ("Sí, aquí ando. Soy Mireya Salgado.", "es-MX", "Mireya Salgado"),
        ("Sí, tengo unos minutos. Habla Teodoro Luna.", "es-MX", "Teodoro Luna"),
        ("Sí, mande. Eusebio Carranza.", "es-MX", "Eusebio Carranza"),
        ("Yes, I can hear you. Frank Miller.", "en-US", "Frank Miller"),
        ("Yeah, I got a minute. This is Dolores Whitaker.", "en-US", "Dolores Whitaker"),
        ("I hear you fine, Gus Patterson here", "en-US", "Gus Patterson"),
    ],
)
def test_a_name_after_a_go_ahead_is_given_before_it_was_asked(text: str, locale: str, name: str) -> None:
    assert name_given_outright(text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, le escucho.", "es-MX"),
        ("Sí, le escucho, habla su esposa.", "es-MX"),
        ("Sí, le escucho. Voy manejando.", "es-MX"),
        ("Sí, le escucho. ¿Quién habla?", "es-MX"),
        ("Sí, le escucho. Laredo Texas.", "es-MX"),
        ("Sí, aquí estoy. Transportes Garza.", "es-MX"),
        ("Yes, I can hear you. Who is this?", "en-US"),
    ],
)
def test_a_go_ahead_with_anything_else_gives_no_name(text: str, locale: str) -> None:
    assert name_given_outright(text, locale) is None


def test_the_words_of_being_on_the_line_are_no_part_of_the_name() -> None:
    assert extract_name("Sí, aquí ando. Fidel Castañeda.", "es-MX") == "Fidel Castañeda"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("Sí, le escucho.", "es-MX"), ("Aquí ando, dígame.", "es-MX"), ("Sí, tengo tiempo.", "es-MX"),
     ("Yeah, I can hear you fine.", "en-US"), ("I got a minute, go ahead.", "en-US")],
)
def test_alone_it_only_acknowledges(text: str, locale: str) -> None:
    assert only_acknowledges(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [("No le escucho bien.", "es-MX"), ("No tengo tiempo.", "es-MX"), ("I can't hear you.", "en-US")],
)
def test_a_bad_line_or_no_time_is_more_than_a_go_ahead(text: str, locale: str) -> None:
    assert not only_acknowledges(text, locale)
