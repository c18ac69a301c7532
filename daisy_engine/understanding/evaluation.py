"""`daisy-engine eval`: extraction accuracy on a labelled file of caller utterances.

The file is JSON Lines, one case per line:
    {"id": "plate-es-001", "kind": "plate", "locale": "es-MX", "text": "a b c uno dos tres", "expected": "ABC-123"}
kind: name | integer | amount | plate | plate_char | eta | date | email | yes_no | intent ("eta" is the time extractor,
"plate_char" is `extract_char`; each slot type names the kinds that measure it, its `eval_kinds`, so a
registered type adds its own); locale: es-MX | en-US; expected: the normal form, or null when nothing
valid should be found (for intent: no intent). Intent cases may add "minutes" (a number or null), which
is then compared for reschedule. Amount cases compare as numbers ("500000" matches "500000.00").
Slot cases (integer, plate, eta) may add "options", the slot options
the value is extracted with, e.g. {"leading_zeros": true} for a unit number that keeps "cero cuarenta y
dos" as "042" the way Daisy's tractor/trailer slots are configured; without it the defaults apply. A date case
needs the day it is said on, {"now": "2026-12-01"} ("mañana" is then "2026-12-02"), and may add the slot's other
options ({"with_time": true} for "2026-12-02T10:00"): no case depends on the day the file is run.
Blank lines are skipped; other fields are ignored (use them for notes).

Text output: a table per kind and locale, the failures, and as its last line exactly
"accuracy: 0.XXXX (N/M)". JSON output is one JSON object (per-kind/locale stats, failures, overall);
it has no trailing accuracy line so that it stays parseable. Exit code 0 even when cases fail (the
number is the result); 2 when the file is missing or malformed. Every malformed line is reported in
one run, one "file:line: error: message" per line of output (with --format json: {"errors": [{"file": ...,
"line": N or null, "message": ...}]}). A UTF-8 byte-order mark at the start of the file is ignored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

from daisy_engine.errors import CasesError

from .failures import log_failure
from .intents import HINTS, INTENTS, detect_intent
from .types import SlotType, all_types, load_builtins
from .types.base import _LOADED, VERSION

log = logging.getLogger(__name__)


_KINDS_CACHE: dict[int, dict[str, tuple[SlotType, Callable[[str, str, Any], Any]]]] = {}


def _slot_kinds() -> dict[str, tuple[SlotType, Callable[[str, str, Any], Any]]]:
    """Case kinds the slot types measure (each type's `eval_kinds`), in the types' order; derived again
    only when the registry changed."""
    if not _LOADED:
        load_builtins()  # the built-in types are registered first
    version = VERSION[0]
    found = _KINDS_CACHE.get(version)
    if found is None:
        found = {kind: (slot_type, run) for slot_type in all_types() for kind, run in slot_type.eval_kinds.items()}
        _KINDS_CACHE.clear()
        _KINDS_CACHE[version] = found
    return found


def kinds() -> tuple[str, ...]:
    """Every case kind: the slot types' (a registered type adds its own), then "intent"."""
    return (*_slot_kinds(), "intent")


KINDS: tuple[str, ...] = kinds()
"""The case kinds of the built-in slot types and "intent" (`kinds()` also has registered ones)."""
LOCALES: tuple[str, ...] = ("es-MX", "en-US")
_REQUIRED = ("id", "kind", "locale", "text", "expected")


class CaseFileError(CasesError, ValueError):
    """A malformed case file; the message names the file and line.

    errors: every problem found, as (file, line or None, message without the "file:line: " prefix);
    str() is one "file:line: error: message" per line.
    """

    def __init__(self, message: str, errors: list[tuple[str, int | None, str]] | None = None) -> None:
        super().__init__(message)
        self.errors: list[tuple[str, int | None, str]] = errors if errors is not None else [("", None, message)]


def _error(path: Path, line: int | None, message: str) -> tuple[str, int | None, str]:
    return str(path), line, message


def _render_errors(errors: list[tuple[str, int | None, str]]) -> str:
    return "\n".join(f"{f}:{line}: error: {msg}" if line is not None else f"{f}: error: {msg}"
                     for f, line, msg in errors)


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    locale: str
    text: str
    expected: Any
    minutes: int | None = None
    check_minutes: bool = False
    options: dict[str, Any] | None = None


@dataclass
class Report:
    correct: Counter[tuple[str, str]] = field(default_factory=Counter)
    total: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def n_correct(self) -> int:
        return sum(self.correct.values())

    @property
    def n_total(self) -> int:
        return sum(self.total.values())

    @property
    def accuracy(self) -> float:
        return self.n_correct / self.n_total if self.n_total else 0.0


def _case_from(obj: Any) -> Case:
    """A checked case; raises CaseFileError with the problem (without file and line)."""
    if not isinstance(obj, dict):
        raise CaseFileError(f"expected a JSON object, got {type(obj).__name__}")
    missing = [k for k in _REQUIRED if k not in obj]
    if missing:
        raise CaseFileError(f"missing field(s): {', '.join(missing)}")
    if not isinstance(obj["id"], str) or not obj["id"]:
        raise CaseFileError("\"id\" must be a non-empty string")
    if obj["kind"] not in kinds():
        raise CaseFileError(f"unknown kind {obj['kind']!r} (expected one of: {', '.join(kinds())})")
    if obj["locale"] not in LOCALES:
        raise CaseFileError(f"unknown locale {obj['locale']!r} (expected one of: {', '.join(LOCALES)})")
    if not isinstance(obj["text"], str):
        raise CaseFileError("\"text\" must be a string")
    if obj["expected"] is not None and not isinstance(obj["expected"], str):
        raise CaseFileError("\"expected\" must be a string or null")
    minutes = obj.get("minutes")
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)):
        raise CaseFileError("\"minutes\" must be a whole number or null")
    options = obj.get("options")
    if options is not None and not isinstance(options, dict):
        raise CaseFileError("\"options\" must be a JSON object or null")
    if _slot_kinds()[obj["kind"]][0].needs_today if obj["kind"] in _slot_kinds() else False:
        # a day said ("mañana", "el 8") is counted from the day it is said on: never from the day the file is run
        now = (options or {}).get("now")
        if not isinstance(now, str) or not _is_day(now):
            raise CaseFileError(f"a {obj['kind']} case needs the day it is said on, \"options\": {{\"now\": "
                                "\"2026-12-01\"}} (YYYY-MM-DD, or YYYY-MM-DDTHH:MM)")
    return Case(obj["id"], obj["kind"], obj["locale"], obj["text"], obj["expected"], minutes, "minutes" in obj,
                options)


