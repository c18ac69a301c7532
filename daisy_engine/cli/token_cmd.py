"""`daisy-engine token`: a join token for a browser client or the LiveKit Agents Playground."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def token_command(
    room: Annotated[str, typer.Option("--room", help="The room to join, e.g. daisy-test.", show_default=False)],
    identity: Annotated[str, typer.Option("--identity", help="Who joins (the participant identity).")] = "caller",
    ttl: Annotated[int, typer.Option("--ttl", min=60, help="How long the token is valid, in seconds.")] = 3600,
    agent: Annotated[
        str | None,
        typer.Option(
            "--agent",
            help="Dispatch this agent (the worker's --agent-name, by default the flow's name) to the room "
            "when the token is used.",
            show_default=False,
        ),
    ] = None,
    metadata: Annotated[
        str | None,
        typer.Option(
            "--metadata",
            help='The call\'s metadata for the agent, JSON, e.g. \'{"locale": "en-US"}\'.',
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print a token to join ROOM, signed with LIVEKIT_API_KEY and LIVEKIT_API_SECRET (or .env)."""
    import json
    from datetime import timedelta

    from daisy_engine.cli.env_file import load_env_file
    from daisy_engine.cli.errors import fail

    # LiveKit refuses a token without both, deep inside its signing code: say so as a usage error.
    room, identity = room.strip(), identity.strip()
    if not room:
        raise typer.BadParameter("give the room's name, e.g. --room daisy-test", param_hint="--room")
    if not identity:
        raise typer.BadParameter("give who joins, e.g. --identity caller", param_hint="--identity")
    load_env_file()
    key, secret = os.environ.get("LIVEKIT_API_KEY", "").strip(), os.environ.get("LIVEKIT_API_SECRET", "").strip()
    if not key or not secret:
        fail("LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set to sign a token (environment or .env)")
    if metadata is not None:
        try:
            if not isinstance(json.loads(metadata), dict):
                raise ValueError
        except ValueError:
            raise typer.BadParameter("must be a JSON object", param_hint="--metadata") from None
    import warnings

    try:
        from daisy_engine.transports.livekit.tokens import join_token
    except ImportError as exc:  # the [livekit] extra is not installed
        fail(f"the LiveKit client is not installed ({exc.name}): pip install 'daisy-engine[livekit]'")

    # PyJWT warns (with a source line) about short HMAC secrets; the server decides what it accepts.
    warnings.filterwarnings("ignore", message="The HMAC key is")

    typer.echo(
        join_token(
            key, secret, room=room, identity=identity, ttl=timedelta(seconds=ttl), agent_name=agent, metadata=metadata
        )
    )
