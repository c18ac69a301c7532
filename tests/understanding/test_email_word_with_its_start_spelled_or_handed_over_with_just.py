"""An e-mail word said, then its first letters spelled and the rest said as a word ("maguisotelo, eme a ge u i
sotelo"): the word once. And "nomás:" / "just:" before the address, with its colon, hands it over ("el de mi
esposa, nomás: yolanda. Ruiz. 90. ..."), no part of it; with no colon it may be the address ("nomas.3",
"just.in"), and at a read-back "nomás el punto después de pedro" restricts a correction."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("¿Bueno? Es maguisotelo, eme a ge u i sotelo, aroba yahoo punto com.", "es-MX", "maguisotelo@yahoo.com"),
        ("Es marisol, eme a ere i sol, arroba gmail punto com.", "es-MX", "marisol@gmail.com"),
        ("It's jimbrown, j i m brown, at gmail dot com.", "en-US", "jimbrown@gmail.com"),
        ("Es ana, be ce, arroba gmail punto com.", "es-MX", "anabc@gmail.com"),
        ("bobsmith j k smith at gmail dot com", "en-US", "bobsmithjksmith@gmail.com"),
    ],
)
def test_a_word_with_its_start_spelled_is_said_once(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("El de mi esposa, nomás: yolanda. Ruiz. 90. Aroba gmail punto com.", "es-MX", "yolandaruiz90@gmail.com"),
        ("Nomás: yolanda ruiz 90 arroba gmail punto com.", "es-MX", "yolandaruiz90@gmail.com"),
        ("Just: yolanda ruiz 90 at gmail dot com.", "en-US", "yolandaruiz90@gmail.com"),
        ("Es nomas punto tres arroba gmail punto com.", "es-MX", "nomas.3@gmail.com"),
        ("just dot in at gmail dot com", "en-US", "just.in@gmail.com"),
    ],
)
def test_just_before_the_address_hands_it_over(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected
