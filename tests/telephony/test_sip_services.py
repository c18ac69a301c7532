"""SIP setup, outbound dialing and transfers through the real livekit-api client, against a Twirp
stand-in on 127.0.0.1 that checks every request."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from twirp_standin import API_KEY, API_SECRET, Scripted, StandIn, start_standin

from daisy_engine.transports.livekit.sip import (
    LiveKitSettings,
    LiveKitUnavailable,
    OutboundCall,
    OutboundTrunk,
    TransferFailed,
    connect,
    end_room,
    list_sip,
    place_call,
    setup_sip,
    transfer_call,
)

NUMBER = "+15551230000"
DRIVER = "+5215512345678"


@pytest.fixture
async def standin() -> AsyncIterator[StandIn]:
    state, runner = await start_standin()
    try:
        yield state
    finally:
        await runner.cleanup()


def settings(state: StandIn) -> LiveKitSettings:
    return LiveKitSettings(state.base_url, API_KEY, API_SECRET)


async def test_setup_creates_trunks_and_a_rule_then_finds_them_the_second_time(standin: StandIn) -> None:
    trunk = OutboundTrunk("example.pstn.twilio.com", "daisy", "s3cret")
    async with connect(settings(standin)) as lk:
        first = await setup_sip(lk, number=NUMBER, agent_name="daisy-agent", flow="daisy", outbound=trunk)
        second = await setup_sip(lk, number=NUMBER, agent_name="daisy-agent", flow="daisy", outbound=trunk)
    assert [(i.kind, i.created) for i in first] == [
        ("inbound trunk", True),
        ("dispatch rule", True),
        ("outbound trunk", True),
    ]
    assert [(i.kind, i.created) for i in second] == [
        ("inbound trunk", False),
        ("dispatch rule", False),
        ("outbound trunk", False),
    ]
    assert [i.id for i in first] == [i.id for i in second]
    async with connect(settings(standin)) as lk:
        other = await setup_sip(lk, number=NUMBER, agent_name="clinic", flow="clinic")
    assert "not clinic" in other[1].detail and len(standin.rules) == 1  # reported, never replaced
    assert len(standin.inbound) == len(standin.rules) == len(standin.outbound) == 1
    [inbound], [rule], [outbound] = standin.inbound, standin.rules, standin.outbound
    assert list(inbound.numbers) == [NUMBER]
    assert list(rule.trunk_ids) == [inbound.sip_trunk_id]
    assert rule.rule.dispatch_rule_individual.room_prefix == "call-"
    [agent] = rule.room_config.agents
    assert agent.agent_name == "daisy-agent"
    assert json.loads(agent.metadata) == {"flow": "daisy", "direction": "inbound"}
    assert (outbound.address, outbound.auth_username, outbound.auth_password) == (
        "example.pstn.twilio.com",
        "daisy",
        "s3cret",
    )
    assert list(outbound.numbers) == [NUMBER]
    assert standin.rejected == []


async def test_list_shows_what_setup_made(standin: StandIn) -> None:
    async with connect(settings(standin)) as lk:
        await setup_sip(lk, number=NUMBER, agent_name="a", flow="daisy", outbound=OutboundTrunk("sip.example.com"))
        listing = await list_sip(lk)
    assert [list(t.numbers) for t in listing.inbound] == [[NUMBER]]
    assert [t.address for t in listing.outbound] == ["sip.example.com"]
    assert len(listing.rules) == 1


async def answered_call(standin: StandIn) -> OutboundCall:
    async with connect(settings(standin)) as lk:
        await setup_sip(lk, number=NUMBER, agent_name="a", flow="daisy", outbound=OutboundTrunk("sip.example.com"))
    return OutboundCall(
        phone=DRIVER,
        trunk_id=standin.outbound[0].sip_trunk_id,
        flow="daisy",
        agent_name="daisy-agent",
        locale="es-MX",
        context={"company": "ACME"},
        ring_seconds=25,
    )


async def test_an_answered_call_dispatches_the_agent_then_dials_into_its_room(standin: StandIn) -> None:
    call = await answered_call(standin)
    async with connect(settings(standin)) as lk:
        placed = await place_call(lk, call)
    assert placed.attempt.outcome == "answered" and placed.attempt.exit_code == 0
    [dispatch] = standin.dispatches
    assert dispatch.agent_name == "daisy-agent" and dispatch.room == placed.room
    meta = json.loads(dispatch.metadata)
    assert meta["direction"] == "outbound" and meta["phone"] == DRIVER and meta["flow"] == "daisy"
    assert meta["locale"] == "es-MX" and meta["context"] == {"company": "ACME"}
    [dial] = standin.participants
    assert (dial.sip_call_to, dial.sip_trunk_id, dial.room_name) == (DRIVER, call.trunk_id, placed.room)
    assert dial.wait_until_answered and dial.ringing_timeout.seconds == 25
    assert dial.participant_identity == meta["participant_identity"]
    assert standin.calls[-2:] == ["CreateDispatch", "CreateSIPParticipant"]
    assert standin.deleted_rooms == []


@pytest.mark.parametrize(
    ("code", "reason", "outcome", "http"),
    [
        (486, "Busy Here", "busy", 503),
        (480, "Temporarily Unavailable", "no_answer", 503),
        (487, "Request Terminated", "no_answer", 408),
        (603, "Decline", "rejected", 503),
        (404, "Not Found", "failed", 404),
    ],
)
async def test_a_dial_that_fails_is_an_outcome_and_its_room_is_deleted(
    standin: StandIn, code: int, reason: str, outcome: str, http: int
) -> None:
    call = await answered_call(standin)
    standin.dial_failures[DRIVER] = Scripted(code, reason, http=http, twirp="unavailable" if http >= 500 else "x")
    async with connect(settings(standin)) as lk:
        placed = await place_call(lk, call)
    assert (placed.attempt.outcome, placed.attempt.sip_status) == (outcome, code)
    assert reason in placed.attempt.detail
    assert standin.deleted_rooms == [placed.room]


async def test_a_transfer_names_the_room_caller_and_target(standin: StandIn) -> None:
    async with connect(settings(standin)) as lk:
        await transfer_call(lk, room="call-1", identity="sip-5215512345678", to="+5215599999999")
        standin.transfer_failures["tel:+5215500000000"] = Scripted(486, "Busy Here")
        with pytest.raises(TransferFailed, match="486 Busy Here"):
            await transfer_call(lk, room="call-1", identity="sip-5215512345678", to="+5215500000000")
        await end_room(lk, "call-1")
    first = standin.transfers[0]
    assert (first.room_name, first.participant_identity, first.transfer_to) == (
        "call-1",
        "sip-5215512345678",
        "tel:+5215599999999",
    )
    assert standin.deleted_rooms == ["call-1"]


async def test_bad_credentials_and_an_unreachable_server_are_one_line(standin: StandIn) -> None:
    async with connect(LiveKitSettings(standin.base_url, API_KEY, "wrong-secret-wrong-secret-wrong-secret")) as lk:
        with pytest.raises(LiveKitUnavailable, match="refused the API key"):
            await list_sip(lk)
    async with connect(LiveKitSettings("http://127.0.0.1:9", API_KEY, API_SECRET)) as lk:
        with pytest.raises(LiveKitUnavailable, match="cannot reach LiveKit") as caught:
            await list_sip(lk)
    assert "\n" not in str(caught.value)


class FakeJob:
    """The parts of a LiveKit JobContext the agent's own dialing uses, with the real API client."""

    def __init__(self, lk, room: str) -> None:  # noqa: ANN001
        self.api = lk
        self.room = type("Room", (), {"name": room})()
        self.job = type("Job", (), {"id": "AJ_test"})()
        self.shutdowns: list[str] = []
        self.deleted = False

    async def delete_room(self) -> None:
        self.deleted = True

    def shutdown(self, reason: str = "") -> None:
        self.shutdowns.append(reason)


