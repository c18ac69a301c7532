"""daisy-engine: a phone/voice agent as one YAML flow plus Jinja prompts.

The public API is small; everything else is internal and may change::

    from daisy_engine import load_flow, compile_flow, Conversation

    flow = load_flow("flows/daisy.yaml")          # raises FlowError with every located problem
    compiled = compile_flow(flow)                 # once per flow file, shared by all calls
    call = Conversation(compiled, locale="es-MX", context={"phone": "+5215512345678"})
    actions = await call.start()                  # Say / Instruct / SetTools / EndCall / ...
    actions = await call.user_turn("sí, dígame")

Names are imported on first use so that `import daisy_engine` stays cheap for the CLI.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load_flow": "daisy_engine.flow.loader",
    "validate_file": "daisy_engine.flow.loader",
    "FlowError": "daisy_engine.flow.loader",
    "ValidationResult": "daisy_engine.flow.loader",
    "Flow": "daisy_engine.flow.model",
    "compile_flow": "daisy_engine.compiler.expand",
    "CompiledFlow": "daisy_engine.compiler.table",
    "Diagnostic": "daisy_engine.diagnostics",
    "Conversation": "daisy_engine.runtime.conversation",
    "SQLiteStore": "daisy_engine.store.sqlite",
    "MemoryStore": "daisy_engine.store.memory",
    "Store": "daisy_engine.store.base",
}

__all__ = [
    "CompiledFlow",
    "Conversation",
    "Diagnostic",
    "Flow",
    "FlowError",
    "MemoryStore",
    "SQLiteStore",
    "Store",
    "ValidationResult",
    "compile_flow",
    "load_flow",
    "validate_file",
]

if TYPE_CHECKING:
    from daisy_engine.compiler.expand import compile_flow
    from daisy_engine.compiler.table import CompiledFlow
    from daisy_engine.diagnostics import Diagnostic
    from daisy_engine.flow.loader import FlowError, ValidationResult, load_flow, validate_file
    from daisy_engine.flow.model import Flow
    from daisy_engine.runtime.conversation import Conversation
    from daisy_engine.store.base import Store
    from daisy_engine.store.memory import MemoryStore
    from daisy_engine.store.sqlite import SQLiteStore


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'daisy_engine' has no attribute {name!r}")
    return getattr(import_module(module), name)
