"""`sip setup|list`, `call` and `callbacks run|list` end to end: the real CLI and livekit-api client
against the Twirp stand-in on 127.0.0.1 (run on its own event loop in a thread)."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from twirp_standin import API_KEY, API_SECRET, Scripted, StandIn, start_standin
from typer.testing import CliRunner

from daisy_engine.cli.app import app
from daisy_engine.store.callbacks import CallbackQueue

ROOT = Path(__file__).resolve().parents[2]
DAISY = str(ROOT / "flows" / "daisy.yaml")
NUMBER = "+15551230000"
DRIVER = "+5215512345678"


@pytest.fixture
def standin() -> Iterator[StandIn]:
    loop = asyncio.new_event_loop()
    started = threading.Event()
    box: dict[str, object] = {}

    def serve() -> None:
        asyncio.set_event_loop(loop)
        box["state"], box["runner"] = loop.run_until_complete(start_standin())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started.wait()
    try:
        yield box["state"]  # type: ignore[misc]
    finally:
        asyncio.run_coroutine_threadsafe(box["runner"].cleanup(), loop).result()  # type: ignore[union-attr]
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


def cli(state: StandIn | None, *args: str, url: str | None = None, input: str | None = None):  # noqa: ANN201, A002
    env = {
        "LIVEKIT_URL": url or (state.base_url if state else ""),
        "LIVEKIT_API_KEY": API_KEY,
        "LIVEKIT_API_SECRET": API_SECRET,
        "LIVEKIT_SIP_OUTBOUND_TRUNK": None,
    }
    return CliRunner().invoke(app, list(args), env=env, input=input)


def setup(state: StandIn) -> None:
    result = cli(
        state,
        "sip",
        "setup",
        "--number",
        NUMBER,
        "--flow",
        DAISY,
        "--agent-name",
        "daisy-agent",
        "--address",
        "daisy.pstn.twilio.com",
        "--username",
        "daisy",
        "--password",
        "pw",
    )
    assert result.exit_code == 0, result.output


def test_sip_setup_is_idempotent_and_sip_list_shows_it(standin: StandIn) -> None:
    setup(standin)
    again = cli(
        standin,
        "sip",
        "setup",
        "--number",
        NUMBER,
        "--flow",
        DAISY,
        "--agent-name",
        "daisy-agent",
        "--address",
        "daisy.pstn.twilio.com",
        "--username",
        "daisy",
        "--password",
        "pw",
    )
    assert again.exit_code == 0
    assert [line.split()[0] for line in again.stdout.splitlines()[:3]] == ["exists", "exists", "exists"]
    assert len(standin.inbound) == len(standin.rules) == len(standin.outbound) == 1
    listing = cli(standin, "sip", "list")
    assert listing.exit_code == 0
    assert NUMBER in listing.stdout and "daisy.pstn.twilio.com" in listing.stdout and "daisy-agent" in listing.stdout


def test_an_answered_call_exits_0_and_is_recorded(standin: StandIn, tmp_path: Path) -> None:
    setup(standin)
    records = tmp_path / "r.db"
    result = cli(
        standin,
        "call",
        DRIVER,
        "--flow",
        DAISY,
        "--set",
        "company=ACME",
        "--records",
        str(records),
    )
    assert result.exit_code == 0, result.output
    assert "answered" in result.stdout
    [dial] = standin.participants
    assert dial.sip_call_to == DRIVER and dial.sip_trunk_id == standin.outbound[0].sip_trunk_id
    assert [(a.phone, a.outcome) for a in CallbackQueue(records).attempts()] == [(DRIVER, "answered")]
    # The worker registers under the flow's name (`daisy-engine run`); that is who is dispatched.
    [dispatch] = standin.dispatches
    assert dispatch.agent_name == "daisy" and '"company": "ACME"' in dispatch.metadata


@pytest.mark.parametrize(
    ("code", "reason", "outcome", "exit_code"),
    [(486, "Busy Here", "busy", 3), (480, "Temporarily Unavailable", "no_answer", 4), (603, "Decline", "rejected", 5)],
)
def test_an_unanswered_call_exits_with_its_outcome_and_is_queued_for_retry(
    standin: StandIn, tmp_path: Path, code: int, reason: str, outcome: str, exit_code: int
) -> None:
    setup(standin)
    standin.dial_failures[DRIVER] = Scripted(code, reason)
    records = tmp_path / "r.db"
    result = cli(standin, "call", DRIVER, "--flow", DAISY, "--records", str(records))
    assert result.exit_code == exit_code, result.output
    assert reason in result.output and "retry queued" in result.output
    queue = CallbackQueue(records)
    assert [(a.outcome, a.sip_status) for a in queue.attempts()] == [(outcome, code)]
    [retry] = queue.callbacks()
    assert retry.phone == DRIVER and retry.reason == "unanswered"
    assert standin.deleted_rooms == [standin.participants[0].room_name]
    listed = cli(None, "callbacks", "list", "--records", str(records), "--flow", DAISY)
    assert listed.exit_code == 0 and DRIVER in listed.stdout and "unanswered" in listed.stdout
    shown = cli(None, "callbacks", "attempts", "--records", str(records))
    assert shown.exit_code == 0 and DRIVER in shown.stdout and reason in shown.stdout



def test_callbacks_attempts_finds_a_number_however_it_is_written(tmp_path: Path) -> None:
    records = tmp_path / "r.db"
    queue = CallbackQueue(records)
    queue.record_attempt("daisy", DRIVER, "busy", sip_status=486, detail="486 Busy Here")
    queue.record_attempt("daisy", "+15559990000", "no_answer")
    queue.close()
    for written in (DRIVER, "+52 1 55 1234-5678", " +521 5512345678 "):
        shown = cli(None, "callbacks", "attempts", "--records", str(records), "--phone", written)
        assert shown.exit_code == 0, shown.output
        assert DRIVER in shown.stdout and "busy" in shown.stdout and "+15559990000" not in shown.stdout
    bad = cli(None, "callbacks", "attempts", "--records", str(records), "--phone", "5512")
    assert bad.exit_code == 2 and len(bad.output.strip().splitlines()) == 1 and "--phone" in bad.output

def test_callbacks_run_places_a_due_reschedule_once(standin: StandIn, tmp_path: Path) -> None:
    setup(standin)
    records = tmp_path / "r.db"
    # A driver said "llámeme en 20 minutos" 25 minutes ago.
    printf = "sí\nllámeme en 20 minutos\n"
    ran = CliRunner().invoke(
        app,
        ["run", DAISY, "--console", "--records", str(records), "--phone", DRIVER, "--set", "company=ACME"],
        input=printf,
    )
    assert ran.exit_code == 0, ran.output
    queue = CallbackQueue(records)
    due = (datetime.now(UTC) - timedelta(minutes=5)).isoformat(timespec="seconds")
    queue._write("UPDATE records SET callback_at = ?", (due,))
    # Outside quiet hours whatever the machine's clock says: this test is about placing, not about night.
    quiet_free = tmp_path / "daisy.yaml"
    quiet_free.write_text(Path(DAISY).read_text("utf-8").replace('  quiet_hours: "21:00-08:00"\n', ""), "utf-8")
    (tmp_path / "prompts").symlink_to(ROOT / "prompts")
    first = cli(
        standin,
        "callbacks",
        "run",
        "--once",
        "--flow",
        str(quiet_free),
        "--records",
        str(records),
        "--agent-name",
        "daisy-agent",
    )
    assert first.exit_code == 0, first.output
    assert DRIVER in first.stdout and "answered" in first.stdout
    second = cli(standin, "callbacks", "run", "--once", "--flow", str(quiet_free), "--records", str(records))
    assert second.exit_code == 0 and "no callback is due" in second.stdout
    assert [p.sip_call_to for p in standin.participants] == [DRIVER]
    [dispatch] = standin.dispatches
    assert dispatch.agent_name == "daisy-agent"
    metadata = json.loads(dispatch.metadata)
    assert metadata["direction"] == "outbound" and metadata["phone"] == DRIVER
    # The callback carries the rescheduled call's context, not its call id.
    assert metadata["context"]["company"] == "ACME" and "call_id" not in metadata["context"]


@pytest.mark.parametrize(
    "args",
    [
        ["sip", "setup", "--number", NUMBER, "--flow", DAISY],
        ["sip", "list"],
        ["call", DRIVER, "--flow", DAISY],
        ["callbacks", "run", "--once", "--flow", DAISY],
    ],
)
def test_an_unreachable_livekit_is_one_line_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    result = (
        cli(None, *args, "--records", str(tmp_path / "r.db"), url="http://127.0.0.1:9")
        if args[0] != "sip"
        else cli(None, *args, url="http://127.0.0.1:9")
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot reach LiveKit at http://127.0.0.1:9")


@pytest.mark.parametrize("args", [["call", DRIVER, "--flow", DAISY], ["callbacks", "run", "--once", "--flow", DAISY]])
def test_a_server_without_the_sip_service_is_one_line_and_exit_1(
    standin: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    # A LiveKit server that answers the API but not the SIP service: a Twirp `bad_route` error.
    import twirp_standin

    routes = {key: value for key, value in twirp_standin._ROUTES.items() if key[0] != "livekit.SIP"}
    monkeypatch.setattr(twirp_standin, "_ROUTES", routes)
    result = cli(standin, *args, "--records", str(tmp_path / "r.db"))
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: LiveKit refused"), result.output
    assert "ListSIPOutboundTrunk" in lines[0]


def test_bad_input_is_one_line_and_exit_2() -> None:
    for args in (["call", "5512345", "--flow", DAISY], ["sip", "setup", "--number", "nope"]):
        result = cli(None, *args, url="http://127.0.0.1:9")
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    result = cli(None, "sip", "setup", "--number", NUMBER, url="http://127.0.0.1:9")
    assert result.exit_code == 2 and "--agent-name" in result.output  # no flow, no agent name
    result = cli(None, "sip", "list", url="localhost")
    assert result.exit_code == 2 and "is not a LiveKit server URL" in result.output


def test_telephony_help_is_there_and_imports_no_livekit() -> None:
    script = textwrap.dedent("""
        import sys
        from typer.testing import CliRunner
        from daisy_engine.cli.app import app

        runner = CliRunner()
        for args in (["sip", "setup", "--help"], ["sip", "list", "--help"], ["call", "--help"],
                     ["callbacks", "run", "--help"], ["callbacks", "list", "--help"],
                     ["callbacks", "attempts", "--help"]):
            result = runner.invoke(app, args)
            assert result.exit_code == 0, (args, result.output)
            assert "Usage" in result.output
        loaded = sorted(m for m in sys.modules if m.startswith("livekit"))
        assert not loaded, loaded[:3]
        print("no livekit")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no livekit"