@pytest.mark.parametrize(("failure", "answered"), [(None, True), (Scripted(486, "Busy Here"), False)])
async def test_the_agent_dials_when_the_dispatch_gives_the_trunk(
    standin: StandIn, tmp_path, failure: Scripted | None, answered: bool
) -> None:
    from livekit.protocol.agent_dispatch import CreateAgentDispatchRequest

    from daisy_engine.compiler import compile_flow
    from daisy_engine.flow import load_flow
    from daisy_engine.store.callbacks import CallbackQueue
    from daisy_engine.transports.livekit.entrypoint import FlowApp, _dial
    from daisy_engine.transports.livekit.phone import outbound_plan

    call = await answered_call(standin)
    # The job was dispatched into its room (by `lk dispatch create` or any other tool); the agent dials.
    standin.dispatches.append(CreateAgentDispatchRequest(agent_name="daisy", room="call-out-1"))
    if failure is not None:
        standin.dial_failures[DRIVER] = failure
    plan = outbound_plan(
        json.dumps({"direction": "outbound", "phone": DRIVER, "sip_trunk_id": call.trunk_id, "ring_seconds": 20})
    )
    assert plan is not None and plan.agent_dials
    daisy = compile_flow(load_flow(Path(__file__).resolve().parents[2] / "flows" / "daisy.yaml"))
    app = FlowApp(daisy, records=tmp_path / "r.db", api_key="unused")
    async with connect(settings(standin)) as lk:
        job = FakeJob(lk, "call-out-1")
        assert await _dial(job, app, plan) is answered
    [dial] = standin.participants
    assert (dial.sip_call_to, dial.sip_trunk_id, dial.room_name) == (DRIVER, call.trunk_id, "call-out-1")
    assert dial.participant_identity == plan.identity and dial.ringing_timeout.seconds == 20
    queue = CallbackQueue(tmp_path / "r.db")
    assert [a.outcome for a in queue.attempts()] == ["answered" if answered else "busy"]
    assert (job.deleted, bool(job.shutdowns)) == (not answered, not answered)
    assert [c.reason for c in queue.callbacks()] == ([] if answered else ["unanswered"])  # Daisy retries
