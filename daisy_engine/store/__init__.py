"""Durable call records: the `Store` interface, its SQLite and in-memory implementations, exports."""

from __future__ import annotations

import os
from pathlib import Path

from daisy_engine.store.base import Store
from daisy_engine.store.export import to_csv, to_jsonl
from daisy_engine.store.memory import MemoryStore
from daisy_engine.store.records import STATUSES, NewRecord, Record, RecordUpdate
from daisy_engine.store.sqlite import RecordsFileError, SQLiteStore

DEFAULT_RECORDS = "daisy-records.db"
RECORDS_ENV = "DAISY_RECORDS"


def records_path(path: str | Path | None = None) -> Path:
    """Where records go: the given path, else $DAISY_RECORDS, else ./daisy-records.db."""
    return Path(path or os.environ.get(RECORDS_ENV) or DEFAULT_RECORDS)


__all__ = [
    "DEFAULT_RECORDS",
    "RECORDS_ENV",
    "STATUSES",
    "MemoryStore",
    "NewRecord",
    "Record",
    "RecordUpdate",
    "RecordsFileError",
    "SQLiteStore",
    "Store",
    "records_path",
    "to_csv",
    "to_jsonl",
]
