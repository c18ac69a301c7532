"""Options shared by the commands that start calls (`run`, `call`, `callbacks run`) and the typing of
their `--set NAME=VALUE` context values.

Imports nothing from livekit or the engine at module level: `--help` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from daisy_engine.flow.model import Flow

Locale = Annotated[
    str | None,
    typer.Option(
        "--locale",
        "-l",
        help="Language of the call, e.g. es-MX or en-US (default: the flow's first).",
        show_default=False,
    ),
]
Context = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        help="A context variable for this call, NAME=VALUE (repeatable), e.g. --set company=ACME.",
        show_default=False,
    ),
]
Trunk = Annotated[
    str | None,
    typer.Option(
        "--trunk",
        envvar="LIVEKIT_SIP_OUTBOUND_TRUNK",
        show_default=False,
        help="Outbound trunk id, e.g. ST_abc123 (default: $LIVEKIT_SIP_OUTBOUND_TRUNK, else the only one).",
    ),
]
Ring = Annotated[int, typer.Option("--ring", min=5, max=120, help="Seconds to let the phone ring before giving up.")]

_EXPECTED = {"integer": "a whole number", "number": "a number", "boolean": "true or false"}


def check_locale(flow: Flow, locale: str | None) -> None:
    """A `--locale` the flow does not speak is a usage error (typer.BadParameter, exit 2)."""
    if locale is not None and locale not in flow.locales:
        raise typer.BadParameter(f"the flow speaks {', '.join(flow.locales)}, not {locale}", param_hint="--locale")


def context_values(flow: Flow, items: Iterable[str] | None) -> dict[str, object]:
    """The `--set NAME=VALUE` items, each typed as the flow declares it; typer.BadParameter (exit 2)
    for an item that is not NAME=VALUE, a name the flow does not declare or a value of the wrong type."""
    values: dict[str, object] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--set")
        values[name] = _context_value(flow, name, value)
    return values


def _context_value(flow: Flow, name: str, text: str) -> object:
    import math

    declared = flow.context.get(name)
    if declared is None:
        from daisy_engine.flow.model import CALL_METADATA

        if name in CALL_METADATA:
            return text
        known = ", ".join(sorted(flow.context)) or "none"
        raise typer.BadParameter(
            f"'{name}' is not a context variable of flow '{flow.name}' (it declares: {known})", param_hint="--set"
        )
    clean = text.strip()
    try:
        if declared.type == "integer":
            return int(clean)
        if declared.type == "number":
            number = float(clean)
            if math.isfinite(number):
                return number
        elif declared.type == "boolean":
            if clean.lower() in ("true", "false"):
                return clean.lower() == "true"
        else:
            return text
    except ValueError:
        pass
    raise typer.BadParameter(
        f"{name} must be {_EXPECTED.get(declared.type, declared.type)} ({declared.type}), got {text!r}",
        param_hint="--set",
    )
