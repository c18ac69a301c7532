""""Ka de kilo" as the recogniser writes it: "Ca de quilo", "Cadequilo" (run together). Spanish spells the
sound of "ki" as "qui", so the word of a K spelling may come out starting with a Q; the name "ka" is heard
plainly and a Q is named "cu" ("cu de queso"), so the letter is K. So with a K word the recogniser writes
with "ca", "co", "cu" ("Cadecarate": ka de karate, "ka de coala"): a C is named "ce", so "ca" is K. A Q
named with its word, and a C named "ce de casa", stay as they are."""

from __future__ import annotations

import pytest

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Ere de ratón.", "Cadequilo.", "Te de Tamaulipas.", "Cuatro ochenta y dos."], "RKT-482"),
        ("es-MX", ["Ca de quilo, eme, ene, cinco cinco."], "KMN-55"),
        ("es-MX", ["A de árbol.", "Ka de quilómetro.", "Uno dos tres."], "AK-123"),
        ("en-US", ["Are.", "Kay as in kilo.", "Tee.", "Four eight two."], "RKT-482"),
        ("es-MX", ["Erre de Roma.", "Cadecarate.", "Te de Toluca.", "Cuatro setenta y tres."], "RKT-473"),
        ("es-MX", ["Ere.", "Ka de coala.", "Te.", "Cuatro ochenta y dos."], "RKT-482"),
        ("es-MX", ["Ere.", "Ca de Carla.", "Te.", "Cuatro ochenta y dos."], "RKT-482"),
    ],
)
def test_k_named_with_a_word_written_with_qu_is_k(locale: str, turns: list[str], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate


@pytest.mark.parametrize(
    ("locale", "turns", "plate"),
    [
        ("es-MX", ["Ere.", "Cu de queso.", "Te.", "Cuatro ochenta y dos."], "RQT-482"),
        ("es-MX", ["Ere.", "Ce de casa.", "Te.", "Cuatro ochenta y dos."], "RCT-482"),
        ("es-MX", ["Ere.", "Se de Carla.", "Te.", "Cuatro ochenta y dos."], "RCT-482"),
        ("es-MX", ["Ere.", "Ka de kilo.", "Te.", "Cuatro ochenta y dos."], "RKT-482"),
        ("en-US", ["Are.", "Cue as in queen.", "Tee.", "Four eight two."], "RQT-482"),
    ],
)
def test_trap_q_and_c_named_with_their_words_stay(locale: str, turns: list[str], plate: str) -> None:
    assert plate_fed(locale, *turns).value == plate
