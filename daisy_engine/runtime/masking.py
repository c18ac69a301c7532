"""Keep personal data out of INFO logs: e-mail addresses and phone numbers are masked.

Call records keep the real values (they are the product); operational logs do not need them.
"""

from __future__ import annotations

import logging
import re

_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-])[\w.+-]*@([\w-])[\w.-]*\.([A-Za-z]{2,})\b")
# Seven or more digits, optionally with a leading + and the usual separators: phone numbers, not times.
_PHONE = re.compile(r"(?<![\w])\+?\d(?:[\s().-]?\d){6,}(?![\w])")


def _mask_phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    prefix = "+" if match.group(0).startswith("+") else ""
    return f"{prefix}{'*' * (len(digits) - 2)}{digits[-2:]}"


def mask(text: str) -> str:
    """`text` with e-mails shown as `j***@e***.com` and phone numbers as `+*********78`."""
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}***.{m.group(3)}", text)
    return _PHONE.sub(_mask_phone, text)


def preview(text: str, limit: int = 24) -> str:
    """A masked, shortened view of something the caller said, for logs: never the full utterance."""
    masked = mask(text)
    return masked if len(masked) <= limit else masked[:limit] + f"… ({len(text)} chars)"


class MaskingFilter(logging.Filter):
    """A logging filter that masks e-mails and phone numbers in every record at INFO and above."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            record.msg = mask(record.getMessage())
            record.args = None
        return True


__all__ = ["MaskingFilter", "mask", "preview"]
