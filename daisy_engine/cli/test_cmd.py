"""`daisy-engine test`: run conversation test files offline and report coverage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from daisy_engine.testing.suite import SuiteResult


def test_command(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Test files, or folders to search for test_*.yaml files with `cases:` (default: tests/).",
        show_default=False,
    )] = None,
    min_coverage: Annotated[float, typer.Option(
        "--min-coverage", min=0, max=100,
        help="Fail when less than this percentage of a flow's transitions was exercised.",
    )] = 0.0,
    coverage: Annotated[bool, typer.Option("--coverage/--no-coverage", help="Print the coverage report.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every case, passed or not.")] = False,
) -> None:
    """Run conversation tests: caller turns against the real engine, tools mocked, no network."""
    from rich.console import Console
    from rich.markup import escape

    from daisy_engine.testing.suite import discover, run_suite

    # soft_wrap: a `file:line: message` line must stay one line, whatever the terminal width.
    console = Console(highlight=False, soft_wrap=True, emoji=False)  # ":100:" in file:line is no emoji
    from daisy_engine.cli.errors import fail

    searched = paths or [Path("tests")]
    for path in searched:
        if not path.exists():
            fail("no such file or folder (give test files, or folders holding test_*.yaml files)", file=path)
    files = discover(searched)
    if not files:
        fail(f"no conversation test files in {', '.join(map(str, searched))} (test_*.yaml files with `cases:`)")
    suite = run_suite(files)
    _print_results(console, suite, verbose)
    below = []
    if coverage or min_coverage:
        for flow_file, report in suite.coverage.items():
            if coverage:
                console.print(escape(report.report()))
            if report.percent() < min_coverage:
                below.append(f"{flow_file}: {report.percent():.1f}% of transitions < {min_coverage:g}%")
    passed, failed = suite.counts()
    colour = "red" if failed or below else "green"
    console.print(f"[{colour}]{passed} passed, {failed} failed[/]")
    for line in below:
        console.print(f"[red]coverage too low:[/] {escape(line)}")
    if failed or below:
        raise typer.Exit(1)


def _print_results(console: Console, suite: SuiteResult, verbose: bool) -> None:
    from rich.markup import escape

    for result in suite.files:
        if result.error is not None:
            console.print(f"[red]ERROR[/] {escape(str(result.error))}")
            continue
        for case in result.results:
            if case.passed:
                if verbose:
                    console.print(f"[green]PASS[/] {escape(str(result.path))}:{case.case.mark.line} "
                                  f"{escape(case.case.name)}")
                continue
            console.print(f"[red]FAIL[/] {escape(str(result.path))}:{case.case.mark.line} {escape(case.case.name)}")
            for failure in case.failures:
                console.print(f"  {escape(str(failure))}")