def _is_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def load_cases(path: Path) -> list[Case]:
    """Read and check a case file; raises CaseFileError listing every malformed line ("file:line: error: message")."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # -sig: a byte-order mark is not JSON
    except FileNotFoundError:
        errors = [_error(path, None, "file not found")]
        raise CaseFileError(_render_errors(errors), errors) from None
    except (OSError, UnicodeDecodeError) as exc:
        if isinstance(exc, OSError):
            why = (exc.strerror or type(exc).__name__).lower()
        else:
            why = f"not UTF-8 text ({exc.reason})"
        errors = [_error(path, None, f"cannot read it: {why} (pass a JSON Lines file)")]
        raise CaseFileError(_render_errors(errors), errors) from None
    cases: list[Case] = []
    errors: list[tuple[str, int | None, str]] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(_error(path, lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        try:
            case = _case_from(obj)
        except CaseFileError as exc:
            errors.append(_error(path, lineno, str(exc)))
            continue
        if case.id in seen:
            errors.append(_error(path, lineno, f"duplicate id {case.id!r} (first on line {seen[case.id]})"))
            continue
        seen[case.id] = lineno
        cases.append(case)
    if not cases and not errors:
        errors.append(_error(path, None, "no cases found"))
    if errors:
        raise CaseFileError(_render_errors(errors), errors)
    return cases


# A case names one of the intents every flow hears; a hint ("busy") is scored as the intent it stands for
# where a flow does not handle it (a bare "voy manejando" is a `reschedule`).
_SCORED_INTENTS = tuple(name for name in INTENTS if name not in HINTS)


def _intent(case: Case) -> tuple[bool, Any]:
    match = detect_intent(case.text, case.locale, enabled=_SCORED_INTENTS)
    name = match.name if match else None
    ok = name == case.expected
    if ok and match and name == "reschedule" and case.check_minutes:
        ok = match.minutes == case.minutes
    got = f"{name} (minutes={match.minutes})" if match and name == "reschedule" else name
    return ok, got


def _run(case: Case) -> Any:
    """What the case's slot type finds in its text (None when its extractor fails: it never raises)."""
    slot_type, run = _slot_kinds()[case.kind]
    if not isinstance(case.text, str):
        return None
    try:
        return run(case.text, case.locale, case.options)
    except Exception as exc:  # logged by what failed and where, never with the case's words
        log_failure(log, f"extractor {slot_type.name} (case {case.id})", exc, case.text)
        return None


