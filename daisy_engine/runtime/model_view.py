"""What the transport's model is told at a step: the templates of its instructions and the function tools
it may call, with their schemas.

The engine decides, the model speaks: at a step the model is given the flow's persona and the step's
`instruct` template, and may call only the step's own flow tools and, where the step collects a value,
`record_<slot>` (its reading of a value the extractors missed, which the engine validates again).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from daisy_engine.compiler.table import Step
from daisy_engine.flow.model import Flow
from daisy_engine.runtime.tools import ToolRegistry

ModelView = tuple[str, tuple[str, ...]]
"""What the model was told, to tell it again only when that changes: (instruction templates, tools)."""


def view_at(flow: Flow, step: Step) -> tuple[list[str], tuple[str, ...]]:
    """The instruction templates (persona, then the step's `instruct`) and the tool names of `step`."""
    tools = list(step.tools)
    if step.slot and step.listen in ("slot", "char", "confirm"):
        tools.append(f"record_{step.slot}")
    return [name for name in (flow.agent.persona, step.instruct) if name], tuple(tools)


def tool_schemas(flow: Flow, tools: ToolRegistry, names: Iterable[str]) -> list[dict[str, Any]]:
    """The function tools `names` (name, description, JSON Schema of arguments), for transports that hand
    them to a model: a flow tool's own schema, or the engine's `record_<slot>`."""
    schemas = []
    for name in names:
        slot = flow.slots.get(name.removeprefix("record_")) if name.startswith("record_") else None
        if slot is not None and name not in flow.tools:
            schemas.append({
                "name": name,
                "description": f"Record the caller's {slot.description or slot.name.replace('_', ' ')} "
                               "when you understood it and the system did not. The system checks it.",
                "parameters": {"type": "object", "properties": {"value": {"type": "string"}},
                               "required": ["value"]},
            })
        else:
            schemas.append(tools.schema(name))
    return schemas


__all__ = ["ModelView", "tool_schemas", "view_at"]
