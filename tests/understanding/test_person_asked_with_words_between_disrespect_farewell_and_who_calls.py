"""A person asked for with words between the verb and "con" ("comunícame mejor directo con el licenciado Ramos") or
an adverb before the talking ("somebody in accounts receivable I can actually talk to?"); a grievance said beside a
question about the call ("Otra vez a pedir los datos, ya se los di ayer") and disrespect complained of ("qué falta de
respeto", "so disrespectful"); all set and a farewell ("ya quedamos, ahí nos hablamos", "we're set, talk soon"); how
the agent knows the caller and who calls ("¿y tú cómo sabes mi nombre?", "¿con quién tengo el gusto?") - at a
question and at a read-back."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Oye, comunícame mejor directo con el licenciado Ramos, mi coordinador de flota.", "es-MX", "human"),
        ("Pásame ahorita directo con la contadora.", "es-MX", "human"),
        ("Is there somebody in accounts receivable I can actually talk to?", "en-US", "human"),
        ("Anybody in payroll I could really speak with?", "en-US", "human"),
        ("Is there someone in dispatch we can just talk to?", "en-US", "human"),
        ("There is someone at the yard I can actually talk to.", "en-US", None),  # news, nobody asked for
        ("Otra vez a pedir los datos, ya se los di ayer, ¿qué no los guardan?", "es-MX", "complaint"),
        ("Again with the questions? I already gave you all that yesterday, do you not save it?", "en-US",
         "complaint"),
        ("Otra vez a pedir los datos, ¿no?", "es-MX", "off_topic"),  # only asked what the call is for
        ("La unidad que me dieron no tiene aire y así me mandan a Mexicali, qué falta de respeto.", "es-MX",
         "complaint"),
        ("Me tienen esperando tres horas, es una falta de respeto.", "es-MX", "complaint"),
        ("Qué poca consideración, me mandan sin viáticos.", "es-MX", "complaint"),
        ("The truck has no AC and they send me to Phoenix, so disrespectful.", "en-US", "complaint"),
        ("They got no respect for drivers, man.", "en-US", "complaint"),
        ("Órale, ya quedamos, ahí nos hablamos.", "es-MX", "end_call"),
        ("Ya quedamos entonces, nos estamos hablando.", "es-MX", "end_call"),
        ("Okay, we're set, talk soon.", "en-US", "end_call"),
        ("Call me back in ten, talk soon.", "en-US", "reschedule"),
        ("Oye, ¿y tú cómo sabes mi nombre?", "es-MX", "off_topic"),
        ("¿Con quién tengo el gusto? ¿Es la misma compañía de la otra vez?", "es-MX", "off_topic"),
        ("¿Oiga, de dónde sacaron mi número?", "es-MX", "off_topic"),
        ("Wait, how do you know my name?", "en-US", "off_topic"),
        ("Is this the same company as last time?", "en-US", "off_topic"),
        ("Hey, where did you get my number from?", "en-US", "off_topic"),
    ],
)
def test_the_intent_is_heard(text: str, locale: str, expected: str | None) -> None:
    assert intent(text, locale) == expected


@pytest.mark.parametrize(
    ("text", "locale", "step"),
    [
        ("Oye, comunícame mejor directo con el licenciado Ramos, mi coordinador de flota.", "es-MX", "no_human"),
        ("Is there somebody in accounts receivable I can actually talk to?", "en-US", "no_human"),
        ("Órale, ya quedamos, ahí nos hablamos.", "es-MX", "caller_ends"),
    ],
)
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_a_transfer_or_goodbye_is_taken_in_a_call(text: str, locale: str, step: str,
                                                        at_read_back: bool) -> None:
    conv = await at_question("full_name", locale)
    if at_read_back:
        await conv.user_turn("Ana Pérez" if locale == "es-MX" else "Ana Perez")
    await conv.user_turn(text)
    assert conv.step.name == step


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("Otra vez a pedir los datos, ya se los di ayer, ¿qué no los guardan?", "queja registrada"),
        ("La unidad que me dieron no tiene aire y así me mandan a Mexicali, qué falta de respeto.", "queja registrada"),
        ("Oye, ¿y tú cómo sabes mi nombre?", "Le habla Daisy"),
        ("¿Con quién tengo el gusto? ¿Es la misma compañía de la otra vez?", "Le habla Daisy"),
    ],
)
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_a_complaint_or_question_is_answered_and_the_question_goes_on(text: str, reply: str,
                                                                           at_read_back: bool) -> None:
    conv = await at_question("full_name", "es-MX")
    if at_read_back:
        await conv.user_turn("Ana Pérez")
    said = " ".join(getattr(a, "text", "") or "" for a in await conv.user_turn(text))
    assert reply in said
    assert conv.step.name == ("registration.full_name.confirm" if at_read_back else "registration.full_name.ask")
