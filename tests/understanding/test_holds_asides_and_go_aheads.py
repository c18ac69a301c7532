"""At a question that wants a value, some turns answer nothing and are no failed answer either: a
greeting or a "go ahead" ("Hola, buenas tardes", "Y ya, sí", "Yeah, go ahead"), a hold, or words said to
someone beside the caller ("Ahorita voy, compadre, estoy en una llamada", "hold on, I'm on the phone").
The last are never a request to be called back; a callback asked for in so many words still is."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import HINTS, INTENTS, detect_intent, only_acknowledges, talks_aside


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "Hola, buenas tardes."),
    ("es-MX", "Y ya, sí."),
    ("es-MX", "Ey."),
    ("es-MX", "Sí, dígame."),
    ("es-MX", "Órale, adelante."),
    ("en-US", "Hi, good afternoon."),
    ("en-US", "Yeah, go ahead."),
    ("en-US", "Okay, I'm ready."),
])
def test_a_greeting_or_go_ahead_only_acknowledges(locale: str, said: str) -> None:
    assert only_acknowledges(said, locale)


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "No."),
    ("es-MX", "No sé."),
    ("es-MX", "Sí, Rubén Lara."),
    ("es-MX", "Todo bien."),
    ("en-US", "Yes, it's Bart."),
    ("en-US", "Nope."),
])
def test_an_answer_is_more_than_an_acknowledgement(locale: str, said: str) -> None:
    assert not only_acknowledges(said, locale)


@pytest.mark.parametrize(("locale", "said"), [
    ("es-MX", "Ahorita voy, compadre, estoy en una llamada."),
    ("es-MX", "Ya voy, compa."),
    ("es-MX", "Espérame tantito."),
    # "espérame" clipped as said on the road
    ("es-MX", "Pérame, me están hablando por el radio."),
    ("es-MX", "Pérate tantito."),
    ("es-MX", "Permíteme un segundo, mija."),
    ("es-MX", "Ahí voy, ahí voy, estoy hablando por teléfono."),
    ("en-US", "Hold on, I'm on the phone."),
    ("en-US", "Coming, honey!"),
    ("en-US", "Be right there, buddy, I'm on a call."),
])
def test_a_hold_or_an_aside_is_no_callback_request(locale: str, said: str) -> None:
    assert talks_aside(said, locale)
    found = detect_intent(said, locale)
    assert found is None or found.name not in ("reschedule", "end_call"), found


@pytest.mark.parametrize(("locale", "said", "minutes"), [
    ("es-MX", "Estoy en otra llamada, márqueme en diez minutos.", 10),
    ("es-MX", "Ahorita no puedo, voy manejando.", None),
    ("es-MX", "Ahorita voy manejando.", None),  # "voy" goes on: the caller is busy, not stepping away
    ("es-MX", "Espérame, ahorita no puedo, estoy manejando.", None),
    ("es-MX", "Estoy en otra llamada.", None),
    ("en-US", "I'm on another call, call me back in ten.", 10),
    ("en-US", "Sorry, I'm on the other line right now.", None),
])
def test_a_real_callback_request_still_schedules_one(locale: str, said: str, minutes: int | None) -> None:
    # (a flow that does not handle the `busy` hint: "ahorita voy manejando" alone is that hint, test_busy_hint.py)
    found = detect_intent(said, locale, enabled=[name for name in INTENTS if name not in HINTS])
    assert found is not None and found.name == "reschedule", found
    assert found.minutes == minutes
