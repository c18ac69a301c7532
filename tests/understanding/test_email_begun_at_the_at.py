"""An address begun at its "@" ("arroba gmail punto com", "at yahoo dot com"): once its domain has its ending,
the words said next are the part before the "@" (the read-back asks for them), not more of the domain. A
domain still being dictated (no ending yet) goes on taking what is said; a dot or an ending said next is the
domain's."""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["Arroba gmail punto com", "juan perez"], "es-MX", "juanperez@gmail.com"),
        (["Nomás sé que termina en arroba hotmail punto com.", "rosa punto diaz"], "es-MX", "rosa.diaz@hotmail.com"),
        (["Arroba grupo te ele erre", "punto com", "ramón"], "es-MX", "ramon@grupotlr.com"),
        (["arroba yahoo punto com punto mx", "ere, o, ese, a"], "es-MX", "rosa@yahoo.com.mx"),
        (["at gmail dot com", "john smith"], "en-US", "johnsmith@gmail.com"),
        (["at outlook dot com", "j, o, e"], "en-US", "joe@outlook.com"),
    ],
)
def test_the_words_after_a_whole_domain_go_before_the_at(turns: list[str], locale: str, expected: str) -> None:
    assert dictated(turns, locale)[0] == expected


@pytest.mark.parametrize(
    ("turns", "locale", "so_far"),
    [
        (["Arroba", "te", "ele"], "es-MX", "arroba tl"),  # the domain spelled letter by letter goes on
        (["Arroba grupo", "te ele erre"], "es-MX", "arroba grupotlr"),
        (["arroba gmail punto com", "punto mx"], "es-MX", "arroba gmail punto com punto mx"),
        (["at yahoo", "dot com"], "en-US", "at yahoo dot com"),
    ],
)
def test_a_domain_not_yet_whole_goes_on(turns: list[str], locale: str, so_far: str) -> None:
    value, heard = dictated(turns, locale)
    assert value is None
    assert heard == so_far


@pytest.mark.parametrize(
    ("turns", "locale"),
    [
        (["arroba gmail punto com", "perdón, es hotmail"], "es-MX"),
        (["arroba gmail punto com", "hotmail"], "es-MX"),
        (["arroba hotmail punto com", "el mío es yahoo"], "es-MX"),
        (["at gmail dot com", "sorry, hotmail"], "en-US"),
        (["at gmail dot com", "outlook actually"], "en-US"),
    ],
)
def test_a_provider_named_after_a_whole_domain_is_not_the_part_before_the_at(
        turns: list[str], locale: str) -> None:
    value, heard = dictated(turns, locale)
    assert value is None  # no "hotmail@gmail.com": the provider is the domain's, said again or changed
    assert heard.startswith("arroba " if locale == "es-MX" else "at ")


@pytest.mark.parametrize(
    ("turns", "locale"),
    [
        (["arroba gmail punto com", "ahorita lo busco"], "es-MX"),
        (["arroba gmail punto com", "déjeme ver"], "es-MX"),
        (["arroba hotmail punto com", "permítame tantito"], "es-MX"),
        (["at gmail dot com", "let me check"], "en-US"),
        (["at yahoo dot com", "hang on"], "en-US"),
    ],
)
def test_going_to_look_after_a_whole_domain_is_not_the_part_before_the_at(turns: list[str], locale: str) -> None:
    value, heard = dictated(turns, locale)
    assert value is None  # no "ahoritalobusco@gmail.com": the caller says none of the address
    assert heard.startswith("arroba " if locale == "es-MX" else "at ")
