"""An address begins with no symbol joining two parts: amid a dictation (no "@" yet), a turn that is only such a
symbol ("guion bajo", "punto", "No, guion bajo.", "no, underscore") goes on with what was said (`goes_on`) - after
a bare "No." began it anew, the "no" was one not done yet. Letters, a whole part, an "@", or nothing said before
are no such turn."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import types as slot_types


def _fed(locale: str, *turns: str) -> slot_types.Accumulator:
    email = slot_types.get("email")
    assert email is not None
    acc = email.start(locale, {})
    for turn in turns:
        acc = slot_types.feed(acc, turn).state
    return acc


@pytest.mark.parametrize(
    ("locale", "held", "turn", "goes_on"),
    [
        ("es-MX", "juan", "No, guion bajo.", True),
        ("es-MX", "juan", "punto", True),
        ("es-MX", "juan", "y luego guion", True),
        ("en-US", "john", "No, underscore.", True),
        ("en-US", "john", "dot", True),
        ("es-MX", "juan", "No, pedro.", False),
        ("es-MX", "juan", "arroba gmail punto com", False),
        ("es-MX", "juan", "guion bajo perez", False),
        ("es-MX", "juan guion bajo", "punto", False),
        ("en-US", "john", "no", False),
    ],
)
def test_a_joining_symbol_alone_goes_on_with_the_address(locale: str, held: str, turn: str, goes_on: bool) -> None:
    assert _fed(locale, held).goes_on(turn) is goes_on
