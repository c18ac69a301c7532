"""Diagnostic codes: each stands for one problem, is in the registry, and is explained in the docs."""

from __future__ import annotations

import re
from pathlib import Path

import daisy_engine.flow
from daisy_engine.flow.codes import CODES

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "flow-language.md"
ROW = re.compile(r"^\| `([EW]\d{3})` \| (.+) \|$", re.M)


def emitted_codes() -> set[str]:
    """Every code the flow package writes into a diagnostic (as a string literal in its source)."""
    package = Path(daisy_engine.flow.__file__).parent
    found: set[str] = set()
    for source in package.rglob("*.py"):
        if source.name != "codes.py":
            found |= set(re.findall(r"\"([EW]\d{3})\"", source.read_text("utf-8")))
    return found


def test_the_docs_code_table_is_the_registry() -> None:
    documented = ROW.findall(DOC.read_text("utf-8"))
    assert len(documented) == len({code for code, _ in documented}), "a code is documented twice"
    assert dict(documented) == CODES


def test_every_code_a_check_reports_is_registered_and_every_registered_code_is_reported() -> None:
    emitted = emitted_codes()
    assert len(emitted) > 50  # the scan found the checks
    assert emitted - set(CODES) == set(), "codes missing from daisy_engine/flow/codes.py"
    assert set(CODES) - emitted == set(), "registered codes no check reports"


def test_codes_are_errors_or_warnings_by_their_letter_and_each_names_one_problem() -> None:
    for code, problem in CODES.items():
        assert re.fullmatch(r"[EW]\d{3}", code)
        assert problem and problem == problem.strip() and "\n" not in problem
    assert len(set(CODES.values())) == len(CODES), "two codes describe the same problem"
