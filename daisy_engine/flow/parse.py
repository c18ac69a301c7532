"""Turn schema-valid flow data into `Flow` specs (no checking beyond what the schema did)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from daisy_engine.flow.model import (
    ACTION_VERBS,
    Action,
    Agent,
    Callbacks,
    CollectItem,
    ContextVar,
    Flow,
    Intent,
    IntentHandler,
    Limits,
    Outbound,
    Policy,
    Silence,
    Slot,
    SlotPrompts,
    State,
    Tool,
    Transition,
)
from daisy_engine.flow.yaml_source import Path_, SourceMap

DEFAULT_POLICY = Policy()
DEFAULT_SILENCE = Silence()
DEFAULT_LIMITS = Limits()


def find_prompts_dir(flow_file: Path, name: str, declared: str | None) -> Path:
    """Where the flow's templates live: `prompts:` if given, else prompts/<name> beside or above the file."""
    base = flow_file.parent
    if declared:
        return (base / declared).resolve()
    for candidate in (base / "prompts" / name, base.parent / "prompts" / name):
        if candidate.is_dir():
            return candidate.resolve()
    return (base / "prompts" / name).resolve()


def parse_actions(items: list[dict[str, Any]] | None, path: Path_) -> tuple[Action, ...]:
    actions = []
    for index, item in enumerate(items or ()):
        verbs = [verb for verb in ACTION_VERBS if verb in item]
        # The checker reports items with zero or several verbs; keep the first so parsing stays total.
        verb = verbs[0] if verbs else "say"
        actions.append(Action(verb=verb, value=item.get(verb), path=path + (index,), args=item.get("args", {})))
    return tuple(actions)


def _handler(data: dict[str, Any], path: Path_) -> IntentHandler:
    return IntentHandler(
        path=path,
        to=data.get("to"),
        then=data.get("then"),
        say=data.get("say"),
        actions=parse_actions(data.get("actions"), path + ("actions",)),
    )


def _slot(name: str, data: dict[str, Any]) -> Slot:
    path: Path_ = ("slots", name)
    prompts = data.get("prompts", {})
    choices = data.get("choices")
    if isinstance(choices, list):
        choices = {choice: (choice,) for choice in choices}
    elif isinstance(choices, dict):
        choices = {key: tuple(values) for key, values in choices.items()}
    return Slot(
        name=name,
        type=data["type"],
        path=path,
        description=data.get("description", ""),
        pattern=data.get("pattern"),
        minimum=data.get("min"),
        maximum=data.get("max"),
        choices=choices,
        leading_zeros=data.get("leading_zeros", False),
        hours=data.get("hours"),
        future_only=data.get("future_only", False),
        with_time=data.get("with_time", False),
        confirm=data.get("confirm"),
        spell_back=data.get("spell_back", False),
        required=data.get("required", True),
        record=data.get("record", True),
        dtmf=data.get("dtmf", False),
        prompts=SlotPrompts(
            ask=prompts.get("ask", f"ask_{name}"),
            confirm=prompts.get("confirm", f"confirm_{name}"),
            spell=prompts.get("spell", f"spell_{name}"),
            reprompts=tuple(prompts.get("reprompts", ())),
        ),
    )


def _overrides(
    data: dict[str, Any] | None, path: Path_, flow_intents: dict[str, Intent],
) -> dict[str, IntentHandler | None]:
    """A state's (or a collect item's) `intents:` overrides."""
    intents: dict[str, IntentHandler | None] = {}
    for intent, override in (data or {}).items():
        if override is False:
            intents[intent] = None
        elif override is True:
            # `true` switches a non-global intent on here with the handler the flow declares for it.
            declared = flow_intents.get(intent)
            intents[intent] = declared.handler if declared else IntentHandler(path=path + ("intents", intent))
        else:
            intents[intent] = _handler(override, path + ("intents", intent))
    return intents


