""""No dot" / "sin punto" said between the words of an address joins them with nothing between ("ana lopez, sin
punto, arroba hotmail"): never a word of the address. A dot said is still a dot, and "no, dot com" still the
ending."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es rosa mendoza, sin punto, arroba gmail punto com.", "es-MX", "rosamendoza@gmail.com"),
        ("beto garza sin ningún punto arroba yahoo punto com", "es-MX", "betogarza@yahoo.com"),
        ("It's dale hunt, no dot, at yahoo dot com.", "en-US", "dalehunt@yahoo.com"),
        ("mike ross without a dot at outlook dot com", "en-US", "mikeross@outlook.com"),
        ("mike dot ross at outlook dot com", "en-US", "mike.ross@outlook.com"),
        ("rosa punto mendoza arroba gmail punto com", "es-MX", "rosa.mendoza@gmail.com"),
    ],
)
def test_no_dot_joins_the_words(text: str, locale: str, expected: str) -> None:
    assert extract("email", text, locale) == expected
