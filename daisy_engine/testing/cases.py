"""Conversation test files: YAML cases of caller turns and what must be true after each.

    flow: ../../flows/daisy.yaml          # relative to this file
    cases:
      - name: happy path
        locale: es-MX
        context: {phone: "+5215512345678"}
        mocks:                             # tool name -> result, or {error: message}
          send_confirmation: {sent: true}
        given_record:                      # optional: an earlier, unfinished call of this caller
          slots: {full_name: Ana López}
          status: partial
        steps:
          - say_contains: buen día         # no input: checks what the agent said first
          - user: sí, claro
            state: registration.full_name.ask
          - user: Ana López
            say_contains: Ana López
          - silence: true
          - hangup: true
            record: {status: partial, slots: {full_name: Ana López}}

Every step takes at most one input (`user`, `keys` (digits keyed in on the phone keypad, `"4512#"`),
`silence`, `hangup`, `model_tool`, or `call_again`: the
caller hangs up if still on the line and calls back, a new call with the same phone number and the same
records) and any of the expectations in `EXPECTATIONS`. Each keeps its line, so a failure points at
the line to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from daisy_engine.diagnostics import Mark, display_path
from daisy_engine.errors import CasesError
from daisy_engine.flow.yaml_source import Path_, SourceMap, YamlLoadError, load_yaml

INPUTS = ("user", "keys", "silence", "hangup", "model_tool", "call_again")
EXPECTATIONS = (
    "state",
    "slots",
    "say_contains",
    "say_not_contains",
    "say_matches",
    "tools_called",
    "ended",
    "record",
)
CASE_KEYS = ("name", "locale", "context", "mocks", "given_record", "steps", "description")
RECORD_KEYS = ("status", "slots", "outcome", "callback_in", "callback_at", "complaints")
GIVEN_RECORD_KEYS = ("phone", "caller_id", "slots", "status", "callback_at")


class CaseFileError(CasesError):
    """A test file that cannot be run as written; `mark` says where."""

    def __init__(self, mark: Mark, message: str) -> None:
        super().__init__(f"{mark}: {message}")
        self.mark = mark
        self.message = message


@dataclass(frozen=True)
class Expectation:
    key: str
    value: Any
    mark: Mark


@dataclass(frozen=True)
class Turn:
    """One step of a case: an input (or none) and the expectations checked after it."""

    input: str | None  # user | keys | silence | hangup | model_tool | None (check only)
    value: Any
    expectations: tuple[Expectation, ...]
    mark: Mark

    def describe(self) -> str:
        if self.input == "user":
            return f"after user {self.value!r}"
        if self.input == "keys":
            return f"after keys {self.value!r}"
        if self.input == "model_tool":
            return f"after model tool call {self.value.get('name')!r}"
        if self.input in ("silence", "hangup"):
            return f"after {self.input}"
        if self.input == "call_again":
            return "after the caller called back"
        return "at the start"


@dataclass(frozen=True)
class Case:
    name: str
    file: Path
    mark: Mark
    locale: str | None
    turns: tuple[Turn, ...]
    context: dict[str, Any] = field(default_factory=dict)
    mocks: dict[str, Any] = field(default_factory=dict)
    given_record: dict[str, Any] | None = None


@dataclass(frozen=True)
class CaseFile:
    path: Path
    flow: Path
    cases: tuple[Case, ...]


def is_case_file(path: Path) -> bool:
    """A YAML file that holds conversation test cases (a top-level `cases:` key)."""
    if path.suffix not in (".yaml", ".yml"):
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.startswith("cases:") for line in text.splitlines())


def load_case_file(path: Path) -> CaseFile:
    """Read and check a test file. Raises CaseFileError with the line of the first problem."""
    shown = display_path(path)
    try:
        loaded = load_yaml(path, shown)
    except YamlLoadError as exc:
        raise CaseFileError(exc.diagnostic.mark, exc.diagnostic.message) from None
    return _Reader(path, loaded.source).file(loaded.data)


class _Reader:
    def __init__(self, path: Path, source: SourceMap) -> None:
        self.path = path
        self.source = source

    def fail(self, where: Path_, message: str, key: bool = False) -> CaseFileError:
        return CaseFileError(self.source.key(where) if key else self.source.value(where), message)

    def mapping(self, value: Any, where: Path_, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"{what} must be a mapping (key: value)")
        return value

    def unknown(self, data: dict[str, Any], allowed: tuple[str, ...], where: Path_) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(where + (key,), f"unknown key '{key}' (expected one of: {', '.join(allowed)})",
                                key=True)

    def file(self, data: Any) -> CaseFile:
        data = self.mapping(data, (), "a test file")
        self.unknown(data, ("flow", "cases"), ())
        flow = data.get("flow")
        if not isinstance(flow, str):
            raise self.fail(("flow",) if "flow" in data else (), "`flow:` must name the flow file to test "
                            "(relative to this file)")
        cases = data.get("cases")
        if not isinstance(cases, list) or not cases:
            raise self.fail(("cases",), "`cases:` must be a non-empty list")
        flow_path = (self.path.parent / flow).resolve()
        return CaseFile(self.path, flow_path, tuple(self.case(item, ("cases", i)) for i, item in enumerate(cases)))

    def case(self, data: Any, where: Path_) -> Case:
        data = self.mapping(data, where, "a case")
        self.unknown(data, CASE_KEYS, where)
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise self.fail(where, "each case needs a `name:`")
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            raise self.fail(where + ("steps",) if "steps" in data else where, "a case needs a list of `steps:`")
        for key in ("context", "mocks"):
            if key in data:
                self.mapping(data[key], where + (key,), f"`{key}:`")
        given = data.get("given_record")
        if given is not None:
            given = self.mapping(given, where + ("given_record",), "`given_record:`")
            self.unknown(given, GIVEN_RECORD_KEYS, where + ("given_record",))
        locale = data.get("locale")
        if locale is not None and not isinstance(locale, str):
            raise self.fail(where + ("locale",), "`locale:` must be text, e.g. es-MX")
        return Case(
            name=name,
            file=self.path,
            mark=self.source.value(where),
            locale=locale,
            turns=tuple(self.turn(item, where + ("steps", i)) for i, item in enumerate(steps)),
            context=dict(data.get("context") or {}),
            mocks=dict(data.get("mocks") or {}),
            given_record=given,
        )

    def turn(self, data: Any, where: Path_) -> Turn:
        data = self.mapping(data, where, "a step")
        self.unknown(data, INPUTS + EXPECTATIONS, where)
        inputs = [key for key in INPUTS if key in data]
        if len(inputs) > 1:
            raise self.fail(where, f"a step takes one input, this one has {' and '.join(inputs)}")
        kind = inputs[0] if inputs else None
        value = data.get(kind) if kind else None
        if kind == "user" and not isinstance(value, str):
            raise self.fail(where + ("user",), "`user:` is what the caller says, as text")
        if kind == "keys" and not (isinstance(value, str | int) and not isinstance(value, bool)):
            raise self.fail(where + ("keys",), 'write the keys as text, e.g. `keys: "4512#"`')
        if kind in ("silence", "hangup", "call_again") and value is not True:
            raise self.fail(where + (kind,), f"write `{kind}: true`")
        if kind == "model_tool":
            tool = self.mapping(value, where + (kind,), "`model_tool:`")
            if not isinstance(tool.get("name"), str):
                raise self.fail(where + (kind,), "`model_tool:` needs `name:` (and optional `args:`)")
        if kind is None and not any(key in data for key in EXPECTATIONS):
            raise self.fail(where, "an empty step: give an input (user, silence, hangup) or an expectation")
        expectations = tuple(
            Expectation(key, data[key], self.source.key(where + (key,))) for key in EXPECTATIONS if key in data
        )
        for expectation in expectations:
            if expectation.key == "record":
                self.unknown(self.mapping(expectation.value, where + ("record",), "`record:`"), RECORD_KEYS,
                             where + ("record",))
            if expectation.key == "slots":
                self.mapping(expectation.value, where + ("slots",), "`slots:`")
        return Turn(kind, value, expectations, self.source.key(where + (kind,)) if kind else self.source.value(where))
