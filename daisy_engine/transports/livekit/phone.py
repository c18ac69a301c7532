"""The phone side of a call on LiveKit: outbound dialing from the agent, keypad (DTMF) events.

An outbound dispatch (`daisy-engine call`, `callbacks run`, or any other tool) carries metadata like

    {"direction": "outbound", "phone": "+5215512345678", "participant_identity": "sip-5215512345678",
     "sip_trunk_id": "ST_abc", "ring_seconds": 30, "flow": "daisy", "locale": "es-MX"}

`daisy-engine call` dials from the command (so it can exit with the outcome) and leaves
`sip_trunk_id` out: the agent then only waits for `participant_identity` to join. When the metadata
gives `sip_trunk_id`, the agent dials itself (create_sip_participant, waiting until answered) and
records the attempt; an unanswered call ends the job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

DTMF_EVENT = "sip_dtmf_received"

RING_SECONDS = (5, 120)
"""How long a dialed phone may ring (as `daisy-engine call --ring` allows); 30 when the metadata gives
no usable number."""


class KeyListener(Protocol):
    def key_pressed(self, digit: str) -> None: ...


def listen_for_keys(room: Any, adapter: KeyListener) -> None:
    """Send the keys the caller presses on the phone keypad (the room's `sip_dtmf_received` events)
    to the call's adapter."""

    def on_dtmf(dtmf: Any) -> None:
        digit = str(getattr(dtmf, "digit", "") or "")
        if digit:
            adapter.key_pressed(digit)

    room.on(DTMF_EVENT, on_dtmf)


@dataclass(frozen=True)
class OutboundPlan:
    """What an outbound dispatch's metadata says about the phone side of the call."""

    phone: str
    identity: str
    trunk_id: str | None = None  # given: the agent dials
    ring_seconds: int = 30

    @property
    def agent_dials(self) -> bool:
        return bool(self.trunk_id)


def outbound_plan(metadata: str | None) -> OutboundPlan | None:
    """The plan of an outbound call, or None for an inbound one (or metadata that is not an object)."""
    try:
        data = json.loads(metadata or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("direction") != "outbound" or not data.get("phone"):
        return None
    phone = str(data["phone"])
    return OutboundPlan(
        phone=phone,
        identity=str(data.get("participant_identity") or "sip-" + "".join(ch for ch in phone if ch.isdigit())),
        trunk_id=str(data["sip_trunk_id"]) if data.get("sip_trunk_id") else None,
        ring_seconds=_ring_seconds(data.get("ring_seconds")),
    )


def _ring_seconds(value: object) -> int:
    """The metadata's ringing time within RING_SECONDS; 30 for one that is not a positive number."""
    import math

    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value <= 0:
        return 30
    low, high = RING_SECONDS
    return int(min(max(value, low), high))
