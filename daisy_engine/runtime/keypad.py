"""Keypad (DTMF) digits arrive one key at a time on a phone call; an entry ends with `#`.

Transports that get single key presses (LiveKit's `sip_dtmf_received`) collect them here and hand the
finished entry to `Conversation.keypad()`. `*` starts the entry over, as on most phone menus.
"""

from __future__ import annotations

MAX_KEYS = 32
"""Keys kept for one entry: a caller leaning on the keypad cannot grow it without bound."""


class KeypadBuffer:
    """Key presses of one call, until `#` ends the entry."""

    __slots__ = ("_keys",)

    def __init__(self) -> None:
        self._keys: list[str] = []

    @property
    def pending(self) -> str:
        """The keys pressed since the last entry ended."""
        return "".join(self._keys)

    def press(self, key: str) -> str | None:
        """One key (0-9, *, #; anything else is ignored). Returns the finished entry (its digits,
        possibly empty) when the key is `#`, else None."""
        key = key.strip()
        if key == "#":
            entry, self._keys = "".join(self._keys), []
            return entry
        if key == "*":
            self._keys.clear()
        elif len(key) == 1 and key.isascii() and key.isdigit() and len(self._keys) < MAX_KEYS:
            self._keys.append(key)
        return None

    def flush(self) -> str | None:
        """The keys pressed so far as an entry (the caller stopped keying without `#`), or None."""
        if not self._keys:
            return None
        entry, self._keys = "".join(self._keys), []
        return entry
