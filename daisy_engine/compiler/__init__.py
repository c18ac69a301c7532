"""Compiler: a validated `Flow` → an immutable `CompiledFlow` table (and a `transitions` machine)."""

from daisy_engine.compiler.expand import compile_flow
from daisy_engine.compiler.table import STAY, CompiledFlow, Edge, Step

__all__ = ["STAY", "CompiledFlow", "Edge", "Step", "compile_flow"]
