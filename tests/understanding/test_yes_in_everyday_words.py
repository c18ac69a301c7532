""""Exactly that" said in everyday words is a yes to a read-back: "spot on", "dead on", "bingo", "al cien",
"de pelos", "justo así". The same words negated stay a no ("not spot on", "no, ni al cien"). A change
waved away keeps the value ("no, así está bien", "no le hace", "nope, that's fine"); "no problem" alone
agrees to a question, but is no answer to an exact value read back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, extract


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Yep, dead on.", "en-US"),
        ("Bingo, that's my truck.", "en-US"),
        ("You nailed it.", "en-US"),
        ("Spot on, ma'am.", "en-US"),
        ("Al cien, joven.", "es-MX"),
        ("De pelos, así es.", "es-MX"),
        ("Justo así.", "es-MX"),
    ],
)
def test_exactly_that_is_yes(said: str, locale: str) -> None:
    assert extract("yes_no", said, locale) == "yes"


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Not spot on, no.", "en-US"),
        ("That's not dead on.", "en-US"),
        ("No, ni al cien.", "es-MX"),
    ],
)
def test_negated_stays_no(said: str, locale: str) -> None:
    assert extract("yes_no", said, locale) == "no"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # a change waved away: the value stays as it was read back
        ("No le hace.", "es-MX"),
        ("No, así está bien.", "es-MX"),
        ("No, está bien así.", "es-MX"),
        ("No pasa nada, así está bien.", "es-MX"),
        ("No no, así déjalo.", "es-MX"),
        ("No, así queda, gracias.", "es-MX"),
        ("Nope, that's fine.", "en-US"),
        ("No, it's fine as is.", "en-US"),
        ("Nah, leave it like that.", "en-US"),
        ("Sí, no hay problema.", "es-MX"),
        ("Yeah, no worries.", "en-US"),
    ],
)
def test_a_change_waved_away_keeps_the_value(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # "no está bien así" without a pause says it is wrong; "no, está bien" alone is as often "no, (the
        # rest) is fine": both stay a no, and the value is asked again
        ("No está bien así.", "es-MX", "no"),
        ("No, está bien.", "es-MX", "no"),
        ("No, así no.", "es-MX", "no"),
        ("No, that's not fine.", "en-US", "no"),
        # waved away with no word of the value: no answer to an exact value read back
        ("No worries.", "en-US", None),
        ("Cool, no worries.", "en-US", None),
        ("No hay problema.", "es-MX", None),
    ],
)
def test_what_only_sounds_like_waving_a_change_away(text: str, locale: str, expected: str | None) -> None:
    assert classify_yes_no(text, locale).answer == expected


@pytest.mark.parametrize(("text", "locale"), [("No hay problema.", "es-MX"), ("No problem.", "en-US"),
                                              ("Cool, no worries.", "en-US"), ("No te preocupes.", "es-MX")])
def test_no_problem_agrees_to_a_question_that_reads_back_no_value(text: str, locale: str) -> None:
    # "¿Tiene un par de minutos?" - "No hay problema": a yes, never a no
    assert classify_yes_no(text, locale, approximate=True).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # at an offer ("¿Le llamo en diez minutos?", "Can I call you back?") "no, it's fine" declines it
        ("No, así está bien, gracias.", "es-MX", "no"),
        ("No, déjalo así.", "es-MX", "no"),
        ("No pasa nada, así está bien.", "es-MX", "no"),
        ("No, that's fine.", "en-US", "no"),
        ("Nah, it's fine.", "en-US", "no"),
        ("No, it's all good, thanks.", "en-US", "no"),
        # agreeing to it stays a yes
        ("That's fine.", "en-US", "yes"),
        ("Sí, así está bien.", "es-MX", "yes"),
        ("No problem.", "en-US", "yes"),
        ("No hay problema.", "es-MX", "yes"),
    ],
)
def test_fine_as_it_is_after_a_no_declines_an_offer(text: str, locale: str, expected: str) -> None:
    assert classify_yes_no(text, locale, approximate=True, of_value=False).answer == expected


@pytest.mark.parametrize(
    ("text", "locale"), [("Leave it.", "en-US"), ("Así déjalo.", "es-MX"), ("No le hace.", "es-MX")]
)
def test_leave_it_accepts_no_offer(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale, approximate=True, of_value=False).answer != "yes"
    assert classify_yes_no(text, locale).answer == "yes"  # of a value read back it keeps the value
