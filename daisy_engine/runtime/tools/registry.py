"""The tools of one flow, resolved once and shared by every call of that flow.

Every call goes through `ToolRegistry.call`, which gives all tools the same guarantees: arguments
checked against the declared JSON Schema, the declared timeout per attempt, the declared retries, and a
result that is plain JSON. Whatever goes wrong comes out as one `ToolError`, never as a crashed call.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from jsonschema import Draft202012Validator

from daisy_engine.flow.imports import import_target
from daisy_engine.flow.model import Flow, Tool
from daisy_engine.flow.tool_parameters import tool_parameters
from daisy_engine.runtime.threads import ThreadExit, run_blocking
from daisy_engine.runtime.tools import call_tools
from daisy_engine.runtime.tools.context import ToolContext, ToolError
from daisy_engine.runtime.tools.email import email
from daisy_engine.runtime.tools.http import http

ToolImpl = Callable[[ToolContext, dict[str, Any]], Awaitable[Any]]

BUILTINS: dict[str, ToolImpl] = {
    "save_record": call_tools.save_record,
    "end_call": call_tools.end_call,
    "transfer": call_tools.transfer,
    "reschedule": call_tools.reschedule,
    "log_complaint": call_tools.log_complaint,
    "http": http,
    "email": email,
}
# Built-ins that reach outside the process; conversation tests must mock them.
NETWORK_BUILTINS = ("http", "email")


def python_tool(target: str, base: Any) -> ToolImpl:
    """A designer's `module:function`, called with the arguments as keywords. The module is imported
    on first use, on a thread and under the tool's timeout (a module that loops at import fails the
    tool, it does not stall the call); sync functions run on a daemon thread of their own."""
    function: Callable[..., Any] | None = None

    async def run(ctx: ToolContext, args: dict[str, Any]) -> Any:
        nonlocal function
        if function is None:
            found = await run_blocking(import_target, target, base)
            if isinstance(found, str):
                raise ToolError(found)
            function = found
        if inspect.iscoroutinefunction(function):
            return await function(**args)
        # A sync tool must not stall the other calls: its own thread, which the timeout abandons.
        return await run_blocking(function, **args)

    return run


def mocked(result: Any) -> ToolImpl:
    """A stand-in that returns `result`, or fails when it is `{"error": message}` (conversation tests)."""

    async def run(ctx: ToolContext, args: dict[str, Any]) -> Any:
        if isinstance(result, dict) and set(result) == {"error"}:
            raise ToolError(str(result["error"]))
        return result

    return run


def not_mocked(name: str) -> ToolImpl:
    async def run(ctx: ToolContext, args: dict[str, Any]) -> Any:
        raise ToolError("reaches the network and is not mocked in this test")

    return run


class ToolRegistry:
    """Resolves every tool a flow declares; `overrides` replaces implementations by tool name."""

    def __init__(self, flow: Flow, *, overrides: Mapping[str, ToolImpl] | None = None,
                 offline: bool = False) -> None:
        self.flow = flow
        self._impls: dict[str, ToolImpl] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        # As declared, or taken from a python tool's signature: the schema `validate` checked call sites with.
        self._parameters: dict[str, dict[str, Any] | None] = {}
        overrides = overrides or {}
        for name, spec in flow.tools.items():
            if name in overrides:
                self._impls[name] = overrides[name]
            elif offline and spec.builtin in NETWORK_BUILTINS:
                self._impls[name] = not_mocked(name)
            elif spec.builtin:
                self._impls[name] = BUILTINS[spec.builtin]
            elif spec.python:
                self._impls[name] = python_tool(spec.python, flow.file.parent)
            parameters = self._parameters[name] = tool_parameters(spec, flow.file.parent)
            if parameters:
                self._validators[name] = Draft202012Validator(parameters)

    def __contains__(self, name: object) -> bool:
        return name in self._impls

    def spec(self, name: str) -> Tool:
        return self.flow.tools[name]

    def schema(self, name: str) -> dict[str, Any]:
        """Name, description and argument schema of a tool, as a model's function tool needs them."""
        spec = self.flow.tools[name]
        parameters = self._parameters.get(name) or call_tools.SCHEMAS.get(spec.builtin or "") or {
            "type": "object", "properties": {}}
        return {"name": name, "description": spec.description, "parameters": parameters}

    def typed_args(self, name: str, args: dict[str, Any], rendered: set[str]) -> dict[str, Any]:
        """`args` with the values in `rendered` (those that came out of a template, hence text) given
        the type the tool's `parameters` declare for them when the text reads cleanly as it: "2" for an
        integer is 2, "true" for a boolean is True, "" or "null" for null is None. A value the
        designer wrote as a literal is left alone (the schema check reports a wrong one), and so is
        text that does not read as the declared type."""
        properties = (self._parameters.get(name) or {}).get("properties")
        if not isinstance(properties, dict):
            return args
        typed = dict(args)
        for key, value in args.items():
            declared = properties.get(key)
            if key in rendered and isinstance(value, str) and isinstance(declared, dict):
                typed[key] = _as_declared(value, _declared_types(declared))
        return typed

    async def call(self, name: str, args: dict[str, Any], ctx: ToolContext) -> Any:
        """Run a tool with its timeout and retries; the result is JSON-serialisable or ToolError is raised."""
        impl = self._impls.get(name)
        if impl is None:
            raise ToolError(f"unknown tool '{name}'")
        validator = self._validators.get(name)
        if validator is not None:
            problem = next(iter(validator.iter_errors(args)), None)
            if problem is not None:
                where = "/".join(str(p) for p in problem.absolute_path) or "arguments"
                raise ToolError(f"{name}: invalid {where}: {problem.message}")
        spec = self.flow.tools[name]
        failure = "failed"
        for _ in range(spec.retries + 1):
            try:
                async with asyncio.timeout(spec.timeout):
                    result = await impl(ctx, dict(args))
            except TimeoutError:
                failure = f"{name}: no result within {spec.timeout:g} s"
                continue
            except ToolError as exc:
                failure = f"{name}: {exc}"
                continue
            except ThreadExit as exc:
                failure = f"{name}: {exc}"
                continue
            except Exception as exc:  # a designer's tool may raise anything; the call must go on
                failure = f"{name}: {type(exc).__name__}: {exc}"
                continue
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise  # the call itself is being cancelled (the transport hung up): let it stop
                failure = f"{name}: the tool raised CancelledError"  # the tool's own, not ours
                continue
            except (KeyboardInterrupt, SystemExit) as exc:  # raised by the tool's code, not by a signal
                failure = f"{name}: the tool raised {type(exc).__name__}"
                continue
            return _plain_json(name, result)
        raise ToolError(failure)


