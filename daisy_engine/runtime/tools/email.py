"""The `email` built-in: send a plain-text message through an SMTP server.

The server is `settings.host`/`settings.port`, else $DAISY_SMTP_HOST/$DAISY_SMTP_PORT. Without one the
tool fails with a clear error (and the flow's `tool_error` edge decides what happens), never silently.
"""

from __future__ import annotations

import os
import smtplib
from email.message import EmailMessage
from typing import Any

from daisy_engine.runtime.threads import run_blocking
from daisy_engine.runtime.tools.context import ToolContext, ToolError

HOST_ENV = "DAISY_SMTP_HOST"
PORT_ENV = "DAISY_SMTP_PORT"
FROM_ENV = "DAISY_SMTP_FROM"


def _body(ctx: ToolContext) -> str:
    lines = [f"{name}: {value}" for name, value in ctx.call.confirmed.items()]
    return "\n".join(lines) + "\n"


def _send(host: str, port: int, message: EmailMessage, timeout: float) -> None:
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise ToolError(f"SMTP server {host}:{port} failed: {exc}") from None


async def email(ctx: ToolContext, args: dict[str, Any]) -> Any:
    settings = ctx.settings
    host = settings.get("host") or os.environ.get(HOST_ENV)
    if not host:
        raise ToolError(f"no SMTP server configured (set settings.host or ${HOST_ENV})")
    try:
        port = int(settings.get("port") or os.environ.get(PORT_ENV) or 25)
    except ValueError:
        raise ToolError("the SMTP port must be a number") from None
    to = args.get("to") or settings.get("to")
    if not to:
        raise ToolError("no recipient (args.to or settings.to)")
    message = EmailMessage()
    message["From"] = settings.get("from") or os.environ.get(FROM_ENV) or f"{ctx.call.flow_name}@localhost"
    message["To"] = str(to)
    message["Subject"] = str(args.get("subject") or settings.get("subject") or "")
    message.set_content(str(args.get("body") or settings.get("body") or _body(ctx)))
    await run_blocking(_send, str(host), port, message, ctx.tool.timeout)
    return {"sent": True, "to": str(to)}
