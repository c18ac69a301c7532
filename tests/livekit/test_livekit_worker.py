"""The worker: `daisy-engine run FLOW` with LIVEKIT_URL set, against a LiveKit server stand-in on
127.0.0.1, and `simulate_job` running the entrypoint in-process."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

from livekit_doubles import PolicyLLM, RecordingTTS
from livekit_server_standin import LiveKitServerStandIn, wait_for
from voice_call import DAISY

from daisy_engine.compiler import CompiledFlow
from daisy_engine.flow.model import VoiceSettings
from daisy_engine.transports.livekit import FlowApp, SessionParts
from daisy_engine.transports.livekit.worker import LiveKitServer, build_server

RUN = "from daisy_engine.cli.app import main; main()"
# PyJWT warns below 32 bytes for HS256 (RFC 7518 3.2) and may refuse it one day: tokens signed here use a long one.
SIGNING_SECRET = "a-secret-of-thirty-two-characters!"


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LIVEKIT_", "OPENAI_")) and k != "DAISY_RECORDS"}
    env.update(extra)
    return env


async def start_cli(tmp_path: Path, *args: str, **env: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        RUN,
        "run",
        str(DAISY),
        "--records",
        str(tmp_path / "r.db"),
        *args,
        cwd=tmp_path,
        env=environment(**env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def finished(process: asyncio.subprocess.Process) -> tuple[int, str]:
    _, err = await asyncio.wait_for(process.communicate(), 180)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_livekit_worker_registers_under_the_flow_name_and_drains_on_sigterm(tmp_path: Path) -> None:
    server = await LiveKitServerStandIn().start()
    try:
        worker = await start_cli(
            tmp_path,
            LIVEKIT_URL=server.url,
            LIVEKIT_API_KEY=server.api_key,
            LIVEKIT_API_SECRET=server.api_secret,
            OPENAI_API_KEY="sk-test",
        )
        await wait_for(lambda: server.registered or worker.returncode is not None)
        assert [r.agent_name for r in server.registered] == ["daisy"]
        worker.send_signal(signal.SIGTERM)
        code, err = await finished(worker)
        assert code == 0, err
        assert "Traceback" not in err
    finally:
        await server.close()


async def test_livekit_worker_agent_name_option(tmp_path: Path) -> None:
    server = await LiveKitServerStandIn().start()
    try:
        worker = await start_cli(
            tmp_path,
            "--agent-name",
            "daisy-es",
            LIVEKIT_URL=server.url,
            LIVEKIT_API_KEY=server.api_key,
            LIVEKIT_API_SECRET=server.api_secret,
            OPENAI_API_KEY="sk-test",
        )
        await wait_for(lambda: server.registered or worker.returncode is not None)
        assert [r.agent_name for r in server.registered] == ["daisy-es"]
        worker.send_signal(signal.SIGTERM)
        assert (await finished(worker))[0] == 0
    finally:
        await server.close()


async def test_livekit_worker_with_a_wrong_secret_says_so_in_one_line(tmp_path: Path) -> None:
    server = await LiveKitServerStandIn().start()
    try:
        worker = await start_cli(
            tmp_path,
            LIVEKIT_URL=server.url,
            LIVEKIT_API_KEY=server.api_key,
            LIVEKIT_API_SECRET="not-the-secret-not-the-secret-00",
            OPENAI_API_KEY="sk-test",
        )
        code, err = await finished(worker)
    finally:
        await server.close()
    assert code == 1
    assert err.strip().splitlines() == [
        f"error: the LiveKit server at {server.url} refused the API key and secret (check LIVEKIT_API_KEY and "
        "LIVEKIT_API_SECRET)"
    ]
    assert server.registered == []


async def test_livekit_worker_with_an_unreachable_server_says_so_in_one_line(tmp_path: Path) -> None:
    worker = await start_cli(
        tmp_path, LIVEKIT_URL="ws://127.0.0.1:9", LIVEKIT_API_KEY="k", LIVEKIT_API_SECRET="s", OPENAI_API_KEY="x"
    )
    code, err = await finished(worker)
    assert code == 1
    assert err.strip().splitlines() == [
        "error: cannot reach the LiveKit server at ws://127.0.0.1:9 (connection refused); "
        "check LIVEKIT_URL and that the server is running"
    ]
    assert not (tmp_path / "r.db").exists()


async def test_livekit_worker_pointed_at_a_server_that_is_not_livekit_names_the_status(tmp_path: Path) -> None:
    """A LIVEKIT_URL that reaches some other web server (wrong port, a proxy): one line that says what
    came back, not an empty "answered with an error: "."""
    from aiohttp import web

    runner = web.AppRunner(web.Application())  # no routes: every request is 404 Not Found
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        worker = await start_cli(
            tmp_path,
            LIVEKIT_URL=f"http://127.0.0.1:{port}",
            LIVEKIT_API_KEY="k",
            LIVEKIT_API_SECRET="s",
            OPENAI_API_KEY="x",
        )
        code, err = await finished(worker)
    finally:
        await runner.cleanup()
    assert code == 1
    [line] = err.strip().splitlines()
    assert line.startswith(f"error: the LiveKit server at http://127.0.0.1:{port} answered with an error: HTTP 404")


async def test_livekit_worker_without_an_openai_key_says_so_at_start(tmp_path: Path) -> None:
    worker = await start_cli(tmp_path, LIVEKIT_URL="ws://127.0.0.1:9", LIVEKIT_API_KEY="k", LIVEKIT_API_SECRET="s")
    code, err = await finished(worker)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "OPENAI_API_KEY is not set" in err


async def test_livekit_worker_reads_keys_from_a_dotenv_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("# keys\nLIVEKIT_API_KEY=k\nexport LIVEKIT_API_SECRET='s'\nOPENAI_API_KEY=x\n")
    worker = await start_cli(tmp_path, LIVEKIT_URL="ws://127.0.0.1:9")
    code, err = await finished(worker)
    assert code == 1 and "cannot reach the LiveKit server" in err  # the keys were found: it got that far


async def test_livekit_worker_with_a_broken_flow_prints_located_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: bad\nlocales: [es-MX]\nstates:\n  a: {say: hi, on: [{on: done, to: nowhere}]}\n")
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        RUN,
        "run",
        str(bad),
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
        env=environment(
            LIVEKIT_URL="ws://127.0.0.1:9", LIVEKIT_API_KEY="k", LIVEKIT_API_SECRET="s", OPENAI_API_KEY="x"
        ),
    )
    code, err = await finished(process)
    assert code == 1 and "bad.yaml:5:" in err and "nowhere" in err and "Traceback" not in err


async def test_livekit_simulated_job_runs_the_entrypoint_and_saves_the_record(
    daisy: CompiledFlow, tmp_path: Path
) -> None:
    """The worker started programmatically (unregistered), a simulated job running the real entrypoint:
    the call greets, and shutting the worker down saves the record."""
    voices: list[RecordingTTS] = []

    def parts(settings: VoiceSettings) -> SessionParts:
        assert settings.mode == "realtime" and settings.language == "es"
        voices.append(RecordingTTS())
        return SessionParts(
            mode="pipeline",
            llm=PolicyLLM(),
            tts=voices[-1],
            turn_handling={"turn_detection": "manual", "preemptive_generation": {"enabled": False}},
        )

    records = tmp_path / "r.db"
    saved_environment = dict(os.environ)  # AgentServer.run exports LIVEKIT_URL and the keys to os.environ
    app = FlowApp(daisy, records, api_key="sk-test", make_parts=parts)
    worker = build_server(app, LiveKitServer("ws://127.0.0.1:9", "k", SIGNING_SECRET), agent_name="daisy")
    running = asyncio.create_task(worker.run(devmode=True, unregistered=True))
    try:
        started = asyncio.Event()
        worker.on("worker_started", lambda *_: started.set())
        await asyncio.wait_for(started.wait(), 120)
        await worker.simulate_job("call-room-1", fake_job=True)
        await wait_for(lambda: bool(voices) and any("Daisy" in text for text in voices[0].spoken))
    finally:
        await worker.aclose()
        running.cancel()
        os.environ.clear()
        os.environ.update(saved_environment)
    rows = sqlite3.connect(records).execute("SELECT status, transcript, events FROM records").fetchall()
    assert len(rows) == 1
    status, transcript, events = rows[0]
    assert status == "partial" and "Le habla Daisy" in transcript and "disconnected" in events


async def test_livekit_worker_refuses_a_console_only_phone_option(tmp_path: Path) -> None:
    worker = await start_cli(
        tmp_path,
        "--phone",
        "+5215512345678",
        LIVEKIT_URL="ws://127.0.0.1:9",
        LIVEKIT_API_KEY="k",
        LIVEKIT_API_SECRET="s",
        OPENAI_API_KEY="x",
    )
    code, err = await finished(worker)
    assert code == 2 and "--phone" in err and "Traceback" not in err
