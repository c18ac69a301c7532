"""Tool bindings: python targets import and take the declared arguments; call sites pass valid ones."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

from jsonschema import Draft202012Validator, SchemaError

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, suggest
from daisy_engine.flow.imports import import_target
from daisy_engine.flow.model import Flow, Tool
from daisy_engine.flow.semantics import all_actions
from daisy_engine.flow.tool_parameters import SignatureError, parameters_from_signature, tool_parameters

# Settings a built-in cannot work without.
REQUIRED_SETTINGS = {"http": ("url",)}


def check(flow: Flow) -> list[Diagnostic]:
    return [*_bindings(flow), *_calls(flow)]


def check_binding(flow: Flow) -> Iterator[Diagnostic]:
    for tool in flow.tools.values():
        if bool(tool.builtin) == bool(tool.python):
            yield error(flow, "E212", f"tool '{tool.name}' must have exactly one of `builtin` or `python`",
                        tool.path, "e.g. `builtin: save_record` or `python: my_tools:lookup`", key=True)


def _declared(parameters: dict[str, object]) -> tuple[set[str], set[str]]:
    properties = set((parameters.get("properties") or {}).keys())  # type: ignore[attr-defined]
    required = set(parameters.get("required") or ())  # type: ignore[call-overload]
    return properties, required


def _bindings(flow: Flow) -> Iterator[Diagnostic]:
    for tool in flow.tools.values():
        p = tool.path
        if tool.parameters is not None:
            try:
                Draft202012Validator.check_schema(tool.parameters)
            except SchemaError as exc:
                yield error(flow, "E504", f"`parameters` is not a valid JSON Schema: {exc.message}",
                            p + ("parameters",), "see https://json-schema.org/understanding-json-schema/")
                continue
            if tool.parameters.get("type") != "object":
                yield error(flow, "E504", "`parameters` must be a JSON Schema with `type: object`",
                            p + ("parameters",), "add `type: object` and `properties:`", key=True)
        for setting in REQUIRED_SETTINGS.get(tool.builtin or "", ()):
            if setting not in tool.settings:
                yield error(flow, "E505", f"built-in '{tool.builtin}' needs `settings.{setting}`", p,
                            f"add `settings: {{{setting}: ...}}`", key=True)
        if tool.python:
            yield from _python(flow, tool)


def _python(flow: Flow, tool: Tool) -> Iterator[Diagnostic]:
    target = import_target(tool.python or "", flow.file.parent)
    if isinstance(target, str):
        yield error(flow, "E501", f"tool '{tool.name}': {target}", tool.path + ("python",),
                    "the module must be importable from the flow's folder or the working directory")
        return
    if tool.parameters is None:
        # Nothing declared: the schema comes from the signature, so it matches by construction.
        try:
            parameters_from_signature(target)
        except SignatureError as exc:
            yield error(flow, "E507", f"tool '{tool.name}': cannot take `parameters` from {tool.python}: {exc}",
                        tool.path + ("python",), "declare `parameters:` (a JSON Schema) or change the signature")
        return
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return
    properties, required = _declared(tool.parameters)
    params = signature.parameters.values()
    accepts_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params)
    names = {p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    needed = {
        p.name
        for p in params
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.default is inspect.Parameter.empty
    }
    for name in sorted(properties - names) if not accepts_any else ():
        yield error(flow, "E503", f"tool '{tool.name}' declares argument '{name}' but {tool.python} does not "
                    f"accept it", tool.path + ("parameters", "properties", name),
                    f"the function takes: {', '.join(sorted(names)) or 'no arguments'}", key=True)
    for name in sorted(needed - properties):
        yield error(flow, "E503", f"{tool.python} requires argument '{name}', which `parameters` does not "
                    f"declare", tool.path + ("python",), f"add `{name}` to parameters.properties and required")
    for name in sorted((needed & properties) - required):
        yield error(flow, "E503", f"{tool.python} requires '{name}' but `parameters` marks it optional",
                    tool.path + ("parameters",), f"add '{name}' to `required`", key=True)


def _calls(flow: Flow) -> Iterator[Diagnostic]:
    for action in all_actions(flow):
        if action.verb != "call" or action.value not in flow.tools:
            continue
        tool = flow.tools[action.value]
        parameters = tool_parameters(tool, flow.file.parent)
        if parameters is None:
            continue
        properties, required = _declared(parameters)
        for name in action.args:
            if name not in properties and not parameters.get("additionalProperties", False):
                yield error(flow, "E506", f"tool '{tool.name}' has no argument '{name}'",
                            action.path + ("args", name), suggest(name, properties, "arguments"), key=True)
        for name in sorted(required - set(action.args)):
            yield error(flow, "E506", f"call to '{tool.name}' is missing required argument '{name}'",
                        action.path + ("call",), f"add `args: {{{name}: ...}}`")
