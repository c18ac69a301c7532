"""Two ways a caller says less (or the same) than the words suggest.

Only the domain is known: "nomás sé que termina en arroba gmail punto com", "I only know it ends in at
gmail dot com" - the words before the "@" say how the address ends, or are a sentence of everyday talk;
they are no part before the "@", and the turn gives no address. A word then its own spelling ("Jett
trucking, J E T T, one word", "Canales, ce a ene a ele e ese") is that word once: the letters make it clear,
they are not more of the address. Letters that spell no word beside them stay letters of the address.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Nomás sé que termina en arroba gmail punto com.", "es-MX"),
        ("No me acuerdo bien, termina en arroba yahoo punto com", "es-MX"),
        ("La verdad no me acuerdo bien, arroba hotmail punto com", "es-MX"),
        ("Pues acaba en arroba outlook punto com, lo demás no me lo sé", "es-MX"),
        ("I only know it ends in at gmail dot com", "en-US"),
        ("It ends with at yahoo dot com, that's all I know", "en-US"),
    ],
)
def test_only_the_domain_known_gives_no_address(text: str, locale: str) -> None:
    assert extract_email(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Jett trucking, J E T T, one word, at outlook dot com.", "en-US", "jetttrucking@outlook.com"),
        ("Bob, b o b, at gmail dot com", "en-US", "bob@gmail.com"),
        ("J E T T, Jett, at gmail dot com", "en-US", "jett@gmail.com"),
        ("Canales, ce a ene a ele e ese, arroba gmail punto com", "es-MX", "canales@gmail.com"),
        ("Transportes López, ele o pe e zeta, arroba gmail punto com", "es-MX", "transporteslopez@gmail.com"),
        ("Rigo, erre i ge o, punto canales arroba gmail punto com", "es-MX", "rigo.canales@gmail.com"),
    ],
)
def test_a_word_then_its_spelling_counts_once(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # letters that spell no word beside them are more of the address
        ("ana b c arroba gmail punto com", "es-MX", "anabc@gmail.com"),
        ("juan perez j p arroba gmail punto com", "es-MX", "juanperezjp@gmail.com"),
        ("tom smith at gmail dot com", "en-US", "tomsmith@gmail.com"),
        # letter names that look like everyday words are a spelling, not a sentence
        ("be e te o arroba gmail punto com", "es-MX", "beto@gmail.com"),
        ("ventas arroba acme punto com", "es-MX", "ventas@acme.com"),
        ("luz del mar arroba gmail punto com", "es-MX", "luzdelmar@gmail.com"),
    ],
)
def test_traps_keep_their_address(text: str, locale: str, expected: str) -> None:
    assert extract_email(text, locale) == expected
