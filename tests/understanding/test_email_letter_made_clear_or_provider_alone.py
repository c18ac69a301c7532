"""Two e-mail turns: a letter said by its name and then made clear with a word ("Rafa ele, ele de León")
is one letter; a turn that only names the provider ("es de gmail, arroba gmail punto com") has no address
before the "@", so there is no address (the flow asks for it)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale", "address"),
    [
        ("Rafa ele, ele de León, arroba gmail punto com.", "es-MX", "rafal@gmail.com"),
        ("Mari te, te de Tamaulipas, arroba hotmail punto com.", "es-MX", "marit@hotmail.com"),
        ("Kim B, B as in boy, at gmail dot com.", "en-US", "kimb@gmail.com"),
        # traps: two different letters, and a letter said twice bare, stay as said
        ("Rafa ele, eme de mamá, arroba gmail punto com.", "es-MX", "rafalm@gmail.com"),
        ("Es de gmail: rosa punto lima arroba gmail punto com.", "es-MX", "rosa.lima@gmail.com"),
        ("Es de hotmail, es memo07 arroba hotmail punto com.", "es-MX", "memo07@hotmail.com"),
    ],
)
def test_letter_made_clear_counts_once(text: str, locale: str, address: str) -> None:
    assert extract_email(text, locale) == address


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Es de gmail, arroba gmail punto com.", "es-MX"),
        ("De hotmail, arroba hotmail punto com.", "es-MX"),
        ("It's Yahoo, at yahoo dot com.", "en-US"),
    ],
)
def test_the_provider_alone_is_no_address(text: str, locale: str) -> None:
    assert extract_email(text, locale) is None
