"""In a call at 3 p.m. (Mexico City), "Mejor dos horas" at the read-back of "5 de la tarde" reads 5 p.m. back again
(the call went on to the e-mail without it): the caller offered a change and hears what it comes to. At noon
the same words read back 2 p.m.; asked with no read-back, "Mejor dos horas" is read back as well."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from runtime_helpers import call_with_store, said

from daisy_engine.compiler import CompiledFlow

TO_ETA = {"es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
                    "x y z novecientos ochenta y siete", "sí"],
          "en-US": ["yes", "John Smith", "yes", "four five two", "yes", "A B C one two three four", "yes", "ten twenty",
                    "yes", "X Y Z nine eight seven six", "yes"]}


def at_three_pm_local() -> datetime:
    return datetime(2030, 1, 1, 21, 0, tzinfo=UTC)  # 15:00 in Mexico City


def at_noon_local() -> datetime:
    return datetime(2030, 1, 1, 18, 0, tzinfo=UTC)  # 12:00 in Mexico City


@pytest.mark.parametrize(
    ("locale", "first", "change", "read_back"),
    [
        # (the same value read back again may be worded as a short yes/no: the time is what is pinned)
        ("es-MX", "a las cinco", "Mejor dos horas", "a las 5 de la tarde"),
        ("es-MX", "a las cinco", "Más bien en dos horas.", "a las 5 de la tarde"),
        ("en-US", "at five pm", "Better make it two hours.", "at 5 PM"),
    ],
)
async def test_a_change_to_the_same_time_is_read_back_again(daisy: CompiledFlow, locale: str, first: str,
                                                            change: str, read_back: str) -> None:
    conv, _ = await call_with_store(daisy, locale, [*TO_ETA[locale], first], clock=at_three_pm_local)
    assert conv.step.name == "registration.eta.confirm"
    out = said(await conv.user_turn(change))
    assert conv.step.name == "registration.eta.confirm"
    # The time is said again as a question (the short form of a read-back heard unchanged is fine): never a silent yes.
    assert read_back in out and "?" in out
    await conv.user_turn("sí" if locale == "es-MX" else "yes")
    assert conv.state.slots["eta"] == "17:00"


@pytest.mark.parametrize(
    ("locale", "turns", "read_back"),
    [
        ("es-MX", ["a las cinco", "Mejor dos horas"], "Llegada a las 2 de la tarde"),
        ("es-MX", ["Mejor dos horas"], "Llegada a las 2 de la tarde"),
        ("en-US", ["at five pm", "Better make it two hours."], "Arriving at 2 PM"),
    ],
)
async def test_a_duration_at_the_question_or_read_back_is_from_now_and_read_back(
        daisy: CompiledFlow, locale: str, turns: list[str], read_back: str) -> None:
    conv, _ = await call_with_store(daisy, locale, [*TO_ETA[locale], *turns[:-1]], clock=at_noon_local)
    out = said(await conv.user_turn(turns[-1]))
    assert conv.step.name == "registration.eta.confirm"
    assert read_back in out


@pytest.mark.parametrize(
    ("locale", "first", "again"),
    [
        ("es-MX", "a las cinco", "en dos horas"),
        ("es-MX", "en dos horas", "sí, más o menos en dos horas"),
        ("es-MX", "como en dos horas", "como en dos horas"),
        ("en-US", "at five pm", "in two hours"),
        ("en-US", "in two hours", "about two hours"),
    ],
)
async def test_the_same_time_said_again_as_a_duration_confirms_it(daisy: CompiledFlow, locale: str, first: str,
                                                                  again: str) -> None:
    # No word of change: the caller says the time read back their way; reading the same 5 p.m. back again went
    # round and round with a caller who said it again
    conv, _ = await call_with_store(daisy, locale, [*TO_ETA[locale], first], clock=at_three_pm_local)
    assert conv.step.name == "registration.eta.confirm"
    await conv.user_turn(again)
    assert conv.step.name == "registration.email.ask"
    assert conv.state.slots["eta"] == "17:00"
