"""The room and SIP operations a call needs, behind the adapter's `RoomOps`: hang up, transfer.

Small on purpose: the telephony layer (`phone`: outbound dialling, DTMF) builds on these.
"""

from __future__ import annotations

from livekit import rtc
from livekit.agents import JobContext

from daisy_engine.runtime.masking import masked_logger, preview

logger = masked_logger("daisy_engine.livekit")  # masked at INFO, whatever the handlers


def is_sip(participant: rtc.RemoteParticipant | None) -> bool:
    return participant is not None and participant.kind == rtc.ParticipantKind.PARTICIPANT_KIND_SIP


def sip_attributes(participant: rtc.RemoteParticipant | None) -> dict[str, str]:
    """The `sip.*` attributes of a SIP participant (its number, call status...); empty for others."""
    if not is_sip(participant):
        return {}
    return {key: value for key, value in dict(participant.attributes).items() if key.startswith("sip.")}


class JobRoom:
    """The room of a LiveKit job: hanging up deletes the room (every leg, SIP included, is dropped);
    a transfer hands the SIP caller over with a SIP REFER."""

    def __init__(self, ctx: JobContext, caller: rtc.RemoteParticipant | None) -> None:
        self.ctx = ctx
        self.caller = caller

    async def hang_up(self) -> None:
        if self.ctx.is_fake_job():
            return
        await self.ctx.delete_room()

    async def transfer(self, to: str) -> None:
        """SIP-transfer the caller to `to`. Raises `TransferFailed` when it cannot happen (the caller is
        not on a phone line, nobody answered, the number was refused): the flow's fallback runs."""
        from daisy_engine.transports.livekit.sip import TransferFailed, transfer_call

        if not is_sip(self.caller):
            logger.warning("cannot transfer to %s: the caller is not on a phone line", preview(to))
            raise TransferFailed("the caller is not on a phone line")
        if self.ctx.is_fake_job():
            return
        assert self.caller is not None
        await transfer_call(self.ctx.api, room=self.ctx.room.name, identity=self.caller.identity, to=to)
