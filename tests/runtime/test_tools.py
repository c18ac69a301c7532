"""Tools: every failure becomes one clear ToolError; built-ins reach only 127.0.0.1 here."""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.flow.model import Flow, Tool
from daisy_engine.runtime import Conversation
from daisy_engine.runtime.actions import CallTool
from daisy_engine.runtime.tools import ToolContext, ToolError, ToolRegistry, mocked
from daisy_engine.store import MemoryStore


class FakeCall:
    """The CallControl the built-ins act on, recording what they did."""

    flow_name = "desk"

    def __init__(self) -> None:
        self.confirmed = {"full_name": "Ana López", "eta": "14:30"}
        self.done: list[tuple[str, Any]] = []

    async def save(self, status: str | None = None) -> dict[str, Any]:
        self.done.append(("save", status))
        return {"status": status or "complete"}

    def end(self, outcome: str | None = None) -> None:
        self.done.append(("end", outcome))

    def transfer(self, to: str) -> None:
        self.done.append(("transfer", to))

    async def reschedule(self, minutes: float) -> str:
        self.done.append(("reschedule", minutes))
        return "2030-01-01T12:10:00+00:00"

    async def complaint(self, text: str) -> None:
        self.done.append(("complaint", text))


def flow_with(tmp_path: Path, **tools: Tool) -> Flow:
    return Flow(name="t", file=tmp_path / "t.yaml", source=None, locales=("es-MX",),  # type: ignore[arg-type]
                prompts_dir=tmp_path, initial="a", states={}, tools=tools)


def tool(name: str, **kwargs: Any) -> Tool:
    return Tool(name=name, path=("tools", name), **kwargs)


def context(spec: Tool, call: FakeCall | None = None, **settings: Any) -> ToolContext:
    return ToolContext(call or FakeCall(), spec, settings)


@pytest.fixture
def python_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "my_tools.py").write_text(
        "import asyncio, time\n"
        "calls = []\n"
        "def add(a, b):\n    return {'sum': a + b}\n"
        "async def slow(seconds):\n    await asyncio.sleep(seconds)\n    return 'late'\n"
        "def flaky():\n    calls.append(1)\n    if len(calls) < 2:\n        raise ConnectionError('blip')\n"
        "    return 'ok'\n"
        "def garbage():\n    return {1, 2}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    # each test's my_tools.py is its own module (a module of another folder is refused, not reused)
    monkeypatch.delitem(sys.modules, "my_tools", raising=False)
    return tmp_path


async def test_python_tools_run_with_validated_arguments(tmp_path: Path, python_tools: Path) -> None:
    spec = tool("add", python="my_tools:add", parameters={
        "type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
        "required": ["a", "b"]})
    registry = ToolRegistry(flow_with(tmp_path, add=spec))
    assert await registry.call("add", {"a": 2, "b": 3}, context(spec)) == {"sum": 5}
    with pytest.raises(ToolError, match="add: invalid b: 'x' is not of type 'integer'"):
        await registry.call("add", {"a": 2, "b": "x"}, context(spec))
    with pytest.raises(ToolError, match="'b' is a required property"):
        await registry.call("add", {"a": 2}, context(spec))


async def test_a_slow_tool_times_out(tmp_path: Path, python_tools: Path) -> None:
    spec = tool("slow", python="my_tools:slow", timeout=0.05)
    registry = ToolRegistry(flow_with(tmp_path, slow=spec))
    with pytest.raises(ToolError, match="slow: no result within 0.05 s"):
        await registry.call("slow", {"seconds": 5}, context(spec))


async def test_retries_recover_from_a_transient_failure(tmp_path: Path, python_tools: Path) -> None:
    spec = tool("flaky", python="my_tools:flaky", retries=1)
    registry = ToolRegistry(flow_with(tmp_path, flaky=spec))
    assert await registry.call("flaky", {}, context(spec)) == "ok"


async def test_a_result_that_is_not_json_is_a_failure(tmp_path: Path, python_tools: Path) -> None:
    spec = tool("garbage", python="my_tools:garbage")
    registry = ToolRegistry(flow_with(tmp_path, garbage=spec))
    with pytest.raises(ToolError, match="not plain JSON"):
        await registry.call("garbage", {}, context(spec))


async def test_a_missing_module_is_a_tool_failure_not_a_crash(tmp_path: Path) -> None:
    spec = tool("gone", python="no_such_module_here:run")
    registry = ToolRegistry(flow_with(tmp_path, gone=spec))
    with pytest.raises(ToolError, match="cannot be imported"):
        await registry.call("gone", {}, context(spec))


async def test_mocks_return_results_or_fail(tmp_path: Path) -> None:
    spec = tool("crm", builtin="http", settings={"url": "http://127.0.0.1:9/"})
    flow = flow_with(tmp_path, crm=spec)
    assert await ToolRegistry(flow, overrides={"crm": mocked({"id": 7})}).call("crm", {}, context(spec)) == {"id": 7}
    with pytest.raises(ToolError, match="crm: down"):
        await ToolRegistry(flow, overrides={"crm": mocked({"error": "down"})}).call("crm", {}, context(spec))
    with pytest.raises(ToolError, match="not mocked"):
        await ToolRegistry(flow, offline=True).call("crm", {}, context(spec))


async def test_call_built_ins_act_on_the_call(tmp_path: Path) -> None:
    specs = {name: tool(name, builtin=name) for name in
             ("save_record", "end_call", "transfer", "reschedule", "log_complaint")}
    registry = ToolRegistry(flow_with(tmp_path, **specs))
    call = FakeCall()
    await registry.call("save_record", {"status": "refused"}, context(specs["save_record"], call))
    await registry.call("end_call", {"outcome": "refused"}, context(specs["end_call"], call))
    await registry.call("transfer", {}, context(specs["transfer"], call, to="+15550001111"))
    await registry.call("reschedule", {"minutes": 10}, context(specs["reschedule"], call))
    await registry.call("log_complaint", {"text": "tarde"}, context(specs["log_complaint"], call))
    assert call.done == [("save", "refused"), ("end", "refused"), ("transfer", "+15550001111"),
                         ("reschedule", 10.0), ("complaint", "tarde")]
    with pytest.raises(ToolError, match="unknown status"):
        await registry.call("save_record", {"status": "weird"}, context(specs["save_record"], call))
    with pytest.raises(ToolError, match="minutes must be a number"):
        await registry.call("reschedule", {"minutes": "soon"}, context(specs["reschedule"], call))


# -- http -----------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    received: list[Any] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.received.append((self.path, body, self.headers.get("X-Key")))
        status, payload = {"/ok": (200, b'{"saved": true}'), "/empty": (204, b""),
                           "/html": (200, b"<html>"), "/fail": (500, b"{}")}[self.path]
        self.send_response(status)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


async def test_http_posts_json_and_returns_the_reply(tmp_path: Path, web: str) -> None:
    spec = tool("crm", builtin="http", timeout=5)
    registry = ToolRegistry(flow_with(tmp_path, crm=spec))
    reply = await registry.call("crm", {"plate": "ABC-123"}, context(spec, url=f"{web}/ok", headers={"X-Key": "k"}))
    assert reply == {"saved": True}
    assert _Handler.received[-1] == ("/ok", {"plate": "ABC-123"}, "k")
    assert await registry.call("crm", {}, context(spec, url=f"{web}/empty")) == {"status": 204}


@pytest.mark.parametrize(("path", "error"), [("/fail", "crm: HTTP 500"), ("/html", "is not JSON")])
async def test_http_failures_are_tool_errors(tmp_path: Path, web: str, path: str, error: str) -> None:
    spec = tool("crm", builtin="http", timeout=5)
    with pytest.raises(ToolError, match=error):
        await ToolRegistry(flow_with(tmp_path, crm=spec)).call("crm", {}, context(spec, url=web + path))


async def test_http_refuses_urls_that_are_not_web_urls(tmp_path: Path) -> None:
    spec = tool("crm", builtin="http")
    with pytest.raises(ToolError, match="must be an http"):
        await ToolRegistry(flow_with(tmp_path, crm=spec)).call("crm", {}, context(spec, url="file:///etc/passwd"))


async def test_http_unreachable_server(tmp_path: Path) -> None:
    port = free_port()  # nobody listens there
    spec = tool("crm", builtin="http", timeout=2)
    with pytest.raises(ToolError, match="cannot reach"):
        await ToolRegistry(flow_with(tmp_path, crm=spec)).call("crm", {}, context(spec, url=f"http://127.0.0.1:{port}/"))


# -- email ----------------------------------------------------------------------------------------------


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        self.messages.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, _Inbox]]:
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


