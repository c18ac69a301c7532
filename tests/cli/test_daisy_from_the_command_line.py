"""Daisy through the real command line: a whole call piped in, the record exported, a killed process."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"
CLI = "from daisy_engine.cli.app import main; main()"  # what the `daisy-engine` console script runs

CALL = [
    "sí, claro",
    "me llamo Juan Pérez García",
    "sí",
    "cero cuarenta y dos",
    "correcto",
    "B de burro, ve de vaca, cuatrocientos cincuenta y uno",
    "sí",
    "quinientos doce",
    "sí",
    "equis ye zeta guion cuatrocientos cincuenta y seis",
    "sí",
    "a las dos y media de la tarde",
    "sí",
    "juan punto perez arroba gmail punto com",
    "sí",
    "sí, todo correcto",
]
CONFIRMED = {
    "full_name": "Juan Pérez García",
    "tractor_number": "042",
    "tractor_plate": "BV-451",
    "trailer_number": "512",
    "trailer_plate": "XYZ-456",
    "eta": "14:30",
    "email": "juan.perez@gmail.com",
}


def env() -> dict[str, str]:
    drop = ("LIVEKIT_URL", "DAISY_RECORDS", "DAISY_SMTP_HOST", "DAISY_SMTP_PORT")
    return {key: value for key, value in os.environ.items() if key not in drop}


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, *args], input=stdin, capture_output=True, text=True,
                          env=env(), cwd=ROOT, timeout=120)


def test_a_piped_spanish_call_is_saved_and_exported_exactly(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    call = cli("run", str(DAISY), "--records", str(db), "--phone", "+5215512345678", stdin="\n".join(CALL) + "\n")
    assert call.returncode == 0, call.stderr
    lines = call.stdout.splitlines()
    assert len(lines) == len(CALL) + 1  # the greeting, then one agent line per caller line
    assert lines[0].startswith("Hola, buen día. Le habla Daisy")
    assert "Placas del tractor: B de burro, V de vaca, 4, 5, 1" in lines[6]
    # No SMTP server is configured here: Daisy says so, and the registration is complete anyway.
    assert "No pude enviarle el correo" in lines[-1]

    exported = cli("records", "export", "--records", str(db), "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr
    record = json.loads(exported.stdout)
    assert record["slots"] == CONFIRMED
    assert (record["status"], record["outcome"], record["phone"]) == ("complete", "complete", "+5215512345678")
    assert [line["text"] for line in record["transcript"] if line["role"] == "caller"] == CALL

    table = cli("records", "export", "--records", str(db), "--format", "csv")
    row = next(csv.DictReader(io.StringIO(table.stdout)))
    assert {name: row[name] for name in CONFIRMED} == CONFIRMED

    shown = cli("records", "show", "1", "--records", str(db))
    assert "Juan Pérez García" in shown.stdout and "BV-451" in shown.stdout
    listed = cli("records", "list", "--records", str(db))
    assert "complete" in listed.stdout


def test_sigkill_after_the_third_confirmed_value_keeps_all_three(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    child = subprocess.Popen([sys.executable, "-c", CLI, "run", str(DAISY), "--records", str(db)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env(), cwd=ROOT)
    assert child.stdin is not None and child.stdout is not None
    child.stdout.readline()  # the greeting
    for answer in CALL[:7]:  # up to the third "sí": name, tractor number and tractor plate confirmed
        child.stdin.write(answer + "\n")
        child.stdin.flush()
        child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    rows = dict(sqlite3.connect(db).execute("SELECT slot, value FROM slot_values").fetchall())
    assert {slot: json.loads(value) for slot, value in rows.items()} == {
        "full_name": "Juan Pérez García", "tractor_number": "042", "tractor_plate": "BV-451"}


def test_the_records_commands_say_when_there_is_no_records_file(tmp_path: Path) -> None:
    done = cli("records", "list", "--records", str(tmp_path / "none.db"))
    assert done.returncode == 1 and "no records file" in done.stderr
    assert not (tmp_path / "none.db").exists()
