"""A stand-in for LiveKit's server API on 127.0.0.1: Twirp (protobuf over HTTP POST) as livekit-api
speaks it, with the livekit.protocol message classes.

It checks what a real server checks first (the route, the content type, a JWT signed with the API
secret whose grants allow the method) and keeps what it was asked, so tests assert on the requests:
trunks, dispatch rules, agent dispatches, dialed participants, transfers, deleted rooms. Dial and
transfer failures are scripted per number, answered the way LiveKit answers them (a Twirp error whose
metadata carries `sip_status_code` and `sip_status`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from livekit.protocol import agent_dispatch, room, sip

API_KEY = "APIstandin"
API_SECRET = "standin-secret-that-is-long-enough-for-hs256"

# method -> (request class, handler name, grant check)
_SIP_ADMIN = ("sip", "admin")
_SIP_CALL = ("sip", "call")


@dataclass
class Scripted:
    code: int
    reason: str
    http: int = 503
    twirp: str = "unavailable"


@dataclass
class StandIn:
    base_url: str = ""
    inbound: list[sip.SIPInboundTrunkInfo] = field(default_factory=list)
    outbound: list[sip.SIPOutboundTrunkInfo] = field(default_factory=list)
    rules: list[sip.SIPDispatchRuleInfo] = field(default_factory=list)
    dispatches: list[agent_dispatch.CreateAgentDispatchRequest] = field(default_factory=list)
    participants: list[sip.CreateSIPParticipantRequest] = field(default_factory=list)
    transfers: list[sip.TransferSIPParticipantRequest] = field(default_factory=list)
    deleted_rooms: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)  # every method, in order
    rejected: list[str] = field(default_factory=list)  # requests refused by a check
    dial_failures: dict[str, Scripted] = field(default_factory=dict)  # by number called
    transfer_failures: dict[str, Scripted] = field(default_factory=dict)  # by transfer target
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    def next_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):04d}"


def _error(status: int, code: str, msg: str, meta: dict[str, str] | None = None) -> web.Response:
    body: dict[str, Any] = {"code": code, "msg": msg}
    if meta:
        body["meta"] = meta
    return web.json_response(body, status=status)


def _grant(claims: dict[str, Any], section: str, name: str) -> bool:
    return bool((claims.get(section) or {}).get(name))


async def _handle(state: StandIn, request: web.Request) -> web.Response:
    service, method = request.match_info["service"], request.match_info["method"]
    state.calls.append(method)
    if request.headers.get("Content-Type") != "application/protobuf":
        state.rejected.append(f"{method}: content type")
        return _error(415, "malformed", "expected application/protobuf")
    auth = request.headers.get("Authorization", "")
    try:
        claims = jwt.decode(auth.removeprefix("Bearer "), API_SECRET, algorithms=["HS256"])
    except jwt.PyJWTError as exc:
        state.rejected.append(f"{method}: token")
        return _error(401, "unauthenticated", str(exc))
    if claims.get("iss") != API_KEY:
        state.rejected.append(f"{method}: api key")
        return _error(401, "unauthenticated", "unknown API key")
    body = await request.read()
    handler = _ROUTES.get((service, method))
    if handler is None:
        return _error(404, "bad_route", f"no handler for {service}/{method}")
    return await handler(state, claims, body)


def _ok(message: Any) -> web.Response:
    return web.Response(body=message.SerializeToString(), content_type="application/protobuf")


def _denied(state: StandIn, method: str) -> web.Response:
    state.rejected.append(f"{method}: grants")
    return _error(403, "permission_denied", "missing grant")


async def _create_inbound(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "CreateSIPInboundTrunk")
    req = sip.CreateSIPInboundTrunkRequest.FromString(body)
    trunk = sip.SIPInboundTrunkInfo()
    trunk.CopyFrom(req.trunk)
    trunk.sip_trunk_id = state.next_id("ST")
    state.inbound.append(trunk)
    return _ok(trunk)


async def _create_outbound(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "CreateSIPOutboundTrunk")
    req = sip.CreateSIPOutboundTrunkRequest.FromString(body)
    if not req.trunk.address:
        return _error(400, "invalid_argument", "address is required")
    trunk = sip.SIPOutboundTrunkInfo()
    trunk.CopyFrom(req.trunk)
    trunk.sip_trunk_id = state.next_id("ST")
    state.outbound.append(trunk)
    return _ok(trunk)


async def _create_rule(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "CreateSIPDispatchRule")
    req = sip.CreateSIPDispatchRuleRequest.FromString(body)
    info = sip.SIPDispatchRuleInfo()
    info.CopyFrom(req.dispatch_rule)
    if not info.HasField("rule"):
        return _error(400, "invalid_argument", "dispatch_rule.rule is required")
    known = {t.sip_trunk_id for t in state.inbound}
    if any(t not in known for t in info.trunk_ids):
        return _error(404, "not_found", "unknown trunk")
    info.sip_dispatch_rule_id = state.next_id("SDR")
    state.rules.append(info)
    return _ok(info)


async def _list_inbound(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "ListSIPInboundTrunk")
    return _ok(sip.ListSIPInboundTrunkResponse(items=state.inbound))


async def _list_outbound(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "ListSIPOutboundTrunk")
    return _ok(sip.ListSIPOutboundTrunkResponse(items=state.outbound))


async def _list_rules(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_ADMIN):
        return _denied(state, "ListSIPDispatchRule")
    return _ok(sip.ListSIPDispatchRuleResponse(items=state.rules))


async def _create_participant(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not _grant(claims, *_SIP_CALL):
        return _denied(state, "CreateSIPParticipant")
    req = sip.CreateSIPParticipantRequest.FromString(body)
    state.participants.append(req)
    if req.sip_trunk_id not in {t.sip_trunk_id for t in state.outbound}:
        return _error(404, "not_found", f"outbound trunk {req.sip_trunk_id} not found")
    if not any(d.room == req.room_name for d in state.dispatches):
        return _error(400, "failed_precondition", "no agent was dispatched to this room (test expectation)")
    failure = state.dial_failures.get(req.sip_call_to)
    if failure is not None:
        return _error(
            failure.http,
            failure.twirp,
            f"call failed: {failure.reason}",
            {"sip_status_code": str(failure.code), "sip_status": failure.reason},
        )
    return _ok(
        sip.SIPParticipantInfo(
            participant_id=state.next_id("PA"),
            participant_identity=req.participant_identity,
            room_name=req.room_name,
            sip_call_id=state.next_id("SCL"),
        )
    )


async def _transfer(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    req = sip.TransferSIPParticipantRequest.FromString(body)
    video = claims.get("video") or {}
    if not _grant(claims, *_SIP_CALL) or not video.get("roomAdmin") or video.get("room") != req.room_name:
        return _denied(state, "TransferSIPParticipant")
    state.transfers.append(req)
    failure = state.transfer_failures.get(req.transfer_to)
    if failure is not None:
        return _error(
            failure.http,
            failure.twirp,
            f"transfer failed: {failure.reason}",
            {
                "sip_status_code": str(failure.code),
                "sip_status": failure.reason,
                "sip_transfer_reason": "STR_SIP_ERROR",
            },
        )
    return _ok(sip.TransferSIPParticipantResponse())


async def _create_dispatch(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    req = agent_dispatch.CreateAgentDispatchRequest.FromString(body)
    video = claims.get("video") or {}
    if not video.get("roomAdmin") or video.get("room") != req.room:
        return _denied(state, "CreateDispatch")
    state.dispatches.append(req)
    return _ok(
        agent_dispatch.AgentDispatch(
            id=state.next_id("AD"), agent_name=req.agent_name, room=req.room, metadata=req.metadata
        )
    )


async def _delete_room(state: StandIn, claims: dict[str, Any], body: bytes) -> web.Response:
    if not (claims.get("video") or {}).get("roomCreate"):
        return _denied(state, "DeleteRoom")
    req = room.DeleteRoomRequest.FromString(body)
    state.deleted_rooms.append(req.room)
    return _ok(room.DeleteRoomResponse())


_ROUTES = {
    ("livekit.SIP", "CreateSIPInboundTrunk"): _create_inbound,
    ("livekit.SIP", "CreateSIPOutboundTrunk"): _create_outbound,
    ("livekit.SIP", "CreateSIPDispatchRule"): _create_rule,
    ("livekit.SIP", "ListSIPInboundTrunk"): _list_inbound,
    ("livekit.SIP", "ListSIPOutboundTrunk"): _list_outbound,
    ("livekit.SIP", "ListSIPDispatchRule"): _list_rules,
    ("livekit.SIP", "CreateSIPParticipant"): _create_participant,
    ("livekit.SIP", "TransferSIPParticipant"): _transfer,
    ("livekit.AgentDispatchService", "CreateDispatch"): _create_dispatch,
    ("livekit.RoomService", "DeleteRoom"): _delete_room,
}


async def start_standin() -> tuple[StandIn, web.AppRunner]:
    state = StandIn()
    app = web.Application()

    async def route(request: web.Request) -> web.Response:
        return await _handle(state, request)

    app.router.add_post("/twirp/{service}/{method}", route)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    state.base_url = f"http://127.0.0.1:{port}"
    return state, runner
