"""LiveKit's SIP, agent-dispatch and room services, through `livekit-api` (Twirp over HTTP).

- `setup_sip`: the inbound trunk for a phone number, a dispatch rule that puts every caller in a room
  of their own with the agent dispatched into it (the flow in its metadata), and the outbound trunk.
  Idempotent: what already exists for the number is found and reported, never duplicated.
- `list_sip`: trunks and rules.
- `place_call`: an outbound call: the agent is dispatched into a new room with the call's metadata,
  then the number is dialed into that room through the outbound trunk, waiting until it is answered.
  A busy, unanswered, declined or failed dial becomes an `Attempt` (and the room is deleted).
- `transfer_call`, `end_room`: SIP transfer of a caller, and hanging up by deleting the room.

Every function takes a `livekit.api.LiveKitAPI` (the CLI opens one with `connect`; an agent has
`JobContext.api`). Network failures become `LiveKitUnavailable`, one line for a person to read.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from livekit import api

from daisy_engine.errors import DaisyError
from daisy_engine.telephony.outcomes import Attempt, DialUnavailable, outcome_for_sip_status

DEFAULT_AGENT_NAME = "daisy-engine"
ROOM_PREFIX = "call-"
NAME_PREFIX = "daisy-engine"


class LiveKitUnavailable(DialUnavailable):
    """LiveKit cannot be reached, or refused the credentials. One line, for a person."""


class LiveKitRefused(DaisyError):
    """LiveKit answered a request with an error (an unknown trunk, a bad number, a quota): its Twirp
    `code`, `message`, HTTP `status` and `metadata` (a SIP status, when there was a call)."""

    def __init__(self, what: str, code: str, message: str, status: int, metadata: dict[str, str]) -> None:
        super().__init__(f"LiveKit refused to {what}: {message or code}")
        self.code, self.message, self.status, self.metadata = code, message or code, status, metadata


class TransferFailed(DaisyError):
    """A SIP transfer did not complete (nobody answered, the number was refused...)."""


@dataclass(frozen=True)
class LiveKitSettings:
    url: str
    api_key: str
    api_secret: str


@asynccontextmanager
async def connect(settings: LiveKitSettings, *, timeout: float = 10.0) -> AsyncIterator[api.LiveKitAPI]:
    """An API client for the server at `settings.url` (closed on exit)."""
    client = api.LiveKitAPI(
        settings.url, settings.api_key, settings.api_secret, timeout=aiohttp.ClientTimeout(total=timeout)
    )
    try:
        yield client
    finally:
        await client.aclose()


@asynccontextmanager
async def _reaching(lk: api.LiveKitAPI, what: str) -> AsyncIterator[None]:
    """Turn transport and authentication failures into `LiveKitUnavailable` (one line)."""
    url = getattr(getattr(lk, "_sip", None), "_client", None)
    where = getattr(url, "host", "the LiveKit server")
    try:
        yield
    except TimeoutError:  # before ClientConnectionError: aiohttp's read timeout is both
        raise LiveKitUnavailable(f"LiveKit at {where} did not answer in time to {what}") from None
    except (aiohttp.ClientConnectionError, aiohttp.InvalidURL, OSError) as exc:
        raise LiveKitUnavailable(f"cannot reach LiveKit at {where} to {what}: {_reason(exc)}") from None
    except api.TwirpError as exc:
        if exc.code in ("unauthenticated", "permission_denied"):
            raise LiveKitUnavailable(
                f"LiveKit at {where} refused the API key and secret ({exc.code}): "
                "check LIVEKIT_API_KEY and LIVEKIT_API_SECRET"
            ) from None
        if not exc.message and exc.code in ("", "unknown"):
            # No Twirp error body: the URL reaches a web server that is not LiveKit's API (wrong port, a proxy).
            raise LiveKitUnavailable(
                f"LiveKit at {where} answered HTTP {exc.status} to {what}, which is not a LiveKit API answer: "
                "check LIVEKIT_URL"
            ) from None
        metadata = dict(getattr(exc, "metadata", None) or {})
        raise LiveKitRefused(what, exc.code, exc.message, exc.status, metadata) from None


def _reason(exc: BaseException) -> str:
    os_error = getattr(exc, "os_error", None)  # aiohttp's ClientConnectorError: the socket's own reason
    text = (getattr(os_error, "strerror", None) or str(exc)).strip() or type(exc).__name__
    return text.splitlines()[0]


# -- setup and listing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboundTrunk:
    """Where outbound calls go (e.g. Twilio's termination URI) and the credentials it wants."""

    address: str
    username: str = ""
    password: str = ""


@dataclass(frozen=True)
class SetupItem:
    kind: str  # inbound trunk | dispatch rule | outbound trunk
    id: str
    name: str
    created: bool
    detail: str = ""


async def setup_sip(
    lk: api.LiveKitAPI, *, number: str, agent_name: str, flow: str, outbound: OutboundTrunk | None = None
) -> list[SetupItem]:
    """Make sure `number` has an inbound trunk, a dispatch rule to `agent_name` running `flow`, and
    (with `outbound`) an outbound trunk. What exists is reported, not created again."""
    done: list[SetupItem] = []
    async with _reaching(lk, "set up SIP"):
        inbound = [
            t for t in (await lk.sip.list_inbound_trunk(api.ListSIPInboundTrunkRequest())).items if number in t.numbers
        ]
        if inbound:
            trunk = inbound[0]
            done.append(SetupItem("inbound trunk", trunk.sip_trunk_id, trunk.name, False))
        else:
            trunk = await lk.sip.create_inbound_trunk(
                api.CreateSIPInboundTrunkRequest(
                    trunk=api.SIPInboundTrunkInfo(name=f"{NAME_PREFIX} inbound {number}", numbers=[number])
                )
            )
            done.append(SetupItem("inbound trunk", trunk.sip_trunk_id, trunk.name, True))
        rules = [
            r
            for r in (await lk.sip.list_dispatch_rule(api.ListSIPDispatchRuleRequest())).items
            if trunk.sip_trunk_id in r.trunk_ids
        ]
        if rules:
            rule = rules[0]
            names = [a.agent_name for a in rule.room_config.agents]
            detail = f"agent {', '.join(names) or 'none'}"
            if agent_name not in names:  # reported, not changed: another deployment may rely on it
                detail += f"; not {agent_name}: delete this rule in LiveKit to dispatch to {agent_name}"
            done.append(SetupItem("dispatch rule", rule.sip_dispatch_rule_id, rule.name, False, detail))
        else:
            metadata = json.dumps({"flow": flow, "direction": "inbound"} if flow else {"direction": "inbound"})
            rule = await lk.sip.create_dispatch_rule(
                api.CreateSIPDispatchRuleRequest(
                    dispatch_rule=api.SIPDispatchRuleInfo(
                        name=f"{NAME_PREFIX} {flow} {number}",
                        trunk_ids=[trunk.sip_trunk_id],
                        rule=api.SIPDispatchRule(
                            dispatch_rule_individual=api.SIPDispatchRuleIndividual(room_prefix=ROOM_PREFIX)
                        ),
                        room_config=api.RoomConfiguration(
                            agents=[api.RoomAgentDispatch(agent_name=agent_name, metadata=metadata)]
                        ),
                    )
                )
            )
            done.append(SetupItem("dispatch rule", rule.sip_dispatch_rule_id, rule.name, True, f"agent {agent_name}"))
        if outbound is not None:
            existing = [
                t
                for t in (await lk.sip.list_outbound_trunk(api.ListSIPOutboundTrunkRequest())).items
                if number in t.numbers
            ]
            if existing:
                out = existing[0]
                done.append(SetupItem("outbound trunk", out.sip_trunk_id, out.name, False, out.address))
            else:
                out = await lk.sip.create_outbound_trunk(
                    api.CreateSIPOutboundTrunkRequest(
                        trunk=api.SIPOutboundTrunkInfo(
                            name=f"{NAME_PREFIX} outbound {number}",
                            address=outbound.address,
                            numbers=[number],
                            auth_username=outbound.username,
                            auth_password=outbound.password,
                        )
                    )
                )
                done.append(SetupItem("outbound trunk", out.sip_trunk_id, out.name, True, out.address))
    return done


@dataclass(frozen=True)
class SipListing:
    inbound: list[Any] = field(default_factory=list)
    outbound: list[Any] = field(default_factory=list)
    rules: list[Any] = field(default_factory=list)


async def list_sip(lk: api.LiveKitAPI) -> SipListing:
    async with _reaching(lk, "list SIP trunks"):
        return SipListing(
            inbound=list((await lk.sip.list_inbound_trunk(api.ListSIPInboundTrunkRequest())).items),
            outbound=list((await lk.sip.list_outbound_trunk(api.ListSIPOutboundTrunkRequest())).items),
            rules=list((await lk.sip.list_dispatch_rule(api.ListSIPDispatchRuleRequest())).items),
        )


async def outbound_trunk_for(lk: api.LiveKitAPI, trunk: str | None) -> str:
    """The outbound trunk to dial through: `trunk` (an id) when given, else the only one there is."""
    if trunk:
        return trunk
    async with _reaching(lk, "find the outbound trunk"):
        trunks = list((await lk.sip.list_outbound_trunk(api.ListSIPOutboundTrunkRequest())).items)
    if len(trunks) == 1:
        return str(trunks[0].sip_trunk_id)
    if not trunks:
        raise LiveKitUnavailable("LiveKit has no outbound SIP trunk: run `daisy-engine sip setup` with --address")
    ids = ", ".join(t.sip_trunk_id for t in trunks)
    raise LiveKitUnavailable(f"LiveKit has several outbound trunks ({ids}): choose one with --trunk")


# -- calls ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboundCall:
    """One call to place: who, through which trunk, and what the agent is told (dispatch metadata)."""

    phone: str
    trunk_id: str
    flow: str
    agent_name: str = DEFAULT_AGENT_NAME
    locale: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    ring_seconds: int = 30
    room: str = ""

    def room_name(self) -> str:
        digits = "".join(ch for ch in self.phone if ch.isdigit())[-4:]
        return self.room or f"{ROOM_PREFIX}out-{digits}-{secrets.token_hex(4)}"

    def identity(self) -> str:
        return "sip-" + "".join(ch for ch in self.phone if ch.isdigit())

    def metadata(self, room: str) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "direction": "outbound",
            "phone": self.phone,
            "locale": self.locale,
            "call_id": room,
            "participant_identity": self.identity(),
            "context": self.context,
        }


