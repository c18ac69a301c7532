"""Callbacks asked for in clipped or slang words: busy said as the bare word ("Ocupado, ocupado. En media hora.",
"Busy. In thirty."), driving said in the present with "orita", the call handed back as "el fon", a bad moment said
so ("Bad timing, buddy. Later on, okay?"), and time asked for and taken back ("give me twenty... no, thirty
minutes, then call"). What only sounds like one stays none: the yard full, a busy signal, a story of a bad moment,
the caller's trade."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Ocupado, ocupado. En media hora.", "es-MX", 30),
        ("Ocupada, en veinte.", "es-MX", 20),
        ("Ocupado.", "es-MX", None),
        ("Busy, busy. In half an hour.", "en-US", 30),
        ("Busy. In thirty.", "en-US", 30),
        ("Real busy right now, try me in twenty.", "en-US", 20),
        ("¿Bueno? Sí, sí, pero en cuarenta y cinco, orita manejo.", "es-MX", 45),
        ("Orita manejo, en una hora.", "es-MX", 60),
        ("Ya casi entro a la rampa, ¿me regresas el fon en treinta y cinco?", "es-MX", 35),
        ("Regrésame el fon en una hora.", "es-MX", 60),
        ("En diez te regreso el fon.", "es-MX", 10),
        ("Te devuelvo yo el telefonazo en una hora.", "es-MX", 60),
        ("Bad timing, buddy. Later on, okay?", "en-US", None),
        ("You caught me at a bad time.", "en-US", None),
        ("Mal momento, compa. Luego, ¿va?", "es-MX", None),
        ("Me agarraste en mal momento, márcame en veinte.", "es-MX", 20),
        ("Give me twenty... no, thirty minutes, then call.", "en-US", 30),
        ("Give me twenty... no, thirty, then call.", "en-US", 30),
        ("Give me twenty, then call.", "en-US", 20),
        ("Gimme ten, no wait, fifteen minutes.", "en-US", 15),
        ("Dame veinte... no, treinta minutos y me llamas.", "es-MX", 30),
        ("Dame chance de diez... no, mejor de quince.", "es-MX", 15),
        ("Dame veinte y me marcas.", "es-MX", 20),
    ],
)
def test_callback_asked_in_clipped_or_slang_words(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule", match
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ocupado el patio, no hay lugar.", "es-MX"),
        ("Ocupados todos los andenes.", "es-MX"),
        ("Busy signal all morning.", "en-US"),
        ("Busy day, huh?", "en-US"),
        ("Fue un mal momento cuando se ponchó la llanta.", "es-MX"),
        ("Manejo un Kenworth.", "es-MX"),
        ("Give me twenty bucks, then call.", "en-US"),
    ],
)
def test_what_only_sounds_like_one(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule", match


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ocupado en la descarga de otra caja, llego como a las cuatro.", "es-MX"),
        ("Ocupada en el patio, ya casi salgo.", "es-MX"),
        ("Busy in Laredo till noon, so around four pm.", "en-US"),
        ("Busy in the yard, almost done.", "en-US"),
    ],
)
def test_busy_with_where_or_what_after_it_is_no_callback(text: str, locale: str) -> None:
    # the bare word asks a callback only with a while after "en"/"in" ("Ocupado, en media hora"); what keeps the
    # caller busy, or where, is news (and the arrival said after it the answer)
    assert detect_intent(text, locale) is None
