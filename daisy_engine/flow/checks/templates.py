"""Prompt templates: present for every locale, valid Jinja, reading only variables that exist.

Template problems point at the template file and line; a missing template points at the flow line
that names it.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path
from threading import Lock
from types import MappingProxyType

from jinja2 import Environment, TemplateSyntaxError, meta, nodes

from daisy_engine.diagnostics import Diagnostic, Mark, Severity, display_path
from daisy_engine.flow.checks._util import error, suggest
from daisy_engine.flow.model import Action, Flow
from daisy_engine.flow.prompts import TEMPLATE_SUFFIX, make_environment, parse_condition, template_file
from daisy_engine.flow.semantics import all_actions, slot_steps
from daisy_engine.flow.yaml_source import Path_


@dataclass(frozen=True)
class TemplateUse:
    name: str
    path: Path_  # where the flow names it


def template_uses(flow: Flow) -> list[TemplateUse]:
    """Every template the flow can render, with the flow path that names it (or implies it)."""
    uses: list[TemplateUse] = []
    add = uses.append
    if flow.agent.persona:
        add(TemplateUse(flow.agent.persona, ("agent", "persona")))
    for index, name in enumerate(flow.policy.reprompts):
        add(TemplateUse(name, ("defaults", "policy", "reprompts", index)))
    for index, name in enumerate(flow.silence.reprompts):
        add(TemplateUse(name, ("defaults", "silence", "reprompts", index)))
    for intent in flow.intents.values():
        if intent.handler.say:
            add(TemplateUse(intent.handler.say, intent.path + ("say",)))
    for state in flow.states.values():
        p = state.path
        if state.say:
            add(TemplateUse(state.say, p + ("say",)))
        if state.instruct:
            add(TemplateUse(state.instruct, p + ("instruct",)))
        for index, name in enumerate(state.policy.reprompts):
            add(TemplateUse(name, p + ("policy", "reprompts", index)))
        if state.silence is not None:
            for index, name in enumerate(state.silence.reprompts):
                add(TemplateUse(name, p + ("silence", "reprompts", index)))
        for transition in state.transitions:
            if transition.say:
                add(TemplateUse(transition.say, transition.path + ("say",)))
        for handler in state.handlers:
            if handler.say:
                add(TemplateUse(handler.say, handler.path + ("say",)))
        for item in state.collect:
            slot = flow.slots.get(item.slot)
            if slot is None:
                continue
            steps = slot_steps(flow, state, item, slot)
            wanted = {"ask": slot.prompts.ask}
            if steps.confirm:
                wanted["confirm"] = slot.prompts.confirm
            if steps.spell:
                wanted["spell"] = slot.prompts.spell
            for kind, default in wanted.items():
                if kind in item.prompts:
                    add(TemplateUse(item.prompts[kind], item.path + ("prompts", kind)))
                elif f"{kind}" in _declared_prompts(flow, slot.name):
                    add(TemplateUse(default, slot.path + ("prompts", kind)))
                else:
                    add(TemplateUse(default, item.path))
            reprompts = item.prompts.get("reprompts")
            if reprompts is not None:
                for index, name in enumerate(reprompts):
                    add(TemplateUse(name, item.path + ("prompts", "reprompts", index)))
            else:
                for index, name in enumerate(slot.prompts.reprompts):
                    add(TemplateUse(name, slot.path + ("prompts", "reprompts", index)))
    for action_path, name in _say_actions(flow):
        add(TemplateUse(name, action_path))
    return uses


def _declared_prompts(flow: Flow, slot: str) -> dict[str, object]:
    raw = flow.raw.get("slots", {}).get(slot, {})
    return raw.get("prompts", {}) if isinstance(raw, dict) else {}


def _say_actions(flow: Flow) -> Iterator[tuple[Path_, str]]:
    def from_actions(actions: Iterable[Action]) -> Iterator[tuple[Path_, str]]:
        for action in actions:
            if action.verb == "say" and isinstance(action.value, str):
                yield action.path + ("say",), action.value

    for state in flow.states.values():
        yield from from_actions(state.on_enter)
        yield from from_actions(state.on_exit)
        for transition in state.transitions:
            yield from from_actions(transition.actions)
        for handler in state.handlers:
            yield from from_actions(handler.actions)
    for intent in flow.intents.values():
        yield from from_actions(intent.handler.actions)


class _TemplateInfo:
    """What a template reads; read-only, since one analysis serves every check of the same text."""

    def __init__(self, variables: dict[str, int], results: dict[str, int], includes: set[str]) -> None:
        self.variables: Mapping[str, int] = MappingProxyType(variables)  # name -> first line used
        self.results: Mapping[str, int] = MappingProxyType(results)  # results.<tool> -> first line
        self.includes = frozenset(includes)


# Nodes that declare names or change scopes. A template without any (text, `{{ }}`, `{% if %}`) reads
# every name from the context, so its undeclared variables are simply the names it loads; only the others
# need Jinja's own analysis, which generates the template's code (most of a large flow's validation time).
_SCOPING = (
    nodes.Assign,
    nodes.AssignBlock,
    nodes.For,
    nodes.Macro,
    nodes.CallBlock,
    nodes.FilterBlock,
    nodes.With,
    nodes.Import,
    nodes.FromImport,
    nodes.Include,
    nodes.Extends,
    nodes.Block,
    nodes.Scope,
    nodes.OverlayScope,
    nodes.ScopedEvalContextModifier,
)


def _undeclared(env: Environment, tree: nodes.Template) -> set[str]:
    if any(True for _ in tree.find_all(_SCOPING)):
        return meta.find_undeclared_variables(tree) - set(env.globals)
    # `self` is the template's own reference, never a context variable (Jinja declares it too).
    return {node.name for node in tree.find_all(nodes.Name) if node.ctx == "load"} - set(env.globals) - {"self"}


def _unknown_filters(env: Environment, tree: nodes.Node) -> None:
    """Raise a syntax error at the first filter or test the environment does not have: Jinja only finds
    them when it compiles the template, which for a prompt is mid-call (the call would break at the line)."""
    for node in [tree, *tree.find_all((nodes.Filter, nodes.Test))]:  # an expression may be one itself
        if not isinstance(node, nodes.Filter | nodes.Test):
            continue
        known = env.filters if isinstance(node, nodes.Filter) else env.tests
        if node.name not in known:
            kind = "filter" if isinstance(node, nodes.Filter) else "test"
            near = get_close_matches(node.name, list(known), n=1)
            raise TemplateSyntaxError(
                f"no {kind} named '{node.name}'" + (f" (did you mean '{near[0]}'?)" if near else ""), node.lineno
            )


def _analyse(env: Environment, source: str) -> _TemplateInfo:
    tree = env.parse(source)
    _unknown_filters(env, tree)
    undeclared = _undeclared(env, tree)
    variables: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name in undeclared:
            variables.setdefault(node.name, node.lineno)
    results: dict[str, int] = {}
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name == "results":
            results.setdefault(node.attr, node.lineno)
    includes = {
        str(ref)[: -len(TEMPLATE_SUFFIX)] if str(ref).endswith(TEMPLATE_SUFFIX) else str(ref)
        for ref in meta.find_referenced_templates(tree)
        if ref is not None
    }
    return _TemplateInfo(variables, results, includes)


@lru_cache(maxsize=1)
def _analysis_environment() -> Environment:
    return make_environment()


# The analyses remembered, by template text, most recently used last; bounded by the characters of the
# texts they are keyed by (an entry count alone would let 4,096 big templates, each edit of one a new key,
# hold gigabytes in a long-lived process such as an editor's checker).
_ANALYSED: OrderedDict[str, _TemplateInfo] = OrderedDict()
_ANALYSED_BUDGET = 4 * 1024 * 1024  # characters of template text remembered at most
_analysed_size = 0
_analysed_lock = Lock()


def _analysed(source: str) -> _TemplateInfo:
    """`_analyse` of `source`, remembered: a template's text always gives the same analysis (which names it
    reads is a matter of its text, not of the flow), and parsing it is most of what `validate` spends.
    A process that validates flows again and again (an editor's checker, `daisy-engine test`, a test
    suite) parses each prompt text once. What the flow allows is checked against it on every call; a
    syntax error is not remembered (the exception is raised again). The texts least recently used are
    forgotten beyond `_ANALYSED_BUDGET` characters; a text larger than a quarter of it is never kept."""
    global _analysed_size
    with _analysed_lock:
        info = _ANALYSED.get(source)
        if info is not None:
            _ANALYSED.move_to_end(source)
            return info
    info = _analyse(_analysis_environment(), source)
    if len(source) > _ANALYSED_BUDGET // 4:
        return info
    with _analysed_lock:
        if source not in _ANALYSED:
            _ANALYSED[source] = info
            _analysed_size += len(source)
            while _analysed_size > _ANALYSED_BUDGET:
                forgotten, _ = _ANALYSED.popitem(last=False)
                _analysed_size -= len(forgotten)
    return info


def forget_analyses() -> None:
    """Forget every remembered analysis: what a process validating a flow for the first time pays (the
    benchmark measures that, so its figures stay comparable with the rounds before the memo existed)."""
    global _analysed_size
    with _analysed_lock:
        _ANALYSED.clear()
        _analysed_size = 0


def _expression_info(expression: nodes.Expr, builtin: set[str]) -> _TemplateInfo:
    """What a `when:` expression reads (an expression binds no names of its own; `builtin` are the
    environment's globals, such as `range`)."""
    variables: dict[str, int] = {}
    for node in [expression, *expression.find_all(nodes.Name)]:
        if isinstance(node, nodes.Name) and node.ctx == "load" and node.name not in builtin:
            variables.setdefault(node.name, node.lineno)
    results: dict[str, int] = {}
    for node in [expression, *expression.find_all(nodes.Getattr)]:
        if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "results":
            results.setdefault(node.attr, node.lineno)
    return _TemplateInfo(variables, results, set())


def check(flow: Flow) -> list[Diagnostic]:
    return [*_check(flow), *check_inline(flow)]


def _check(flow: Flow) -> Iterator[Diagnostic]:
    allowed = flow.template_variables()
    missing_dirs = [loc for loc in flow.locales if not (flow.prompts_dir / loc).is_dir()]
    for locale in missing_dirs:
        near = _near_prompts_dir(flow, locale)
        yield error(
            flow,
            "E406",
            f"no prompt folder for {locale}: {display_path(flow.prompts_dir / locale)}",
            ("locales",),
            (f"{display_path(near / locale)}/ is there: did you mean `name: {near.name}` (the prompts sub-folder "
             f"is the flow's name), or set `prompts: {_relative(near, flow.file.parent)}`"
             if near is not None and "prompts" not in flow.raw else
             f"{display_path(near / locale)}/ is there: did you mean `prompts: {_relative(near, flow.file.parent)}`?"
             if near is not None else
             f"create {display_path(flow.prompts_dir / locale)}/ with the templates, or set "
             "`prompts:` to the folder that holds <locale>/ folders"),
        )
    uses = template_uses(flow)
    analysed: dict[Path, _TemplateInfo | None] = {}
    reported_missing: set[tuple[str, str]] = set()
    not_found: dict[str, Path_] = {}  # template name -> the flow path that asks for it, for E401
    referenced: set[str] = set()
    pending: list[tuple[str, Path_, str | None]] = [(use.name, use.path, None) for use in uses]
    seen: set[str] = set()
    while pending:
        name, flow_path, includer = pending.pop(0)
        if name in seen:  # every use of a template reads the same files: check them once
            continue
        seen.add(name)
        per_locale: dict[str, _TemplateInfo] = {}
        for locale in flow.locales:
            if locale in missing_dirs:
                continue
            file = flow.prompts_dir / locale / f"{name}{TEMPLATE_SUFFIX}"
            if template_file(flow.prompts_dir, locale, name) is None:
                if (name, locale) not in reported_missing:
                    reported_missing.add((name, locale))
                    by = f" (included by '{includer}')" if includer else ""
                    yield error(flow, "E407", f"template '{name}'{by} is outside the prompts folder for {locale} "
                                f"({display_path(flow.prompts_dir / locale)})", flow_path,
                                "templates and what they include must be files inside that folder (no `..`)")
                continue
            if not file.is_file():
                if (name, locale) not in reported_missing:
                    reported_missing.add((name, locale))
                    known = {p.stem for p in (flow.prompts_dir / locale).glob(f"*{TEMPLATE_SUFFIX}")}
                    close = suggest(name, known, "templates", cutoff=0.85)  # ask_x vs confirm_x is no typo
                    not_found.setdefault(name, flow_path)
                    yield error(
                        flow,
                        "E401",
                        f"template '{name}' not found for {locale} (expected {display_path(file)})",
                        flow_path,
                        f"create the file; {close}" if close.startswith("did") else "create the file",
                    )
                continue
            if file not in analysed:
                analysed[file] = None
                yield from _analyse_file(flow, file, allowed, analysed)
            info = analysed[file]
            if info is not None:
                per_locale[locale] = info
                for include in info.includes:
                    if include not in referenced:
                        pending.append((include, flow_path, name))
            referenced.add(name)
        yield from _parity(flow, name, per_locale)
    yield from _unused(flow, referenced, missing_dirs, not_found)


def _near_prompts_dir(flow: Flow, locale: str) -> Path | None:
    """A folder beside the one looked for, with a close name, that holds the locale's folder (`name: metre`
    with the templates in prompts/meter/): the typo behind a missing prompts folder."""
    parent = flow.prompts_dir.parent
    try:
        siblings = {entry.name: entry for entry in parent.iterdir() if (entry / locale).is_dir()}
    except OSError:
        return None
    for taken in _other_flows(flow):
        # prompts/clinic/ beside flows/clinic.yaml is that flow's, not a typo of `name: clinic_reminder`:
        # naming it would send the designer to edit another flow's templates
        siblings.pop(taken, None)
    close = get_close_matches(flow.prompts_dir.name, list(siblings), n=1, cutoff=0.6)
    return siblings[close[0]] if close else None


_FLOW_NAME = re.compile(r"^name:[ \t]*['\"]?([a-z][a-z0-9_]*)['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)


def _other_flows(flow: Flow) -> set[str]:
    """The names of the other flow files beside this one (their `name:`), whose prompts folders are theirs."""
    names: set[str] = set()
    try:
        files = [f for f in flow.file.parent.iterdir() if f.suffix in (".yaml", ".yml") and f != flow.file]
    except OSError:
        return names
    for file in files[:200]:  # a folder of thousands of files is no flows folder: look at a bounded few
        try:
            with file.open(encoding="utf-8", errors="replace") as handle:
                head = handle.read(8192)
        except OSError:
            continue
        if re.search(r"^version:", head, re.MULTILINE):
            names.update(_FLOW_NAME.findall(head))
    names.discard(flow.name)
    return names


def _relative(folder: Path, base: Path) -> str:
    try:
        return os.path.relpath(folder, base.resolve())
    except ValueError:  # another drive (Windows)
        return str(folder)


def _column(source: str, line: int, name: str) -> int:
    """The 1-based column of `name` read as a variable on `line` (inside `{{ }}` or `{% %}`), else 1: Jinja's
    nodes carry a line but no column, and an editor should land on the word."""
    lines = source.splitlines()
    if not 0 < line <= len(lines):
        return 1
    text = lines[line - 1]
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    for block in re.finditer(r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)", text):
        found = word.search(text, block.start(), block.end())
        if found:
            return found.start() + 1
    found = word.search(text)
    return found.start() + 1 if found else 1


def _analyse_file(
    flow: Flow, file: Path, allowed: set[str], analysed: dict[Path, _TemplateInfo | None]
) -> Iterator[Diagnostic]:
    try:
        source = file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Diagnostic(
            "E402", f"cannot read template: {exc}", Mark(display_path(file), 1, 1), hint="save it as UTF-8 text"
        )
        return
    try:
        info = _analysed(source)
    except TemplateSyntaxError as exc:
        yield Diagnostic(
            "E402",
            f"Jinja syntax error: {exc.message}",
            Mark(display_path(file), exc.lineno or 1, 1),
            hint="check {{ }}, {% %} pairs and filter names (Jinja's own, `readback` and `at_time`)",
        )
        return
    analysed[file] = info
    if all(name in allowed for name in info.variables) and all(tool in flow.tools for tool in info.results):
        return  # nothing to report: no need to work out how to show the path (it resolves symlinks)
    shown = display_path(file)
    for name, line in sorted(info.variables.items(), key=lambda item: item[1]):
        if name not in allowed:
            yield Diagnostic(
                "E403",
                f"template uses undefined variable '{name}'",
                Mark(shown, line, _column(source, line, name)),
                hint=suggest(name, allowed, "variables") + "; slots, context variables and built-ins are available",
            )
    for tool, line in info.results.items():
        if tool not in flow.tools:
            yield Diagnostic(
                "E404",
                f"`results.{tool}`: no tool named '{tool}'",
                Mark(shown, line, _column(source, line, f"results.{tool}")),
                hint=suggest(tool, flow.tools, "tools"),
            )


def _parity(flow: Flow, name: str, per_locale: dict[str, _TemplateInfo]) -> Iterator[Diagnostic]:
    if len(per_locale) < 2:
        return
    reference_locale = next(iter(per_locale))
    reference = set(per_locale[reference_locale].variables)
    for locale, info in per_locale.items():
        if locale == reference_locale:
            continue
        variables = set(info.variables)
        if variables != reference:
            only_here = sorted(variables - reference)
            only_there = sorted(reference - variables)
            parts = []
            if only_here:
                parts.append(f"uses {', '.join(only_here)} which {reference_locale} does not")
            if only_there:
                parts.append(f"does not use {', '.join(only_there)} which {reference_locale} uses")
            file = flow.prompts_dir / locale / f"{name}{TEMPLATE_SUFFIX}"
            yield Diagnostic(
                "W405",
                f"template '{name}' for {locale} " + " and ".join(parts),
                Mark(display_path(file), 1, 1),
                severity=Severity.WARNING,
                hint="translations should say the same things; use the same variables",
            )


def _unused(
    flow: Flow, referenced: set[str], missing_dirs: list[str], not_found: dict[str, Path_]
) -> Iterator[Diagnostic]:
    """Templates nothing uses. One whose name is close to a template the flow asks for and lacks is the other
    half of a typo (a slot `meter_numbr` asks with `ask_meter_numbr`; the file is `ask_meter_number.j2`): the
    hint names both, and where the flow's name comes from, so one rename fixes the two reports."""
    for locale in flow.locales:
        if locale in missing_dirs:
            continue
        folder = flow.prompts_dir / locale
        for file in sorted(folder.rglob(f"*{TEMPLATE_SUFFIX}")):
            name = str(file.relative_to(folder))[: -len(TEMPLATE_SUFFIX)]
            if name not in referenced:
                close = get_close_matches(name, list(not_found), n=1, cutoff=0.85)
                if close:
                    mark = flow.source.value(not_found[close[0]])
                    message = (f"template '{name}' is never used by the flow, which looks for '{close[0]}' "
                               f"({mark.file}:{mark.line}:{mark.column}) instead")
                    # the flow's name is the likelier typo (the file was named on purpose): offered first
                    hint = (f"a typo in one of the two: fix the name at that line (a slot's templates are named "
                            f"after the slot) if '{name}' is right, else rename the file to "
                            f"{close[0]}{TEMPLATE_SUFFIX}")
                else:
                    message = f"template '{name}' is never used by the flow"
                    hint = "remove it, or reference it from a state, slot or action"
                yield Diagnostic("W407", message, Mark(display_path(file), 1, 1), severity=Severity.WARNING,
                                 hint=hint)


def _strings(value: object, path: Path_) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))


