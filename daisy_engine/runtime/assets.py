"""What every call of one compiled flow shares: its templates, slot types and context defaults.

Built once per flow (`FlowAssets.of(compiled)` keeps it on the compiled flow itself, so it lives and dies
with the flow: a worker that loads flow after flow does not keep every old one), so a new call costs only
its own small state.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from jinja2 import StrictUndefined, Undefined

from daisy_engine.compiler.table import CompiledFlow
from daisy_engine.flow.prompts import PromptLibrary
from daisy_engine.runtime.listening import intent_phrases, slot_names
from daisy_engine.runtime.slot_types import SlotTypes
from daisy_engine.runtime.tools import ToolRegistry

# A value that is exactly one `{{ expression }}` keeps the expression's type (`"{{ event.minutes }}"` is
# the number 10, not the text "10"), so tool arguments and `set:` values are not all strings.
_WHOLE_EXPRESSION = re.compile(r"^\s*\{\{(?P<expr>(?:(?!\{\{|\}\}|\{%).)*)\}\}\s*$", re.S)
_TRUE = ("true", "yes", "1", "sí", "si", "on")


# The attribute of a CompiledFlow its assets are kept in (a frozen dataclass: set with object.__setattr__).
_ATTRIBUTE = "_daisy_assets"


class FlowAssets:
    _build_lock = threading.Lock()

    def __init__(self, compiled: CompiledFlow) -> None:
        flow = compiled.flow
        self.compiled = compiled
        self.prompts = PromptLibrary(flow.prompts_dir, flow.locales)
        self.slot_types = SlotTypes(flow)
        # Tools are resolved once per flow; calls share the registry unless given their own (mocks).
        self.tools = ToolRegistry(flow)
        self.intent_phrases = intent_phrases(flow)
        self.defaults = {name: var.default for name, var in flow.context.items()}
        self.default_agent_name = flow.name.replace("_", " ").title()
        self._slot_names: dict[str, dict[str, frozenset[str]]] = {}
        self._reads_values: dict[tuple[str, str], bool] = {}

    @classmethod
    def of(cls, compiled: CompiledFlow) -> FlowAssets:
        """The shared assets of `compiled`, built on first use."""
        assets = getattr(compiled, _ATTRIBUTE, None)  # the common case, once built: no lock
        if assets is not None:
            return assets
        with cls._build_lock:
            assets = getattr(compiled, _ATTRIBUTE, None)
            if assets is None:
                assets = cls(compiled)
                object.__setattr__(compiled, _ATTRIBUTE, assets)
            return assets

    def reads_values(self, template: str | None, locale: str) -> bool:
        """Whether prompt `template` reads values of the call back (the summary: "Tractor 452, placas ...
        ¿Todo está correcto?"), rather than asking or offering something ("¿Le llamo en 15 minutos?")."""
        if not template:
            return False
        key = (template, locale)
        found = self._reads_values.get(key)
        if found is None:
            found = self._reads_values[key] = bool(self.prompts.reads(template, locale) & set(self.compiled.flow.slots))
        return found

    def slot_names(self, locale: str) -> dict[str, frozenset[str]]:
        """The words each slot is called by in `locale` (see `listening.slot_names`), built once."""
        names = self._slot_names.get(locale)
        if names is None:
            names = self._slot_names[locale] = slot_names(self.compiled, self.prompts, locale)
        return names

    def call_context(self, given: dict[str, Any]) -> dict[str, Any]:
        """The flow's context defaults overlaid with what the call was given (typed as declared)."""
        context = dict(self.defaults)
        for name, value in given.items():
            context[name] = self.coerce_context(name, value) if name in self.defaults else value
        return context

    def coerce_context(self, name: str, value: Any) -> Any:
        """Give a context value its declared type when it arrives as text (CLI options, templates)."""
        declared = self.compiled.flow.context.get(name)
        if declared is None or value is None:
            return value
        if declared.type == "integer" and isinstance(value, float) and value.is_integer():
            return int(value)
        if not isinstance(value, str):
            return value
        text = value.strip()
        try:
            if declared.type == "integer":
                return int(float(text)) if text else None
            if declared.type == "number":
                return float(text) if text else None
        except ValueError:
            return value
        if declared.type == "boolean":
            return text.lower() in _TRUE
        return value

    def agent_name(self, context: dict[str, Any]) -> str:
        return str(context.get("agent_name") or self.default_agent_name)

    @staticmethod
    def reads_variables(raw: Any) -> bool:
        """Whether `render_value(raw, ...)` reads its variables: only a text with a "{" in it (a template) does,
        wherever it is in `raw`; building them for a value with none (a tool with no templated setting) is
        wasted."""
        if isinstance(raw, str):
            return "{" in raw
        if isinstance(raw, dict):
            return any(FlowAssets.reads_variables(value) for value in raw.values())
        if isinstance(raw, list):
            return any(FlowAssets.reads_variables(value) for value in raw)
        return False

    def render_value(self, raw: Any, variables: dict[str, Any]) -> Any:
        """Render a designer's value: strings are templates, containers are rendered item by item."""
        if isinstance(raw, str):
            whole = _WHOLE_EXPRESSION.match(raw)
            if whole:
                value = self.prompts.evaluate(whole.group("expr"), variables)
                if isinstance(value, Undefined):
                    StrictUndefined._fail_with_undefined_error(value)  # type: ignore[attr-defined]
                return value
            return self.prompts.render_string(raw, variables) if "{" in raw else raw
        if isinstance(raw, dict):
            return {key: self.render_value(value, variables) for key, value in raw.items()}
        if isinstance(raw, list):
            return [self.render_value(value, variables) for value in raw]
        return raw