def run_case(case: Case) -> tuple[bool, Any]:
    """(passed, what the extractor returned) for one case."""
    if case.kind == "intent":
        return _intent(case)
    got = _run(case)
    if case.kind == "amount":
        return _same_amount(got, case.expected), got
    return got == case.expected, got


def _same_amount(got: Any, expected: Any) -> bool:
    if got is None or expected is None:
        return got is expected
    try:
        return Decimal(str(got)) == Decimal(str(expected).replace(",", "").lstrip("$"))
    except InvalidOperation:
        return False


def evaluate(cases: list[Case]) -> Report:
    report = Report()
    for case in cases:
        ok, got = run_case(case)
        key = (case.kind, case.locale)
        report.total[key] += 1
        if ok:
            report.correct[key] += 1
        else:
            expected = case.expected
            if case.kind == "intent" and case.check_minutes and expected == "reschedule":
                expected = f"reschedule (minutes={case.minutes})"
            report.failures.append(
                {"id": case.id, "kind": case.kind, "locale": case.locale, "text": case.text,
                 "expected": expected, "got": got}
            )
    return report


def _groups(report: Report) -> list[tuple[str, str]]:
    order = {k: i for i, k in enumerate(kinds())}
    return sorted(report.total, key=lambda kl: (order[kl[0]], LOCALES.index(kl[1])))


def summary_line(report: Report) -> str:
    return f"accuracy: {report.accuracy:.4f} ({report.n_correct}/{report.n_total})"


def render_text(report: Report) -> str:
    table = Table(title="Extraction accuracy")
    for col, justify in (("kind", "left"), ("locale", "left"), ("correct", "right"), ("total", "right"),
                         ("accuracy", "right")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for kind, locale in _groups(report):
        ok, total = report.correct[(kind, locale)], report.total[(kind, locale)]
        table.add_row(kind, locale, str(ok), str(total), f"{ok / total:.4f}")
    buf = io.StringIO()
    console = Console(file=buf, width=120, color_system=None, highlight=False, emoji=False)
    console.print(table)
    out = [buf.getvalue().rstrip("\n")]
    if report.failures:
        out.append("")
        out.append(f"Failures ({len(report.failures)}):")
        for f in report.failures:
            out.append(f"  [{f['id']}] {f['kind']} {f['locale']}: {f['text']!r}")
            out.append(f"      expected: {f['expected']!r}   got: {f['got']!r}")
    out.append(summary_line(report))
    return "\n".join(out)


def render_json(report: Report) -> str:
    per = [
        {"kind": k, "locale": loc, "correct": report.correct[(k, loc)], "total": report.total[(k, loc)],
         "accuracy": round(report.correct[(k, loc)] / report.total[(k, loc)], 4)}
        for k, loc in _groups(report)
    ]
    overall = {"correct": report.n_correct, "total": report.n_total, "accuracy": round(report.accuracy, 4)}
    return json.dumps({"groups": per, "failures": report.failures, "overall": overall}, ensure_ascii=False, indent=2)


def run_eval(path: Path, fmt: Literal["text", "json"]) -> tuple[str, int]:
    """Evaluate a case file: (output to print, exit code). Never raises for a bad file."""
    if fmt not in ("text", "json"):
        return f"unknown format {fmt!r} (use text or json)", 2
    try:
        cases = load_cases(Path(path))
    except CaseFileError as exc:
        if fmt == "json":
            errors = [{"file": f, "line": line, "message": msg} for f, line, msg in exc.errors]
            return json.dumps({"errors": errors}, ensure_ascii=False, indent=2), 2
        return str(exc), 2
    report = evaluate(cases)
    return (render_json(report) if fmt == "json" else render_text(report)), 0
