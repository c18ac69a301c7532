"""Expand a validated flow into the step table.

A `collect` state becomes, per slot, an `ask` step, an optional `spell` step (one character at a time)
and a `confirm` step; global intents become edges of every step that does not override them. The result
is explicit: the diagram, the coverage report and the tests see every step.
"""

from __future__ import annotations

from dataclasses import replace

from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step
from daisy_engine.diagnostics import Mark
from daisy_engine.flow.model import (
    ABSENT,
    RETURN,
    SKIP,
    CollectItem,
    Flow,
    IntentHandler,
    State,
    Transition,
)
from daisy_engine.flow.semantics import listening, slot_steps


def step_name(state: str, slot: str, kind: str) -> str:
    return f"{state}.{slot}.{kind}"


class _Compiler:
    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.entries: dict[str, str] = {}
        self.groups: dict[str, tuple[str, ...]] = {}
        for state in flow.states.values():
            if state.is_collect:
                slots = tuple(item.slot for item in state.collect)
                self.groups[state.name] = slots
                self.entries[state.name] = step_name(state.name, slots[0], "ask")
            else:
                self.entries[state.name] = state.name

    def mark(self, path: tuple[str | int, ...]) -> Mark:
        return self.flow.source.value(path)

    def key_mark(self, path: tuple[str | int, ...]) -> Mark:
        return self.flow.source.key(path)

    def policy_mark(self, state: State) -> Mark:
        """Where `on_exhausted` is written: in the state's policy, else in the flow's defaults."""
        declared = self.flow.raw.get("states", {}).get(state.name, {}).get("policy", {})
        if "on_exhausted" in declared:
            return self.mark(state.path + ("policy", "on_exhausted"))
        return self.mark(("defaults", "policy", "on_exhausted"))

    def resolve(self, target: str | None) -> str:
        if target is None or target == RETURN:
            return RETURN
        return self.entries.get(target, target)

    def declared(self, transition: Transition, event: str | None = None, effect: str | None = None) -> Edge:
        intent = transition.event if transition.event in self.flow.intents else None
        dest = self.resolve(transition.to)
        return Edge(
            event=event or transition.event,
            dest=dest,
            mark=self.mark(transition.path),
            when=transition.when,
            actions=transition.actions,
            say=transition.say,
            effect=effect,  # type: ignore[arg-type]
            intent=intent,
            push_return=intent is not None and dest != STAY,
        )

    def intents_for(self, state: State, item: CollectItem | None = None) -> dict[str, IntentHandler]:
        """The handlers listened for in `state`, at `item`'s question when given (its overrides win)."""
        handlers = {name: intent.handler for name, intent in self.flow.intents.items() if intent.is_global}
        for overrides in (state.intents, item.intents if item is not None else {}):
            for name, override in overrides.items():
                if override is None:
                    handlers.pop(name, None)
                elif name in self.flow.intents or override.to or override.then or override.say:
                    handlers[name] = override
        return handlers

    def intent_edge(self, name: str, handler: IntentHandler) -> Edge:
        dest = self.resolve(handler.to) if handler.to else STAY
        return Edge(
            event=name,
            dest=dest,
            mark=self.mark(handler.path),
            say=handler.say,
            actions=handler.actions,
            intent=name,
            resume=handler.to is None and handler.then not in ("stay", ABSENT),
            push_return=dest != STAY,
            absent=handler.to is None and handler.then == ABSENT,
        )

    def intent_edges(self, state: State, taken: set[str]) -> dict[str, tuple[Edge, ...]]:
        return {name: (self.intent_edge(name, handler),) for name, handler in self.intents_for(state).items()
                if name not in taken}

    def item_intent_edges(self, state: State, item: CollectItem,
                          shared: dict[str, tuple[Edge, ...]]) -> dict[str, tuple[Edge, ...]]:
        """The state's shared edges with `item`'s own intent overrides applied: at its question they replace the
        state's handler (and an `on:` transition of the state for that intent), or turn the intent off."""
        if not item.intents:
            return shared
        merged = dict(shared)
        handlers = self.intents_for(state, item)
        for name in item.intents:
            merged.pop(name, None)
            if name in handlers:
                merged[name] = (self.intent_edge(name, handlers[name]),)
        return merged

    def plain(self, state: State) -> Step:
        edges: dict[str, list[Edge]] = {}
        for transition in state.transitions:
            edges.setdefault(transition.event, []).append(self.declared(transition))
        all_edges = {event: tuple(items) for event, items in edges.items()}
        if not state.final:  # a final state says goodbye and hangs up; nothing can interrupt it
            all_edges.update(self.intent_edges(state, set(all_edges)))
        listen = listening(state)  # never "form": collect states are expanded by `collect`
        if listen != "none" and "exhausted" not in all_edges and state.policy.on_exhausted:
            # A question that is never understood must end somewhere: the policy's exit, as in a form.
            all_edges["exhausted"] = (
                Edge("exhausted", self.resolve(state.policy.on_exhausted), self.policy_mark(state), declared=False),
            )
        return Step(
            name=state.name,
            kind="plain",
            origin=state.name,
            mark=self.key_mark(state.path),
            listen=listen,  # type: ignore[arg-type]
            slot=state.capture,
            say=state.say,
            instruct=state.instruct,
            tools=state.tools,
            on_enter=state.on_enter,
            on_exit=state.on_exit,
            edges=all_edges,
            intents={} if state.final else self.intents_for(state),
            policy=state.policy,
            reprompts=state.policy.reprompts,
            silence=state.silence,
            limits=state.limits,
            final=state.final,
            immediate="done" in all_edges and listen == "none" and not state.final,
        )

    def collect(self, state: State) -> list[Step]:
        slots = self.groups[state.name]
        shared: dict[str, list[Edge]] = {}
        done: list[Transition] = []
        exhausted: list[Transition] = []
        for transition in state.transitions:
            if transition.event == "done":
                done.append(transition)
            elif transition.event == "exhausted":
                exhausted.append(transition)
            else:
                shared.setdefault(transition.event, []).append(self.declared(transition))
        shared_edges = {event: tuple(items) for event, items in shared.items()}
        shared_edges.update(self.intent_edges(state, set(shared_edges)))
        steps: list[Step] = []
        for index, item in enumerate(state.collect):
            steps.extend(self.collect_slot(state, item, index, slots, done, exhausted, shared_edges))
        return steps

    def collect_slot(
        self,
        state: State,
        item: CollectItem,
        index: int,
        slots: tuple[str, ...],
        done: list[Transition],
        exhausted: list[Transition],
        shared: dict[str, tuple[Edge, ...]],
    ) -> list[Step]:
        slot = self.flow.slots[item.slot]
        policy = state.policy
        mark = self.mark(item.path)
        steps = slot_steps(self.flow, state, item, slot)
        confirm, spell = steps.confirm, steps.spell
        prompts = item.prompts
        ask_name = step_name(state.name, item.slot, "ask")
        spell_name = step_name(state.name, item.slot, "spell")
        confirm_name = step_name(state.name, item.slot, "confirm")

        def advance(event: str) -> tuple[Edge, ...]:
            """Edges that accept the value and go on: to the next slot, or the state's `done` targets."""
            if index + 1 < len(slots):
                return (Edge(event, step_name(state.name, slots[index + 1], "ask"), mark, effect="accept",
                             declared=False),)
            return tuple(self.declared(t, event=event, effect="accept") for t in done)

        if item.on_exhausted == SKIP or (item.on_exhausted is None and not exhausted and policy.on_exhausted == SKIP):
            # Leave the value missing and go on as `skip` does; no value is accepted.
            out = tuple(replace(edge, event="exhausted", effect="reject", skip=True) for edge in advance("exhausted"))
        elif item.on_exhausted is not None:
            out = (Edge("exhausted", self.resolve(item.on_exhausted), self.mark(item.path + ("on_exhausted",)),
                        declared=False),)
        elif exhausted:
            out = tuple(self.declared(t) for t in exhausted)
        elif policy.on_exhausted:
            out = (Edge("exhausted", self.resolve(policy.on_exhausted), self.policy_mark(state), declared=False),)
        else:
            out = ()

        here = self.item_intent_edges(state, item, shared)

        def edges(own: dict[str, tuple[Edge, ...]]) -> dict[str, tuple[Edge, ...]]:
            merged = dict(here)
            merged.update(own)
            if out:
                merged["exhausted"] = out
            return merged

        filled = (Edge("filled", confirm_name, mark, declared=False),) if confirm else advance("filled")
        reprompts = tuple(prompts.get("reprompts", slot.prompts.reprompts or policy.reprompts))
        common = dict(
            origin=state.name,
            mark=mark,
            slot=item.slot,
            instruct=state.instruct,
            tools=state.tools,
            on_enter=state.on_enter,
            on_exit=state.on_exit,
            intents=self.intents_for(state, item),
            policy=policy,
            reprompts=reprompts,
            silence=state.silence,
            limits=state.limits,
        )
        ask_edges: dict[str, tuple[Edge, ...]] = {
            "filled": filled,
            "partial": (Edge("partial", STAY, mark, declared=False),),
            "no_match": (Edge("no_match", STAY, mark, declared=False),),
            "skip": advance("skip"),
        }
        if spell:
            ask_edges["spell"] = (Edge("spell", spell_name, mark, declared=False),)
        result = [
            Step(name=ask_name, kind="ask", listen="slot", say=prompts.get("ask", slot.prompts.ask),
                 edges=edges(ask_edges), **common)  # type: ignore[arg-type]
        ]
        if spell:
            result.append(
                Step(name=spell_name, kind="spell", listen="char", say=prompts.get("spell", slot.prompts.spell),
                     edges=edges({
                         "filled": filled,
                         "partial": (Edge("partial", STAY, mark, declared=False),),
                         "no_match": (Edge("no_match", STAY, mark, declared=False),),
                     }), **common)  # type: ignore[arg-type]
            )
        if confirm:
            result.append(
                Step(name=confirm_name, kind="confirm", listen="confirm",
                     say=prompts.get("confirm", slot.prompts.confirm),
                     # A slot's reprompts re-ask for the value; a confirm step re-asks yes or no.
                     **{**common, "reprompts": policy.reprompts},
                     edges=edges({
                         "yes": advance("yes"),
                         "no": (Edge("no", ask_name, mark, effect="reject", declared=False),),
                         "corrected": (Edge("corrected", STAY, mark, declared=False),),
                         "no_match": (Edge("no_match", STAY, mark, declared=False),),
                     }))  # type: ignore[arg-type]
            )
        return result


def compile_flow(flow: Flow) -> CompiledFlow:
    """Compile a flow that passed validation. Compile once per flow file and share it between calls."""
    compiler = _Compiler(flow)
    steps: dict[str, Step] = {}
    for state in flow.states.values():
        for step in compiler.collect(state) if state.is_collect else [compiler.plain(state)]:
            steps[step.name] = step
    return CompiledFlow(
        flow=flow,
        steps=steps,
        initial=compiler.entries[flow.initial],
        entries=compiler.entries,
        groups=compiler.groups,
    )