@dataclass(frozen=True)
class PlacedCall:
    attempt: Attempt
    room: str
    dispatch_id: str = ""


async def place_call(lk: api.LiveKitAPI, call: OutboundCall) -> PlacedCall:
    """Dispatch the agent into a new room, then dial the number into it and wait for the answer.

    Raises `LiveKitUnavailable` when nothing could be dialed (server unreachable, bad credentials);
    every other end of the dial is an `Attempt` (answered, busy, no_answer, rejected, failed)."""
    room = call.room_name()
    async with _reaching(lk, "dispatch the agent"):
        dispatch = await lk.agent_dispatch.create_dispatch(
            api.CreateAgentDispatchRequest(
                agent_name=call.agent_name, room=room, metadata=json.dumps(call.metadata(room))
            )
        )
    attempt = await dial(
        lk,
        phone=call.phone,
        trunk_id=call.trunk_id,
        room=room,
        identity=call.identity(),
        ring_seconds=call.ring_seconds,
    )
    if not attempt.answered:
        await _cleanup(lk, room)
    return PlacedCall(attempt, room, dispatch.id)


async def dial(
    lk: api.LiveKitAPI, *, phone: str, trunk_id: str, room: str, identity: str, ring_seconds: int = 30
) -> Attempt:
    """Dial `phone` through the outbound trunk into `room` and wait until it is answered. Every end of
    the dial is an `Attempt`; nothing is cleaned up here."""
    request = api.CreateSIPParticipantRequest(
        sip_trunk_id=trunk_id,
        sip_call_to=phone,
        room_name=room,
        participant_identity=identity,
        participant_name=phone,
        wait_until_answered=True,
    )
    request.ringing_timeout.seconds = ring_seconds
    try:
        await lk.sip.create_sip_participant(request)
        return Attempt("answered")
    except api.TwirpError as exc:
        code = _sip_status(exc)
        return Attempt(outcome_for_sip_status(code), code, _sip_detail(exc, code))
    except TimeoutError:  # the request outlasts the ringing timeout: it rang out
        return Attempt("no_answer", None, "no answer before the ringing timeout")
    except (aiohttp.ClientConnectionError, OSError) as exc:  # the dial may have reached the phone
        return Attempt("failed", None, f"connection to LiveKit lost while dialing: {_reason(exc)}")


