"""A complaint said in so many words beside a question about the call ("¿con quién hablo? ya me cansé de esperar",
"how did you get my number? this is ridiculous") is the complaint, however long the question's phrase: it is logged
for a supervisor. A question that only names a complaint ("¿es por la queja que puse?") asks about it."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import CallTool
from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Con quién hablo? Ya me cansé de esperar.", "es-MX"),
        ("¿Con quién hablo? Es una falta de respeto.", "es-MX"),
        ("¿De dónde sacaron mi número? Ya me cansé de esperar.", "es-MX"),
        ("How did you get my number? This is ridiculous.", "en-US"),
        ("Where did you get my number? This is a joke.", "en-US"),
        ("Who am I talking to? This is ridiculous.", "en-US"),
    ],
)
def test_a_complaint_beside_a_question_about_the_call_is_the_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Con quién hablo?", "es-MX"),
        ("¿Quién habla? ¿Es de la queja que puse?", "es-MX"),
        ("How did you get my number?", "en-US"),
        ("Who is this? Is this about my complaint?", "en-US"),
    ],
)
def test_a_question_that_only_names_a_complaint_is_a_question(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("¿Con quién hablo? Ya me cansé de esperar.", "es-MX"),
     ("How did you get my number? This is ridiculous.", "en-US")],
)
async def test_the_complaint_is_logged_in_a_call(text: str, locale: str) -> None:
    conv = await at_question("tractor_number", locale)
    actions = await conv.user_turn(text)
    assert any(isinstance(a, CallTool) and a.name == "log_complaint" for a in actions)
    assert not conv.ended and conv.step.slot == "tractor_number"
