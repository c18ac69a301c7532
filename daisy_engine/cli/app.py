"""The `daisy-engine` command line.

Only what a command needs is imported, inside the command: `validate`, `graph`, `schema`, `init` and
`--help` must start fast (designers run `validate` on every save), so nothing here imports `livekit`.
"""

from __future__ import annotations

import typer

from daisy_engine.cli import (
    call_cmd,
    callbacks_cmd,
    eval_cmd,
    records_cmd,
    replay_cmd,
    run_cmd,
    sip_cmd,
    test_cmd,
    token_cmd,
)
from daisy_engine.cli.errors import OneLineGroup
from daisy_engine.cli.flow_cmds import graph_command, init_command, schema_command, validate_command

app = typer.Typer(
    name="daisy-engine",
    cls=OneLineGroup,  # a usage error is one `error:` line, as every other mistake
    help="Write a phone/voice agent as one YAML flow plus Jinja prompts; validate it, test it offline, "
    "draw it and run it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

app.command("validate")(validate_command)
app.command("graph")(graph_command)
app.command("schema")(schema_command)
app.command("init")(init_command)

# These modules keep their heavy imports (runtime, store, understanding) inside the command functions.
app.command("run")(run_cmd.run_command)
app.command("test")(test_cmd.test_command)
app.command("eval")(eval_cmd.eval_command)
app.command("replay")(replay_cmd.replay_command)
app.command("token")(token_cmd.token_command)
app.add_typer(records_cmd.records_app, name="records", help="List, show and export call records.")
# Telephony: these import livekit only inside their bodies.
app.add_typer(sip_cmd.sip_app, name="sip", help="Connect a phone number to the agent through LiveKit SIP.")
app.command("call")(call_cmd.call_command)
app.add_typer(
    callbacks_cmd.callbacks_app,
    name="callbacks",
    help='Place callbacks ("call me back in 20 minutes", unanswered calls) and see what is due.',
)


def main() -> None:
    app(prog_name="daisy-engine")  # the name errors point to, however it was started (python -m, -c)
