"""Options and helpers shared by the commands that reach LiveKit or the records file (`run`, `sip`,
`call`, `callbacks`): one-line errors, the connection settings, the flow, the callback queue.

Nothing here imports `livekit`: the commands import the LiveKit transport inside their bodies, so
`--help` stays fast and works without the `[livekit]` extra.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from daisy_engine.flow.model import Flow
    from daisy_engine.store.callbacks import CallbackQueue
    from daisy_engine.transports.livekit.sip import LiveKitSettings

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")

Url = Annotated[
    str | None,
    typer.Option(
        "--url",
        envvar="LIVEKIT_URL",
        show_default=False,
        help="LiveKit server URL, e.g. wss://my-project.livekit.cloud (default: $LIVEKIT_URL).",
    ),
]
ApiKey = Annotated[
    str | None,
    typer.Option(
        "--api-key", envvar="LIVEKIT_API_KEY", show_default=False, help="LiveKit API key (default: $LIVEKIT_API_KEY)."
    ),
]
ApiSecret = Annotated[
    str | None,
    typer.Option(
        "--api-secret",
        envvar="LIVEKIT_API_SECRET",
        show_default=False,
        help="LiveKit API secret (default: $LIVEKIT_API_SECRET).",
    ),
]
AgentName = Annotated[
    str | None,
    typer.Option(
        "--agent-name",
        show_default=False,
        help="The agent name the worker registered with (default: the flow's name, as `daisy-engine run` "
        "registers it).",
    ),
]
Records = Annotated[
    Path | None,
    typer.Option(
        "--records",
        show_default=False,
        help="SQLite file for call records, attempts and callbacks (default: $DAISY_RECORDS or ./daisy-records.db).",
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """One `error:` line on stderr and exit: the way every telephony command reports a problem."""
    from daisy_engine.cli.errors import fail as report

    report(message, code)


def phone_number(text: str, option: str = "NUMBER") -> str:
    number = text.strip().replace(" ", "").replace("-", "")
    if not E164.match(number):
        fail(f"{option} must be a phone number in E.164 form, like +5215512345678 (got {text!r})", 2)
    return number


def settings(url: str | None, api_key: str | None, api_secret: str | None) -> LiveKitSettings:
    """The LiveKit connection, or one clear line naming what is missing."""
    from daisy_engine.cli.env_file import load_env_file

    load_env_file()  # ./.env, as `daisy-engine run` reads it; the shell's variables win
    url = url or os.environ.get("LIVEKIT_URL")
    api_key = api_key or os.environ.get("LIVEKIT_API_KEY")
    api_secret = api_secret or os.environ.get("LIVEKIT_API_SECRET")
    missing = [
        name
        for name, value in (
            ("--url / LIVEKIT_URL", url),
            ("--api-key / LIVEKIT_API_KEY", api_key),
            ("--api-secret / LIVEKIT_API_SECRET", api_secret),
        )
        if not value
    ]
    if missing:
        fail(f"LiveKit is not configured: set {', '.join(missing)}", 2)
    try:
        from daisy_engine.transports.livekit.server_url import url_problem
        from daisy_engine.transports.livekit.sip import LiveKitSettings
    except ImportError as exc:  # the [livekit] extra is not installed
        fail(f"the LiveKit client is not installed ({exc.name}): pip install 'daisy-engine[livekit]'")
    assert url and api_key and api_secret
    problem = url_problem(url, "--url / LIVEKIT_URL")
    if problem is not None:
        fail(problem, 2)
    import warnings

    # PyJWT warns about short HMAC secrets on every request; the server decides what it accepts.
    warnings.filterwarnings("ignore", message="The HMAC key is")
    return LiveKitSettings(url, api_key, api_secret)


def load(path: Path) -> Flow:
    """The flow at `path`, or its problems (file:line:col) and exit 1."""
    from rich.console import Console
    from rich.markup import escape

    from daisy_engine.flow import FlowError, load_flow

    try:
        return load_flow(path)
    except FlowError as exc:
        # soft_wrap: each problem stays on its own line whatever the terminal width (as `run` prints them)
        err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)
        for diagnostic in exc.report.sorted():
            err.print(escape(diagnostic.format_text()), soft_wrap=True)
        raise typer.Exit(1) from None


def open_queue(records: Path | None, missing: str | None = None) -> CallbackQueue:
    """The callback queue in the records file (`--records`, else $DAISY_RECORDS or the default), or one
    line and exit 1 when it is unusable. With `missing`, a file that does not exist yet is that error
    instead of a new empty file (for the commands that only read)."""
    from daisy_engine.store import RecordsFileError, records_path
    from daisy_engine.store.callbacks import CallbackQueue

    path = records_path(records)
    if missing is not None and not path.exists():
        fail(f"no records file at {path}: {missing} (or pass --records)")
    try:
        return CallbackQueue(path)
    except RecordsFileError as exc:
        fail(str(exc))


def one_line(exc: BaseException) -> str:
    """What a refused LiveKit request said, on one line (its message, else its type)."""
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text).splitlines()[0]
