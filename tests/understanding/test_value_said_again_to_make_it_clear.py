"""A value's part said again to make it clear: a name's spelling note with a check asked after it ("Aguilar con ge,
¿ya?"), a plate letter said twice in a row where no plate has room for it twice ("ve de vaca, ve de vaca, como ve"),
and a country ending said as two letter names run together ("punto emequis" is .mx)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale", "name"),
    [
        ("Rosendo Aguilar, Aguilar con ge, ¿ya?", "es-MX", "Rosendo Aguilar"),
        ("Rosendo Vázquez, Vázquez con zeta, ¿ya?", "es-MX", "Rosendo Vázquez"),
        ("Rosendo Aguilar con ge, ¿sale?", "es-MX", "Rosendo Aguilar"),
        ("Yolanda Ruiz con zeta, ¿verdad?", "es-MX", "Yolanda Ruiz"),
        ("Mike Kowalski, Kowalski with a K, got it?", "en-US", "Mike Kowalski"),
        ("Bart Simms with a B, okay?", "en-US", "Bart Simms"),
    ],
)
def test_name_note_with_a_check_after_it(text: str, locale: str, name: str) -> None:
    assert extract("name", text, locale) == name


@pytest.mark.parametrize(
    ("text", "locale", "plate"),
    [
        ("Le traje, letra ge, letra ese, letra be, 7 1 4", "es-MX", "GSB-714"),
        ("Ve de vaca, ve de vaca, como ve, te, equis, uno uno nueve", "es-MX", "VTX-119"),
        ("Ve de vaca, como ve, te, equis, uno uno nueve", "es-MX", "VTX-119"),
        ("ge, ge, ese, be, 7 1 4", "es-MX", "GSB-714"),
        ("V as in Victor, V as in Victor, T, X, one one nine", "en-US", "VTX-119"),
        # one that fits as said keeps the letter twice
        ("ere de Roma, ere de Roma, equis, 1 2 3", "es-MX", "RRX-123"),
    ],
)
def test_plate_letter_said_twice_to_make_it_clear(text: str, locale: str, plate: str) -> None:
    assert extract("plate", text, locale) == plate


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Abundio peralta setenta y tres arroba yahoo punto com punto emequis", "abundioperalta73@yahoo.com.mx"),
        ("juan perez arroba hotmail punto com punto emequis", "juanperez@hotmail.com.mx"),
        ("carlos arroba prodigy punto net punto emequis", "carlos@prodigy.net.mx"),
        ("rosa arroba yahoo punto com punto eme equis", "rosa@yahoo.com.mx"),
        # two names that spell no ending stay the word said
        ("pedro arroba empresa punto ceo", "pedro@empresa.ceo"),
    ],
)
def test_email_country_ending_said_as_letter_names_run_together(text: str, email: str) -> None:
    assert extract("email", text, "es-MX") == email
