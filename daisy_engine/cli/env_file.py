"""A `.env` file in the working directory, read before the voice commands look at the environment.

`KEY=VALUE` lines (optionally `export KEY=VALUE`, values optionally quoted, `#` comments). Variables
already set in the environment win: a `.env` never overrides what the shell says.
"""

from __future__ import annotations

import os
from pathlib import Path


def load_env_file(path: Path | None = None) -> list[str]:
    """Set the variables of `path` (default ./.env) that the environment does not have; returns their
    names. A missing or unreadable file sets nothing."""
    path = path or Path.cwd() / ".env"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    added = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        name, sep, value = line.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name.isidentifier():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        if name not in os.environ:
            os.environ[name] = value
            added.append(name)
    return added
