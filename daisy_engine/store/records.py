"""The call record: what a call collected and how it ended, as the store keeps it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

STATUSES = ("complete", "partial", "rescheduled", "refused", "transferred")
"""Every status a record can have. A call in progress is `partial` until something else is decided."""

RESUMABLE = ("partial", "rescheduled")
"""Statuses a later call of the same caller picks up. A complete, refused or transferred record is
settled: the next call gets a new record (a refusal is never overwritten, nor its values reused)."""


OPEN_LEASE = timedelta(hours=1)
"""How long a record stays open for the call that holds it without that call saving anything: a call
that ends closes its record at once; one whose process was killed (kill -9, a power cut) leaves it
open, and the next call from the same caller picks it up after this long."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Timestamps are stored as ISO 8601 UTC text, so they sort and export unchanged."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass
class Record:
    """One call's record. `slots` holds only confirmed values, keyed by slot name; `absent` names the
    values the caller has none of ("no traigo caja": no trailer number, no trailer plates), which are
    settled, not missing; `unconfirmed` holds, by slot name, values heard whole but not yet confirmed when
    the call last saved (the line dropped during the read-back): never a confirmed value, never a slot
    that has one, and read back for confirmation first by the next call that resumes the record."""

    id: int
    flow: str
    status: str = "partial"
    phone: str | None = None
    caller_id: str | None = None
    call_id: str | None = None
    locale: str | None = None
    outcome: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    absent: list[str] = field(default_factory=list)
    unconfirmed: dict[str, Any] = field(default_factory=dict)
    callback_at: str | None = None
    complaints: list[dict[str, Any]] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    transcript: list[dict[str, Any]] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NewRecord:
    """What a call knows about itself when it starts."""

    flow: str
    phone: str | None = None
    caller_id: str | None = None
    call_id: str | None = None
    locale: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    status: str = "partial"
    slots: dict[str, Any] = field(default_factory=dict)
    # Open for the call `call_id` from the start: a second call from the same caller meanwhile does
    # not resume it (see `Store.find_resumable`).
    open: bool = False


@dataclass(frozen=True)
class RecordUpdate:
    """Fields to change on a record; None leaves a field as it is (`clear_callback` empties
    `callback_at`: a resumed call that ended without scheduling a new callback). `more_events` and
    `more_transcript` are added after what the record holds (a call writes its log as it goes, each turn only
    what it added); `events` and `transcript` replace it whole."""

    status: str | None = None
    outcome: str | None = None
    callback_at: str | None = None
    locale: str | None = None
    absent: list[str] | None = None
    unconfirmed: dict[str, Any] | None = None  # the whole set, replacing what the record held
    clear_callback: bool = False
    events: list[dict[str, Any]] | None = None
    transcript: list[dict[str, Any]] | None = None
    more_events: list[dict[str, Any]] | None = None
    more_transcript: list[dict[str, Any]] | None = None
    close: bool = False  # the call that held the record open is over
