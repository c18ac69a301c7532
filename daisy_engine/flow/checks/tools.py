"""Tool bindings: python targets import and take the declared arguments; call sites pass valid ones.

Designer modules are never imported into the checking process: `probe` imports them in a child Python
with a time limit (see `daisy_engine.flow.imports`), which also reports each function's parameters and,
for a tool without `parameters:`, the schema its signature gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator, SchemaError

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, suggest
from daisy_engine.flow.model import Flow, Tool
from daisy_engine.flow.semantics import all_actions, probed

# Settings a built-in cannot work without.
REQUIRED_SETTINGS = {"http": ("url",)}


def check(flow: Flow) -> list[Diagnostic]:
    return [*_bindings(flow), *_calls(flow)]


def check_binding(flow: Flow) -> Iterator[Diagnostic]:
    for tool in flow.tools.values():
        if bool(tool.builtin) == bool(tool.python):
            yield error(
                flow,
                "E212",
                f"tool '{tool.name}' must have exactly one of `builtin` or `python`",
                tool.path,
                "e.g. `builtin: save_record` or `python: my_tools:lookup`",
                key=True,
            )


def _declared(parameters: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The argument names `parameters` declares, and those it requires (nothing from parts that are
    not of the right type: `_bindings` reports those)."""
    properties = parameters.get("properties")
    required = parameters.get("required")
    return (
        set(properties) if isinstance(properties, dict) else set(),
        {name for name in required if isinstance(name, str)} if isinstance(required, list) else set(),
    )


def _usable(parameters: Any) -> bool:
    """`parameters` is a valid JSON Schema of an object (the call checks below can read it)."""
    if not isinstance(parameters, dict) or parameters.get("type") != "object":
        return False
    try:
        Draft202012Validator.check_schema(parameters)
    except SchemaError:
        return False
    return True


def _bindings(flow: Flow) -> Iterator[Diagnostic]:
    for tool in flow.tools.values():
        p = tool.path
        if tool.parameters is not None:
            try:
                Draft202012Validator.check_schema(tool.parameters)
            except SchemaError as exc:
                # Located at the part that is wrong (`required: 5` → the `required` line).
                yield error(
                    flow,
                    "E504",
                    f"`parameters` is not a valid JSON Schema: {exc.message}",
                    p + ("parameters", *exc.absolute_path),
                    "see https://json-schema.org/understanding-json-schema/",
                )
                continue
            if tool.parameters.get("type") != "object":
                yield error(
                    flow,
                    "E504",
                    "`parameters` must be a JSON Schema with `type: object`",
                    p + ("parameters",),
                    "add `type: object` and `properties:`",
                    key=True,
                )
        for setting in REQUIRED_SETTINGS.get(tool.builtin or "", ()):
            if setting not in tool.settings:
                yield error(
                    flow,
                    "E505",
                    f"built-in '{tool.builtin}' needs `settings.{setting}`",
                    p,
                    f"add `settings: {{{setting}: ...}}`",
                    key=True,
                )
        if tool.python:
            yield from _python(flow, tool)


def _python(flow: Flow, tool: Tool) -> Iterator[Diagnostic]:
    found = probed(flow)[tool.python or ""]
    if found.problem is not None:
        yield error(
            flow,
            "E501",
            f"tool '{tool.name}': {found.problem}",
            tool.path + ("python",),
            "the module must be a .py file in the flow's folder, importable on its own",
        )
        return
    if tool.parameters is None:
        # Nothing declared: the schema comes from the signature, so it matches by construction.
        if found.schema_problem is not None:
            yield error(
                flow,
                "E507",
                f"tool '{tool.name}': cannot take `parameters` from {tool.python}: {found.schema_problem}",
                tool.path + ("python",),
                "declare `parameters:` (a JSON Schema) or change the signature",
            )
        return
    if found.params is None or not _usable(tool.parameters):
        return
    properties, required = _declared(tool.parameters)
    keyword = ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
    accepts_any = any(p.kind == "VAR_KEYWORD" for p in found.params)
    names = {p.name for p in found.params if p.kind in keyword}
    needed = {p.name for p in found.params if p.kind in keyword and p.required}
    for name in sorted(properties - names) if not accepts_any else ():
        yield error(
            flow,
            "E503",
            f"tool '{tool.name}' declares argument '{name}' but {tool.python} does not accept it",
            tool.path + ("parameters", "properties", name),
            f"the function takes: {', '.join(sorted(names)) or 'no arguments'}",
            key=True,
        )
    for name in sorted(needed - properties):
        yield error(
            flow,
            "E503",
            f"{tool.python} requires argument '{name}', which `parameters` does not declare",
            tool.path + ("python",),
            f"add `{name}` to parameters.properties and required",
        )
    for name in sorted((needed & properties) - required):
        yield error(
            flow,
            "E503",
            f"{tool.python} requires '{name}' but `parameters` marks it optional",
            tool.path + ("parameters",),
            f"add '{name}' to `required`",
            key=True,
        )


def _calls(flow: Flow) -> Iterator[Diagnostic]:
    for action in all_actions(flow):
        if action.verb != "call" or action.value not in flow.tools:
            continue
        tool = flow.tools[action.value]
        parameters = tool.parameters
        if parameters is None and tool.python:
            parameters = probed(flow)[tool.python].schema
        if parameters is None or not _usable(parameters):
            continue
        properties, required = _declared(parameters)
        for name in action.args:
            if name not in properties and not parameters.get("additionalProperties", False):
                yield error(
                    flow,
                    "E506",
                    f"tool '{tool.name}' has no argument '{name}'",
                    action.path + ("args", name),
                    suggest(name, properties, "arguments"),
                    key=True,
                )
        for name in sorted(required - set(action.args)):
            yield error(
                flow,
                "E506",
                f"call to '{tool.name}' is missing required argument '{name}'",
                action.path + ("call",),
                f"add `args: {{{name}: ...}}`",
            )
