"""Run conversation test cases offline: a real `Conversation`, an in-memory store, mocked tools.

Network built-ins (http, email) that a case does not mock fail as a tool error, so tests never leave
the machine. Time is frozen at `CLOCK_START`, so callback times are exact.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.diagnostics import Mark
from daisy_engine.flow import FlowError, load_flow
from daisy_engine.runtime.actions import Action, CallTool, Say
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.tools import ToolRegistry, mocked
from daisy_engine.store import MemoryStore, NewRecord, RecordUpdate
from daisy_engine.testing.cases import Case, CaseFileError, Expectation, Turn, load_case_file

CLOCK_START = datetime(2030, 1, 7, 12, 0, tzinfo=UTC)
DEFAULT_PHONE = "+15550000000"


@dataclass(frozen=True)
class Failure:
    mark: Mark
    message: str

    def __str__(self) -> str:
        return f"{self.mark.file}:{self.mark.line}: {self.message}"


@dataclass
class CaseResult:
    case: Case
    failures: list[Failure] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    transcript: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class FileResult:
    path: Path
    flow: CompiledFlow | None = None
    results: list[CaseResult] = field(default_factory=list)
    error: Failure | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and all(result.passed for result in self.results)


class FlowCache:
    """Compiles each flow file once per test run, however many test files use it."""

    def __init__(self) -> None:
        self._compiled: dict[Path, CompiledFlow] = {}

    def get(self, path: Path) -> CompiledFlow:
        if path not in self._compiled:
            self._compiled[path] = compile_flow(load_flow(path))
        return self._compiled[path]


def run_file(path: Path, flows: FlowCache | None = None) -> FileResult:
    """Run every case of one test file. Problems with the file itself come back as `error`."""
    result = FileResult(path)
    try:
        case_file = load_case_file(path)
    except CaseFileError as exc:
        result.error = Failure(exc.mark, exc.message)
        return result
    try:
        result.flow = (flows or FlowCache()).get(case_file.flow)
    except FlowError as exc:
        first = exc.report.errors[0] if exc.report.errors else None
        mark = first.mark if first else Mark(str(case_file.flow))
        result.error = Failure(mark, f"the flow does not validate: {first.message if first else exc}")
        return result
    result.results = [run_case(result.flow, case) for case in case_file.cases]
    return result


def run_case(compiled: CompiledFlow, case: Case) -> CaseResult:
    return asyncio.run(run_case_async(compiled, case))


async def run_case_async(compiled: CompiledFlow, case: Case) -> CaseResult:
    result = CaseResult(case)
    flow = compiled.flow
    locale = case.locale or flow.default_locale
    if locale not in flow.locales:
        result.failures.append(Failure(case.mark, f"the flow does not speak {locale}"))
        return result
    unknown = sorted(set(case.mocks) - set(flow.tools))
    if unknown:
        result.failures.append(Failure(case.mark, f"mocks name tools the flow does not have: {', '.join(unknown)}"))
        return result
    store = MemoryStore()
    context = dict(case.context)
    if case.given_record is not None:
        given = case.given_record
        context.setdefault("phone", given.get("phone") or DEFAULT_PHONE)
        record = await store.create(NewRecord(
            flow=flow.name, phone=given.get("phone") or context.get("phone"), caller_id=given.get("caller_id"),
            locale=locale, slots=dict(given.get("slots") or {}), status=given.get("status", "partial")))
        if given.get("callback_at"):
            await store.update(record.id, RecordUpdate(callback_at=str(given["callback_at"])))
    tools = ToolRegistry(flow, overrides={name: mocked(value) for name, value in case.mocks.items()}, offline=True)

    def new_call() -> Conversation:
        return Conversation(compiled, locale=locale, context=context, store=store, tools=tools,
                            clock=lambda: CLOCK_START, assets=FlowAssets.of(compiled))

    calls = [new_call()]
    actions = await calls[-1].start()
    checker = _Checker(calls[-1], store, result)
    for turn in case.turns:
        if turn.input == "call_again":
            await calls[-1].hangup()
            calls.append(new_call())
            checker.conversation = calls[-1]
            actions = await calls[-1].start()
        elif turn.input is not None:
            actions = await _perform(calls[-1], turn)
        await checker.check(turn, actions)
    for conversation in calls:
        for entry in conversation.log.events:
            if entry["kind"] == "error":
                result.failures.append(Failure(case.mark, f"the call logged an error ({entry['where']}): "
                                                          f"{entry['message']}"))
        result.events.extend(conversation.log.events)
        result.transcript.extend(conversation.log.transcript)
    return result


async def _perform(conversation: Conversation, turn: Turn) -> list[Action]:
    if turn.input == "user":
        return await conversation.user_turn(str(turn.value))
    if turn.input == "keys":
        return await _keys(conversation, str(turn.value))
    if turn.input == "silence":
        return await conversation.silence()
    if turn.input == "hangup":
        return await conversation.hangup()
    tool = turn.value
    return await conversation.model_tool_call(tool["name"], dict(tool.get("args") or {}))


def _same(expected: Any, actual: Any) -> bool:
    if expected == actual:
        return True
    # YAML reads 42 as a number; values are often digit strings ("042" must be quoted in YAML).
    scalar = (str, int, float)
    return isinstance(expected, scalar) and isinstance(actual, scalar) and str(expected) == str(actual)


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


class _Checker:
    def __init__(self, conversation: Conversation, store: MemoryStore, result: CaseResult) -> None:
        self.conversation = conversation
        self.store = store
        self.result = result

    def fail(self, expectation: Expectation, turn: Turn, message: str, said: str | None = None) -> None:
        text = f"{turn.describe()}: {message}"
        if said is not None:
            text += f"\n    the agent said: {said!r}" if said else "\n    the agent said nothing"
        self.result.failures.append(Failure(expectation.mark, text))

    async def check(self, turn: Turn, actions: list[Action]) -> None:
        said = " ".join(action.text for action in actions if isinstance(action, Say))
        tools = [action for action in actions if isinstance(action, CallTool)]
        conv = self.conversation
        for exp in turn.expectations:
            value = exp.value
            if exp.key == "state":
                step = conv.step
                if value not in (step.name, step.origin):
                    self.fail(exp, turn, f"expected state {value!r}, the call is in {step.name!r}", said)
            elif exp.key == "slots":
                self.slots(exp, turn, value, conv.slots, "confirmed")
            elif exp.key == "say_contains":
                for text in _items(value):
                    if str(text).casefold() not in said.casefold():
                        self.fail(exp, turn, f"expected the agent to say {text!r}", said)
            elif exp.key == "say_not_contains":
                for text in _items(value):
                    if str(text).casefold() in said.casefold():
                        self.fail(exp, turn, f"the agent said {text!r}, which it must not", said)
            elif exp.key == "say_matches":
                for pattern in _items(value):
                    try:
                        if not re.search(str(pattern), said):
                            self.fail(exp, turn, f"nothing the agent said matches /{pattern}/", said)
                    except re.error as error:
                        self.fail(exp, turn, f"invalid regular expression /{pattern}/: {error}")
            elif exp.key == "tools_called":
                self.tools(exp, turn, value, tools)
            elif exp.key == "ended":
                self.ended(exp, turn, value, said)
            elif exp.key == "record":
                await self.record(exp, turn, value)

    def slots(self, exp: Expectation, turn: Turn, expected: dict[str, Any], actual: dict[str, Any],
              what: str) -> None:
        for name, value in expected.items():
            if value is None:
                if name in actual:
                    self.fail(exp, turn, f"expected {name} not {what}, it is {actual[name]!r}")
            elif name not in actual:
                self.fail(exp, turn, f"expected {name} = {value!r} {what}, it is not")
            elif not _same(value, actual[name]):
                self.fail(exp, turn, f"expected {name} = {value!r}, {what} value is {actual[name]!r}")

    def tools(self, exp: Expectation, turn: Turn, expected: Any, called: list[CallTool]) -> None:
        for item in _items(expected):
            name = item if isinstance(item, str) else item.get("name")
            args = {} if isinstance(item, str) else dict(item.get("args") or {})
            matching = [call for call in called if call.name == name
                        and all(key in call.args and _same(v, call.args[key]) for key, v in args.items())]
            if not matching:
                detail = f" with {args}" if args else ""
                self.fail(exp, turn, f"expected a call to {name}{detail}; called: "
                                     f"{', '.join(f'{c.name}({c.args})' for c in called) or 'nothing'}")
            elif not isinstance(item, str) and "ok" in item and matching[0].ok != bool(item["ok"]):
                self.fail(exp, turn, f"expected {name} to {'succeed' if item['ok'] else 'fail'}: "
                                     f"{matching[0].error or matching[0].result}")

    def ended(self, exp: Expectation, turn: Turn, expected: Any, said: str) -> None:
        conv = self.conversation
        if expected is False:
            if conv.ended:
                self.fail(exp, turn, f"expected the call to go on, it ended ({conv.outcome})", said)
        elif not conv.ended:
            self.fail(exp, turn, f"expected the call to end, it is in {conv.step.name!r}", said)
        elif expected is not True and conv.outcome != expected:
            self.fail(exp, turn, f"expected the call to end {expected!r}, it ended {conv.outcome!r}", said)

    async def record(self, exp: Expectation, turn: Turn, expected: dict[str, Any]) -> None:
        record = await self.store.get(self.conversation.record_id or 0)
        if record is None:
            self.fail(exp, turn, "no record was saved")
            return
        for key in ("status", "outcome"):
            if key in expected and getattr(record, key) != expected[key]:
                self.fail(exp, turn, f"expected record {key} {expected[key]!r}, it is {getattr(record, key)!r}")
        if "slots" in expected:
            self.slots(exp, turn, expected["slots"], record.slots, "saved")
        if "callback_at" in expected and record.callback_at != str(expected["callback_at"]):
            self.fail(exp, turn, f"expected callback_at {expected['callback_at']}, it is {record.callback_at}")
        if "callback_in" in expected:
            minutes = None
            if record.callback_at:
                minutes = (datetime.fromisoformat(record.callback_at) - CLOCK_START).total_seconds() / 60
            if minutes is None or abs(minutes - float(expected["callback_in"])) > 0.01:
                self.fail(exp, turn, f"expected a callback in {expected['callback_in']} minutes, "
                                     f"got {'none' if minutes is None else f'{minutes:g} minutes'}")
        if "complaints" in expected:
            wanted = expected["complaints"]
            if isinstance(wanted, int):
                if len(record.complaints) != wanted:
                    self.fail(exp, turn, f"expected {wanted} complaint(s), the record has {len(record.complaints)}")
            else:
                texts = " | ".join(str(c.get("text", "")) for c in record.complaints)
                for text in _items(wanted):
                    if str(text).casefold() not in texts.casefold():
                        self.fail(exp, turn, f"expected a complaint mentioning {text!r}; complaints: {texts!r}")


async def _keys(conversation: Conversation, keys: str) -> list[Action]:
    """Keys pressed one by one, as a phone sends them: each `#` ends an entry (see `KeypadBuffer`)."""
    from daisy_engine.runtime.keypad import KeypadBuffer

    keypad, actions = KeypadBuffer(), []
    for key in keys:
        entry = keypad.press(key)
        if entry is not None:
            actions += await conversation.keypad(entry)
    return actions

