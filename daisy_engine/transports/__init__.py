"""Transports carry a `Conversation`'s actions to a caller: the console here; LiveKit separately (only
that transport imports `livekit`)."""
