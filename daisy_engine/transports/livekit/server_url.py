"""The LiveKit server URL (`LIVEKIT_URL` / `--url`): checked in one place for the worker and the CLI.

LiveKit is reached over WebSocket by the worker and over HTTP by its server API; a person may write
either form (`wss://my-project.livekit.cloud`, `http://localhost:7880`), and both reach the same server.
"""

from __future__ import annotations

from urllib.parse import urlparse

SCHEMES = ("ws", "wss", "http", "https")


def url_problem(url: str, name: str = "LIVEKIT_URL") -> str | None:
    """Why `url` cannot be a LiveKit server's URL (one line naming `name` and how to write it), else None."""
    text = url.strip()
    try:
        parsed = urlparse(text)
        parsed.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        parsed = None
    if parsed is None or parsed.scheme not in SCHEMES or not parsed.hostname or any(c.isspace() for c in text):
        return (
            f"{name} {url!r} is not a LiveKit server URL: write it like wss://my-project.livekit.cloud or "
            "http://localhost:7880 (ws://, wss://, http:// or https://)"
        )
    return None


def http_url(url: str) -> str:
    """The server API's address for `url` (ws → http, wss → https)."""
    parsed = urlparse(url.strip())
    scheme = {"ws": "http", "wss": "https"}.get(parsed.scheme, parsed.scheme)
    return parsed._replace(scheme=scheme).geturl()


__all__ = ["SCHEMES", "http_url", "url_problem"]
