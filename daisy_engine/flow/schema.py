"""The flow file's JSON Schema, shipped in the package, and schema errors turned into diagnostics."""

from __future__ import annotations

import copy
import difflib
import json
import math
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.yaml_source import SourceMap
from daisy_engine.understanding import types as slot_types

SCHEMA_RESOURCE = "flow.schema.json"


def schema_text() -> str:
    return resources.files("daisy_engine.flow").joinpath(SCHEMA_RESOURCE).read_text("utf-8")


@cache
def flow_schema() -> dict[str, Any]:
    return json.loads(schema_text())


def slot_type_enum(schema: dict[str, Any]) -> list[str]:
    """The slot type names a schema lists (the built-in ones, in the shipped file)."""
    return schema["$defs"]["slot"]["properties"]["type"]["anyOf"][0]["enum"]  # type: ignore[no-any-return]


def _validator() -> Draft202012Validator:
    """The shipped schema, with the slot types of the registry: a type registered at run time (a
    project's own `SlotType`) is as valid in a flow as a built-in one."""
    return _validator_for(slot_types.names())


@cache
def _validator_for(type_names: tuple[str, ...]) -> Draft202012Validator:
    schema = copy.deepcopy(flow_schema())
    slot_type_enum(schema)[:] = list(type_names)
    return Draft202012Validator(schema)


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1)
    return f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(sorted(options))}"


def _describe(error: ValidationError, source: SourceMap) -> list[Diagnostic]:
    path = tuple(error.absolute_path)
    where = "/".join(str(p) for p in path) or "the top level"
    validator = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(schema.get("properties", {}))
        extras = [k for k in error.instance if k not in allowed]
        return [
            Diagnostic(
                "E101",
                f"unknown key '{key}' in {where}",
                source.key(path + (key,)),
                hint=_suggest(key, allowed),
            )
            for key in extras
        ]
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return [Diagnostic("E102", f"{where} is missing the required key '{missing}'", source.value(path),
                           hint=f"add `{missing}:`")]
    if validator == "propertyNames" or "propertyNames" in error.relative_schema_path:
        # jsonschema reports a bad key as the key's own `pattern` error, located at the parent mapping.
        name = error.instance
        return [Diagnostic("E103", f"'{name}' is not a valid name in {where}", source.key(path + (name,)),
                           hint="names are lower_snake_case: letters, digits and _, starting with a letter")]
    if validator in ("enum", "const"):
        options = schema.get("enum") or [schema.get("const")]
        shown = ", ".join(json.dumps(o) for o in options)
        hint = f"use one of: {shown}"
        if isinstance(error.instance, str):
            close = difflib.get_close_matches(error.instance, [str(o) for o in options], n=1)
            if close:
                hint = f"did you mean '{close[0]}'?"
        return [Diagnostic("E104", f"{json.dumps(error.instance)} is not allowed for {where}", source.value(path),
                           hint=hint)]
    if validator == "type":
        expected = schema.get("type")
        hint = _type_hint(expected)
        if isinstance(error.instance, bool) and path and path[-1] == "on":
            # `on: true` / `on: false`: the event of the caller's answer is named yes or no
            hint = "the caller's answer is the event `yes` or `no`: write `on: yes` (or `on: no`)"
        return [Diagnostic("E105", f"{where} must be {_article(expected)}, not {_kind(error.instance)}",
                           source.value(path), hint=hint)]
    if validator in ("oneOf", "anyOf") and error.context:
        # Report the alternative that got furthest: the most specific sub-error.
        best = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.message)))
        if len(best.absolute_path) > len(error.absolute_path):
            return _describe(best, source)
        if where.startswith("slots/") and path[-1] == "type":
            names = list(slot_types.names())
            close = difflib.get_close_matches(str(error.instance), names, n=1, cutoff=0.6)
            known = f"{', '.join(names)}, or a type of your own as module:function or module:TYPE"
            return [Diagnostic("E104", f"unknown slot type {json.dumps(error.instance)} in {where}",
                               source.value(path),
                               hint=f"did you mean '{close[0]}'? (the types: {known})" if close else f"use {known}")]
    if validator == "pattern":
        return [Diagnostic("E106", f"{json.dumps(error.instance)} has the wrong form for {where}",
                           source.value(path), hint=schema.get("description", f"it must match {schema['pattern']}"))]
    return [Diagnostic("E100", f"{where}: {error.message}", source.value(path),
                       hint=schema.get("description", "see docs/flow-language.md"))]


