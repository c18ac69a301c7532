"""The `text` slot: free text, cleaned; options["pattern"] (a regex) must match the whole of it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .normalize import clean


def extract_text(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    value = clean(text)
    if not value:
        return None
    pattern = (options or {}).get("pattern")
    if pattern:
        try:
            if not re.fullmatch(str(pattern), value):
                return None
        except re.error:
            return None
    return value
