"""`daisy-engine eval`: how well the built-in extractors understand a file of labelled utterances."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def eval_command(
    cases: Annotated[
        Path,
        typer.Argument(
            help="A JSON Lines file with one labelled utterance per line: id, kind (name, integer, plate, "
            "plate_char, eta, email, yes_no, intent, amount, or a registered slot type's own), "
            "locale (es-MX or en-US), text, and expected "
            "(the value that should come out, or null when nothing should), e.g. tests/data/eval_cases.jsonl.",
            show_default=False,
            metavar="CASES",
        ),
    ],
    format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="text: a table per kind and language, the failures, and 'accuracy: ...' as the last line. "
            "json: one JSON object for tools.",
        ),
    ] = "text",
) -> None:
    """Measure extraction accuracy on labelled caller utterances.

    Exit status: 0 when the file was evaluated (even if some cases fail), 2 when the file is missing or
    malformed (the message names the file and line).
    """
    if format not in ("text", "json"):
        raise typer.BadParameter(f"use text or json, not {format!r}", param_hint="--format")
    from daisy_engine.understanding.evaluation import run_eval

    output, code = run_eval(cases, format)  # type: ignore[arg-type]
    typer.echo(output, err=code != 0)
    raise typer.Exit(code)