def _article(expected: Any) -> str:
    names = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "a whole number",
             "number": "a number", "boolean": "true or false", "null": "empty"}
    if isinstance(expected, list):
        return " or ".join(names.get(e, e) for e in expected)
    return names.get(expected, str(expected))


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"the text {json.dumps(value)}"


def _type_hint(expected: Any) -> str:
    if expected == "object":
        return "write it as `key: value` lines indented below"
    if expected == "array":
        return "write it as a list: `[a, b]` or lines starting with `- `"
    if expected == "string":
        return "quote the value"
    if expected in ("number", "integer"):
        # `max: sixty`, `timeout: "8"`: digits, unquoted
        example = "60" if expected == "integer" else "60 or 2.5"
        return f"write digits without quotes, such as {example}"
    if expected == "boolean":
        return "write true or false, without quotes"
    return "see docs/flow-language.md"


def without_unknown_keys(data: Any) -> Any | None:
    """A copy of `data` with every key the schema does not know removed, if that makes it valid.

    A misspelt key is the most common schema error; dropping it lets the semantic checks run too, so
    the designer sees every problem in one run. Returns None when other schema errors remain.
    """
    import copy

    pruned = copy.deepcopy(data)
    for error in _validator().iter_errors(data):
        if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
            return None
        allowed = (error.schema or {}).get("properties", {}) if isinstance(error.schema, dict) else {}
        target = pruned
        for part in error.absolute_path:
            target = target[part]
        for key in [k for k in error.instance if k not in allowed]:
            target.pop(key, None)
    return pruned if not any(True for _ in _validator().iter_errors(pruned)) else None


def check_schema(data: Any, source: SourceMap) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    misspelt: set[tuple[tuple[Any, ...], str]] = set()  # (mapping, the required key a misspelt one stands for)
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = list((error.schema or {}).get("properties", {})) if isinstance(error.schema, dict) else []
            for key in error.instance:
                if key not in allowed:
                    misspelt.update((tuple(error.absolute_path), near)
                                    for near in difflib.get_close_matches(str(key), allowed, n=1))
    for error in errors:
        if error.validator == "required" and "'" in error.message \
                and (tuple(error.absolute_path), error.message.split("'")[1]) in misspelt:
            # `tipe: time`: the unknown key's "did you mean 'type'?" says it all; "missing 'type'" is the same typo
            continue
        diagnostics.extend(_describe(error, source))
    reported = {d.mark for d in diagnostics}
    for path, value in _not_finite(data, ()):
        # `timeout: .nan` passes JSON Schema's `minimum` (every comparison with NaN is false): a silence timer
        # that never runs out, a bound never reached. No key of the language takes NaN or infinity, but a slot's
        # `max: .inf` (`min: -.inf`): "no bound", what it said before infinities were refused, is kept as such.
        if _no_bound(path, value):
            continue
        location = source.value(path)
        if location not in reported:
            where = "/".join(str(p) for p in path)
            bound = len(path) == 3 and path[0] == "slots" and path[2] in ("min", "max")
            hint = ("write a plain number, or leave the key out for no bound (`max: .inf` and `min: -.inf` say "
                    "so too)") if bound else "write a plain number, such as 8 or 2.5"
            diagnostics.append(Diagnostic("E104", f"{where} must be a finite number, not {value}", location,
                                          hint=hint))
    return diagnostics


def _no_bound(path: tuple[Any, ...], value: float) -> bool:
    """Whether `value` at `path` is a slot's `max: .inf` or `min: -.inf`: a bound that bounds nothing."""
    return len(path) == 3 and path[0] == "slots" and (
        (path[2] == "max" and value == math.inf) or (path[2] == "min" and value == -math.inf))


def _not_finite(data: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], float]]:
    """Every NaN or infinite number in the YAML data, with its path."""
    if isinstance(data, float) and not math.isfinite(data):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _not_finite(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _not_finite(value, path + (index,))
