"""A turn that gives one value and goes on, after "y"/"and", to name another thing and give it without a
verb ("es el 88 y de una vez las placas, ...", "... and the plates, ...") is cut in two, each part with
the words that name its thing. Letters joined by "y" ("la e y la g") are no statement."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import statements


@pytest.mark.parametrize(
    ("text", "locale", "second", "names"),
    [
        ("Es el ochocientos y de una vez las placas, letra ge, letra ka, uno uno cero.", "es-MX",
         "las placas, letra ge, letra ka, uno uno cero.", {"placas"}),
        ("La caja es la cuarenta y las placas de la caja jota de Jalisco, ere, seis seis dos.", "es-MX",
         "las placas de la caja jota de Jalisco, ere, seis seis dos.", {"placas", "caja"}),
        ("It's truck 77 and the plates, T R K 5 5 0.", "en-US", "the plates, T R K 5 5 0.", {"plates"}),
    ],
)
def test_the_second_thing_named_after_y_is_a_statement_of_its_own(
    text: str, locale: str, second: str, names: set[str]
) -> None:
    parts = statements(text, locale)
    assert len(parts) == 2
    assert parts[1] == (frozenset(names), second)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Es la e minúscula y la g minúscula.", "es-MX"),  # letters with their article
        ("Cuarenta y dos.", "es-MX"),
        ("Five and six.", "en-US"),
    ],
)
def test_letters_and_numbers_joined_by_y_are_one_part(text: str, locale: str) -> None:
    assert statements(text, locale) == [(frozenset(), text)]