@pytest.mark.parametrize(
    "args",
    [
        ["sip", "setup", "--number", NUMBER, "--flow"],
        ["call", DRIVER, "--flow"],
        ["callbacks", "run", "--once", "--flow"],
        ["callbacks", "list", "--flow"],
    ],
)
def test_a_flow_with_errors_is_one_located_line_per_problem(tmp_path: Path, args: list[str]) -> None:
    """However long the message (a deep prompts path), a problem is never wrapped onto a second line."""
    deep = tmp_path / ("a-rather-long-folder-name-" * 3) / "flows"
    deep.mkdir(parents=True)
    flow = deep / "broken.yaml"
    flow.write_text("version: 1\nname: broken\nlocales: [es-MX]\nstates: {a: {say: hi, on: [{on: yes, to: zz}]}}\n")
    result = cli(None, *args, str(flow), url="http://127.0.0.1:9")
    assert result.exit_code == 1, result.output
    problems = [line for line in result.output.splitlines() if not line.startswith("  hint:")]
    assert len(problems) == 2 and all(line.startswith(f"{flow}:") for line in problems), result.output
    assert "prompts/broken/es-MX" in problems[0] and "unknown state 'zz'" in problems[1]


@pytest.mark.parametrize(
    "args",
    [
        ["sip", "setup", "--number", NUMBER, "--flow", DAISY],
        ["sip", "list"],
        ["call", DRIVER, "--flow", DAISY, "--trunk", "ST_x"],
        ["callbacks", "run", "--once", "--flow", DAISY],
    ],
)
def test_a_url_that_is_not_livekit_is_one_line_and_exit_1(tmp_path: Path, args: list[str]) -> None:
    """LIVEKIT_URL pointing at some other web server (here one that answers every POST 501)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
            pass  # the command's output is what the test reads

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        extra = [] if args[0] == "sip" else ["--records", str(tmp_path / "r.db")]
        result = cli(None, *args, *extra, url=url)
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
    assert result.exit_code == 1, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"error: LiveKit at {url} answered HTTP 501") and "LIVEKIT_URL" in line


def test_callbacks_list_shows_when_in_the_flows_time_zone_under_its_headers(tmp_path: Path) -> None:
    """A driver who said "llámeme mañana" on a console call: the list gives the callback's time as the
    flow's quiet hours see it (Mexico City, UTC-6 all year), each value under its column's name."""
    records = str(tmp_path / "r.db")
    talked = cli(None, "run", DAISY, "--phone", DRIVER, "--records", records, input="sí\nllámeme mañana\n")
    assert talked.exit_code == 0, talked.output
    listed = cli(None, "callbacks", "list", "--records", records, "--flow", DAISY)
    assert listed.exit_code == 0, listed.output
    header, row = listed.stdout.splitlines()
    at = re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d-06:00", row)  # Mexico City time
    assert at is not None, row
    for column, value in (("number", DRIVER), ("why", "reschedule"), ("at", at.group()), ("attempts", "0/3")):
        assert header.index(f" {column}") + 1 == row.index(value), (column, header, row)


@pytest.mark.parametrize(
    ("args", "target", "doing"),
    [
        (["call", DRIVER, "--flow", DAISY, "--trunk", "ST_x"], "place_call", "placing the call"),
        (["sip", "list"], "list_sip", "listing SIP"),
    ],
)
def test_an_unexpected_failure_is_shown_with_its_traceback_not_passed_off_as_livekit_refusing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], target: str, doing: str
) -> None:
    """A bug (not LiveKit refusing, not a mistake of the user's) is not swallowed into "LiveKit refused":
    its traceback is on stderr, masked (the message quotes the number), and the last line says what
    failed."""
    from daisy_engine.transports.livekit import sip

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"bug while dialing {DRIVER}")

    monkeypatch.setattr(sip, target, broken)
    extra = ["--records", str(tmp_path / "r.db")] if args[0] == "call" else []
    result = cli(None, *args, *extra, url="http://127.0.0.1:9")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback (most recent call last):" in result.stderr and "RuntimeError" in result.stderr
    assert lines[-1] == (
        f"error: {doing} failed unexpectedly (RuntimeError: bug while dialing +***********78); "
        "the traceback is above: please report it"
    )
    assert DRIVER not in result.stderr and "refused" not in result.stderr


def _queued_reschedule(tmp_path: Path) -> Path:
    """A records file holding one due callback of flow `daisy` (a driver said "llámeme en 20 minutos"),
    and the project layout `daisy-engine init` makes in `tmp_path`: flows/daisy.yaml, prompts/."""
    records = tmp_path / "r.db"
    ran = CliRunner().invoke(
        app,
        ["run", DAISY, "--console", "--records", str(records), "--phone", DRIVER],
        input="sí\nllámeme en 20 minutos\n",
    )
    assert ran.exit_code == 0, ran.output
    queue = CallbackQueue(records)
    due = (datetime.now(UTC) - timedelta(minutes=5)).isoformat(timespec="seconds")
    queue._write("UPDATE records SET callback_at = ?", (due,))
    queue.close()
    (tmp_path / "flows").mkdir()
    # Outside quiet hours whatever the machine's clock says: these tests are about which flow, not night.
    text = Path(DAISY).read_text("utf-8").replace('  quiet_hours: "21:00-08:00"\n', "")
    (tmp_path / "flows" / "daisy.yaml").write_text(text, "utf-8")
    (tmp_path / "prompts").symlink_to(ROOT / "prompts")
    return records


def test_callbacks_run_without_flow_takes_it_from_the_queued_callbacks(
    standin: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(standin)
    records = _queued_reschedule(tmp_path)
    monkeypatch.chdir(tmp_path)
    placed = cli(standin, "callbacks", "run", "--once", "--records", str(records), "--agent-name", "daisy-agent")
    assert placed.exit_code == 0, (placed.output, placed.stderr)
    assert DRIVER in placed.stdout and "[daisy]: answered" in placed.stdout
    assert [p.sip_call_to for p in standin.participants] == [DRIVER]
    again = cli(standin, "callbacks", "run", "--once", "--records", str(records))
    assert again.exit_code == 0 and again.stdout.strip() == "no callback is due"  # cron on an empty queue


@pytest.mark.parametrize(
    ("layout", "once", "words"),
    [
        ("no flows folder", True, "callbacks are queued for flow 'daisy' but there is no flows/daisy.yaml here"),
        ("renamed flow", True, "this flow is named 'other', not 'daisy'"),
        ("empty queue", False, "no callback is queued to take the flow from: pass --flow"),
    ],
)
def test_callbacks_run_without_flow_says_in_one_line_when_the_flow_is_not_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str, once: bool, words: str
) -> None:
    records = _queued_reschedule(tmp_path)
    if layout == "no flows folder":
        (tmp_path / "flows" / "daisy.yaml").unlink()
    elif layout == "renamed flow":
        flow = tmp_path / "flows" / "daisy.yaml"
        renamed = flow.read_text("utf-8").replace("name: daisy\n", "name: other\nprompts: ../prompts/daisy\n", 1)
        flow.write_text(renamed, "utf-8")
    else:
        records = tmp_path / "empty.db"
    monkeypatch.chdir(tmp_path)
    result = cli(None, "callbacks", "run", *(["--once"] if once else []), "--records", str(records),
                 url="http://127.0.0.1:9")
    assert result.exit_code == 2, (result.output, result.stderr)
    [line] = result.stderr.splitlines()
    assert words in line and "error: " in line, line