_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _declared_types(schema: dict[str, Any]) -> Any:
    """The JSON types a property schema allows: its `type`, or those of an `anyOf` (`int | None` taken
    from a signature)."""
    if "type" in schema or not isinstance(schema.get("anyOf"), list):
        return schema.get("type")
    types: list[Any] = []
    for option in schema["anyOf"]:
        kind = option.get("type") if isinstance(option, dict) else None
        types.extend(kind if isinstance(kind, list) else [kind])
    return types


def _as_declared(text: str, declared: Any) -> Any:
    """`text` as the first declared JSON type it reads cleanly as; `text` itself when none fits."""
    types = declared if isinstance(declared, list) else [declared]
    if "string" in types:
        return text
    clean = text.strip()
    for kind in types:
        if kind == "integer" and _INTEGER.fullmatch(clean):
            return int(clean)
        if kind == "number" and _NUMBER.fullmatch(clean):
            number = float(clean)
            return int(number) if _INTEGER.fullmatch(clean) else number
        if kind == "boolean" and clean.lower() in ("true", "false"):
            return clean.lower() == "true"
        if kind == "null" and clean.lower() in ("", "null", "none"):
            return None
    return text


def _plain_json(name: str, result: Any) -> Any:
    try:
        return json.loads(json.dumps(result, allow_nan=False))
    except (TypeError, ValueError):
        raise ToolError(f"{name}: returned a value that is not plain JSON ({type(result).__name__})") from None
