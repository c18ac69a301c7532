"""A stand-in for a LiveKit server on 127.0.0.1: the Twirp room API (`ListRooms`) and the agent worker
websocket (`/agent`: the worker's register message and the server's answer), each checking the
request's token against the server's own key and secret as LiveKit does."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import WSMsgType, web
from livekit import api
from livekit.protocol import agent, room


class LiveKitServerStandIn:
    def __init__(self, api_key: str = "devkey", api_secret: str = "a-secret-of-thirty-two-characters!") -> None:
        self.api_key = api_key
        self.api_secret = api_secret
        self.registered: list[agent.RegisterWorkerRequest] = []
        self.worker_messages: list[str] = []
        self.refused = 0
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> LiveKitServerStandIn:
        app = web.Application()
        app.router.add_post("/twirp/livekit.RoomService/ListRooms", self._list_rooms)
        app.router.add_get("/agent", self._agent)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"ws://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _authorized(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        try:
            api.TokenVerifier(self.api_key, self.api_secret).verify(header.removeprefix("Bearer "))
        except Exception:
            self.refused += 1
            return False
        return True

    async def _list_rooms(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"code": "unauthenticated", "msg": "invalid token"}, status=401)
        await request.read()
        return web.Response(body=room.ListRoomsResponse().SerializeToString(), content_type="application/protobuf")

    async def _agent(self, request: web.Request) -> Any:
        if not self._authorized(request):
            return web.Response(status=401, text="invalid token")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            if message.type != WSMsgType.BINARY:
                continue
            incoming = agent.WorkerMessage()
            incoming.ParseFromString(message.data)
            kind = incoming.WhichOneof("message")
            self.worker_messages.append(kind or "")
            if kind == "register":
                self.registered.append(incoming.register)
                answer = agent.ServerMessage(register=agent.RegisterWorkerResponse(worker_id="AW_standin"))
                await ws.send_bytes(answer.SerializeToString())
            elif kind == "ping":
                pong = agent.ServerMessage(pong=agent.WorkerPong(last_timestamp=incoming.ping.timestamp))
                await ws.send_bytes(pong.SerializeToString())
        return ws


# The limit only ends a test that is broken: a worker process importing livekit on a loaded machine took over
# 20 s to register, which is slow, not wrong (no test may depend on how loaded the machine is).
async def wait_for(condition: Any, limit: float = 120.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("never happened")
        await asyncio.sleep(0.02)
