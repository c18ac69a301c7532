""""Exactly that" said in everyday words is a yes to a read-back: "spot on", "dead on", "bingo", "al cien",
"de pelos", "justo así". The same words negated stay a no ("not spot on", "no, ni al cien")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Yep, dead on.", "en-US"),
        ("Bingo, that's my truck.", "en-US"),
        ("You nailed it.", "en-US"),
        ("Spot on, ma'am.", "en-US"),
        ("Al cien, joven.", "es-MX"),
        ("De pelos, así es.", "es-MX"),
        ("Justo así.", "es-MX"),
    ],
)
def test_exactly_that_is_yes(said: str, locale: str) -> None:
    assert extract("yes_no", said, locale) == "yes"


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Not spot on, no.", "en-US"),
        ("That's not dead on.", "en-US"),
        ("No, ni al cien.", "es-MX"),
    ],
)
def test_negated_stays_no(said: str, locale: str) -> None:
    assert extract("yes_no", said, locale) == "no"
