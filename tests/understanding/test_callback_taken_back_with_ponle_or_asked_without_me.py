"""A callback delay taken back and said again with "ponle", "déjalo en", "put me down for" ("Búscame en veinte... ah
no, espérate, ponle veinticinco") is the later delay; a callback asked as a question without "me" ("¿puedes llamar
en unos treinta y cinco minutos?", "can you call in like forty minutes?") is asked of the agent. A call someone else
can make ("mi esposa me puede llamar en la noche", "Dispatch will call in an hour") and calling something in ("can
you call in the order?") are none."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.understanding import detect_intent

from .call_helpers import at_question


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Búscame en veinte... ah no, espérate, ponle veinticinco, todavía no me pasan a la báscula.", "es-MX", 25),
        ("Márcame en diez, no, ponle quince", "es-MX", 15),
        ("Llámame en una hora, no, déjalo en dos", "es-MX", 120),
        ("Call me in twenty, no wait, put me down for thirty", "en-US", 30),
        ("Try me in ten... no, change it to fifteen minutes", "en-US", 15),
    ],
)
def test_a_delay_taken_back_with_ponle_is_the_later_one(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Eh... este... ¿puedes llamar en unos treinta y cinco minutos? Es que ando en la caseta.", "es-MX", 35),
        ("¿Puede marcar en una hora? Ando cargando diésel.", "es-MX", 60),
        ("Oiga, ¿podría llamar en veinte minutos?", "es-MX", 20),
        ("Estoy en la báscula, ¿me puede marcar en un ratito?", "es-MX", None),
        ("Um, can you call in like forty minutes? I'm at the scale.", "en-US", 40),
        ("Could you call in about an hour?", "en-US", 60),
        ("Will you ring in twenty minutes?", "en-US", 20),
    ],
)
def test_a_callback_asked_without_me_is_a_callback(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule" and match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mi esposa me puede llamar en la noche, ella sabe.", "es-MX"),
        ("Mi hermano puede llamar en la tarde.", "es-MX"),
        ("En una hora, no, pon 2 cargas.", "es-MX"),
        ("Can you call in the order for me?", "en-US"),
        ("Dispatch will call in an hour.", "en-US"),
    ],
)
def test_a_call_of_someone_else_or_of_something_is_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Búscame en veinte... ah no, espérate, ponle veinticinco, todavía no me pasan a la báscula.", "es-MX", 25),
        ("Eh... este... ¿puedes llamar en unos treinta y cinco minutos? Es que ando en la caseta.", "es-MX", 35),
        ("Um, can you call in like forty minutes? I'm at the scale.", "en-US", 40),
    ],
)
@pytest.mark.parametrize("at_read_back", [False, True])
async def test_the_callback_is_made_for_that_delay_in_a_call(text: str, locale: str, minutes: int,
                                                            at_read_back: bool) -> None:
    conv = await at_question("full_name", locale)
    if at_read_back:
        await conv.user_turn("Ana Pérez")
    actions = await conv.user_turn(text)
    asked = [a.minutes for a in actions if isinstance(a, ScheduleCallback)]
    assert conv.ended and asked == [minutes]
