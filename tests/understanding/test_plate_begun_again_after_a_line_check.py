"""A plate begun, stopped at a line check or a trailing off, and said again from its start ("Ache, i, te...
¿bueno? Ache, i, te, 5 8 8", "C, V as in Victor, N... hello? C, V, N, three fifty-five"): its characters are
read once (HIT-588, never HITHIT588), at the question and at a read-back. What goes on after the check ("Ache, i,
te, ¿bueno? cinco ocho ocho") is the rest of the plate."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract

from .call_helpers import at_question, heard_at_read_back

_BEGUN_AGAIN = [
    ("Ache, i, te... ¿bueno? Ache, i, te, 5 8 8.", "es-MX", "HIT-588"),
    ("Ache, i, te, ¿bueno? Ache, i, te, 5 8 8.", "es-MX", "HIT-588"),
    ("Ere, ese... ¿me escucha? Ere, ese, te, siete siete uno.", "es-MX", "RST-771"),
    ("Be, a... be, a, ka, uno dos tres.", "es-MX", "BAK-123"),
    ("C, V as in Victor, N... hello? C, V, N, three fifty-five.", "en-US", "CVN-355"),
    ("K, L... can you hear me? K, L, M, four oh two.", "en-US", "KLM-402"),
]


@pytest.mark.parametrize(("said", "locale", "expected"), _BEGUN_AGAIN)
def test_the_plate_said_again_is_read_once(said: str, locale: str, expected: str) -> None:
    assert extract("plate", said, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Ache, i, te, ¿bueno? cinco ocho ocho.", "es-MX", "HIT-588"),
        ("Ache, i, te... cinco ocho ocho.", "es-MX", "HIT-588"),
        ("C, V, N, hello? three fifty-five.", "en-US", "CVN-355"),
    ],
)
def test_what_goes_on_after_the_check_is_the_rest_of_the_plate(said: str, locale: str, expected: str) -> None:
    assert extract("plate", said, locale) == expected


@pytest.mark.parametrize(("said", "locale", "expected"), [_BEGUN_AGAIN[0], _BEGUN_AGAIN[4], _BEGUN_AGAIN[5]])
async def test_the_plate_said_again_is_read_back_once_in_a_call(said: str, locale: str, expected: str) -> None:
    conv = await at_question("tractor_plate", locale)
    outs = await conv.user_turn(said)
    spoken = " ".join(getattr(o, "text", "") for o in outs)
    # (three digits may go on to four: the agent holds what it heard, "Llevo H I T 5 8 8", and asks for more)
    assert conv.pending == expected or f"Llevo {' '.join(expected.replace('-', ''))}." in spoken
    wrong = "equis ye ca, uno dos tres cuatro" if locale == "es-MX" else "X Y K, one two three four"
    assert await heard_at_read_back("tractor_plate", locale, wrong, said) == expected
