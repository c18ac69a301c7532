"""Export records as JSON Lines (everything, values exactly as confirmed) or CSV (one column per slot).

Values heard but never confirmed are never in a slot's column: they are in `unconfirmed`, apart."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from daisy_engine.flow.model import RECORD_COLUMNS, RECORD_TRAILING_COLUMNS
from daisy_engine.store.records import Record

CSV_COLUMNS = RECORD_COLUMNS
"""The record's own fields, the first columns of the CSV export, in this order (the names `validate` keeps slots
from taking: `flow.model.RECORD_FIELDS`)."""

CSV_TRAILING = RECORD_TRAILING_COLUMNS
"""The columns after the slots, in this order. A column added later goes at the end (after these), never
between: readers that go by position keep working. Documented in docs/records.md, which a test holds to
this order."""


def to_jsonl(records: Iterable[Record]) -> str:
    return "".join(json.dumps(record.to_dict(), ensure_ascii=False) + "\n" for record in records)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _slot_header(name: str) -> str:
    """The header of slot `name`'s column: its name, or `slots.NAME` when it is also a column of the record
    itself. `validate` rejects such a slot (E209), but a file written before that (or by a flow no longer
    checked) may hold one; two columns of one name would let a reader by header take the slot's value for
    the record's own `status` (csv.DictReader keeps the last). Slot names hold no dot, so the name is free."""
    return f"slots.{name}" if name in CSV_COLUMNS or name in CSV_TRAILING else name


def to_csv(records: Iterable[Record], slot_order: Sequence[str] = ()) -> str:
    """A flat table: the record's fields (`CSV_COLUMNS`), then one column per slot, then complaints, the
    values the caller has none of (`absent`, names separated by spaces) and the values heard but not
    confirmed (`unconfirmed`, a JSON object by slot name, empty when none): `CSV_TRAILING`. An unconfirmed
    value never fills its slot's column, so a reader of the slot columns reads confirmed values only.

    The slot columns are `slot_order` (the flows' slots, in the order they are declared), each once, then
    any slot a record holds that `slot_order` does not name (an old file's, a slot since renamed, a record of
    a flow not given), sorted by name: the header depends on the flows and on which names the records hold,
    never on the order calls happened to confirm their values. A slot named like a record column is headed
    `slots.NAME` (`_slot_header`): every header is unique."""
    items = list(records)
    slot_columns = list(dict.fromkeys(slot_order))
    named = set(slot_columns)
    slot_columns.extend(sorted({name for record in items for name in record.slots if name not in named}))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *(_slot_header(name) for name in slot_columns), *CSV_TRAILING])
    for record in items:
        data = record.to_dict()
        trailing = {"complaints": _cell(record.complaints) if record.complaints else "",
                    "absent": " ".join(record.absent),
                    "unconfirmed": _cell(record.unconfirmed) if record.unconfirmed else ""}
        writer.writerow(
            [_cell(data[name]) for name in CSV_COLUMNS]
            + [_cell(record.slots.get(name)) for name in slot_columns]
            + [trailing[name] for name in CSV_TRAILING]
        )
    return out.getvalue()
