"""Built-in tools that act on the call itself: save, end, transfer, reschedule, log a complaint.

They do what the matching flow actions do, so a designer (`call: save_record`) or the model (when a state
lists the tool) can trigger them too.
"""

from __future__ import annotations

from typing import Any

from daisy_engine.runtime.tools.context import ToolContext, ToolError
from daisy_engine.store.records import STATUSES


async def save_record(ctx: ToolContext, args: dict[str, Any]) -> Any:
    status = args.get("status") or ctx.settings.get("status")
    if status is not None and status not in STATUSES:
        raise ToolError(f"unknown status '{status}' (expected one of {', '.join(STATUSES)})")
    return await ctx.call.save(status)


async def end_call(ctx: ToolContext, args: dict[str, Any]) -> Any:
    outcome = args.get("outcome") or ctx.settings.get("outcome")
    ctx.call.end(outcome)
    return {"ended": True}


async def transfer(ctx: ToolContext, args: dict[str, Any]) -> Any:
    to = args.get("to") or ctx.settings.get("to")
    if not to:
        raise ToolError("no number to transfer to (args.to or settings.to)")
    ctx.call.transfer(str(to))
    return {"transferred_to": str(to)}


async def reschedule(ctx: ToolContext, args: dict[str, Any]) -> Any:
    raw = args.get("minutes", ctx.settings.get("minutes"))
    try:
        minutes = float(raw)
    except (TypeError, ValueError):
        raise ToolError(f"minutes must be a number, got {raw!r}") from None
    if minutes < 0:
        raise ToolError("minutes must not be negative")
    return {"callback_at": await ctx.call.reschedule(minutes)}


async def log_complaint(ctx: ToolContext, args: dict[str, Any]) -> Any:
    text = str(args.get("text") or "").strip()
    await ctx.call.complaint(text)
    return {"logged": True}


SCHEMAS: dict[str, dict[str, Any]] = {
    "save_record": {"type": "object", "properties": {"status": {"enum": list(STATUSES)}}},
    "end_call": {"type": "object", "properties": {"outcome": {"enum": list(STATUSES)}}},
    "transfer": {"type": "object", "properties": {"to": {"type": "string"}}},
    "reschedule": {"type": "object", "properties": {"minutes": {"type": "number", "minimum": 0}},
                   "required": ["minutes"]},
    "log_complaint": {"type": "object", "properties": {"text": {"type": "string"}}},
}
"""Argument schemas shown to the model for these built-ins when the flow declares none."""
