"""The built-in intent phrase lists shipped with the package (`data/intents.<lang>.yaml`), read and parsed once.

`intents` matches a caller's words against them; `normalize` takes the `repeat` intent's `line_check` phrases from
the same file (a line check asked inside a value is a pause). One reader for both, so the file is read once and
the two can never read it differently. It imports nothing of the package: `normalize`, which everything imports,
can use it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


# Keyed by the language only (the shipped data), never a caller's words: no `turn_cache`.
@lru_cache(maxsize=2)
def builtin_intent_data(lang: str) -> dict[str, Any]:
    """`data/intents.<lang>.yaml` as parsed: `{intent: {kind: [phrase, ...]}}`. Shared: read it, never change it."""
    raw = resources.files(__package__).joinpath("data").joinpath(f"intents.{lang}.yaml").read_text("utf-8")
    return yaml.safe_load(raw) or {}
