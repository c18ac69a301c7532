"""Import designer-written `module:function` targets (python tools, custom slot types)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def import_target(target: str, base: Path) -> Callable[..., Any] | str:
    """The callable named `module:function`, importable from `base` (the flow's folder) or the cwd.

    Returns the callable, or a sentence saying why it cannot be had.
    """
    module_name, _, attribute = target.partition(":")
    for folder in (str(base), str(Path.cwd())):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # any error while importing user code is the user's to see
        return f"module '{module_name}' cannot be imported ({type(exc).__name__}: {exc})"
    function = getattr(module, attribute, None)
    if function is None:
        return f"module '{module_name}' has no '{attribute}'"
    if not callable(function):
        return f"'{target}' is not callable"
    return function
