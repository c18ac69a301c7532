"""CLI commands about flow files: validate, graph, schema, init."""

from __future__ import annotations

import shutil
import subprocess
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from daisy_engine.cli.errors import USAGE, fail, os_reason
from daisy_engine.diagnostics import Report, format_report

if TYPE_CHECKING:
    from daisy_engine.compiler import CompiledFlow
    from daisy_engine.flow.model import Flow


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


def validate_command(
    flows: Annotated[
        list[Path],
        typer.Argument(help="Flow files to check, e.g. flows/daisy.yaml.", show_default=False, metavar="FLOW..."),
    ],
    format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="text for people, json for tools, github for Actions annotations."),
    ] = OutputFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check flow files and report every problem as file:line:col.

    Exit status: 0 when there are no errors (warnings allowed unless --strict), 1 on errors, 2 on usage
    errors.
    """
    from daisy_engine.flow.loader import validate_file

    report = Report()
    imported: list[str] = []
    for path in flows:
        result = validate_file(path)
        report.extend(result.report.diagnostics)
        if result.flow is not None:
            imported.extend(_imports(result.flow))
    diagnostics = report.sorted()
    output = format_report(diagnostics, format.value)
    if format is OutputFormat.json or output:
        typer.echo(output)
    failed = bool(report.errors) or (strict and bool(report.warnings))
    if format is OutputFormat.text:
        for line in imported:
            _echo_err(line)
        summary = f"{len(flows)} flow file(s) checked: {len(report.errors)} error(s), {len(report.warnings)} warning(s)"
        _echo_err(summary)
    raise typer.Exit(1 if failed else 0)


def _imports(flow: Flow) -> list[str]:
    """What validating `flow` imported (in a child process), said so that nothing runs unannounced."""
    from daisy_engine.diagnostics import display_path
    from daisy_engine.flow.semantics import probed

    modules: dict[tuple[str, str], list[str]] = {}
    for target, item in probed(flow).items():
        if item.file:
            module, _, function = target.partition(":")
            modules.setdefault((module, display_path(Path(item.file))), []).append(function)
    return [f"{display_path(flow.file)}: imported {module} from {file} in a separate process, to check "
            f"{', '.join(functions)}" for (module, file), functions in modules.items()]


def _load_compiled(flow: Path) -> CompiledFlow:
    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow.loader import validate_file

    result = validate_file(flow)
    if not result.ok:  # its problems, file:line:col each (as `validate` prints them), then why it stops
        typer.echo(format_report(result.report.sorted(), "text"), err=True)
        fail("the flow cannot be compiled while it has errors: fix the errors above first", file=flow)
    return compile_flow(result.flow)  # type: ignore[arg-type]


def graph_command(
    flow: Annotated[Path, typer.Argument(help="The flow file to draw.", show_default=False, metavar="FLOW")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o",
            help="Write to a file: .md (Mermaid in a fenced block), .mmd (Mermaid), .dot, or .svg/.png "
            "(needs Graphviz). Default: Mermaid to stdout.",
        ),
    ] = None,
) -> None:
    """Draw the flow's state machine as a diagram.

    Shows collect sub-states, global intents (from "any state") and final states.
    """
    from daisy_engine.compiler.diagram import to_dot, to_mermaid

    compiled = _load_compiled(flow)
    if output is None:
        typer.echo(to_mermaid(compiled), nl=False)
        return
    suffix = output.suffix.lower()
    texts = {".md": lambda: f"```mermaid\n{to_mermaid(compiled)}```\n", ".mmd": lambda: to_mermaid(compiled),
             ".dot": lambda: to_dot(compiled)}
    texts.update({".markdown": texts[".md"], ".mermaid": texts[".mmd"], ".gv": texts[".dot"]})
    if suffix in texts:
        try:
            output.write_text(texts[suffix](), "utf-8")
        except OSError as exc:  # a missing folder, a directory, no permission, a full disk
            fail(f"cannot write the diagram: {os_reason(exc)}", file=output)
    elif suffix in (".svg", ".png", ".pdf"):
        dot = shutil.which("dot")
        if dot is None:
            fail("cannot draw it: Graphviz is not installed (the `dot` program was not found); install it "
                 "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), or write Mermaid "
                 "with -o diagram.md", file=output)
        done = subprocess.run(
            [dot, f"-T{suffix[1:]}", "-o", str(output)], input=to_dot(compiled), text=True, capture_output=True
        )
        if done.returncode != 0:
            fail(f"Graphviz failed to draw it: {done.stderr.strip()}", file=output)
    else:
        fail(f"unknown extension '{suffix}' (use .md, .mmd, .dot, .svg or .png)", USAGE, file=output)
    _echo_err(f"wrote {output}")


def schema_command() -> None:
    """Print the flow file JSON Schema.

    Point your editor's YAML plugin at it for autocompletion, e.g.
    `daisy-engine schema > flows/flow.schema.json`.
    """
    from daisy_engine.flow.schema import schema_text

    typer.echo(schema_text(), nl=False)


def init_command(
    name: Annotated[str, typer.Argument(help="Name of the new flow, lower_snake_case, e.g. clinic_reminder.")],
    directory: Annotated[Path, typer.Option("--dir", "-d", help="Project folder to create the flow in.")] = Path("."),
    locale: Annotated[str, typer.Option("--locale", "-l", help="The flow's locale, e.g. es-MX or en-US.")] = "en-US",
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that already exist.")] = False,
) -> None:
    """Create a new flow that validates.

    Writes flows/NAME.yaml, prompts/NAME/LOCALE/*.j2 and a local copy of the schema.
    """
    from daisy_engine.flow.scaffold import ScaffoldError, scaffold

    try:
        written = scaffold(name, directory, locale, force=force)
    except ScaffoldError as exc:
        fail(exc, USAGE)
    except OSError as exc:  # --dir is a file, or a folder one cannot write to
        fail(f"cannot create the flow in it: {os_reason(exc)} (choose another --dir)", file=directory)
    for path in written:
        typer.echo(f"created {path}")
    flow_file = written[0]
    typer.echo(f"next: daisy-engine validate {flow_file}  then  daisy-engine run {flow_file}")
