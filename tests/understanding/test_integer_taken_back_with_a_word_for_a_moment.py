""""Setecientos... no, espérate, seiscientos doce": a number taken back with "no" and a word asking for a
moment, an apology or "I mean" between it and the number said instead: only the second is the number.
Without the "no" ("doce, espérate, noventa") the caller may be pausing inside a number said in chunks."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Setecientos... no, espérate, seiscientos doce.", "es-MX", "612"),
        ("Cuarenta y tres, no, espéreme, cuarenta y ocho.", "es-MX", "48"),
        ("Quinientos, no, aguanta, quinientos veinte.", "es-MX", "520"),
        ("El doce, no, disculpe, el trece.", "es-MX", "13"),
        ("Ochocientos... no, déjame ver, ochocientos cuarenta.", "es-MX", "840"),
        ("Noventa, no, mejor dicho, noventa y uno.", "es-MX", "91"),
        ("Seven hundred, no, hold on, six twelve.", "en-US", "612"),
        ("Forty-three, no, sorry, forty-eight.", "en-US", "48"),
        ("Twelve, no, my bad, thirteen.", "en-US", "13"),
        ("Three fifty, no, I mean three fifteen.", "en-US", "315"),
    ],
)
def test_the_number_said_after_the_take_back_is_kept(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Doce, espérate, noventa.", "es-MX", "1290"),  # no "no": a pause inside a number said in chunks
        ("Es el doce noventa.", "es-MX", "1290"),
        ("Twelve, hold on, ninety.", "en-US", "1290"),
    ],
)
def test_trap_a_pause_word_alone_takes_nothing_back(said: str, locale: str, expected: str) -> None:
    assert extract("integer", said, locale) == expected
