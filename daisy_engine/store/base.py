"""The store interface the runtime writes call records through.

The runtime only sees this Protocol, so a server database (PostgreSQL for several workers) can be
added later without touching it. Methods are async because a call must never block the event loop
that runs a thousand other calls; implementations run their blocking I/O elsewhere.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from daisy_engine.store.records import NewRecord, Record, RecordUpdate


@runtime_checkable
class Store(Protocol):
    async def create(self, new: NewRecord) -> Record:
        """Create a record and return it with its id."""
        ...

    async def get(self, record_id: int) -> Record | None: ...

    async def find_resumable(
        self, flow: str, *, phone: str | None, caller_id: str | None, claim: str | None = None
    ) -> Record | None:
        """The newest record of `flow` for this phone number (else caller id), when its status is
        resumable (`partial` or `rescheduled`); None when that newest record is settled.

        With `claim` (a call id) the record is also opened for that call, atomically: a record another
        call holds open (and saved something to within `OPEN_LEASE`) is not returned, so two calls
        from one number at once never share a record; the second gets None and creates its own. A
        `RecordUpdate(close=True)` from the call that holds it closes it again."""
        ...

    async def save_slot(self, record_id: int, slot: str, value: Any) -> None:
        """Durably write one confirmed value (None removes it) before the call moves on."""
        ...

    async def add_complaint(self, record_id: int, complaint: dict[str, Any]) -> None: ...

    async def update(self, record_id: int, update: RecordUpdate) -> None: ...

    async def list_records(self, *, limit: int | None = None, status: str | None = None) -> list[Record]:
        """Records, newest first."""
        ...

    async def close(self) -> None: ...
