"""At a read-back, a yes the caller takes back ("Sí... no, está mal", "yeah, no, that's wrong") or follows with
the value called wrong is no confirmation; a hold said as "espérate" / "tantito" leaves it undecided; praise of
the read-back ("lo dijiste bien", "you read it back perfect") and "eso, ya" are a yes; radio talk for no
("negatory") is a no. A wrong yes saves bad data, so every doubtful case is no yes."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


def answer(text: str, locale: str) -> str | None:
    return classify_yes_no(text, locale).answer


@pytest.mark.parametrize(("text", "locale", "expected"), [
    # a yes taken back by a "no" of its own: what follows decides
    ("Sí, no, está mal.", "es-MX", "no"),
    ("Sí... no, eso no es.", "es-MX", "no"),
    ("Yeah... no, that's wrong.", "en-US", "no"),
    ("Sí... no.", "es-MX", None),
    ("Yes, no.", "en-US", None),
    ("Sí... no, espérate, el cuatro está mal.", "es-MX", None),
    ("Sí, no, aguanta, déjame ver.", "es-MX", None),
    # ... and Mexican "sí, no" before a yes stays a yes
    ("Sí, no, todo bien.", "es-MX", "yes"),
    ("Sí, no, dale.", "es-MX", "yes"),
    ("Sí, no, así.", "es-MX", "yes"),
    ("Sí, no, nada más.", "es-MX", "yes"),
    ("Yeah, no, you're good.", "en-US", "yes"),
    ("Sí, no, pérame.", "es-MX", None),
    ("Yeah, no, that's right.", "en-US", "yes"),
    # "no" that negates what follows it is no taking back
    ("Sí, no está mal.", "es-MX", "yes"),
    ("Sí, no hay problema.", "es-MX", "yes"),
])
def test_a_yes_taken_back(text: str, locale: str, expected: str | None) -> None:
    assert answer(text, locale) == expected


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, está mal.", "es-MX"),
    ("Sí, lo tienes bien chueco.", "es-MX"),
    ("Yes, you got it wrong.", "en-US"),
    ("Yeah, that's incorrect.", "en-US"),
    ("Yes, the last letter is wrong.", "en-US"),
    ("Sí, está mal mi apellido.", "es-MX"),
    ("Sí, espérate.", "es-MX"),
    ("Sí, tantito.", "es-MX"),
    ("Sí, pero lo dijiste mal.", "es-MX"),
])
def test_a_yes_with_the_value_called_wrong_or_on_hold_is_no_confirmation(text: str, locale: str) -> None:
    assert answer(text, locale) is None


@pytest.mark.parametrize(("text", "locale"), [
    # at the read-back of a corrected value, the earlier value or the caller's own slip called wrong
    ("Sí, así es, la anterior está mal.", "es-MX"),
    ("Sí, ésa, lo de antes estaba mal.", "es-MX"),
    ("Sí, así, yo lo dije mal.", "es-MX"),
    ("Yeah that's right, I said it wrong earlier.", "en-US"),
    ("Yep, sorry, I gave you the wrong one first.", "en-US"),
    ("Yes, that one, the other one was wrong.", "en-US"),
    ("Yeah, that's it, you had the wrong one before.", "en-US"),
    ("Yeah, that's right, not the wrong one.", "en-US"),
])
def test_a_yes_beside_an_earlier_value_called_wrong_stands(text: str, locale: str) -> None:
    assert answer(text, locale) == "yes"


@pytest.mark.parametrize(("text", "locale"), [
    ("Yes, nothing wrong.", "en-US"),
    ("Yeah buddy, you said it right.", "en-US"),
    ("Yep, you got it all right.", "en-US"),
    ("You nailed it, thanks.", "en-US"),
    ("Lo dijiste bien.", "es-MX"),
    ("Sí, lo anotaste perfecto.", "es-MX"),
    ("Sí, te quedó bien, joven.", "es-MX"),
    ("Sí, quedó todo correcto.", "es-MX"),
    ("Eso, ya.", "es-MX"),
    ("Correcto, es todo.", "es-MX"),
    ("Así es, ya está.", "es-MX"),
    ("Yep, that's all.", "en-US"),
    ("Copiado.", "es-MX"),
    ("That's a big ten four.", "en-US"),
])
def test_praise_and_settled_are_a_yes(text: str, locale: str) -> None:
    assert answer(text, locale) == "yes"


@pytest.mark.parametrize(("text", "locale"), [
    ("You read it back.", "en-US"),       # no word of praise: a request to hear it
    ("Yeah, read it back.", "en-US"),
    ("Sí, nada más que el último número es ocho.", "es-MX"),  # a correction after the yes
])
def test_no_praise_no_yes(text: str, locale: str) -> None:
    assert answer(text, locale) is None


@pytest.mark.parametrize(("text", "locale"), [
    ("Negatory on that.", "en-US"),
    ("That's a negative.", "en-US"),
    ("Negative on that, buddy.", "en-US"),
])
def test_radio_talk_for_no(text: str, locale: str) -> None:
    assert answer(text, locale) == "no"
