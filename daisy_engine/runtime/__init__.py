"""The conversation runtime: one `Conversation` per call over a shared compiled flow.

Imports neither livekit nor typer: transports and the CLI build on it, not the other way round.
"""

from daisy_engine.runtime.actions import (
    Action,
    CallTool,
    EndCall,
    Instruct,
    Say,
    ScheduleCallback,
    SetLocale,
    SetTools,
    Transfer,
)
from daisy_engine.runtime.assets import FlowAssets
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.events import Event
from daisy_engine.runtime.masking import MaskingFilter, mask
from daisy_engine.runtime.tools import ToolContext, ToolError, ToolRegistry
from daisy_engine.runtime.variables import TEMPLATE_VARIABLES, template_variables

__all__ = [
    "TEMPLATE_VARIABLES",
    "Action",
    "CallTool",
    "Conversation",
    "EndCall",
    "Event",
    "FlowAssets",
    "Instruct",
    "MaskingFilter",
    "Say",
    "ScheduleCallback",
    "SetLocale",
    "SetTools",
    "ToolContext",
    "ToolError",
    "ToolRegistry",
    "Transfer",
    "mask",
    "template_variables",
]
