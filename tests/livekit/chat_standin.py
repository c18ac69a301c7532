"""A stand-in for OpenAI's chat completions on 127.0.0.1 (`POST /v1/chat/completions`, streamed as
server-sent events), so `livekit-plugins-openai`'s `LLM` runs for real offline. A policy picks each
answer from the request: text, or tool calls (streamed as a name chunk, then argument fragments)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aiohttp import web

Reply = str | list[tuple[str, dict[str, Any]]]


class ChatStandIn:
    def __init__(self, policy: Callable[[dict[str, Any]], Reply] | None = None) -> None:
        self.policy = policy or (lambda request: "")
        self.requests: list[dict[str, Any]] = []
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> ChatStandIn:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._complete)
        app.router.add_get("/v1/models", self._models)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/v1"  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _models(self, request: web.Request) -> web.Response:
        # aiohttp deprecates plain-function handlers: every route is a coroutine.
        return web.json_response({"object": "list", "data": []})

    async def _complete(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        reply = self.policy(body)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)

        async def chunk(delta: dict[str, Any], finish: str | None = None, usage: dict[str, int] | None = None) -> None:
            data = {
                "id": "chatcmpl-1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": body["model"],
                "choices": [] if usage else [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            if usage:
                data["usage"] = usage
            await response.write(f"data: {json.dumps(data)}\n\n".encode())

        if isinstance(reply, str):
            await chunk({"role": "assistant", "content": ""})
            for word in reply.split(" ") if reply else []:
                await chunk({"content": word + " "})
            await chunk({}, "stop")
        else:
            for index, (name, args) in enumerate(reply):
                await chunk(
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "index": index,
                                "id": f"call_{index}",
                                "type": "function",
                                "function": {"name": name, "arguments": ""},
                            }
                        ],
                    }
                )
                text = json.dumps(args)
                for part in (text[: len(text) // 2], text[len(text) // 2 :]):
                    await chunk({"tool_calls": [{"index": index, "function": {"arguments": part}}]})
            await chunk({}, "tool_calls")
        await chunk({}, usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2})
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response
