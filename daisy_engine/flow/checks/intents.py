"""Declared intents: phrases for every locale, a handler that says what to do."""

from __future__ import annotations

from collections.abc import Iterator

from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.checks._util import error, target, unlisted_locales
from daisy_engine.flow.model import ABSENT, BUILTIN_INTENTS, Flow, IntentHandler


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
