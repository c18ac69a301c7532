"""Join tokens: let a browser client or the LiveKit Agents Playground talk to the agent without a phone."""

from __future__ import annotations

from datetime import timedelta

from livekit import api


def join_token(
    api_key: str,
    api_secret: str,
    *,
    room: str,
    identity: str,
    name: str | None = None,
    ttl: timedelta = timedelta(hours=1),
    agent_name: str | None = None,
    metadata: str | None = None,
) -> str:
    """A JWT to join `room` as `identity` (publish the microphone, hear the agent, send chat text).
    With `agent_name`, joining dispatches that agent to the room, with `metadata` (the call's JSON:
    locale, phone, context) as its job metadata."""
    token = (
        api.AccessToken(api_key, api_secret)
        .with_identity(identity)
        .with_name(name or identity)
        .with_ttl(ttl)
        .with_grants(
            api.VideoGrants(room_join=True, room=room, can_publish=True, can_subscribe=True, can_publish_data=True)
        )
    )
    if agent_name:
        token = token.with_room_config(
            api.RoomConfiguration(agents=[api.RoomAgentDispatch(agent_name=agent_name, metadata=metadata or "")])
        )
    return token.to_jwt()
