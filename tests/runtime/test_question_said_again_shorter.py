"""A question said again with nothing changed since is said shorter, not word for word (`asked_before`): the summary
after a remark asks the yes/no alone, a read-back after a turn that neither confirms nor changes it asks a short
yes/no. After a value changed, the whole question is said again."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY, said, written_flow

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

DAISY_EN_TO_SUMMARY = (
    "yes, go ahead", "John Smith", "yes", "four five two", "yes", "a b c one two three four", "yes",
    "twelve hundred", "yes", "x y z nine eight seven six", "yes", "at two thirty in the afternoon", "yes",
    "john dot smith at gmail dot com", "yes",
)


async def call(daisy: CompiledFlow, locale: str, turns: list[str] | tuple[str, ...]) -> tuple[Conversation, str]:
    conv = Conversation(daisy, locale=locale, store=MemoryStore())
    reply = said(await conv.start())
    for turn in turns:
        reply = said(await conv.user_turn(turn))
    return conv, reply


@pytest.mark.parametrize(("locale", "turns", "remark"), [
    ("es-MX", DAISY_ES_TO_SUMMARY, "Mejor por WhatsApp."),
    ("es-MX", DAISY_ES_TO_SUMMARY, "mándemelo por wasap mejor"),
    ("es-MX", DAISY_ES_TO_SUMMARY, "Oiga, ¿y cuánto se tarda esto?"),
    ("en-US", DAISY_EN_TO_SUMMARY, "Just send me a WhatsApp."),
    ("en-US", DAISY_EN_TO_SUMMARY, "how long is this going to take?"),
])
async def test_after_a_remark_at_the_summary_the_yes_no_is_asked_without_every_value(
    daisy: CompiledFlow, locale: str, turns: tuple[str, ...], remark: str
) -> None:
    conv, summary = await call(daisy, locale, turns)
    assert "452" in summary  # the first time: every value
    reply = said(await conv.user_turn(remark))
    assert conv.step.name == "summary" and conv.attempts() == 0
    assert "452" not in reply and "1200" not in reply
    assert "¿Todo está correcto?" in reply or "Is all of that correct?" in reply


async def test_after_a_value_fixed_at_the_summary_every_value_is_read_again(daisy: CompiledFlow) -> None:
    conv, _ = await call(daisy, "es-MX", [*DAISY_ES_TO_SUMMARY, "mejor por WhatsApp"])
    for turn in ("no", "el nombre", "Juan Pérez Soto"):
        await conv.user_turn(turn)
    summary = said(await conv.user_turn("sí"))
    assert conv.step.name == "summary"
    assert "Juan Pérez Soto" in summary and "452" in summary


async def test_the_summary_said_again_after_nothing_to_fix_is_read_whole(daisy: CompiledFlow) -> None:
    """"No" - "nada": the caller went to fix something and fixed nothing; the summary asked whole is what he checks."""
    conv, _ = await call(daisy, "es-MX", DAISY_ES_TO_SUMMARY)
    await conv.user_turn("no")
    summary = said(await conv.user_turn("nada, todo bien"))
    assert conv.step.name == "summary" and "452" in summary


@pytest.mark.parametrize(("locale", "turns", "first", "again"), [
    # "este...", "a ver": a turn that neither confirms nor changes the plate read back
    ("es-MX", ["sí", "Juan Pérez", "sí", "123", "sí", "ABC123", "este pues"], "A de árbol",
     "¿Entonces las placas del tractor son"),
    ("es-MX", ["sí", "Juan Pérez", "sí", "123", "sí", "ABC123", "a ver, déjeme ver"], "A de árbol",
     "Dígame sí o no"),
    ("en-US", ["yes", "John Smith", "yes", "123", "yes", "ABC123", "well"], "Alpha", "So are the tractor plates"),
    ("es-MX", ["sí", "Juan Pérez", "sí", "123", "este pues"], "Tractor número 123", "¿El tractor es el 123, sí o no?"),
    ("en-US", ["yes", "John Smith", "yes", "123", "hmm"], "Tractor number 123",
     "Is the tractor number 123, yes or no?"),
])
async def test_a_read_back_said_again_unchanged_is_a_short_yes_no(
    daisy: CompiledFlow, locale: str, turns: list[str], first: str, again: str
) -> None:
    conv, before = await call(daisy, locale, turns[:-1])
    assert first in before
    reply = said(await conv.user_turn(turns[-1]))
    assert conv.step.name.endswith(".confirm")
    assert again in reply and reply != before  # not word for word
    third = said(await conv.user_turn(turns[-1]))
    assert third not in (before, reply)  # nor the short form twice


async def test_a_read_back_of_a_corrected_value_is_read_whole(daisy: CompiledFlow) -> None:
    conv, _ = await call(daisy, "es-MX", ["sí", "Juan Pérez", "sí", "123", "sí", "ABC123", "este pues"])
    reply = said(await conv.user_turn("no, es A B D 1 2 3"))
    assert "Placas del tractor: A de árbol, B de burro, D de dedo" in reply


async def test_asked_before_counts_the_same_prompt_in_a_row(tmp_path: Path) -> None:
    """Any flow's prompt may read `asked_before`: 0, 1, 2 while the step is asked again unchanged, 0 after a move."""
    flow = written_flow(tmp_path, "asks", """
version: 1
name: asks
locales: [en-US]
initial: hello
states:
  hello:
    say: hello
    on:
      - {on: yes, to: bye}
  bye:
    say: bye
    on_enter: [{end_call: null}]
    final: true
""", {"en-US": {"hello": "{{ asked_before }}", "bye": "bye"}})
    conv = Conversation(flow, locale="en-US", store=MemoryStore())
    assert said(await conv.start()) == "0"
    assert said(await conv.user_turn("the weather is nice")).endswith("1")
    assert said(await conv.user_turn("the weather is nice")).endswith("2")
