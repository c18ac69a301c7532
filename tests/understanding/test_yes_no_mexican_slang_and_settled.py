"""Read-back answers in Mexican slang and "that's settled" words: "simona (la mona)", "sobres", "arre", "ahí
quedó", "ya estuvo" are a yes; "neh", "nel pastel", "ni al caso", "ni maíz" a no. "Ahí quedó" followed by
a denial ("ahí quedó mal") is no yes."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Simona.", "es-MX", "yes"),
        ("Simona, así mero.", "es-MX", "yes"),
        ("Sobres, joven.", "es-MX", "yes"),
        ("Arre.", "es-MX", "yes"),
        ("Ya quedó, gracias.", "es-MX", "yes"),
        ("Ahí estuvo, jefa.", "es-MX", "yes"),
        ("Nel pastel.", "es-MX", "no"),
        ("Ni maíz, está mal.", "es-MX", "no"),
        ("Ni al caso, es otra.", "es-MX", "no"),
        ("Naw, that's wrong.", "en-US", "no"),
        ("Neh.", "en-US", "no"),
        # traps: a denial after "that's settled", and a remark that is no answer
        ("Ahí quedó mal.", "es-MX", "no"),
        ("Ya estuvo bueno de preguntas.", "es-MX", None),
    ],
)
def test_slang_and_settled_words_answer_a_read_back(text: str, locale: str, expected: str | None) -> None:
    assert classify_yes_no(text, locale).answer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("A huevo.", "yes"), ("A huevo que sí.", "yes"), ("¡A huevo que no!", "no"), ("A huevo que no, está mal.", "no"),
     ("A huevo que no hay problema.", "yes")],
)
def test_the_slang_yes_before_a_no_is_a_stronger_no(text: str, expected: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == expected
