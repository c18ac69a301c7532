"""Running a flow's actions: a table from action verb to handler.

The flow's actions (`say`, `call`, `set`, `end_call`, `transfer`, `reschedule`, `save`) each have an
async handler `(call, action) -> bool`; False means a tool failure raised an event the step handles, so
the actions after it are skipped. `register_action` adds (or replaces) a handler: the table is the one
place an action's meaning lives.

A callback is only ever scheduled in the future: minutes that are not a positive, finite number
("abc", 0, -5) schedule nothing. From the `reschedule` tool that is a tool failure (its `on_error`
event, e.g. `tool_error`); from a `reschedule:` action it is a WARNING (`action: reschedule: ...`) and
the call goes on with its other actions (`end_call` still ends it), without a callback.

`call:` arguments are rendered templates, hence text; before the tool's JSON Schema check, a value that
came from a template is given the type the tool's `parameters` declare for it when it reads cleanly as
that type ("2" → 2 for `integer`, "true" → True for `boolean`). Literals are never retyped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from daisy_engine.flow.model import Action
from daisy_engine.runtime.actions import CallTool
from daisy_engine.runtime.events import Event
from daisy_engine.runtime.masking import mask, masked_logger, preview
from daisy_engine.runtime.tools import ToolContext, ToolError

if TYPE_CHECKING:
    from daisy_engine.runtime.conversation import Conversation

logger = masked_logger("daisy_engine.runtime")  # masked at INFO, whatever the handlers

Handler = Callable[["Conversation", Action], Awaitable[bool]]


class ActionRunner:
    """Runs a call's actions in order, each by its verb's handler. Holds nothing of a call: one runner
    serves every call (`RUNNER`), and a call may be given one with a table of its own."""

    __slots__ = ("_handlers",)

    def __init__(self, handlers: dict[str, Handler] | None = None) -> None:
        self._handlers = handlers if handlers is not None else HANDLERS

    async def run(self, call: Conversation, actions: tuple[Action, ...]) -> bool:
        """Run flow actions in order. False when a tool failure raised an event this step handles."""
        for action in actions:
            try:
                call.log.add("action", verb=action.verb)
                handler = self._handlers.get(action.verb)
                if handler is not None and not await handler(call, action):
                    return False
            except Exception as exc:  # a bad template or value in one action must not end the call
                call._error("action", f"{action.verb}: {type(exc).__name__}: {exc}")
        return True


# -- the built-in actions -------------------------------------------------------------------------------


async def _say(call: Conversation, action: Action) -> bool:
    call._say(action.value)
    return True


async def _call_action(call: Conversation, action: Action) -> bool:
    name = action.value
    return await call_tool(call, name, _render_args(call, name, action.args))


async def _set(call: Conversation, action: Action) -> bool:
    for name, raw in (action.value or {}).items():
        await set_value(call, name, call._render_value(raw))
    return True


async def _end_call(call: Conversation, action: Action) -> bool:
    call.end(action.value)
    return True


async def _transfer(call: Conversation, action: Action) -> bool:
    to = call._render_value(action.value)
    to = "" if to is None else str(to).strip()
    if not to:
        return _transfer_not_possible(call, "no number to transfer to")
    call.transfer(to)
    return True


async def _reschedule(call: Conversation, action: Action) -> bool:
    await call.reschedule(call._render_value(action.value))
    return True


async def _save(call: Conversation, action: Action) -> bool:
    await call.save(action.value)
    return True


HANDLERS: dict[str, Handler] = {
    "say": _say,
    "call": _call_action,
    "set": _set,
    "end_call": _end_call,
    "transfer": _transfer,
    "reschedule": _reschedule,
    "save": _save,
}
"""Action verb -> handler, shared by every call (see `register_action`)."""


RUNNER = ActionRunner()
"""The runner every call uses unless it is given another."""


def register_action(verb: str, handler: Handler) -> None:
    """Make `verb` run `handler(call, action)` in every call from now on (a project's own action, or a
    built-in one replaced)."""
    HANDLERS[verb] = handler


# -- what the handlers share ---------------------------------------------------------------------------


def _render_args(call: Conversation, name: str, raw: dict[str, Any] | None) -> dict[str, Any]:
    """A `call` action's arguments rendered, and typed as the tool declares them: a template renders
    to text ("{{ quantity }}" is "2"), which the tool's `integer` parameter takes as 2. Only values
    that came from a template are retyped; a literal of the wrong type stays wrong (and fails)."""
    args = call._render_value(raw or {})
    if not isinstance(raw, dict) or not isinstance(args, dict) or name not in call.tools:
        return args  # type: ignore[no-any-return]
    templated = {key for key, value in raw.items() if isinstance(value, str) and "{" in value}
    return call.tools.typed_args(name, args, templated)


async def call_tool(call: Conversation, name: str, args: dict[str, Any]) -> bool:
    """Run a flow tool; its result goes to `results`, its failure raises its `on_error` event when the
    step handles it (False), else is logged and the call goes on."""
    spec = call.flow.tools[name]
    state = call.state
    started = call.log.ms()
    error: str | None = None
    result: Any = None
    try:
        settings = call._render_value(spec.settings)
        result = await call.tools.call(name, args, ToolContext(call, spec, settings))
    except ToolError as exc:
        error = str(exc)
    except Exception as exc:  # settings that do not render are a tool failure like any other
        error = f"{name}: {type(exc).__name__}: {exc}"
    ms = round(call.log.ms() - started, 1)
    call.output.add(CallTool(name, args, result, error, ms))
    call.log.add("tool", name=name, args=args, ms=ms, ok=error is None,
                 **({"error": error} if error else {"result": result}))
    if error is None:
        logger.info("call %s: tool %s ok in %.0f ms", call.call_id, name, ms)
    else:  # the reason, masked and shortened: it may quote what the caller said
        logger.info("call %s: tool %s failed in %.0f ms: %s", call.call_id, name, ms, preview(error, 160))
    if error is None:
        state.results[name] = result
        return True
    event = Event(spec.on_error, text=state.event.text, tool=name, error=error)
    if call._select(state.step, event.name) is not None:
        state.queue.append(event)
        return False
    call.log.add("unhandled", step=state.step.name, event=event.name)
    logger.warning("call %s: %s (no `%s` edge in %s; going on)", call.call_id, mask(error), event.name,
                   state.step.name)
    return True


async def set_value(call: Conversation, name: str, value: Any) -> None:
    """`set:` one slot (written to the record now; empty removes it) or context variable."""
    state = call.state
    if name in call.flow.slots:
        if value is None or value == "":
            state.slots.pop(name, None)
            value = None
        else:
            state.slots[name] = value
        # set or cleared to be asked again: no longer a value the caller has none of ("Sin caja" corrected)
        call.present_after_all(name)
        await call.record.persist_slot(name, value)
        call.log.add("set", slot=name, value=value)
    elif name in call.flow.context:
        state.context[name] = call.assets.coerce_context(name, value)
        call.log.add("set", context=name, value=state.context[name])
    else:
        call._error("set", f"'{name}' is neither a slot nor a context variable")


def _transfer_not_possible(call: Conversation, reason: str) -> bool:
    """A transfer that cannot happen: the step's `transfer_failed` edge runs (False: the actions
    after the transfer are skipped), else the call goes on with its other actions. The record is
    not left saying `transferred`."""
    state = call.state
    state.transferred = False
    if state.status == "transferred":
        state.set_status(state.computed_status())
    call.log.add("transfer_failed", reason=reason)
    logger.warning("call %s: transfer failed: %s", call.call_id, mask(reason))
    event = Event("transfer_failed", text=state.event.text, error=reason)
    if call._select(state.step, event.name) is not None:
        state.queue.append(event)
        return False
    call.log.add("unhandled", step=state.step.name, event=event.name)
    return True
