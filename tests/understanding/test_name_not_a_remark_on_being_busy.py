"""At the name question a busy driver may say what he thinks of talking now: "ando manejando, es peligroso",
"voy en carretera, es complicado", "I'm driving, it's risky". The word said of the situation is a remark,
never a name; a name said after the same busy words ("Voy manejando. Es Julián Bravo", "I'm driving, it's
Dale", "voy manejando, es Bravo" written as a name) is still taken."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("ando manejando, es peligroso", "es-MX"),
        ("Ando manejando, es peligroso.", "es-MX"),
        ("Voy en carretera, es complicado.", "es-MX"),
        ("Voy manejando, está bien arriesgado.", "es-MX"),
        ("Estoy ocupado, es imposible.", "es-MX"),
        ("Es peligroso.", "es-MX"),
        ("I'm driving, it's dangerous.", "en-US"),
        ("I'm on the road, it's risky.", "en-US"),
        ("i'm driving it's kinda tricky", "en-US"),
    ],
)
def test_a_remark_after_saying_he_is_busy_is_no_name(said: str, locale: str) -> None:
    assert extract("name", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Voy manejando. Es Julián Bravo.", "es-MX", "Julián Bravo"),
        ("Voy manejando, es Bravo.", "es-MX", "Bravo"),
        ("No, es Bravo.", "es-MX", "Bravo"),
        ("Es Peligro Ramírez.", "es-MX", "Peligro Ramírez"),
        ("I'm driving, it's Dale.", "en-US", "Dale"),
        ("I'm driving, this is Dale Parker.", "en-US", "Dale Parker"),
    ],
)
def test_trap_a_name_said_after_the_same_busy_words_is_taken(said: str, locale: str, expected: str) -> None:
    assert extract("name", said, locale) == expected
