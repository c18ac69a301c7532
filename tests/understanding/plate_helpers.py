"""A plate dictated turn by turn under Daisy's pattern, as the plate dictation tests drive it."""

from __future__ import annotations

from daisy_engine.understanding.types.plate import PlateAccumulator

DAISY_PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def plate_fed(locale: str, *turns: str) -> PlateAccumulator:
    """The plate accumulator after the caller's `turns`, in `locale`."""
    acc = PlateAccumulator("plate", locale, DAISY_PLATE)
    for turn in turns:
        acc.feed(turn)
    return acc
