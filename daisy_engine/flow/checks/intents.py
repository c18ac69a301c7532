"""Declared intents: phrases for every locale, a handler that says what to do."""

from __future__ import annotations

from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, target, unlisted_locales, warning
from daisy_engine.flow.model import ABSENT, BUILTIN_INTENTS, Flow, IntentHandler


def _handles(flow: Flow, intent: str) -> bool:
    """Whether any place of the flow says what `intent` does: the flow's `intents:`, a state's or a collect item's
    override, or a state's `on: <intent>`."""
    if intent in flow.intents:
        return True
    for state in flow.states.values():
        written = [state.intents, *(item.intents for item in state.collect)]
        if any(overrides.get(intent) is not None for overrides in written) \
                or any(t.event == intent for t in state.transitions):
            return True
    return False


def unhandled_callback(flow: Flow) -> Iterator[Diagnostic]:
    """W225: the flow says nowhere what a callback asked for does (checked once names resolve: a misspelt
    `reschedul:` is its own error, not this warning too)."""
    asks = any(state.collect or state.capture for state in flow.states.values())
    # a flow that lists what the caller may say anywhere (`intents:`) and asks for values, but not the callback: the
    # designer chose the intents and left this one out (a flow with no `intents:` at all has chosen none)
    if flow.intents and asks and not _handles(flow, "reschedule") and not _handles(flow, "busy"):
        # the engine hears "llámeme mañana" / "call me back in an hour" in every flow; unhandled, the turn is an
        # answer not understood: the question again, an attempt spent, and the caller's callback lost
        yield warning(
            flow,
            "W225",
            "no state handles `reschedule`: a caller who asks to be called back (\"llámeme mañana\", \"call me "
            "back in an hour\") is answered as not understood, the question asked again",
            ("intents",),
            "add `reschedule: {to: callback}` under `intents:`, with a final state `callback` that runs "
            "`save: rescheduled`, `reschedule: \"{{ event.minutes or 60 }}\"` and `end_call: rescheduled`; or "
            "`reschedule: {then: return, say: TEMPLATE}` to answer it and ask again",
            key=True,
        )


def check(flow: Flow) -> Iterator[Diagnostic]:
    for name, intent in flow.intents.items():
        if not intent.builtin and not intent.phrases:
            yield error(
                flow,
                "E206",
                f"intent '{name}' is not built in and has no phrases",
                intent.path,
                f"add `phrases: {{{flow.default_locale}: [...]}}`; built-ins: {', '.join(BUILTIN_INTENTS)}",
                key=True,
            )
        yield from unlisted_locales(flow, intent.phrases, "phrases", intent.path + ("phrases",))
        if intent.phrases and not intent.builtin:
            for locale in flow.locales:
                if locale not in intent.phrases:
                    yield error(
                        flow,
                        "E206",
                        f"intent '{name}' has no phrases for {locale}",
                        intent.path + ("phrases",),
                        f"add `{locale}: [...]`",
                        key=True,
                    )
        if not intent.handler.to and not intent.handler.then and not intent.is_global:
            continue
        if not intent.handler.to and not intent.handler.then:
            yield error(
                flow,
                "E233",
                f"intent '{name}' says neither where to go (`to:`) nor `then: return`",
                intent.path,
                "add `to: STATE` or `then: return`",
                key=True,
            )
        yield from check_handler(flow, intent.handler)
        # a `global: false` intent is heard only where a state or collect item turns it on (`true`); those
        # places are checked as if the handler were written there (`states._absent_handlers`)
        if intent.handler.then == ABSENT and not intent.handler.to and intent.is_global:
            # a flow-level handler applies at every question, and at steps that ask no value at all
            yield error(
                flow,
                "E238",
                f"intent '{name}': `then: absent` cannot be a flow-level handler (it would apply where no value "
                "is asked)",
                intent.handler.path + ("then",),
                "give it at the value's question: `states.STATE.collect[N].intents."
                f"{name}: {{then: absent}}` (or in a collect state's `intents:`)",
            )


def check_handler(flow: Flow, handler: IntentHandler) -> Iterator[Diagnostic]:
    if handler.to and handler.then:
        yield error(
            flow,
            "E216",
            "an intent handler has both `to` and `then`",
            handler.path + ("then",),
            "use `to: STATE` to leave, or `then: return` to handle it in place",
        )
    yield from target(flow, handler.to, handler.path + ("to",), allow_return=False)
