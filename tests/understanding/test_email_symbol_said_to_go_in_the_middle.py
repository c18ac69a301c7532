""""Con punto en medio", "lleva guion bajo en medio", "with a dot in between" at the read-back of an address
whose part before the "@" was said as two words run together: the symbol goes between those two words. Said
as one word, three words or spelled letter by letter, the place is not known and nothing changes; "lleva
guion bajo" with no "en medio" leaves the place to be said next."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.types.base import edit


def _after(turns: list[str], correction: str, locale: str) -> str | None:
    state = new_accumulator("email", locale)
    for turn in turns:
        state.feed(turn)
    assert state.complete
    changed = edit(state, correction)
    return changed.value if changed is not None else None


@pytest.mark.parametrize(
    ("turns", "correction", "locale", "expected"),
    [
        (["Rigo. Canales arroba Gmail.com."], "con punto en medio", "es-MX", "rigo.canales@gmail.com"),
        (["Beto.", "Salas.", "arroba hotmail punto com"], "lleva guion bajo en medio", "es-MX",
         "beto_salas@hotmail.com"),
        (["pedro ochenta arroba yahoo punto com"], "con un punto en medio", "es-MX", "pedro.80@yahoo.com"),
        (["Jim. Bowers at gmail dot com"], "with a dot in between", "en-US", "jim.bowers@gmail.com"),
        (["kim lee at aol dot com"], "it has a dash in the middle", "en-US", "kim-lee@aol.com"),
    ],
)
def test_the_symbol_goes_between_the_two_words(turns: list[str], correction: str, locale: str,
                                               expected: str) -> None:
    assert _after(turns, correction, locale) == expected


@pytest.mark.parametrize(
    ("turns", "correction", "locale"),
    [
        (["erre i ge o ce a ene a ele e ese arroba gmail punto com"], "con punto en medio", "es-MX"),
        (["juan carlos perez arroba gmail punto com"], "con punto en medio", "es-MX"),
        (["rigocanales arroba gmail punto com"], "con punto en medio", "es-MX"),
        (["j o h n s m i t h at gmail dot com"], "with a dot in between", "en-US"),
        (["Rosa mena arroba gmail punto com."], "lleva guion bajo", "es-MX"),
    ],
)
def test_no_place_known_changes_nothing(turns: list[str], correction: str, locale: str) -> None:
    assert _after(turns, correction, locale) is None


@pytest.mark.parametrize(
    ("turns", "correction", "locale", "expected"),
    [
        (["juan perez arroba gmail punto com"], "Sí, el punto en medio", "es-MX", "juan.perez@gmail.com"),
        (["juan perez arroba gmail punto com"], "sí, en medio lleva guion bajo", "es-MX", "juan_perez@gmail.com"),
        (["juan perez arroba gmail punto com"], "Con el punto en medio, sí", "es-MX", "juan.perez@gmail.com"),
        (["juan perez arroba gmail punto com"], "Sí, nomás que lleva punto en medio", "es-MX",
         "juan.perez@gmail.com"),
        (["ventas norte arroba gmail punto com"], "pero en medio va un guion", "es-MX", "ventas-norte@gmail.com"),
        (["john smith at gmail dot com"], "yeah, there's a dot in the middle", "en-US", "john.smith@gmail.com"),
        (["john smith at gmail dot com"], "yes, the underscore goes in between", "en-US", "john_smith@gmail.com"),
    ],
)
def test_the_symbol_and_its_place_said_in_either_order(turns: list[str], correction: str, locale: str,
                                                      expected: str) -> None:
    assert _after(turns, correction, locale) == expected


@pytest.mark.parametrize(
    ("turns", "correction", "locale"),
    [
        (["juan perez arroba gmail punto com"], "sí, sin punto en medio", "es-MX"),
        (["juan perez arroba gmail punto com"], "sí, sin nada en medio", "es-MX"),
        (["john smith at gmail dot com"], "yes, no dot in between", "en-US"),
    ],
)
def test_no_symbol_in_the_middle_changes_nothing(turns: list[str], correction: str, locale: str) -> None:
    assert _after(turns, correction, locale) is None
