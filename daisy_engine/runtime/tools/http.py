"""The `http` built-in: POST the arguments as JSON to `settings.url`, return the JSON reply.

Uses the standard library in a worker thread, so the engine needs no HTTP client dependency; the
registry adds the timeout and retries every tool gets.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from daisy_engine.runtime.threads import run_blocking
from daisy_engine.runtime.tools.context import ToolContext, ToolError

MAX_REPLY_BYTES = 1024 * 1024


def _send(url: str, method: str, headers: dict[str, str], body: bytes, timeout: float) -> Any:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310 (scheme checked)
            status = reply.status
            payload = reply.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ToolError(f"HTTP {exc.code} from {urlsplit(url).netloc}") from None
    except urllib.error.URLError as exc:
        raise ToolError(f"cannot reach {urlsplit(url).netloc}: {exc.reason}") from None
    except TimeoutError:
        raise ToolError(f"no reply from {urlsplit(url).netloc} within {timeout:g} s") from None
    if len(payload) > MAX_REPLY_BYTES:
        raise ToolError("the reply is larger than 1 MB")
    if not payload.strip():
        return {"status": status}
    try:
        return json.loads(payload)
    except ValueError:
        raise ToolError(f"the reply from {urlsplit(url).netloc} is not JSON") from None


async def http(ctx: ToolContext, args: dict[str, Any]) -> Any:
    url = str(ctx.settings.get("url") or "")
    if urlsplit(url).scheme not in ("http", "https"):
        # urllib would also open file:// and ftp:// URLs; a flow only ever means a web service.
        raise ToolError(f"settings.url must be an http(s) URL, got {url!r}")
    method = str(ctx.settings.get("method", "POST")).upper()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    headers.update({str(k): str(v) for k, v in (ctx.settings.get("headers") or {}).items()})
    body = json.dumps(args, ensure_ascii=False).encode()
    return await run_blocking(_send, url, method, headers, body, ctx.tool.timeout)
