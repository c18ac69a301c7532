"""The LiveKit transport: every call of a LiveKit Agents worker is a `Conversation` on the compiled flow.

The only package of daisy-engine that imports `livekit`. Its parts, one job each:

- `adapter`: `CallAdapter`, one per call — carries the Conversation's actions out on an `AgentSession`
  and feeds it the caller's turns, silences, interruptions and hang-up (`FlowAgent` is its LiveKit Agent);
- `models`: the OpenAI models a locale's `agent:` settings ask for (realtime or pipeline);
- `call_info`: what a job brings (dispatch metadata, the SIP caller's number) → the Conversation's context;
- `room`: the few room/SIP operations a call needs (hang up, transfer);
- `phone`: the phone side of a call (outbound dialing from the agent, keypad events);
- `sip`: LiveKit's SIP, dispatch and room services (trunks, dispatch rules, placing a call) for the CLI;
- `entrypoint`: the job entrypoint that ties these together for one call;
- `worker`: the worker started programmatically, and the errors a person reads;
- `tokens`: join tokens for a browser client or the Agents Playground.
"""

from daisy_engine.transports.livekit.adapter import CallAdapter, FlowAgent
from daisy_engine.transports.livekit.call_info import CallInfo, call_info
from daisy_engine.transports.livekit.entrypoint import FlowApp, run_call, start_call, wait_for_caller
from daisy_engine.transports.livekit.models import MissingKeyError, SessionParts, build_session_parts

__all__ = [
    "CallAdapter",
    "CallInfo",
    "FlowAgent",
    "FlowApp",
    "MissingKeyError",
    "SessionParts",
    "build_session_parts",
    "call_info",
    "run_call",
    "start_call",
    "wait_for_caller",
]
