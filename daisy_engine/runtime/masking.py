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
    """A logging filter that masks e-mails and phone numbers in every record at INFO and above: its
    message, and the traceback it carries (an exception's message may quote what was said)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            record.msg = mask(record.getMessage())
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = mask(record.exc_text)
            if record.stack_info:
                record.stack_info = mask(record.stack_info)
        return True


def masked_logger(name: str) -> logging.Logger:
    """The logger `name` with a `MaskingFilter` of its own: what the engine logs there is masked before
    any handler sees it, whoever configured the logging (the CLI, a worker, an application embedding the
    engine). A logger's filter only sees the records logged on that logger, so each module that logs
    takes its logger from here."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, MaskingFilter) for f in logger.filters):
        logger.addFilter(MaskingFilter())
    return logger


__all__ = ["MaskingFilter", "mask", "masked_logger", "preview"]