def _state(
    name: str, data: dict[str, Any], policy: Policy, silence: Silence, limits: Limits,
    flow_intents: dict[str, Intent],
) -> State:
    path: Path_ = ("states", name)
    collect = []
    for index, item in enumerate(data.get("collect", ())):
        item_path = path + ("collect", index)
        if isinstance(item, str):
            collect.append(CollectItem(slot=item, path=item_path))
        else:
            collect.append(
                CollectItem(
                    slot=item["slot"], path=item_path, prompts=item.get("prompts", {}), confirm=item.get("confirm"),
                    on_exhausted=item.get("on_exhausted"),
                    intents=_overrides(item.get("intents"), item_path, flow_intents),
                )
            )
    transitions = tuple(
        Transition(
            event=t["on"],
            to=t["to"],
            path=path + ("on", index),
            when=t.get("when"),
            actions=parse_actions(t.get("actions"), path + ("on", index, "actions")),
            say=t.get("say"),
        )
        for index, t in enumerate(data.get("on", ()))
    )
    intents = _overrides(data.get("intents"), path, flow_intents)
    state_silence = data.get("silence")
    return State(
        name=name,
        path=path,
        description=data.get("description", ""),
        say=data.get("say"),
        instruct=data.get("instruct"),
        tools=tuple(data.get("tools", ())),
        capture=data.get("capture"),
        collect=tuple(collect),
        policy=policy.merged(data.get("policy")),
        on_enter=parse_actions(data.get("on_enter"), path + ("on_enter",)),
        on_exit=parse_actions(data.get("on_exit"), path + ("on_exit",)),
        transitions=transitions,
        intents=intents,
        silence=None if state_silence is False else silence.merged(state_silence),
        limits=limits.merged(data.get("limits")),
        final=data.get("final", False),
    )


def parse_flow(data: dict[str, Any], source: SourceMap, file: Path) -> Flow:
    defaults = data.get("defaults", {})
    policy = DEFAULT_POLICY.merged(defaults.get("policy"))
    silence = DEFAULT_SILENCE.merged(defaults.get("silence"))
    limits = DEFAULT_LIMITS.merged(defaults.get("limits"))
    agent_data = data.get("agent", {})
    voice = agent_data.get("voice", {})
    if isinstance(voice, str):
        voice = {locale: voice for locale in data["locales"]}
    intents = {}
    for name, body in (data.get("intents") or {}).items():
        path: Path_ = ("intents", name)
        intents[name] = Intent(
            name=name,
            path=path,
            handler=_handler(body, path),
            description=body.get("description", ""),
            phrases={locale: tuple(p) for locale, p in (body.get("phrases") or {}).items()},
            is_global=body.get("global", True),
            outbound_only=body.get("outbound_only", False),
        )
    states = {name: _state(name, body, policy, silence, limits, intents) for name, body in data["states"].items()}
    tool_timeout = defaults.get("tool_timeout", 10.0)
    tools = {
        name: Tool(
            name=name,
            path=("tools", name),
            builtin=body.get("builtin"),
            python=body.get("python"),
            description=body.get("description", ""),
            parameters=body.get("parameters"),
            settings=body.get("settings", {}),
            timeout=body.get("timeout", tool_timeout),
            retries=body.get("retries", 0),
            on_error=body.get("on_error", "tool_error"),
        )
        for name, body in (data.get("tools") or {}).items()
    }
    return Flow(
        name=data["name"],
        file=file,
        source=source,
        locales=tuple(data["locales"]),
        prompts_dir=find_prompts_dir(file, data["name"], data.get("prompts")),
        initial=data.get("initial") or next(iter(states)),
        states=states,
        slots={name: _slot(name, body) for name, body in (data.get("slots") or {}).items()},
        intents=intents,
        tools=tools,
        context={
            name: ContextVar(name=name, type=body.get("type", "text"), description=body.get("description", ""),
                             default=body.get("default"))
            for name, body in (data.get("context") or {}).items()
        },
        agent=Agent(
            persona=agent_data.get("persona"),
            mode=agent_data.get("mode", "realtime"),
            model=agent_data.get("model"),
            voice=dict(voice),
            temperature=agent_data.get("temperature"),
            transcription=dict(agent_data.get("transcription") or {}),
            tts=dict(agent_data.get("tts") or {}),
            locales={name: dict(body or {}) for name, body in (agent_data.get("locales") or {}).items()},
        ),
        description=data.get("description", ""),
        policy=policy,
        silence=silence,
        limits=limits,
        tool_timeout=tool_timeout,
        callbacks=_callbacks(data.get("callbacks") or {}),
        outbound=Outbound(wait_for_callee=(data.get("outbound") or {}).get("wait_for_callee", 3.0)),
        switch_locale=bool(data.get("switch_locale", True)) and len(data["locales"]) > 1,
        raw=data,
    )


def _callbacks(data: dict[str, Any]) -> Callbacks:
    quiet = data.get("quiet_hours")
    start, _, end = quiet.partition("-") if isinstance(quiet, str) else ("", "", "")
    return Callbacks(
        max_attempts=data.get("max_attempts", 3),
        quiet_hours=(start, end) if start and end else None,
        timezone=data.get("timezone", "UTC"),
        retry_after=data.get("retry_after"),
    )
