"""Free text said after a take-back ("no, perdón, es metformina") is what follows it; a no with its reason is a no."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types

TEXT = types.get("text")
YES_NO = types.get("yes_no")


@pytest.mark.parametrize(("said", "locale", "expected"), [
    ("no, perdón, es metformina", "es-MX", "metformina"),
    ("No, no, la metformina de 500", "es-MX", "la metformina de 500"),
    ("perdón, mejor dicho losartán", "es-MX", "losartán"),
    ("no, es Ana Torres", "es-MX", "Ana Torres"),
    ("sorry, I mean Tylenol", "en-US", "Tylenol"),
    ("no, it's Advil", "en-US", "Advil"),
    # no take-back: the words as they were said
    ("es metformina", "es-MX", "es metformina"),
    ("No tengo alergias", "es-MX", "No tengo alergias"),
    ("No parking on Sundays", "en-US", "No parking on Sundays"),
    ("Oh, it's Advil", "en-US", "Oh, it's Advil"),
])
def test_free_text_after_a_take_back_is_what_follows_it(said: str, locale: str, expected: str) -> None:
    assert TEXT.extract(said, locale) == expected


@pytest.mark.parametrize(("said", "locale"), [
    ("not anymore, I took another job", "en-US"), ("not any more", "en-US"), ("Not anymore.", "en-US"),
    ("ya no, conseguí otro trabajo", "es-MX"), ("ya no", "es-MX"),
])
def test_no_longer_with_its_reason_is_a_no(said: str, locale: str) -> None:
    assert YES_NO.extract(said, locale) == "no"
