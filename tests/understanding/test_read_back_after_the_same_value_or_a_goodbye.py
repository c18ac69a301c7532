"""At a read-back: a correction that only says the same value again is answered as such ("Eso mismo tengo. ...",
"That matches what I have. ..."), never the curt "Dígame sí o no" kept for a remark ("este pues"); "came again?" -
"come again?" as the recogniser writes it - asks to hear it again. A yes with a goodbye ("sí, ya quedamos, ahí nos
hablamos", "yes, we're good, talk to you later") confirms the value, which is kept, and the call ends politely as
partial (kept as it is: the caller took leave, as with "sí, gracias, hasta luego"; the record resumes on the
callback)."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import Say

from .call_helpers import at_question


def _said(actions: list) -> str:
    return " ".join(a.text for a in actions if isinstance(a, Say))


async def _at_read_back(slot: str, locale: str, answer: str) -> object:
    conv = await at_question(slot, locale)
    await conv.user_turn(answer)
    assert conv.pending is not None
    return conv


@pytest.mark.parametrize(("locale", "slot", "answer", "again", "said"), [
    ("es-MX", "tractor_plate", "equis ye ca, uno dos tres cuatro", "no, es equis ye ca uno dos tres cuatro",
     "Eso mismo tengo. Placas del tractor"),
    ("es-MX", "tractor_number", "cuatro cinco dos", "no, es el cuatro cinco dos", "Eso mismo tengo. Tractor"),
    ("en-US", "tractor_number", "four five two", "no, it's four five two", "That matches what I have. Tractor"),
    ("en-US", "trailer_plate", "X Y K, one two three four", "no, X Y K one two three four",
     "That matches what I have. Trailer plates"),
])
async def test_a_correction_that_changes_nothing_is_answered_as_the_same_value(
        locale: str, slot: str, answer: str, again: str, said: str) -> None:
    conv = await _at_read_back(slot, locale, answer)
    actions = await conv.user_turn(again)
    text = _said(actions)
    assert said in text and "sí o no" not in text.lower() and "yes or no" not in text.lower()


@pytest.mark.parametrize(("locale", "slot", "answer", "again", "same"), [
    ("es-MX", "full_name", "Ana López", "no, es Ana López", "Eso mismo tengo."),
    ("es-MX", "eta", "a las cinco de la tarde", "no, a las cinco de la tarde", "Eso mismo tengo."),
    ("es-MX", "tractor_plate", "equis ye ca, uno dos tres cuatro", "no, la última es cuatro", "Eso mismo tengo."),
    ("es-MX", "email", "ana arroba gmail punto com", "no, ana arroba gmail punto com", "Eso mismo tengo."),
    ("en-US", "tractor_number", "four five two", "no, it's four five two", "That matches what I have."),
    ("en-US", "eta", "five pm", "no, five pm", "That matches what I have."),
    ("en-US", "full_name", "Ana Lopez", "no, Ana Lopez", "That matches what I have."),
])
async def test_the_same_value_said_again_twice_is_never_read_back_word_for_word(
        locale: str, slot: str, answer: str, again: str, same: str) -> None:
    conv = await _at_read_back(slot, locale, answer)
    first = _said(await conv.user_turn(again))
    second = _said(await conv.user_turn(again))
    assert first.startswith(same) and second.startswith(same)
    assert first != second  # the same read-back word for word sounds like a machine


async def test_a_remark_at_a_read_back_still_asks_yes_or_no() -> None:
    conv = await _at_read_back("tractor_plate", "es-MX", "equis ye ca, uno dos tres cuatro")
    assert "Dígame sí o no" in _said(await conv.user_turn("este pues"))


@pytest.mark.parametrize("text", ["came again", "Came again?", "uh, came again?"])
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_came_again_asks_to_hear_it_again(text: str, at_read_back: bool) -> None:
    conv = await (_at_read_back("tractor_number", "en-US", "four five two") if at_read_back
                  else at_question("tractor_number", "en-US"))
    before = conv.step.name
    said = _said(await conv.user_turn(text))
    assert conv.step.name == before
    assert ("Tractor number 452" if at_read_back else "unit number") in said
    assert "yes or no" not in said and "didn't get" not in said


@pytest.mark.parametrize(("locale", "text", "bye"), [
    ("es-MX", "sí, ya quedamos, ahí nos hablamos", "lo dejamos aquí"),
    ("es-MX", "Sí, gracias, ya quedamos, ahí nos hablamos.", "lo dejamos aquí"),
    ("en-US", "yes, we're good, talk to you later", "we'll leave it here"),
])
async def test_a_yes_with_a_goodbye_keeps_the_value_and_ends_as_partial(locale: str, text: str, bye: str) -> None:
    conv = await _at_read_back("tractor_number", locale, "cuatro cinco dos" if locale == "es-MX" else "four five two")
    actions = await conv.user_turn(text)
    assert conv.ended and bye in _said(actions)
    assert conv.state.slots["tractor_number"] == "452"
