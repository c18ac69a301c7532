"""The LiveKit transport: the only part of daisy-engine that imports `livekit`."""
