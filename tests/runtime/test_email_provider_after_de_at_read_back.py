"""At an address's read-back, a mail provider named after "de" ("es de hotmail, no de gmail", "no es de
gmail, es de hotmail") is talk about the domain, never a letter named by its key word ("de vaca": V): no
letter of the part before the "@" is changed by it. A letter named so ("no es de vaca, es de burro") still
is one."""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("gabriel punto gomez arroba gmail punto com", "No es de gmail, es de hotmail."),
        ("gabriel punto gomez arroba gmail punto com", "no, no es de gmail, es de hotmail"),
        ("gabriel punto gomez arroba gmail punto com", "Sí, no es de gmail, es de outlook."),
        ("gabriel punto gomez arroba gmail punto com", "No, es de outlook, no de gmail."),
        ("vicente barragan arroba hotmail punto com", "No es de gmail, es de hotmail."),
        ("vicente barragan arroba hotmail punto com", "Es de hotmail, no de gmail."),
        ("vicente barragan arroba hotmail punto com", "no, es de outlook, no de gmail"),
        ("david cruz arroba yahoo punto com", "No, no es de yahoo, es de gmail."),
    ],
)
def test_a_provider_after_de_changes_no_letter_of_the_address(said: str, reply: str) -> None:
    heard = answer("email", said, reply)
    local = said.split(" arroba ")[0].replace(" punto ", ".").replace(" ", "")
    for value in (heard.value, heard.accumulator.value if heard.accumulator else None):
        assert value is None or value.split("@")[0] == local, value


def test_the_provider_said_after_de_takes_the_domains_place() -> None:
    heard = answer("email", "gabriel punto gomez arroba gmail punto com", "Es de hotmail, no de gmail.")
    assert (heard.event, heard.value) == ("corrected", "gabriel.gomez@hotmail.com")


@pytest.mark.parametrize(
    ("said", "reply", "value"),
    [
        ("vicente barragan arroba hotmail punto com", "No es de vaca, es de burro.", "bicentebarragan@hotmail.com"),
        ("beto villa arroba gmail punto com", "No es de burro, es de vaca.", "vetovilla@gmail.com"),
    ],
)
def test_trap_a_letter_named_by_its_key_word_alone_is_still_put_right(said: str, reply: str, value: str) -> None:
    heard = answer("email", said, reply)
    assert (heard.event, heard.value) == ("corrected", value)
