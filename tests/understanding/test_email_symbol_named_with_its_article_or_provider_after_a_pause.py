"""E-mails said with more around their pieces: a symbol named with its article ("luego la arroba", "marisol, el
guion bajo, q", "then the at", "the underscore"), which of the caller's addresses it is said first ("El de trabajo:
...", "the work one, ..."), a provider with its ending said after a pause with no "arroba" at all ("transportes
guion zavala, g mail punto com": a listener writes the @), and a letter name that is a word too ("te") said again
after a take-back ("Te, a... no, te, o, ere, pegado con ocampo"). None of those words is part of the address."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .call_helpers import heard_at_question, heard_at_read_back

_READ = [
    # the article of a symbol
    ("Ce. Ene. A. Luego la arroba. Gmail. Punto com.", "es-MX", "cna@gmail.com"),
    ("ce, ene, a, la arroba, gmail punto com", "es-MX", "cna@gmail.com"),
    ("marisol, el guion bajo, q de queso, arroba outlook punto com", "es-MX", "marisol_q@outlook.com"),
    ("marisol, el punto, q, arroba outlook punto com", "es-MX", "marisol.q@outlook.com"),
    ("luisa, el guion, ramos, la arroba yahoo punto com", "es-MX", "luisa-ramos@yahoo.com"),
    ("C. N. A. Then the at. Gmail. Dot com.", "en-US", "cna@gmail.com"),
    ("marisol, the underscore, q, at outlook dot com", "en-US", "marisol_q@outlook.com"),
    ("mike the dot jones at gmail dot com", "en-US", "mike.jones@gmail.com"),
    # which address it is
    ("El de trabajo: fletes lira arroba gmail punto com", "es-MX", "fleteslira@gmail.com"),
    ("El personal: fletes lira arroba gmail punto com", "es-MX", "fleteslira@gmail.com"),
    ("The work one: fletes lira at gmail dot com", "en-US", "fleteslira@gmail.com"),
    ("My personal one: bev dot miller at yahoo dot com", "en-US", "bev.miller@yahoo.com"),
    # a provider with its ending after a pause, no arroba said
    ("El de trabajo: transportes guion zavala, g mail punto com.", "es-MX", "transportes-zavala@gmail.com"),
    ("juanperez, gmail punto com", "es-MX", "juanperez@gmail.com"),
    ("mike dash jones, gmail dot com", "en-US", "mike-jones@gmail.com"),
    ("mike jones, yahoo dot com", "en-US", "mikejones@yahoo.com"),
    # a letter name that is a word too, said again after the take-back
    ("Te, a... no, te, o, ere, pegado con ocampo, arroba hotmail punto com.", "es-MX", "torocampo@hotmail.com"),
    ("Te, a, no, te, o, ere, arroba hotmail punto com.", "es-MX", "tor@hotmail.com"),
    ("Ese, a... no, ese, o, ele, arroba gmail punto com", "es-MX", "sol@gmail.com"),
]


@pytest.mark.parametrize(("said", "locale", "expected"), _READ)
def test_the_address_is_read_without_the_words_around_its_pieces(said: str, locale: str, expected: str) -> None:
    assert extract("email", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # no address: the usual one, a provider alone, a yes before it
        ("el de siempre, gmail punto com", "es-MX"),
        ("gmail punto com", "es-MX"),
        ("Sí, gmail punto com", "es-MX"),
        ("yeah, gmail dot com", "en-US"),
    ],
)
def test_trap_a_provider_after_talk_is_no_address(said: str, locale: str) -> None:
    assert extract("email", said, locale) is None


@pytest.mark.parametrize("case", [_READ[0], _READ[2], _READ[6], _READ[12], _READ[14], _READ[16]])
async def test_the_address_is_read_back_so_in_a_call(case: tuple[str, str, str]) -> None:
    said, locale, expected = case
    assert await heard_at_question("email", locale, said) == expected
    wrong = "pedro arroba gmail punto com" if locale == "es-MX" else "pedro at gmail dot com"
    assert await heard_at_read_back("email", locale, wrong, said) == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        # words of agreement or "the same one" before the provider named again: no user part of an address
        ("Sí, es correcto, gmail punto com", "es-MX"),
        ("correcto, gmail punto com", "es-MX"),
        ("es el mismo, gmail punto com", "es-MX"),
        ("sí, es todo, gmail punto com", "es-MX"),
        ("right, gmail dot com", "en-US"),
        ("the same, gmail dot com", "en-US"),
        ("yes ma'am, gmail dot com", "en-US"),
        # a take-back before the provider said again
        ("me confundí, hotmail punto com", "es-MX"),
        ("digo, hotmail punto com", "es-MX"),
        ("my mistake, hotmail dot com", "en-US"),
        ("I got confused, hotmail dot com", "en-US"),
    ],
)
def test_trap_agreement_before_a_provider_after_a_pause_is_no_user_part(said: str, locale: str) -> None:
    assert extract("email", said, locale) is None


@pytest.mark.parametrize(
    ("said", "locale"),
    [("sí, correcto, gmail punto com", "es-MX"), ("Sí, es correcto, gmail punto com", "es-MX"),
     ("sí señorita, gmail punto com", "es-MX"), ("sí, es todo, gmail punto com", "es-MX")],
)
async def test_a_yes_at_the_read_back_with_the_provider_said_again_keeps_the_address(said: str, locale: str) -> None:
    right = "ana arroba gmail punto com"
    assert await heard_at_read_back("email", locale, right, said) is None  # confirmed, on to the summary


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # "el" after letters spelled is the L the recogniser wrote for "ele", not the article of the symbol
        ("de a ene i e el arroba gmail punto com", "daniel@gmail.com"),
        ("erre a efe a e el punto lopez arroba gmail punto com", "rafael.lopez@gmail.com"),
        ("a be e el guion ruiz arroba gmail punto com", "abel-ruiz@gmail.com"),
    ],
)
def test_an_el_after_letters_spelled_is_the_letter_l(said: str, expected: str) -> None:
    assert extract("email", said, "es-MX") == expected
