"""What a job brings to its call (dispatch metadata, the SIP caller's number) and join tokens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from livekit import api

from daisy_engine.compiler import CompiledFlow
from daisy_engine.transports.livekit.call_info import call_info


def test_livekit_metadata_gives_locale_phone_and_context(daisy: CompiledFlow) -> None:
    info = call_info(
        daisy.flow,
        json.dumps(
            {
                "flow": "daisy",
                "locale": "en-US",
                "phone": "+15125550100",
                "context": {"company": "ACME", "callback_minutes": 30},
            }
        ),
        call_id="job-1",
    )
    assert info.locale == "en-US" and info.problems == []
    assert info.context == {"phone": "+15125550100", "company": "ACME", "callback_minutes": 30, "call_id": "job-1"}


def test_livekit_sip_caller_number_fills_phone_and_caller_id(daisy: CompiledFlow) -> None:
    info = call_info(daisy.flow, "", sip_attributes={"sip.phoneNumber": "+5215512345678", "sip.callStatus": "active"})
    assert info.context["phone"] == "+5215512345678" and info.context["caller_id"] == "+5215512345678"
    dialled = call_info(
        daisy.flow, json.dumps({"phone": "+5215599999999"}), sip_attributes={"sip.phoneNumber": "+5215512345678"}
    )
    assert dialled.context["phone"] == "+5215599999999"  # the metadata's number is the call's


def test_livekit_bad_metadata_is_reported_and_the_call_goes_ahead(daisy: CompiledFlow) -> None:
    assert call_info(daisy.flow, "{not json").problems == ["the job metadata is not JSON; ignored"]
    assert call_info(daisy.flow, "[1, 2]").problems == ["the job metadata is not a JSON object; ignored"]
    info = call_info(daisy.flow, json.dumps({"locale": "fr-FR", "context": {"colour": "red", "company": ["x"]}}))
    assert info.locale is None and info.context == {}
    assert len(info.problems) == 3 and "fr-FR" in info.problems[0]
    other = call_info(daisy.flow, json.dumps({"flow": "clinic"}))
    assert other.flow == "clinic" and "this worker runs 'daisy'" in other.problems[0]


async def test_livekit_known_number_resumes_through_the_metadata_path(daisy: CompiledFlow) -> None:
    from daisy_engine.runtime.conversation import Conversation
    from daisy_engine.store import MemoryStore

    store = MemoryStore()
    first = Conversation(
        daisy, **_kwargs(call_info(daisy.flow, "", sip_attributes={"sip.phoneNumber": "+52155"})), store=store
    )
    await first.start()
    await first.user_turn("sí")
    await first.user_turn("me llamo Ana López")
    await first.user_turn("sí")
    await first.hangup()
    again = Conversation(
        daisy, **_kwargs(call_info(daisy.flow, "", sip_attributes={"sip.phoneNumber": "+52155"})), store=store
    )
    await again.start()
    assert again.resumed and again.slots == {"full_name": "Ana López"}


def _kwargs(info: object) -> dict[str, object]:
    return {"locale": info.locale, "context": info.context}  # type: ignore[attr-defined]


def test_livekit_token_command_prints_a_join_token_that_dispatches_the_agent(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEKIT_")}
    env.update(LIVEKIT_API_KEY="devkey", LIVEKIT_API_SECRET="a-secret-of-thirty-two-characters!")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from daisy_engine.cli.app import main; main()",
            "token",
            "--room",
            "daisy-test",
            "--identity",
            "driver",
            "--ttl",
            "600",
            "--agent",
            "daisy",
            "--metadata",
            '{"locale": "en-US"}',
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    claims = api.TokenVerifier("devkey", "a-secret-of-thirty-two-characters!").verify(done.stdout.strip())
    assert claims.identity == "driver"
    assert claims.video.room == "daisy-test" and claims.video.room_join and claims.video.can_publish
    [dispatch] = claims.room_config.agents
    assert dispatch.agent_name == "daisy" and json.loads(dispatch.metadata) == {"locale": "en-US"}


def test_livekit_token_command_without_keys_is_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEKIT_")}
    done = subprocess.run(
        [sys.executable, "-c", "from daisy_engine.cli.app import main; main()", "token", "--room", "r"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0 and "LIVEKIT_API_KEY" in done.stderr


def _token(
    tmp_path: Path, *args: str, secret: str = "a-secret-of-thirty-two-characters!"
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LIVEKIT_")}
    env.update(LIVEKIT_API_KEY="devkey", LIVEKIT_API_SECRET=secret)
    return subprocess.run(
        [sys.executable, "-c", "from daisy_engine.cli.app import main; main()", "token", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )


def test_livekit_token_command_with_an_empty_room_or_identity_is_a_usage_error(tmp_path: Path) -> None:
    cases = ((["--room", ""], "--room"), (["--room", " "], "--room"), (["--room", "r", "--identity", ""], "--identity"))
    for args, option in cases:
        done = _token(tmp_path, *args)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and f"error: invalid value for {option}: " in done.stderr
        assert done.stdout == ""


@pytest.mark.filterwarnings("ignore:The HMAC key is")  # the test's own verification of the token
def test_livekit_token_command_with_a_short_secret_prints_only_the_token(tmp_path: Path) -> None:
    """A dev server's secret ("secret") is short: the token is printed, without a library warning."""
    done = _token(tmp_path, "--room", "daisy-test", secret="secret")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert api.TokenVerifier("devkey", "secret").verify(done.stdout.strip()).video.room == "daisy-test"


async def test_livekit_worker_defaults_apply_under_the_call_metadata(daisy: CompiledFlow, tmp_path: Path) -> None:
    from daisy_engine.runtime.actions import Say
    from daisy_engine.store import MemoryStore
    from daisy_engine.transports.livekit import FlowApp

    app = FlowApp(
        daisy,
        tmp_path / "r.db",
        api_key="sk-test",
        default_locale="en-US",
        default_context={"company": "ACME", "callback_minutes": 5},
    )
    plain = app.conversation(call_info(daisy.flow, ""), MemoryStore())
    greeting = " ".join(a.text for a in await plain.start() if isinstance(a, Say))
    assert plain.locale == "en-US" and "from ACME" in greeting
    told = app.conversation(
        call_info(daisy.flow, json.dumps({"locale": "es-MX", "context": {"company": "Norte"}})), MemoryStore()
    )
    greeting = " ".join(a.text for a in await told.start() if isinstance(a, Say))
    assert told.locale == "es-MX" and "de Norte" in greeting
