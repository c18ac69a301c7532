"""The variables templates and `when:` conditions can read. Keep this module the one source of truth.

A template sees:

- every slot name: its confirmed value, or None while it is not confirmed;
- every `context` variable of the flow (call metadata, designer defaults, values set by `set:`);
- these built-ins (`TEMPLATE_VARIABLES`):

  ``locale``      the call's locale, e.g. ``es-MX``
  ``phone``       the number the call is about (dialled, or the caller's), or None
  ``caller_id``   the caller id the telephony layer gave, or None
  ``call_id``     this call's id
  ``attempt``     failed attempts so far at the current question (0 on the first try)
  ``event``       the event being handled, a dict always holding ``name``, ``text`` (the caller's words),
                  ``minutes`` (from "call me in 10 minutes"), ``intent``, ``value``, ``tool``, ``error``
  ``results``     tool results by tool name (``results.lookup.price``)
  ``value``       the pending (not yet confirmed) value of the slot being collected, or None
  ``readback``    ``value`` as it is read back to the caller (letter by letter when the slot has
                  ``spell_back``); "" when there is no value
  ``so_far``      what the caller dictated so far of a value given in pieces; "" when nothing
  ``missing_part`` the part of that value its slot type knows is still to come, by name ("before_at": an
                  e-mail begun at its "@" whose domain is whole), else ""; the type decides it, and the
                  same notion places the next words
  ``no_room``     the characters the caller's last turn said clearly that the value being built has no room
                  for ("B": a fourth letter of a plate that takes three), else "": never dropped silently
  ``not_held``    the character a correction in the caller's last turn named as one of the value's, to be
                  another, that the value does not hold ("D" for "la de es te" at T E B ...), else ""
  ``slot``        the name of the slot being collected, or None
  ``outcome``     how the call ends, once decided (complete, partial...), else None
  ``agent_name``  the agent's name (context ``agent_name``, else the flow name capitalised)
  ``resumed``     true when this call picks up an earlier, unfinished (partial or rescheduled) record
                  of the same caller that holds at least one confirmed value, or one heard but not confirmed
                  ("seguimos donde nos quedamos")
  ``absent``      slots of a thing the caller has none of ("no traigo caja"), sorted: settled, not missing
  ``missing``     the required slots neither confirmed nor absent, in the flow's order: what a goodbye
                  may promise to ask for next time ([] when nothing is missing)
  ``asked_before`` times the step's own prompt was said just before, in a row, with nothing changed since (the same
                  step, value being confirmed, what was dictated of it and collected values): 0 the first time. The
                  caller's turns in between neither answered nor changed anything (a remark, a question answered,
                  "este..." at a read-back), so a prompt may say it shorter rather than word for word again

The caller's words only ever arrive as values (``event.text``, ``so_far``...): never as template source.
`call_variables` builds them for one call (the `Conversation` asks it for every template and condition).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from daisy_engine.flow.model import BUILTIN_VARIABLES, Flow

if TYPE_CHECKING:
    from daisy_engine.runtime.assets import FlowAssets
    from daisy_engine.runtime.state import CallState

# The flow validator checks templates against the same tuple, so the runtime cannot offer a variable
# the validator rejects, or the reverse.
TEMPLATE_VARIABLES: frozenset[str] = frozenset(BUILTIN_VARIABLES)
"""The built-in template variables (besides slot names and context variables)."""

EVENT_KEYS: tuple[str, ...] = ("name", "text", "minutes", "intent", "value", "tool", "error")
"""Keys the `event` variable always has, so `event.minutes` never trips StrictUndefined."""


def template_variables(flow: Flow) -> set[str]:
    """Every name a template of `flow` may read: slot names ∪ context variable names ∪ built-ins."""
    return flow.template_variables()


def call_variables(state: CallState, assets: FlowAssets, locale: str, call_id: str) -> dict[str, Any]:
    """What the templates and conditions of one call see now (the names above), built from the call's
    state and the flow's shared assets. A fresh dict each time: a template cannot change the call."""
    flow, step = state.flow, state.step
    slots, context = state.slots, state.context
    variables = {name: slots.get(name) for name in flow.slots}
    for name in flow.context:
        variables[name] = context.get(name)
    slot = flow.slots.get(step.slot) if step.slot else None
    pending = state.pending
    variables.update(
        locale=locale,
        phone=context.get("phone"),
        caller_id=context.get("caller_id"),
        call_id=call_id,
        attempt=state.attempts_at(step),
        event=state.event.payload(),
        results=state.results,
        value=pending,
        readback=assets.slot_types.readback(slot, pending, locale, state.said(pending)) if slot is not None else "",
        so_far=state.so_far(),
        missing_part=state.missing_part(),
        no_room=state.no_room(),
        not_held=state.not_held(),
        slot=step.slot,
        outcome=state.outcome or state.ending,
        agent_name=assets.agent_name(context),
        resumed=state.resumed,
        absent=sorted(state.absent),
        missing=state.missing(),
        asked_before=state.asked_before,
    )
    # Not a template variable (no flow name can start with "_"): read by the `readback` filter, so that a
    # confirmed value is read in the summary as the caller said it.
    variables["_said_for"] = {name: (variables.get(name), said) for name, said in state.said_for.items()}
    # The flow's slots, for the same filter: a value's own slot gives the words its options list for it (a
    # `choice` key is read in the listed words of the call's language, never as the key).
    variables["_slots"] = flow.slots
    return variables


__all__ = ["EVENT_KEYS", "TEMPLATE_VARIABLES", "call_variables", "template_variables"]