async def test_email_is_sent_through_the_configured_server(tmp_path: Path, smtp: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    controller, inbox = smtp
    monkeypatch.setenv("DAISY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("DAISY_SMTP_PORT", str(controller.port))
    spec = tool("send_confirmation", builtin="email", timeout=5)
    registry = ToolRegistry(flow_with(tmp_path, send_confirmation=spec))
    result = await registry.call("send_confirmation", {"to": "ana@example.com"}, context(spec, subject="Registro"))
    assert result == {"sent": True, "to": "ana@example.com"}
    message = inbox.messages[0]
    assert message.rcpt_tos == ["ana@example.com"]
    text = message.content.decode()
    assert "Subject: Registro" in text and "full_name: Ana L" in text


async def test_email_without_a_server_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAISY_SMTP_HOST", raising=False)
    spec = tool("send_confirmation", builtin="email")
    with pytest.raises(ToolError, match="no SMTP server configured"):
        await ToolRegistry(flow_with(tmp_path, send_confirmation=spec)).call(
            "send_confirmation", {"to": "ana@example.com"}, context(spec))










async def test_template_arguments_are_typed_as_the_tool_declares(order: CompiledFlow,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    conv = Conversation(order, store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("dos")
    actions = await conv.user_turn("a las tres de la tarde")
    call = next(a for a in actions if isinstance(a, CallTool))
    assert call.error is None
    assert call.args == {"quantity": 2, "price": 2.5, "rush": True, "note": "2"}
    assert call.result == {"types": ["int", "float", "bool", "str"], "quantity": 2}
    assert "Pedido de 2 cajas" in said(actions)
    # A literal the designer typed with the wrong type is not retyped: it fails, and the log says why.
    with caplog.at_level(logging.INFO, logger="daisy_engine"):
        actions = await conv.user_turn("sí")
    failed = next(a for a in actions if isinstance(a, CallTool))
    assert failed.error is not None and "'3' is not of type 'integer'" in failed.error
    assert any("tool place_wrong failed" in r.getMessage() and "is not of type" in r.getMessage()
               for r in caplog.records)