def inline_templates(flow: Flow) -> Iterator[tuple[Path_, str, bool]]:
    """Jinja written inside the flow file: `when:` expressions and action values (path, source, is_expr)."""
    for state in flow.states.values():
        for transition in state.transitions:
            if transition.when is not None:
                yield transition.path + ("when",), transition.when, True
    for action in all_actions(flow):
        if action.verb in ("call", "set", "transfer", "reschedule"):
            target = action.args if action.verb == "call" else action.value
            base = action.path + (("args",) if action.verb == "call" else (action.verb,))
            for path, text in _strings(target, base):
                if "{{" in text or "{%" in text:
                    yield path, text, False


def check_inline(flow: Flow) -> list[Diagnostic]:
    env = make_environment()
    allowed = flow.template_variables()
    found: list[Diagnostic] = []
    for path, text, is_expression in inline_templates(flow):
        if is_expression:
            try:
                expression = parse_condition(text)
            except Exception:  # a bad `when:` is reported once, as E211
                continue
            try:
                _unknown_filters(env, expression)
            except TemplateSyntaxError as exc:
                found.append(error(flow, "E402", exc.message or "unknown filter", path,
                                   "use one of Jinja's filters, `readback` or `at_time`"))
                continue
            info = _expression_info(expression, set(env.globals))
        else:
            try:
                info = _analysed(text)
            except TemplateSyntaxError as exc:
                found.append(error(flow, "E402", f"Jinja syntax error: {exc.message}", path,
                                   "check {{ }} and {% %} pairs"))
                continue
        for name in sorted(info.variables):
            if name not in allowed:
                found.append(
                    error(flow, "E403", f"undefined variable '{name}'", path, suggest(name, allowed, "variables"))
                )
        for tool in info.results:
            if tool not in flow.tools:
                found.append(
                    error(
                        flow,
                        "E404",
                        f"`results.{tool}`: no tool named '{tool}'",
                        path,
                        suggest(tool, flow.tools, "tools"),
                    )
                )
    return found
