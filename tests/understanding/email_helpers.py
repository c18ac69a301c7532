"""An address dictated turn by turn, and an address corrected at its read-back, as the e-mail tests drive them."""

from __future__ import annotations

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import edit


def dictated(turns: list[str], locale: str = "es-MX") -> tuple[str | None, str]:
    """The address (None while incomplete) and what was heard so far, after the caller's `turns`."""
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value, email.so_far()


def corrected(address: str, correction: str, locale: str = "es-MX") -> str | None:
    """`address` after the caller's `correction` at its read-back; None when the words change nothing."""
    state = new_accumulator("email", locale)
    state.feed(address)
    assert state.value == address
    changed = edit(state, correction)
    return changed.value if changed is not None else None
