"""`daisy-engine records`: list, show and export call records."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from daisy_engine.cli.errors import visible
from daisy_engine.store.records import STATUSES

if TYPE_CHECKING:
    from daisy_engine.flow.model import Flow
    from daisy_engine.store import Record

records_app = typer.Typer(help="Call records: list, show and export what calls collected.", no_args_is_help=True)

RecordsOption = Annotated[Path | None, typer.Option(
    "--records", help="SQLite records file (default: $DAISY_RECORDS or ./daisy-records.db).",
    show_default=False)]

FlowsOption = Annotated[list[Path] | None, typer.Option(
    "--flow", help="The flow the records are of (repeatable, one per flow): its slots declared `record: false` "
    "are left out even where an older file holds them, and the CSV's slot columns follow its order.",
    show_default=False)]


def shown(value: object) -> str:
    """`value` safe to print in a terminal: control characters (escape sequences, bells, carriage
    returns) written as `\\x1b`-style escapes, and rich markup escaped. Records keep what was said; an
    old record (or another program's) may hold anything."""
    text = "".join(visible(ch) for ch in str(value))
    return escape(text)


def plain(value: object) -> str:
    """`value` as one tab-separated cell: no control characters (a tab or a newline would split it)."""
    return "".join(visible(ch) for ch in str(value))


def _read(path: Path | None, *, record_id: int | None = None, status: str | None = None,
          limit: int | None = None) -> list[Record]:
    import sqlite3

    from daisy_engine.store import RecordsFileError, SQLiteStore, records_path
    from daisy_engine.store.sqlite import unusable

    file = records_path(path)
    if not file.exists() and unusable(file) is None:
        fail(f"no records file at {file} (run a call first, or pass --records)")

    async def read() -> list[Record]:
        store = SQLiteStore(file, read_only=True)
        try:
            if record_id is not None:
                record = await store.get(record_id)
                return [record] if record else []
            return await store.list_records(limit=limit, status=status)
        finally:
            await store.close()

    try:
        return asyncio.run(read())
    except RecordsFileError as exc:
        fail(str(exc))
    except sqlite3.Error as exc:  # a SQLite file, but not one of ours (another program's tables)
        fail(f"cannot read records from {file}: {exc}")


def _flows(paths: list[Path] | None) -> dict[str, Flow]:
    """The flows given with --flow, by name (their problems, file:line:col, and exit 1 when one is not valid)."""
    from daisy_engine.cli.livekit_options import load

    flows: dict[str, Flow] = {}
    for path in paths or ():
        flow = load(path)
        if flow.name in flows:
            fail(f"--flow {path}: a flow named '{flow.name}' is already given; give each flow once")
        flows[flow.name] = flow
    return flows


def _as_recorded(record: Record, flows: dict[str, Flow]) -> Record:
    """`record` as its flow says it is kept: without the slots the flow declares `record: false`. A file
    written before `record:` existed (or before a slot was marked so) still holds them; the flow decides,
    not the file. A record of a flow not given is left as it is."""
    from dataclasses import replace

    flow = flows.get(record.flow)
    if flow is None:
        return record
    return replace(record, slots={name: value for name, value in record.slots.items() if flow.recorded(name)},
                   absent=[name for name in record.absent if flow.recorded(name)],
                   unconfirmed={name: value for name, value in record.unconfirmed.items() if flow.recorded(name)})


def _unmatched(flows: dict[str, Flow], rows: list[Record]) -> None:
    """A warning line on stderr for each flow given that no record read is of: it left nothing out (a flow
    renamed since, or the wrong file), which the operator would otherwise not see."""
    held = sorted({record.flow for record in rows})
    for name in flows:
        if name not in held:
            of = ", ".join(f"'{plain(other)}'" for other in held) or "none"
            typer.echo(f"warning: --flow '{name}': no record here is of that flow (the records' flows: {of}), "
                       "so it leaves nothing out; give the file of the flow the records are of", err=True)


def _slot_order(flows: dict[str, Flow]) -> list[str]:
    """The recorded slots of the given flows, each flow's in the order it declares them."""
    return [name for flow in flows.values() for name in flow.slots if flow.recorded(name)]


def _same_file(output: Path, records: Path) -> bool:
    """Whether writing `output` would overwrite the records file or one of its SQLite side files."""
    for candidate in (records, Path(f"{records}-wal"), Path(f"{records}-shm"), Path(f"{records}-journal")):
        try:
            if output.resolve() == candidate.resolve() or (output.exists() and candidate.exists()
                                                           and output.samefile(candidate)):
                return True
        except OSError:
            continue
    return False


def fail(message: str) -> NoReturn:
    """One `error:` line on stderr (no traceback, control characters shown escaped), exit status 1."""
    from daisy_engine.cli.errors import fail as report

    report(message)


@records_app.command("list")
def list_command(
    records: RecordsOption = None,
    status: Annotated[str | None, typer.Option(
        "--status", help=f"Only records with this status ({', '.join(STATUSES)}).", show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many, newest first.")] = 50,
    flow: FlowsOption = None,
) -> None:
    """List records, newest first."""
    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"expected one of {', '.join(STATUSES)}", param_hint="--status")
    from rich.table import Table

    flows = _flows(flow)
    rows = [_as_recorded(record, flows) for record in _read(records, status=status, limit=limit)]
    header = ("id", "updated", "flow", "phone", "status", "slots", "callback at")
    cells = [(str(record.id), record.updated_at, record.flow, record.phone or "", record.status,
              str(len(record.slots)), record.callback_at or "") for record in rows]
    if not sys.stdout.isatty():
        # Piped or redirected: every value in full, tab-separated, one record a line (for grep, cut,
        # scripts). A table would be cut to a guessed width ("+52155123456…").
        for line in (header, *cells):
            sys.stdout.write("\t".join(plain(cell) for cell in line) + "\n")
        return
    table = Table(*header)
    for line in cells:
        table.add_row(*(shown(cell) for cell in line))
    Console(highlight=False, emoji=False).print(table)


@records_app.command("show")
def show_command(
    record_id: Annotated[int, typer.Argument(help="The record's id (see `records list`).")],
    records: RecordsOption = None,
    transcript: Annotated[bool, typer.Option("--transcript/--no-transcript", help="Show the transcript.")] = True,
    flow: FlowsOption = None,
) -> None:
    """Show one record: its values, status and transcript."""
    flows = _flows(flow)
    found = _read(records, record_id=record_id)
    if not found:
        fail(f"no record {record_id}")
    from rich.table import Table

    if flows and found[0].flow not in flows:
        given = ", ".join(f"'{name}'" for name in flows)
        fail(f"record {record_id} is of flow '{found[0].flow}', and --flow gives {given}: "
             f"give that flow's file, or leave --flow out")
    record = _as_recorded(found[0], flows)
    console = Console(highlight=False, emoji=False)
    table = Table(show_header=False, box=None)
    for name in ("id", "flow", "status", "outcome", "phone", "caller_id", "locale", "callback_at", "created_at",
                 "updated_at"):
        table.add_row(f"[dim]{name}[/]", shown(getattr(record, name) or ""))
    for name, value in record.slots.items():
        table.add_row(f"[bold]{shown(name)}[/]", shown(value))
    for name in record.absent:  # settled: the caller has none ("no traigo caja")
        table.add_row(f"[bold]{shown(name)}[/]", "[dim](none: the caller has none)[/]")
    for name, value in record.unconfirmed.items():  # heard, never confirmed (the call ended at its read-back)
        table.add_row(f"[bold]{shown(name)}[/]", f"{shown(value)} [dim](unconfirmed: heard, not confirmed)[/]")
    for complaint in record.complaints:
        table.add_row("[dim]complaint[/]", shown(complaint.get("text", "")))
    console.print(table)
    if transcript:
        for line in record.transcript:
            who = "agent " if line.get("role") == "agent" else "caller"
            console.print(f"[dim]{who}[/] {shown(line.get('text', ''))}")


@records_app.command("export")
def export_command(
    records: RecordsOption = None,
    fmt: Annotated[Literal["jsonl", "csv"], typer.Option(
        "--format", "-f", help="jsonl: every field, values exactly as confirmed; csv: one column per slot.")
    ] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file instead of standard output.", show_default=False)] = None,
    flow: FlowsOption = None,
) -> None:
    """Export every record, oldest first."""
    from daisy_engine.store import records_path, to_csv, to_jsonl

    if output is not None and _same_file(output, records_path(records)):
        fail(f"--output {output} is the records file itself (or its journal); write the export elsewhere")
    flows = _flows(flow)
    rows = [_as_recorded(record, flows) for record in reversed(_read(records))]
    _unmatched(flows, rows)
    text = to_jsonl(rows) if fmt == "jsonl" else to_csv(rows, _slot_order(flows))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:  # a missing folder, a directory, no permission, a full disk...
        fail(f"cannot write {output}: {exc.strerror or exc}")
