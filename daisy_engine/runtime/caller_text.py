"""Caller text made safe once, where it enters a call (`Conversation.user_turn`).

A turn comes from speech-to-text or from a terminal, and a terminal can send anything: ANSI escape
sequences ("\\x1b[31m", whose digits would otherwise read as a number), control characters, bytes
that are not UTF-8 (decoded with surrogates), or a whole file pasted in one line. What the call hears,
stores and prints is the text without escape sequences and control characters (line breaks and tabs
become spaces), with undecodable characters as U+FFFD, and at most `MAX_TURN_CHARS` characters.
"""

from __future__ import annotations

import re

MAX_TURN_CHARS = 1000
"""Characters of one caller turn the call keeps; the rest is dropped (and the event log says so)."""

_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves ("\x1b[31m")
    r"|(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"  # OSC, DCS... strings
    r"|\x1b[ -/]*[0-~]?",  # any other escape
    re.S,
)
_SPACES = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_RUNS = re.compile(r" {2,}")


def clean_turn(text: str, limit: int = MAX_TURN_CHARS) -> tuple[str, int | None]:
    """(`text` safe to hear, store and print; its length before cutting when it was cut, else None)."""
    text = _SURROGATES.sub("\ufffd", text)
    text = _ESCAPES.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = _RUNS.sub(" ", text).strip()
    if len(text) <= limit:
        return text, None
    return text[:limit].rstrip(), len(text)


__all__ = ["MAX_TURN_CHARS", "clean_turn"]
