"""What a job brings to its call: the dispatch metadata and the SIP caller's number, as a Conversation's
locale and context.

Dispatch metadata (`ctx.job.metadata`, set by the dispatch rule or `create_dispatch`) is a JSON object:

    {"locale": "en-US", "phone": "+5215512345678", "context": {"company": "ACME"}, "flow": "daisy"}

`context` holds the flow's context variables (they may also be given at the top level); `phone` is the
number the call is about (dialled, for an outbound call); `caller_id` the number the network showed;
`direction` is `outbound` on a call the agent placed (see `phone.OutboundPlan` for how it is dialed).
A SIP caller's own number (participant attribute `sip.phoneNumber`) fills `phone` when the metadata has
none, and `caller_id`: so a known number resumes its unfinished record. Metadata that is not a JSON
object, a locale the flow does not speak or a context value the flow does not declare is reported (one
line each, in `problems`) and left out; the call still goes ahead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from daisy_engine.flow.model import Flow

CALL_KEYS = ("phone", "caller_id", "call_id", "agent_name", "direction")
"""Call metadata a call may carry besides the flow's own context variables."""

SIP_PHONE = "sip.phoneNumber"
"""The participant attribute LiveKit's SIP service puts the caller's (or callee's) number in."""


@dataclass
class CallInfo:
    locale: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    flow: str | None = None
    problems: list[str] = field(default_factory=list)


def call_info(
    flow: Flow, metadata: str | None, *, call_id: str | None = None, sip_attributes: dict[str, str] | None = None
) -> CallInfo:
    """The locale and context for one call of `flow` from its job's metadata and SIP attributes."""
    info = CallInfo()
    data = _parse(metadata, info)
    wanted = data.get("flow")
    if wanted is not None:
        info.flow = str(wanted)
        if info.flow != flow.name:
            info.problems.append(f"the dispatch asks for flow '{info.flow}', this worker runs '{flow.name}'")
    locale = data.get("locale")
    if locale is not None:
        if locale in flow.locales:
            info.locale = locale
        else:
            info.problems.append(
                f"locale {locale!r} is not one the flow speaks ({', '.join(flow.locales)}); using {flow.default_locale}"
            )
    given = data.get("context") or {}
    if not isinstance(given, dict):
        info.problems.append("`context` in the metadata is not an object; ignored")
        given = {}
    extra = {key: value for key, value in data.items() if key in flow.context or key in CALL_KEYS}
    for name, value in {**extra, **given}.items():
        if name in flow.context or name in CALL_KEYS:
            if value is None or isinstance(value, str | int | float | bool):
                info.context[name] = value
            else:
                info.problems.append(f"context variable '{name}' is not a plain value; ignored")
        else:
            info.problems.append(f"'{name}' is not a context variable of flow '{flow.name}'; ignored")
    number = (sip_attributes or {}).get(SIP_PHONE) or None
    if number:
        info.context.setdefault("phone", number)
        info.context.setdefault("caller_id", number)
    if call_id and "call_id" not in info.context:
        info.context["call_id"] = call_id
    return info


def _parse(metadata: str | None, info: CallInfo) -> dict[str, Any]:
    if not metadata or not metadata.strip():
        return {}
    try:
        data = json.loads(metadata)
    except ValueError:
        info.problems.append("the job metadata is not JSON; ignored")
        return {}
    if not isinstance(data, dict):
        info.problems.append("the job metadata is not a JSON object; ignored")
        return {}
    return data
