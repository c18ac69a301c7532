"""A yes in more words: "there it is", "there you go" and "it adds up" ("pos ahí está, ya cuadró", "that checks
out"), and the emphasis "not a letter more, not a letter less" after a yes ("órale, ni una letra de más ni de
menos", "yep, not a digit more, not a digit less"), whose "menos"/"less" is no "but". Traps: "ahí está" asked
("¿ahí está?", are you there?) or pointing at something else ("ahí está el problema, la ele va antes"), a "but"
that is one ("órale, pero ni una letra de más"), where a letter goes said after "va" ("la ka va al final"),
"checks out" before a change."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import extract


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ahí está, así es.", "es-MX"),
        ("Pues ahí está, ya cuadra.", "es-MX"),
        ("Sí cuadra, joven.", "es-MX"),
        ("Ya cuadró todo, gracias.", "es-MX"),
        ("Órale, ni una letra de más ni de menos.", "es-MX"),
        ("Eso es, ni un número de más ni de menos.", "es-MX"),
        ("Así es, ni más ni menos.", "es-MX"),
        ("That checks out.", "en-US"),
        ("Yep, it all adds up.", "en-US"),
        ("Yes ma'am, not a digit more, not a digit less.", "en-US"),
        ("Yeah, nothing more, nothing less.", "en-US"),
        ("There you go.", "en-US"),
        ("There it is.", "en-US"),
        ("There you have it, thanks.", "en-US"),
        ("Yep, there you go.", "en-US"),
    ],
)
def test_it_adds_up_or_not_a_letter_off_is_yes(text: str, locale: str) -> None:
    assert extract("yes_no", text, locale) == "yes"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ahí está el problema, la ele va antes.", "es-MX", None),
        ("¿Ahí está el jefe?", "es-MX", None),
        ("¿Bueno? ¿Ahí está?", "es-MX", None),  # "are you there?": a line check, no "there it is"
        ("Ahí está mal.", "es-MX", "no"),
        ("Órale, pero ni una letra de más.", "es-MX", None),
        ("La ka va al final.", "es-MX", None),
        ("Checks out except the last letter.", "en-US", None),
        ("There you go again, it's an H.", "en-US", None),
        ("There it is, the problem, the L goes first.", "en-US", None),
    ],
)
def test_the_same_words_pointing_elsewhere_or_changing_stay_no_yes(
        text: str, locale: str, expected: str | None) -> None:
    assert extract("yes_no", text, locale) == expected
