"""Tools a flow binds: built-ins (save_record, end_call, transfer, reschedule, log_complaint, http,
email) and designer functions (`module:function`)."""

from daisy_engine.runtime.tools.context import CallControl, ToolContext, ToolError
from daisy_engine.runtime.tools.registry import BUILTINS, ToolImpl, ToolRegistry, mocked

__all__ = ["BUILTINS", "CallControl", "ToolContext", "ToolError", "ToolImpl", "ToolRegistry", "mocked"]
