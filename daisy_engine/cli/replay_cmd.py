"""`daisy-engine replay`: replay labelled real calls through a flow and score the values it stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def replay_command(
    flow: Annotated[Path, typer.Argument(help="The flow file to run the calls through.", show_default=False)],
    labels: Annotated[
        Path,
        typer.Option(
            "--labels",
            "-l",
            help='JSON labels: {call_id: {"labels": {field: value}, "old_system": '
            "{field: value}}} (see tests/data/real_calls/labels.json).",
            show_default=False,
        ),
    ],
    transcripts: Annotated[
        Path,
        typer.Option(
            "--transcripts",
            "-t",
            help="Folder of transcripts (transcript.items[] with role user / "
            "assistant); a file belongs to the call whose id its name contains.",
            show_default=False,
        ),
    ],
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="FIELD=SLOT: the slot that holds a labelled field (repeatable); "
            "default: Daisy's (name=full_name, tractor_plates=tractor_plate, ...).",
        ),
    ] = None,
    opening: Annotated[
        list[str] | None,
        typer.Option(
            "--opening",
            help="A turn said first, for the flow's own opening question, in calls whose "
            "recorded agent did not ask permission first (repeatable; default: 'sí').",
        ),
    ] = None,
    locale: Annotated[str | None, typer.Option("--locale", help="Locale of the calls (default: the flow's).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text (a table and the misses) or json.")] = "text",
    dialogue: Annotated[bool, typer.Option("--dialogue", help="Also print each replayed dialogue.")] = False,
) -> None:
    """Replay real calls turn by turn and report, per field, how often the stored value is the labelled one,
    next to the old system's figure. Exit 0 when the calls were replayed, 2 on unreadable input."""
    from daisy_engine.cli.errors import USAGE, fail
    from daisy_engine.diagnostics import format_report
    from daisy_engine.flow import FlowError
    from daisy_engine.testing.replay import DAISY_FIELDS, ReplayError, replay_labelled

    if format not in ("text", "json"):
        raise typer.BadParameter(f"use text or json, not {format!r}", param_hint="--format")
    fields = dict(DAISY_FIELDS)
    if field:
        fields = {}
        for item in field:
            name, sep, slot = item.partition("=")
            if not sep or not name or not slot:
                raise typer.BadParameter(
                    f"expected FIELD=SLOT, e.g. name=full_name, got {item!r}", param_hint="--field"
                )
            fields[name] = slot
    try:
        report = replay_labelled(
            flow,
            labels,
            transcripts,
            locale=locale,
            fields=fields,
            opening=tuple(opening) if opening is not None else ("sí",),
        )
    except FlowError as exc:  # its problems, file:line:col each (as `validate` prints them)
        typer.echo(format_report(exc.report.sorted(), "text"), err=True)
        raise typer.Exit(2) from None
    except ReplayError as exc:
        fail(exc.problem, USAGE, file=exc.file)
    except ValueError as exc:  # a --locale the flow does not speak
        fail(exc, USAGE)
    if format == "json":
        typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return
    typer.echo(report.table())
    if dialogue:
        for call in report.calls:
            typer.echo(f"\n== {call.call}")
            for who, line in call.replayed.dialogue:
                typer.echo(f"  {who}: {line}")
