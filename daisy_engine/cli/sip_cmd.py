"""`daisy-engine sip setup|list`: the LiveKit side of a phone number (trunks and dispatch rule)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from daisy_engine.cli.livekit_options import AgentName, ApiKey, ApiSecret, Url

sip_app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    help="Connect a phone number to the agent through LiveKit SIP (see docs/telephony.md).",
)


@sip_app.command("setup")
def setup_command(
    number: Annotated[
        str,
        typer.Option(
            "--number",
            "-n",
            show_default=False,
            help="Your phone number in E.164 form, e.g. +15551230000 (the Twilio number).",
        ),
    ],
    agent_name: AgentName = None,
    flow: Annotated[
        Path | None,
        typer.Option(
            "--flow",
            show_default=False,
            help="The flow callers of this number talk to; its name goes in the dispatch metadata.",
        ),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option(
            "--address",
            envvar="SIP_OUTBOUND_ADDRESS",
            show_default=False,
            help="For outbound calls: the SIP address calls go out to, e.g. my-trunk.pstn.twilio.com "
            "(Twilio: the trunk's Termination SIP URI; default: $SIP_OUTBOUND_ADDRESS).",
        ),
    ] = None,
    username: Annotated[
        str | None,
        typer.Option(
            "--username",
            envvar="SIP_OUTBOUND_USERNAME",
            show_default=False,
            help="For outbound calls: the trunk's credential user name (default: $SIP_OUTBOUND_USERNAME).",
        ),
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(
            "--password",
            envvar="SIP_OUTBOUND_PASSWORD",
            show_default=False,
            help="For outbound calls: the trunk's credential password (default: $SIP_OUTBOUND_PASSWORD).",
        ),
    ] = None,
    url: Url = None,
    api_key: ApiKey = None,
    api_secret: ApiSecret = None,
) -> None:
    """Create, in LiveKit, what a phone number needs: an inbound trunk for NUMBER, a dispatch rule
    that puts every caller in a room of their own with the agent in it (registered under the flow's name,
    or --agent-name), and, with
    --address, an outbound trunk for calls the agent places.

    Safe to run again: what already exists for the number is found and reported, not duplicated.

    Example: daisy-engine sip setup --number +15551230000 --flow flows/daisy.yaml
    --address my-trunk.pstn.twilio.com --username daisy --password ...
    """
    import asyncio

    from daisy_engine.cli.errors import unexpected
    from daisy_engine.cli.livekit_options import fail, load, one_line, phone_number, settings

    number = phone_number(number, "--number")
    flow_name = load(flow).name if flow is not None else ""
    agent = agent_name or flow_name
    if not agent:
        fail("give --flow (the agent is registered under the flow's name) or --agent-name", 2)
    config = settings(url, api_key, api_secret)
    if (username or password) and not address:
        fail("--username/--password are for the outbound trunk: give its --address too", 2)
    from daisy_engine.transports.livekit.sip import (
        LiveKitRefused,
        LiveKitUnavailable,
        OutboundTrunk,
        SetupItem,
        connect,
        setup_sip,
    )

    outbound = OutboundTrunk(address, username or "", password or "") if address else None

    async def run() -> list[SetupItem]:
        async with connect(config) as lk:
            return await setup_sip(lk, number=number, agent_name=agent, flow=flow_name, outbound=outbound)

    try:
        items = asyncio.run(run())
    except LiveKitUnavailable as exc:
        fail(str(exc))
    except LiveKitRefused as exc:  # the server refused a request: say which and why, in one line
        fail(f"LiveKit refused the setup: {one_line(exc)}")
    except Exception as exc:  # not a mistake of the user's: its traceback, then the line
        unexpected(exc, "setting up SIP")
    for item in items:
        verb = "created" if item.created else "exists "
        detail = f" ({item.detail})" if item.detail else ""
        typer.echo(f"{verb} {item.kind:<14} {item.id}  {item.name}{detail}")
    if outbound is None:
        typer.echo("no outbound trunk: pass --address (and --username/--password) to place calls")
    elif os.environ.get("LIVEKIT_SIP_OUTBOUND_TRUNK") is None:
        trunk = next(i.id for i in items if i.kind == "outbound trunk")
        typer.echo(f"outbound calls go through {trunk} (`daisy-engine call` finds it; or --trunk {trunk})")


@sip_app.command("list")
def list_command(url: Url = None, api_key: ApiKey = None, api_secret: ApiSecret = None) -> None:
    """Show the SIP trunks (inbound and outbound) and dispatch rules LiveKit has."""
    import asyncio

    from daisy_engine.cli.errors import unexpected
    from daisy_engine.cli.livekit_options import fail, one_line, settings

    config = settings(url, api_key, api_secret)
    from daisy_engine.transports.livekit.sip import LiveKitRefused, LiveKitUnavailable, SipListing, connect, list_sip

    async def run() -> SipListing:
        async with connect(config) as lk:
            return await list_sip(lk)

    try:
        listing = asyncio.run(run())
    except LiveKitUnavailable as exc:
        fail(str(exc))
    except LiveKitRefused as exc:
        fail(f"LiveKit refused the request: {one_line(exc)}")
    except Exception as exc:  # not a mistake of the user's: its traceback, then the line
        unexpected(exc, "listing SIP")
    typer.echo(f"inbound trunks ({len(listing.inbound)})")
    for trunk in listing.inbound:
        typer.echo(f"  {trunk.sip_trunk_id}  {', '.join(trunk.numbers) or '-'}  {trunk.name}")
    typer.echo(f"outbound trunks ({len(listing.outbound)})")
    for trunk in listing.outbound:
        typer.echo(f"  {trunk.sip_trunk_id}  {', '.join(trunk.numbers) or '-'}  {trunk.address}  {trunk.name}")
    typer.echo(f"dispatch rules ({len(listing.rules)})")
    for rule in listing.rules:
        agents = ", ".join(a.agent_name for a in rule.room_config.agents) or "-"
        prefix = (
            rule.rule.dispatch_rule_individual.room_prefix if rule.rule.HasField("dispatch_rule_individual") else ""
        )
        typer.echo(
            f"  {rule.sip_dispatch_rule_id}  trunks {', '.join(rule.trunk_ids) or 'any'}  "
            f"agent {agents}  rooms {prefix or '-'}*  {rule.name}"
        )

