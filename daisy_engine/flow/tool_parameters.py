"""The argument schema of a `python:` tool, from its function when the flow omits `parameters:`.

The checker (`daisy-engine validate`) and the runtime (`ToolRegistry`) both read a tool's arguments
through `tool_parameters`, so what is checked at a call site, what the model is shown and what a call
is validated against are the same schema.

Type hints become JSON Schema through pydantic (str → string, int → integer, `Literal[...]` → enum,
`X | None`, lists, dicts, enums, TypedDicts...); the descriptions come from the docstring's argument
section (Google, NumPy or reST style, read by docstring_parser). Parameters without a default are
`required`; a function without `**kwargs` accepts no other argument.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from daisy_engine.errors import DaisyError
from daisy_engine.flow.imports import import_target
from daisy_engine.flow.model import Tool


class SignatureError(DaisyError, ValueError):
    """The function's signature cannot be turned into an argument schema; the message says why."""


def tool_parameters(tool: Tool, base: Path) -> dict[str, Any] | None:
    """The tool's argument schema: `parameters:` as written, else (for a `python:` tool whose function
    imports and has a usable signature) the schema derived from the function, else None."""
    if tool.parameters is not None or not tool.python:
        return tool.parameters
    function = import_target(tool.python, base)
    if isinstance(function, str):
        return None
    try:
        return parameters_from_signature(function)
    except SignatureError:
        return None


def parameters_from_signature(function: Callable[..., Any]) -> dict[str, Any]:
    """A JSON Schema (`type: object`) of the keyword arguments `function` takes.

    Raises `SignatureError` when a tool could not call it with keyword arguments (a required
    positional-only parameter) or a type hint has no JSON Schema.
    """
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as exc:
        raise SignatureError(f"its signature cannot be read ({exc})") from None
    hints = _type_hints(function)
    descriptions = _argument_descriptions(function)
    fields: dict[str, Any] = {}
    extra = False
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            extra = True
            continue
        if parameter.kind is parameter.VAR_POSITIONAL:
            continue
        if parameter.kind is parameter.POSITIONAL_ONLY:
            if parameter.default is parameter.empty:
                raise SignatureError(
                    f"argument '{parameter.name}' is positional-only, and tools are called with keyword arguments"
                )
            continue
        fields[parameter.name] = (
            hints.get(parameter.name, Any),
            ... if parameter.default is parameter.empty else parameter.default,
            descriptions.get(parameter.name),
        )
    return _json_schema(getattr(function, "__name__", "tool"), fields, extra)


def _type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The resolved type hints; a hint that cannot be resolved (a forward reference to nothing) is Any."""
    try:
        return typing.get_type_hints(function, include_extras=True)
    except Exception:  # a designer's module may annotate with anything
        raw = getattr(function, "__annotations__", {}) or {}
        return {name: (Any if isinstance(hint, str) else hint) for name, hint in raw.items()}


def _argument_descriptions(function: Callable[..., Any]) -> dict[str, str]:
    import docstring_parser

    doc = inspect.getdoc(function)
    if not doc:
        return {}
    try:
        parsed = docstring_parser.parse(doc)
    except docstring_parser.ParseError:
        return {}
    return {param.arg_name: " ".join(param.description.split()) for param in parsed.params if param.description}


def _json_schema(name: str, fields: dict[str, tuple[Any, Any, str | None]], extra: bool) -> dict[str, Any]:
    # pydantic is imported only here: `validate` of a flow that declares every `parameters:` never needs it.
    import pydantic

    definitions = {
        field: (hint, pydantic.Field(default, description=description))
        for field, (hint, default, description) in fields.items()
    }
    try:
        model = pydantic.create_model(
            f"{name}_arguments",
            __config__=pydantic.ConfigDict(extra="allow" if extra else "forbid", arbitrary_types_allowed=False),
            **definitions,
        )
        schema = model.model_json_schema()
    except (pydantic.PydanticSchemaGenerationError, pydantic.PydanticUserError, TypeError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SignatureError(f"a type hint has no JSON Schema ({reason})") from None
    return _without_titles(schema)


def _without_titles(value: Any) -> Any:
    """pydantic titles every schema after its Python name; the model sees the names already."""
    if isinstance(value, dict):
        return {key: _without_titles(item) for key, item in value.items() if key != "title" or isinstance(item, dict)}
    if isinstance(value, list):
        return [_without_titles(item) for item in value]
    return value
