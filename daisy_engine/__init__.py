"""daisy-engine: a phone/voice agent as one YAML flow plus Jinja prompts.

The public API is small; everything else is internal and may change::

    from daisy_engine import load_flow, compile_flow, Conversation

    flow = load_flow("flows/daisy.yaml")          # raises FlowError with every located problem
    compiled = compile_flow(flow)                 # once per flow file, shared by all calls
    call = Conversation(compiled, locale="es-MX", context={"phone": "+5215512345678"})
    actions = await call.start()                  # Say / Instruct / SetTools / EndCall / ...
    actions = await call.user_turn("sí, dígame")

Every error raised on purpose is a `DaisyError` (the tree is drawn in `daisy_engine.errors`).

Names are imported on first use so that `import daisy_engine` stays cheap for the CLI. The import block
below is the one list of public names: editors read it as written, and at run time `__all__` and the
lazy imports are taken from it (the layout of SPEC 1, "lazy loading of submodules and functions").
"""

import ast as _ast
import typing as _typing
from importlib import import_module as _import_module
from pathlib import Path as _Path

__version__ = "0.1.0"

if _typing.TYPE_CHECKING:  # `X as X`: re-exported, for editors, type checkers and linters
    from daisy_engine.compiler.expand import compile_flow as compile_flow
    from daisy_engine.compiler.table import CompiledFlow as CompiledFlow
    from daisy_engine.diagnostics import Diagnostic as Diagnostic
    from daisy_engine.errors import DaisyError as DaisyError
    from daisy_engine.flow.loader import FlowError as FlowError
    from daisy_engine.flow.loader import ValidationResult as ValidationResult
    from daisy_engine.flow.loader import load_flow as load_flow
    from daisy_engine.flow.loader import validate_file as validate_file
    from daisy_engine.flow.model import Flow as Flow
    from daisy_engine.runtime.actions import Action as Action
    from daisy_engine.runtime.actions import CallTool as CallTool
    from daisy_engine.runtime.actions import EndCall as EndCall
    from daisy_engine.runtime.actions import Instruct as Instruct
    from daisy_engine.runtime.actions import Say as Say
    from daisy_engine.runtime.actions import ScheduleCallback as ScheduleCallback
    from daisy_engine.runtime.actions import SetLocale as SetLocale
    from daisy_engine.runtime.actions import SetTools as SetTools
    from daisy_engine.runtime.actions import Transfer as Transfer
    from daisy_engine.runtime.conversation import Conversation as Conversation
    from daisy_engine.runtime.tools.context import ToolError as ToolError
    from daisy_engine.store.base import Store as Store
    from daisy_engine.store.memory import MemoryStore as MemoryStore
    from daisy_engine.store.records import NewRecord as NewRecord
    from daisy_engine.store.records import Record as Record
    from daisy_engine.store.records import RecordUpdate as RecordUpdate
    from daisy_engine.store.sqlite import RecordsFileError as RecordsFileError
    from daisy_engine.store.sqlite import SQLiteStore as SQLiteStore


def _public_names() -> dict[str, str]:
    """Each name imported in the `TYPE_CHECKING` block above, with the module it comes from."""
    tree = _ast.parse(_Path(__file__).read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, _ast.If) and "TYPE_CHECKING" in _ast.unparse(node.test))
    return {
        alias.asname or alias.name: str(node.module)
        for node in block.body
        if isinstance(node, _ast.ImportFrom)
        for alias in node.names
    }


_EXPORTS = _public_names()
__all__ = sorted(_EXPORTS, key=str.casefold)


def __getattr__(name: str) -> _typing.Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'daisy_engine' has no attribute {name!r}")
    return getattr(_import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
