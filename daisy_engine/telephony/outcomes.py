"""How an outbound call attempt ended, from the SIP status of a failed dial, and the exit status of
`daisy-engine call` that says which."""

from __future__ import annotations

from dataclasses import dataclass

from daisy_engine.errors import DaisyError

OUTCOMES = ("answered", "busy", "no_answer", "rejected", "failed")
UNANSWERED = ("busy", "no_answer", "rejected", "failed")

EXIT_CODES = {"answered": 0, "busy": 3, "no_answer": 4, "rejected": 5, "failed": 6}
"""`daisy-engine call` exits with these (1: LiveKit unreachable or misconfigured, 2: usage)."""

_BUSY = {486, 600}
_NO_ANSWER = {408, 480, 487}
_REJECTED = {603, 607, 608}


@dataclass(frozen=True)
class Attempt:
    """One dial: its outcome and, when it failed, the SIP status the far end (or the trunk) gave."""

    outcome: str
    sip_status: int | None = None
    detail: str = ""

    @property
    def answered(self) -> bool:
        return self.outcome == "answered"

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.outcome]


def outcome_for_sip_status(code: int | None) -> str:
    """busy (486, 600), no_answer (408, 480, 487: rang out or unavailable), rejected (603, 607, 608:
    declined), failed (anything else: a wrong number, the trunk refusing the call, a server error)."""
    if code in _BUSY:
        return "busy"
    if code in _NO_ANSWER:
        return "no_answer"
    if code in _REJECTED:
        return "rejected"
    return "failed"


class DialUnavailable(DaisyError):
    """The telephony service could not be reached or refused the request before anything was dialed:
    no attempt was made (a scheduler leaves the callback queued). The message is one line."""
