"""A caller who says part of their name again in the same turn ("... Mendoza. Mendoza.", "..., Mendoza
con zeta", "Billy Joe Parker, Billy Joe") gives the name once: the later words repeat, they do not add
a surname. A later, fuller name still replaces an earlier part ("Parker, Billy Joe Parker")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.names import extract_name


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Soy Rigoberto Salcedo. Salcedo.", "es-MX", "Rigoberto Salcedo"),
        ("Evelia Zúñiga, Zúñiga con zeta.", "es-MX", "Evelia Zúñiga"),
        ("Mi nombre es Tomás Bárcenas, Tomás.", "es-MX", "Tomás Bárcenas"),
        ("Pues, Efraín Olmos Rivas, Olmos Rivas.", "es-MX", "Efraín Olmos Rivas"),
        ("It's Dwayne Colter. Colter.", "en-US", "Dwayne Colter"),
        ("Yeah, Billy Joe Parker, Billy Joe.", "en-US", "Billy Joe Parker"),
        ("Marcy Keeling, Keeling with a K.", "en-US", "Marcy Keeling"),
    ],
)
def test_part_of_the_name_said_again_is_not_added(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Salcedo, Rigoberto Salcedo.", "es-MX", "Rigoberto Salcedo"),  # the fuller name comes last
        ("Tomás, Tomás Bárcenas.", "es-MX", "Tomás Bárcenas"),
        ("Parker. Billy Joe Parker.", "en-US", "Billy Joe Parker"),
        ("Rigoberto Salcedo, no, perdón, Rigoberto Saldaña.", "es-MX", "Rigoberto Saldaña"),  # a correction
    ],
)
def test_a_fuller_or_corrected_name_said_later_still_wins(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Soy Wenceslao Yépez, Yépez con ye griega y con acento.", "es-MX", "Wenceslao Yépez"),
        ("Mi nombre es Eliseo Zúñiga, con zeta y eñe.", "es-MX", "Eliseo Zúñiga"),
        ("It's Kyle Whitt, with a W and two T's.", "en-US", "Kyle Whitt"),
    ],
)
def test_a_spelling_note_of_several_letters_is_not_part_of_the_name(text: str, locale: str, expected: str) -> None:
    assert extract_name(text, locale) == expected
