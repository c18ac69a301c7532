"""A callback asked for a day or a part of the day is scheduled then; corrections, "uh-huh" and
recogniser placeholders are heard as the caller meant them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from runtime_helpers import said

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import ScheduleCallback
from daisy_engine.runtime.listening import asks_about_calling_back
from daisy_engine.store import MemoryStore

DAISY = Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"
ZONE = "America/Mexico_City"  # UTC-6 all year


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(DAISY))


def monday_11_in_mexico() -> datetime:
    return datetime(2030, 1, 7, 17, 0, tzinfo=UTC)  # Monday 11:00 in Mexico City


async def call(daisy: CompiledFlow, locale: str = "es-MX") -> Conversation:
    conv = Conversation(
        daisy,
        locale=locale,
        context={"phone": "+5215550001", "timezone": ZONE},
        store=MemoryStore(),
        clock=monday_11_in_mexico,
    )
    await conv.start()
    return conv


def callback_of(actions: list) -> ScheduleCallback:
    found = [a for a in actions if isinstance(a, ScheduleCallback)]
    assert found, actions
    return found[0]


@pytest.mark.parametrize(
    ("turns", "locale", "at"),
    [
        # Daisy's quiet hours end at 08:00 (`callbacks.quiet_hours: 21:00-08:00`): the day's first call then
        (["llámeme mañana"], "es-MX", "2030-01-08T14:00:00+00:00"),  # Tuesday 08:00 in Mexico City
        (["no", "el jueves"], "es-MX", "2030-01-10T14:00:00+00:00"),  # at "¿le llamo en 15 minutos?"
        (["no", "no, mejor en la noche"], "es-MX", "2030-01-08T01:00:00+00:00"),  # Monday 19:00
        (["no", "sí, pero mañana en la tarde"], "es-MX", "2030-01-08T22:00:00+00:00"),  # Tuesday 16:00
        (["call me tomorrow at 3 pm"], "en-US", "2030-01-08T21:00:00+00:00"),
    ],
)
async def test_a_callback_for_a_day_is_scheduled_that_day(
    daisy: CompiledFlow, turns: list[str], locale: str, at: str
) -> None:
    conv = await call(daisy, locale)
    actions: list = []
    for turn in turns:
        actions = await conv.user_turn(turn)
    assert callback_of(actions).at == at
    assert conv.outcome == "rescheduled"
    assert "15" not in said(actions)


async def test_a_callback_day_is_the_callers_day_in_the_flows_callbacks_timezone(
    daisy: CompiledFlow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No `timezone` on the call: Daisy's `callbacks.timezone` (Mexico City) is the callers' clock, not
    the server's. Monday 19:00 there is already Tuesday in UTC; "mañana" is still Tuesday there."""
    import time

    monkeypatch.setenv("TZ", "UTC")  # a server on UTC, whatever this machine is set to
    time.tzset()
    try:
        conv = Conversation(
            daisy,
            context={"phone": "+5215550001"},
            store=MemoryStore(),
            clock=lambda: datetime(2030, 1, 8, 1, 0, tzinfo=UTC),  # Monday 19:00 in Mexico City
        )
        await conv.start()
        actions = await conv.user_turn("llámeme mañana")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert callback_of(actions).at == "2030-01-08T14:00:00+00:00"  # Tuesday 08:00 (quiet hours' end) there


async def test_a_callback_in_minutes_still_says_the_minutes(daisy: CompiledFlow) -> None:
    conv = await call(daisy)
    actions = await conv.user_turn("llámame en veinte minutos")
    assert callback_of(actions).minutes == 20
    assert "20 minutos" in said(actions)


async def test_a_polite_name_correction_replaces_the_name(daisy: CompiledFlow) -> None:
    conv = await call(daisy)
    await conv.user_turn("sí")
    await conv.user_turn("Ana Gómez")
    actions = await conv.user_turn("no, perdón, me llamo Ana María Gómez")
    assert conv.pending == "Ana María Gómez"
    assert "Ana María Gómez" in said(actions)


async def test_uh_huh_confirms_at_a_read_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "en-US")
    await conv.user_turn("yes")
    await conv.user_turn("Mary Jones")
    await conv.user_turn("uh-huh")
    assert conv.confirmed.get("full_name") == "Mary Jones"


async def test_a_recogniser_placeholder_is_never_read_back_as_a_name(daisy: CompiledFlow) -> None:
    conv = await call(daisy)
    await conv.user_turn("sí")
    actions = await conv.user_turn("[inaudible]")
    assert "naudible" not in said(actions).lower()
    assert conv.pending is None


