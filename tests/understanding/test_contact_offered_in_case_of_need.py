"""Contact offered only in case of need, said impersonally or as a chance ("si se ocupa algo me marcas", "si llegas a
necesitar algo, márcame", "give me a call if you need anything"): no callback asked for, whatever time is said
around it ("voy a estar allá como en media hora, ..." is the arrival). A callback asked for in so many words still
is one."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("Voy a estar allá como en media hora, si se ocupa algo me marcas.", "es-MX"),
    ("Si se ofrece algo me hablas, llego en una hora.", "es-MX"),
    ("Si llegas a necesitar algo, márcame.", "es-MX"),
    ("I'll be there in about thirty minutes, give me a call if you need anything.", "en-US"),
])
def test_contact_on_need_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(("text", "locale", "minutes"), [
    ("Márcame en media hora, ahorita no puedo.", "es-MX", 30),
    ("Llego en una hora, márcame en media hora para confirmar.", "es-MX", 30),
    ("Call me back in twenty minutes.", "en-US", 20),
])
def test_a_callback_asked_for_still_is_one(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes
