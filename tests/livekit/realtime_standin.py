"""A stand-in for the OpenAI Realtime server on 127.0.0.1: an aiohttp websocket at `/v1/realtime` that
speaks the protocol events `livekit-plugins-openai` needs, so the real plugin code runs offline.

It keeps the session as the client sets it (`session.update`: instructions, tools, tool choice,
turn detection, transcription), acknowledges conversation items, answers `response.create` through a
policy (text, or function calls), and — as the real server does with its own voice activity detection —
reports a caller turn on demand: speech started/stopped, the committed user item and its final
transcription. It never starts a response by itself (the adapter turns automatic replies off; a test
checks the client asks for that)."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

Reply = str | list[tuple[str, dict[str, Any]]]
USAGE = {
    "total_tokens": 0,
    "input_tokens": 0,
    "output_tokens": 0,
    "input_token_details": {
        "text_tokens": 0,
        "audio_tokens": 0,
        "image_tokens": 0,
        "cached_tokens": 0,
        "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
    },
    "output_token_details": {"text_tokens": 0, "audio_tokens": 0},
}


class RealtimeStandIn:
    def __init__(self, policy: Callable[[dict[str, Any], dict[str, Any]], Reply] | None = None) -> None:
        self.policy = policy or (lambda response, session: "")
        self.received: list[dict[str, Any]] = []
        self.session: dict[str, Any] = {}
        self.connections = 0
        self.audio_appends = 0
        self._ws: web.WebSocketResponse | None = None
        self._ids = itertools.count(1)
        self._last_item: str | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""

    # -- the server ------------------------------------------------------------------------------------

    async def start(self) -> RealtimeStandIn:
        app = web.Application()
        app.router.add_get("/v1/realtime", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/v1"
        return self

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        self.connections += 1
        await self._send("session.created", session={"id": "sess_1", "type": "realtime", "object": "realtime.session"})
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                continue
            event = json.loads(message.data)
            await self._handle(event)
        return ws

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids)}"

    async def _send(self, kind: str, **fields: Any) -> None:
        assert self._ws is not None
        await self._ws.send_str(json.dumps({"event_id": self._id("event"), "type": kind, **fields}))

    # -- what the client sends -----------------------------------------------------------------------------

    async def _handle(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        if kind == "input_audio_buffer.append":
            self.audio_appends += 1
            return
        self.received.append(event)
        if kind == "session.update":
            # Only the fields present are updated, nested ones too (a later update of the input transcription
            # alone leaves the turn detection as it was), as the Realtime API documents for `session.update`.
            _merge(self.session, event.get("session") or {})
            await self._send("session.updated", session={"type": "realtime", **self.session})
        elif kind == "conversation.item.create":
            item = dict(event["item"])
            item.setdefault("id", self._id("item"))
            item.setdefault("status", "completed")
            previous = event.get("previous_item_id") or self._last_item
            self._last_item = item["id"]
            await self._send("conversation.item.added", previous_item_id=previous, item=item)
        elif kind == "conversation.item.delete":
            await self._send("conversation.item.deleted", item_id=event["item_id"])
        elif kind == "conversation.item.truncate":
            await self._send(
                "conversation.item.truncated",
                item_id=event["item_id"],
                content_index=event.get("content_index", 0),
                audio_end_ms=event.get("audio_end_ms", 0),
            )
        elif kind == "response.create":
            await self._respond(event.get("response") or {})

    async def _respond(self, response: dict[str, Any]) -> None:
        reply = self.policy(response, self.session)
        response_id = self._id("resp")
        metadata = response.get("metadata")
        await self._send(
            "response.created",
            response={
                "id": response_id,
                "object": "realtime.response",
                "status": "in_progress",
                "output": [],
                "metadata": metadata,
            },
        )
        output: list[dict[str, Any]] = []
        if isinstance(reply, str):
            item_id = self._id("msg")
            item = {"id": item_id, "type": "message", "role": "assistant", "object": "realtime.item"}
            await self._send(
                "response.output_item.added",
                response_id=response_id,
                output_index=0,
                item={**item, "status": "in_progress", "content": []},
            )
            for word in reply.split(" ") if reply else []:
                await self._send(
                    "response.output_text.delta",
                    response_id=response_id,
                    item_id=item_id,
                    output_index=0,
                    content_index=0,
                    delta=word + " ",
                )
            done = {**item, "status": "completed", "content": [{"type": "output_text", "text": reply}]}
            await self._send("response.output_item.done", response_id=response_id, output_index=0, item=done)
            output.append(done)
        else:
            for index, (name, args) in enumerate(reply):
                call = {
                    "id": self._id("fc"),
                    "type": "function_call",
                    "object": "realtime.item",
                    "status": "completed",
                    "call_id": self._id("call"),
                    "name": name,
                    "arguments": json.dumps(args),
                }
                await self._send("response.output_item.done", response_id=response_id, output_index=index, item=call)
                output.append(call)
        await self._send(
            "response.done",
            response={
                "id": response_id,
                "object": "realtime.response",
                "status": "completed",
                "output": output,
                "metadata": metadata,
                "usage": USAGE,
            },
        )

    # -- the caller (the server's voice activity detection and transcription) --------------------------------

    async def caller_starts(self) -> str:
        item_id = self._id("item_user")
        await self._send("input_audio_buffer.speech_started", item_id=item_id, audio_start_ms=0)
        return item_id

    async def caller_ends(self, item_id: str, text: str) -> None:
        await self._send("input_audio_buffer.speech_stopped", item_id=item_id, audio_end_ms=800)
        previous, self._last_item = self._last_item, item_id
        await self._send("input_audio_buffer.committed", item_id=item_id, previous_item_id=previous)
        await self._send(
            "conversation.item.added",
            previous_item_id=previous,
            item={
                "id": item_id,
                "type": "message",
                "role": "user",
                "object": "realtime.item",
                "status": "completed",
                "content": [{"type": "input_audio", "transcript": None}],
            },
        )
        await self._send(
            "conversation.item.input_audio_transcription.completed", item_id=item_id, content_index=0, transcript=text
        )

    async def caller_says(self, text: str) -> None:
        await self.caller_ends(await self.caller_starts(), text)

    def sent(self, kind: str) -> list[dict[str, Any]]:
        return [event for event in self.received if event.get("type") == kind]


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


async def wait_for(condition: Callable[[], bool], limit: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("the stand-in never saw it")
        await asyncio.sleep(0.01)
