"""How the command line reports a person's mistake: one line on stderr, a non-zero exit, no traceback.

Every line has the same shape, the one compilers use and `validate` prints:

    error: WHAT IS WRONG (HOW TO FIX IT)
    FILE[:LINE[:COL]]: error: WHAT IS WRONG (HOW TO FIX IT)     when a file is involved

Commands report through `fail`; click's own usage errors (a missing option, a value of the wrong type,
an unknown command) come out the same way through `OneLineGroup`, the top-level command group, instead
of click's usage block. Exit status 2 for usage errors, 1 for everything else a command refuses.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

# Click's exceptions, wherever this typer takes click from (recent releases carry their own copy, older
# ones use the click package): the module typer's own BadParameter comes from.
_CLICK = sys.modules[typer.BadParameter.__module__]
_ClickException: type[Exception] = _CLICK.ClickException
_UsageError: type[Exception] = _CLICK.UsageError
_NoArgsIsHelp: type[Exception] | None = getattr(_CLICK, "NoArgsIsHelpError", None)
_ABORTS = tuple({typer.Abort, getattr(_CLICK, "Abort", typer.Abort)})

USAGE = 2
"""Exit status of a usage error (a bad option, argument or environment value)."""


def visible(ch: str) -> str:
    """`ch` as printed: itself, or a `\\x1b`-style escape for a control or format character."""
    if ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp"):
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: object) -> str:
    """`text` on one line: runs of whitespace (newlines included) as one space, and any other control
    character (an escape sequence from a file name or a server's message) written as `\\x1b`."""
    return "".join(visible(ch) for ch in " ".join(str(text).split()))


def error_line(message: object, *, file: Path | str | None = None, line: int | None = None,
               col: int | None = None) -> str:
    """`[FILE[:LINE[:COL]]: ]error: MESSAGE`, on one line."""
    where = ""
    if file is not None:
        where = str(file)
        if line is not None:
            where += f":{line}" + (f":{col}" if col is not None else "")
        where += ": "
    return one_line(f"{where}error: {message}")


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in words ("no such file or directory", "is a directory")."""
    text = exc.strerror or type(exc).__name__
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def fail(message: object, code: int = 1, *, file: Path | str | None = None, line: int | None = None,
         col: int | None = None) -> NoReturn:
    """Print the one error line on stderr and exit with `code` (1; `USAGE` for a usage error)."""
    typer.echo(error_line(message, file=file, line=line, col=col), err=True)
    raise typer.Exit(code)


def unexpected(exc: BaseException, doing: str) -> NoReturn:
    """A failure no mistake of the user's explains (a bug, or an answer nobody planned for): never
    swallowed. Its traceback on stderr, masked (an exception's message may quote a phone number or an
    e-mail), then the one line, exit 1."""
    import traceback

    from daisy_engine.runtime.masking import mask

    typer.echo(mask("".join(traceback.format_exception(exc)).rstrip()), err=True)
    fail(f"{doing} failed unexpectedly ({type(exc).__name__}: {mask(str(exc)) or 'no message'}); "
         "the traceback is above: please report it")


def usage_line(exc: Any) -> str:
    """Click's usage error as the one line: what is wrong, and where the command's help is."""
    message = one_line(exc.format_message()).rstrip(".")
    if message[:1].isupper() and message[1:2].islower():  # "Missing option" → "missing option"
        message = message[0].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, _UsageError) and ctx is not None:
        message += f" (see '{ctx.command_path} --help')"
    return error_line(message)


class OneLineGroup(TyperGroup):
    """The top-level group: click's usage errors as one `error:` line instead of its usage block."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _ClickException as exc:
            if _NoArgsIsHelp is not None and isinstance(exc, _NoArgsIsHelp):  # a bare group: its help
                exc.show()  # type: ignore[attr-defined]
            else:
                typer.echo(usage_line(exc), err=True)
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        except _ABORTS:  # Ctrl-C or end of input at a prompt
            typer.echo(error_line("aborted"), err=True)
            sys.exit(1)
        # Without standalone mode click returns the code of a `typer.Exit` (and a command's return value,
        # None for every command here).
        sys.exit(result if isinstance(result, int) else 0)


__all__ = ["USAGE", "OneLineGroup", "error_line", "fail", "one_line", "os_reason", "unexpected", "usage_line"]
