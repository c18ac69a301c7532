"""With no "arroba" said, the "en" before a mail provider heard in two pieces ("Leti. Punto. Ibarra. En g mail.
Punto com.", "en hot mail", "en jot mail") or written with its ending joined ("en gmail.com") is the "@", as before
a provider said whole; "en" before any other word is still talk."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leti. Punto. Ibarra. En g mail. Punto com.", "leti.ibarra@gmail.com"),
        ("Leti punto Ibarra en g mail punto com", "leti.ibarra@gmail.com"),
        ("Mario punto ruiz en hot mail punto com", "mario.ruiz@hotmail.com"),
        ("Chuy ochenta en jot mail punto com", "chuy80@hotmail.com"),
        ("leti punto ibarra en gmail.com", "leti.ibarra@gmail.com"),
        ("Mario punto ruiz en hotmail.com.mx", "mario.ruiz@hotmail.com.mx"),
        ("Juan en la oficina", None),
    ],
)
def test_en_before_a_provider_in_pieces_is_the_at(text: str, expected: str | None) -> None:
    assert extract_email(text, "es-MX") == expected