async def test_the_calls_calling_hours_place_the_callback(daisy: CompiledFlow) -> None:
    conv = Conversation(
        daisy,
        locale="es-MX",
        context={"phone": "+5215550002", "timezone": ZONE, "calling_hours": "07:00-22:00"},
        store=MemoryStore(),
        clock=monday_11_in_mexico,
    )
    await conv.start()
    actions = await conv.user_turn("llámeme mañana")
    assert callback_of(actions).at == "2030-01-08T13:00:00+00:00"  # Tuesday 07:00 in Mexico City


CLINIC = Path(__file__).resolve().parents[2] / "examples" / "clinic" / "clinic.yaml"


@pytest.fixture(scope="module")
def clinic() -> CompiledFlow:
    return compile_flow(load_flow(CLINIC))


def test_only_questions_about_calling_back_take_a_bare_day_as_a_callback(
    daisy: CompiledFlow, clinic: CompiledFlow
) -> None:
    assert asks_about_calling_back(daisy, daisy.steps["greeting"])  # "no" leads to "¿le llamo más tarde?"
    assert asks_about_calling_back(daisy, daisy.steps["offer_callback"])
    assert not asks_about_calling_back(daisy, daisy.steps["summary"])
    assert not asks_about_calling_back(clinic, clinic.steps["appointment"])  # "¿confirma su cita del martes?"
    assert not asks_about_calling_back(clinic, clinic.steps["day_full"])


async def test_a_day_at_an_appointment_question_is_not_a_callback(clinic: CompiledFlow) -> None:
    conv = Conversation(
        clinic,
        locale="es-MX",
        context={"phone": "+525512345678", "timezone": ZONE},
        store=MemoryStore(),
        clock=monday_11_in_mexico,
    )
    await conv.start()
    await conv.user_turn("mil novecientos ochenta y siete")
    assert conv.step.name == "appointment"
    actions = await conv.user_turn("no, mejor el jueves")
    assert not any(isinstance(a, ScheduleCallback) for a in actions)
    assert conv.outcome is None and conv.step.name != "call_later"


async def test_a_callback_for_a_day_follows_the_flows_quiet_hours_and_zone_without_call_context(
    daisy: CompiledFlow,
) -> None:
    """No `timezone` or `calling_hours` in the call's context: the flow's `callbacks:` block decides, so a
    callback asked for "mañana" is not placed at an hour the scheduler would refuse."""
    conv = Conversation(daisy, locale="es-MX", context={"phone": "+5215550001"}, store=MemoryStore(),
                        clock=monday_11_in_mexico)
    await conv.start()
    actions = await conv.user_turn("llámeme mañana")
    assert callback_of(actions).at == "2030-01-08T14:00:00+00:00"  # Tuesday 08:00 in Mexico City


TO_ETA = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c uno dos tres cuatro", "sí",
                    "ochenta y dos", "sí", "x y z nueve ocho siete seis", "sí"],
          "en-US": ["yes", "Ann Lopez", "yes", "452", "yes", "a b c 1 2 3 4", "yes", "82", "yes", "x y z 9 8 7 6",
                    "yes"]}


@pytest.mark.parametrize(("locale", "before", "turn", "at", "day"), [
    # at the arrival question: a callback for another day, not an arrival without an hour
    ("en-US", TO_ETA["en-US"], "call me the next day", "2030-01-08T14:00:00+00:00", "tomorrow"),
    ("en-US", TO_ETA["en-US"], "give me a call the following day", "2030-01-08T14:00:00+00:00", "tomorrow"),
    ("es-MX", TO_ETA["es-MX"], "márcame mañana", "2030-01-08T14:00:00+00:00", "mañana"),
    ("es-MX", TO_ETA["es-MX"], "márcame al día siguiente", "2030-01-08T14:00:00+00:00", "mañana"),
    ("es-MX", TO_ETA["es-MX"], "mejor llámame el jueves", "2030-01-10T14:00:00+00:00", "el jueves"),
    # ... and at any other question
    ("en-US", ["yes"], "call me back the next day", "2030-01-08T14:00:00+00:00", "tomorrow"),
    ("es-MX", ["sí", "Ana López", "sí"], "llámame al día siguiente", "2030-01-08T14:00:00+00:00", "mañana"),
    ("en-US", [], "call me the day after", "2030-01-08T14:00:00+00:00", "tomorrow"),
])
async def test_a_callback_for_another_day_at_any_question_is_booked_and_its_day_said(
    daisy: CompiledFlow, locale: str, before: list[str], turn: str, at: str, day: str
) -> None:
    """"Call me the next day" at "what time do you arrive?": booked for that day (no hour asked for an arrival), and
    the day is said back ("I'll call you back tomorrow"), never dropped for "then, as you said"."""
    conv = await call(daisy, locale)
    for earlier in before:
        await conv.user_turn(earlier)
    actions = await conv.user_turn(turn)
    assert conv.outcome == "rescheduled"
    assert callback_of(actions).at == at
    assert day in said(actions)