def _sip_status(exc: Exception) -> int | None:
    raw = (getattr(exc, "metadata", None) or {}).get("sip_status_code")
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def _sip_detail(exc: Exception, code: int | None) -> str:
    status = (getattr(exc, "metadata", None) or {}).get("sip_status") or ""
    if code is not None:
        return f"{code} {status}".strip()
    return f"{getattr(exc, 'code', 'error')}: {getattr(exc, 'message', '') or exc}"


async def _cleanup(lk: api.LiveKitAPI, room: str) -> None:
    """The dial failed: delete the room, so the agent dispatched into it leaves at once."""
    # Best effort: an empty room also closes by itself after its timeout.
    with contextlib.suppress(Exception):
        await end_room(lk, room)


async def end_room(lk: api.LiveKitAPI, room: str) -> None:
    """Hang up everyone in `room` by deleting it."""
    async with _reaching(lk, "delete the room"):
        await lk.room.delete_room(api.DeleteRoomRequest(room=room))


async def transfer_call(lk: api.LiveKitAPI, *, room: str, identity: str, to: str, ring_seconds: int = 30) -> None:
    """SIP-transfer the participant `identity` in `room` to `to` (a phone number or SIP URI).
    Raises `TransferFailed` (with the reason) when it did not complete."""
    target = to if to.startswith(("sip:", "tel:")) else f"tel:{to}"
    request = api.TransferSIPParticipantRequest(
        room_name=room, participant_identity=identity, transfer_to=target, play_dialtone=False
    )
    request.ringing_timeout.seconds = ring_seconds
    try:
        async with _reaching(lk, "transfer the call"):
            response = await lk.sip.transfer_sip_participant(request)
    except (LiveKitRefused, LiveKitUnavailable) as exc:
        code = _sip_status(exc)
        raise TransferFailed(_sip_detail(exc, code) if isinstance(exc, LiveKitRefused) else str(exc)) from None
    failed = getattr(api, "SIPTransferStatus", None)
    status = getattr(response, "status", None)
    if failed is not None and status == failed.Value("STS_TRANSFER_FAILED"):
        raise TransferFailed(getattr(response, "reason", "") or "the transfer failed")


__all__ = [
    "DEFAULT_AGENT_NAME",
    "LiveKitSettings",
    "LiveKitRefused",
    "LiveKitUnavailable",
    "OutboundCall",
    "OutboundTrunk",
    "PlacedCall",
    "SetupItem",
    "SipListing",
    "TransferFailed",
    "connect",
    "dial",
    "end_room",
    "list_sip",
    "outbound_trunk_for",
    "place_call",
    "setup_sip",
    "transfer_call",
]
