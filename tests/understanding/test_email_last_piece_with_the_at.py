"""The last piece of an address dictated over turns often carries the "@" ("perez arroba gmail punto com"
after "juan punto"): it finishes the address, it does not replace it. A turn with an "@" is a whole new
address only when it says so: after a whole address, named ("mi correo es ..."), taken back ("no, perdón,
..."), or saying again the start of what was collected.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _dictate(turns: list[str], locale: str = "es-MX") -> str | None:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["ramon", "punto", "soto arroba gmail punto com"], "es-MX", "ramon.soto@gmail.com"),
        (["ramon guion bajo", "soto arroba gmail punto com"], "es-MX", "ramon_soto@gmail.com"),
        (["ramon", "soto arroba gmail punto com"], "es-MX", "ramonsoto@gmail.com"),
        (["Letra ka.", "Número tres.", "y letra de arroba hotmail punto com"], "es-MX", "k3d@hotmail.com"),
        (["Letra ka.", "Número tres.", "yletraefe@yahoo.com"], "es-MX", "k3f@yahoo.com"),
        (["nina dot", "park at outlook dot com"], "en-US", "nina.park@outlook.com"),
    ],
)
def test_the_piece_with_the_at_finishes_the_address(turns: list[str], locale: str, expected: str) -> None:
    assert _dictate(turns, locale) == expected


@pytest.mark.parametrize(
    ("turns", "locale", "expected"),
    [
        (["r a m", "ramon punto soto arroba gmail punto com"], "es-MX", "ramon.soto@gmail.com"),
        (["ramon", "no, perdón, raul arroba gmail punto com"], "es-MX", "raul@gmail.com"),
        (["ramon", "mi correo es raul arroba gmail punto com"], "es-MX", "raul@gmail.com"),
        (["ramon arroba gmail punto com", "raul arroba yahoo punto com"], "es-MX", "raul@yahoo.com"),
        (["nina", "sorry, nora at gmail dot com"], "en-US", "nora@gmail.com"),
    ],
)
def test_a_whole_new_address_replaces_what_was_collected(turns: list[str], locale: str, expected: str) -> None:
    assert _dictate(turns, locale) == expected
