"""The flow language: YAML flow files, their schema, loading and static checks."""

from daisy_engine.flow.loader import FlowError, ValidationResult, load_flow, validate_file
from daisy_engine.flow.model import Flow

__all__ = ["Flow", "FlowError", "ValidationResult", "load_flow", "validate_file"]
