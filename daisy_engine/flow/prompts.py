"""Prompt templates: one sandboxed Jinja environment per flow, templates looked up per locale.

Templates are the designer's source; a caller's words only ever reach them as variable values, so a
caller saying "{{ 7*7 }}" is spoken back literally and never evaluated.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, nodes, pass_context
from jinja2.sandbox import ImmutableSandboxedEnvironment

TEMPLATE_SUFFIX = ".j2"


@pass_context
def _readback_filter(context: Any, value: Any, slot_type: str = "text", spell: bool = True) -> str:
    """`{{ tractor_plate | readback('plate') }}`: a value read back the way the engine confirms it."""
    if value is None:
        return ""
    from daisy_engine.understanding import readback

    locale = context.get("locale") or "en-US"
    # The caller's turn a confirmed slot's value came from: a time said on the 24-hour dial is read on it
    # in the summary too, as at its read-back.
    said = next((s for held, s in (context.get("_said_for") or {}).values() if held == value and held is not None),
                None)
    options = _options_of(context, value, slot_type)
    return str(readback(slot_type, value, locale, spell=spell, said=said, options=options))


def _options_of(context: Any, value: Any, slot_type: str) -> dict[str, Any] | None:
    """The options of the slot of type `slot_type` that holds `value` (else of the first of that type whose options
    know it: a key `set` on a context variable), or None: a `choice` key is read in the words its slot lists for it
    ("Jueves", "next week"), as at its read-back, never as the key the flow compares ("thursday", "next_week")."""
    slots = context.get("_slots") or {}
    of_type = [slot for slot in slots.values() if getattr(slot, "type", None) == slot_type]
    if not of_type or not isinstance(value, str | int | float):
        return None
    held = [slot for slot in of_type if context.get(slot.name) == value]
    known = [slot for slot in of_type if slot.choices and str(value) in slot.choices]
    chosen = held or known
    return chosen[0].options() if chosen else None


@pass_context
def _at_time_filter(context: Any, value: Any) -> str:
    """`{{ readback | at_time }}`: a time read back with the words that say it is the time at which ("a la 1 de
    la tarde", "a las 5 de la tarde", "at 5 PM"): a template never writes "a las 1"."""
    if value is None:
        return ""
    from daisy_engine.understanding.normalize import lang_of
    from daisy_engine.understanding.readback import time_at

    return time_at(str(value), lang_of(context.get("locale") or "en-US"))


def make_environment(loader: FileSystemLoader | None = None) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        # Templates do not change under a running call; checking the disk on every render costs a stat.
        auto_reload=False,
    )
    env.filters["readback"] = _readback_filter
    env.filters["at_time"] = _at_time_filter
    return env


def template_file(prompts_dir: Path, locale: str, name: str) -> Path | None:
    """The file of template `name` for `locale`, or None when the name points outside that locale's
    folder (a `..` part, an absolute name, or a link that leads out): templates and the templates they
    include always come from the flow's own prompts folder."""
    if name.startswith("/") or ".." in name.replace("\\", "/").split("/"):
        return None
    folder = (prompts_dir / locale).resolve()
    file = folder / f"{name}{TEMPLATE_SUFFIX}"
    try:
        resolved = file.resolve()
    except (OSError, RuntimeError):  # a link loop
        return None
    return file if resolved.is_relative_to(folder) else None


class PromptLibrary:
    """The templates of one flow: `prompts/<flow>/<locale>/<name>.j2`."""

    def __init__(self, prompts_dir: Path, locales: tuple[str, ...]) -> None:
        self.prompts_dir = prompts_dir
        self.locales = locales
        self._envs = {
            locale: make_environment(FileSystemLoader(str(prompts_dir / locale))) for locale in locales
        }
        self._expressions = make_environment()

    def path(self, name: str, locale: str) -> Path:
        return self.prompts_dir / locale / f"{name}{TEMPLATE_SUFFIX}"

    def exists(self, name: str, locale: str) -> bool:
        return template_file(self.prompts_dir, locale, name) is not None and self.path(name, locale).is_file()

    def names(self, locale: str) -> set[str]:
        folder = self.prompts_dir / locale
        if not folder.is_dir():
            return set()
        return {
            str(p.relative_to(folder))[: -len(TEMPLATE_SUFFIX)]
            for p in folder.rglob(f"*{TEMPLATE_SUFFIX}")
            if p.is_file()
        }

    def render(self, name: str, locale: str, variables: Mapping[str, Any]) -> str:
        """Render a template; raises jinja2 errors (TemplateNotFound, UndefinedError...) to the caller."""
        env = self._envs.get(locale) or self._envs[self.locales[0]]
        template = env.get_template(f"{name}{TEMPLATE_SUFFIX}")
        return " ".join(template.render(**variables).split())

    def reads(self, name: str, locale: str) -> set[str]:
        """The top-level variables template `name` reads (empty when there is no such template)."""
        env = self._envs.get(locale) or self._envs[self.locales[0]]
        try:
            source, _, _ = env.loader.get_source(env, f"{name}{TEMPLATE_SUFFIX}")  # type: ignore[union-attr]
        except TemplateNotFound:
            return set()
        return referenced_names(env, source)[0]

    def render_string(self, source: str, variables: Mapping[str, Any]) -> str:
        """Render a short designer-written template string from the flow file (action arguments)."""
        return _compile_string(self._expressions, source).render(**variables)

    def evaluate(self, expression: str, variables: Mapping[str, Any]) -> Any:
        """Evaluate a `when:` condition."""
        return _compile_expression(self._expressions, expression)(**variables)


_CONDITIONS = None


def parse_condition(expression: str) -> nodes.Expr:
    """The syntax tree of a `when:` expression, parsed exactly as `compile_expression` parses it (so
    what passes here evaluates at run time) but without generating code: `validate` reads thousands of
    conditions. Raises TemplateSyntaxError."""
    return _parse_condition(expression)


@lru_cache(maxsize=8192)
def _parse_condition(expression: str) -> nodes.Expr:
    from jinja2 import TemplateSyntaxError
    from jinja2.parser import Parser

    global _CONDITIONS
    if _CONDITIONS is None:
        _CONDITIONS = make_environment()
    parser = Parser(_CONDITIONS, expression, state="variable")
    result = parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno, None, None)
    return result


@lru_cache(maxsize=1024)
def _compile_expression(env: ImmutableSandboxedEnvironment, expression: str) -> Any:
    return env.compile_expression(expression, undefined_to_none=False)


@lru_cache(maxsize=1024)
def _compile_string(env: ImmutableSandboxedEnvironment, source: str) -> Any:
    return env.from_string(source)


def referenced_names(env: ImmutableSandboxedEnvironment, source: str) -> tuple[set[str], dict[str, set[str]]]:
    """Top-level variables a template reads, and the attributes read from each (`results.lookup`)."""
    from jinja2 import meta

    tree = env.parse(source)
    names = set(meta.find_undeclared_variables(tree))
    attributes: dict[str, set[str]] = {}
    for getattr_node in tree.find_all(nodes.Getattr):
        if isinstance(getattr_node.node, nodes.Name) and getattr_node.node.name in names:
            attributes.setdefault(getattr_node.node.name, set()).add(getattr_node.attr)
    return names, attributes


__all__ = ["PromptLibrary", "TemplateNotFound", "make_environment", "referenced_names"]
