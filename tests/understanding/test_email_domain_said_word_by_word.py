"""An address whose domain is said a word or a symbol per turn: the word said alone right after "arroba"
("Camiones.", "Servicios.") is the domain's first part even when it is an everyday word that alone would be
talk; a dash or dot said last in the domain ("Guion medio.") is heard and read back while the caller goes
on ("... arroba fletes guion"), though a whole address never ends with it. Chatter, fillers and pauses
said after "arroba" ("Sí.", "Este...", "Ahorita.") add nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _dictate(turns: list[str], locale: str = "es-MX") -> tuple[str | None, str]:
    email = new_accumulator("email", locale)
    for turn in turns:
        result = email.feed(turn)
    return email.value, result.so_far


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["pepe punto ruiz", "Arroba.", "Camiones.", "Guion medio.", "Soto.", "Punto com."], "es-MX",
         "pepe.ruiz@camiones-soto.com"),
        (["ana", "arroba", "Servicios.", "Punto com punto mx."], "es-MX", "ana@servicios.com.mx"),
        (["bob", "at", "Office.", "Dash.", "Lines.", "Dot com."], "en-US", "bob@office-lines.com"),
    ],
)
def test_an_everyday_word_alone_after_the_at_begins_the_domain(turns: list[str], locale: str,
                                                               expected: str) -> None:
    assert _dictate(turns, locale)[0] == expected


@pytest.mark.parametrize("aside", ["Sí.", "Este...", "Ahorita.", "Ajá."])
def test_chatter_after_the_at_adds_nothing(aside: str) -> None:
    assert _dictate(["ana", "Arroba.", aside, "gmail punto com"])[0] == "ana@gmail.com"


def test_a_dash_said_last_in_the_domain_is_read_back_as_the_dictation_goes_on() -> None:
    value, so_far = _dictate(["lupe", "arroba casa", "Guion medio."])
    assert value is None
    assert so_far == "lupe arroba casa guion"


def test_a_dot_after_a_provider_that_already_has_its_ending_is_not_read_twice() -> None:
    assert _dictate(["lupe", "arroba gmail", "punto"])[1] == "lupe arroba gmail punto com"
