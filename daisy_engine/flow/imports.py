"""Import designer-written `module:function` targets (python tools, custom slot types).

Where a module comes from: the flow file's own folder, and only that. The folder is put at the END of
the import path, so a file there named like an installed module (`smtplib.py`, `rapidfuzz.py`) never
shadows it, and the folder one happens to run from is never searched. A target whose module resolves
to anything but a file in the flow's folder (an installed package of the same name) is refused with a
sentence saying so: rename the file.

`validate` never imports designer code into its own process: `probe` imports the targets in a child
Python with a time limit (`PROBE_SECONDS`), so a module that loops, exits or crashes at import is
reported as an error on its line instead of hanging `validate` or ending it with a false exit 0. The
child tells the signature of each function back, for the argument checks.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PROBE_SECONDS = 10.0
"""How long `validate` waits for the flow's modules to import before reporting them as hanging
($DAISY_IMPORT_SECONDS overrides it)."""
PROBE_SECONDS_ENV = "DAISY_IMPORT_SECONDS"


def probe_seconds() -> float:
    try:
        seconds = float(os.environ.get(PROBE_SECONDS_ENV, PROBE_SECONDS))
    except ValueError:
        return PROBE_SECONDS
    return seconds if seconds > 0 else PROBE_SECONDS


def _add_folder(base: Path) -> str:
    folder = str(base.resolve())
    if folder not in sys.path:
        sys.path.append(folder)  # last: installed packages and the standard library come first
    return folder


def _inside(file: str | None, folder: str) -> bool:
    return bool(file) and os.path.realpath(file).startswith(os.path.realpath(folder) + os.sep)


def import_target(target: str, base: Path) -> Callable[..., Any] | str:
    """The callable named `module:function`, from a module in `base` (the flow's folder).

    Returns the callable, or a sentence saying why it cannot be had.
    """
    module_name, _, attribute = target.partition(":")
    folder = _add_folder(base)
    try:
        module = importlib.import_module(module_name)
    except (Exception, SystemExit) as exc:  # user code may even exit at import; it is the user's to see
        return f"module '{module_name}' cannot be imported ({type(exc).__name__}: {exc})".replace(": )", ")")
    if not _inside(getattr(module, "__file__", None), folder):
        return (
            f"'{module_name}' is not a module in the flow's folder {folder} (it is "
            f"{getattr(module, '__file__', None) or 'built into Python'}); rename your module"
        )
    function = getattr(module, attribute, None)
    if function is None:
        return f"module '{module_name}' has no '{attribute}'"
    if not callable(function):
        return f"'{target}' is not callable"
    return function


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # inspect.Parameter kind name: POSITIONAL_OR_KEYWORD, KEYWORD_ONLY, VAR_KEYWORD...
    required: bool


@dataclass(frozen=True)
class Probed:
    """What importing one target in the child found: its file and parameters, or why it failed."""

    target: str
    file: str | None = None
    params: tuple[Param, ...] | None = None  # None: the signature cannot be read (a builtin, a C function)
    problem: str | None = None
    # For a tool without `parameters:`: the schema its signature gives (see `tool_parameters`), or why not.
    schema: dict[str, Any] | None = None
    schema_problem: str | None = None
    # For a custom slot type: what the type says of itself (see `TypeFacts`).
    slot_type: TypeFacts | None = None


@dataclass(frozen=True)
class TypeFacts:
    """What a custom slot type (`module:function` or `module:TYPE`) says of itself, as the checks and the
    compiler read it without importing designer code: the same attributes as a registered `SlotType`,
    taken in the child from the very `SlotType` the runtime builds (`understanding.types.custom`)."""

    name: str
    options: frozenset[str]
    requires: frozenset[str] = frozenset()
    spellable: bool = False
    needs_clock: bool = False
    holds: str = "text"


_CHILD = r"""
import importlib, inspect, json, os, sys
base, targets, schemas = sys.argv[1], json.loads(sys.argv[2]), set(json.loads(sys.argv[3]))
slot_types = set(json.loads(sys.argv[4]))
out_fd = os.dup(1)
os.dup2(2, 1)  # what modules print at import goes to stderr, not into the answer
sys.path.append(base)
found = {}
def inside(file):
    return bool(file) and os.path.realpath(file).startswith(os.path.realpath(base) + os.sep)
for target in targets:
    name, _, attribute = target.partition(":")
    try:
        module = importlib.import_module(name)
    except BaseException as exc:
        found[target] = {"problem": f"module '{name}' cannot be imported ({type(exc).__name__}: {exc})"
                         .replace(": )", ")")}
        continue
    file = getattr(module, "__file__", None)
    if not inside(file):
        found[target] = {"problem": f"'{name}' is not a module in the flow's folder {base} (it is "
                                    f"{file or 'built into Python'}); rename your module"}
        continue
    function = getattr(module, attribute, None)
    if function is None:
        found[target] = {"problem": f"module '{name}' has no '{attribute}'", "file": file}
        continue
    if not callable(function):
        found[target] = {"problem": f"'{target}' is not callable", "file": file}
        continue
    try:
        params = [[p.name, p.kind.name, p.default is p.empty] for p in inspect.signature(function).parameters.values()]
    except (TypeError, ValueError):
        params = None
    found[target] = {"file": file, "params": params}
    if target in slot_types:
        try:
            from daisy_engine.understanding.types.custom import custom_type
            made = custom_type(target, function)
        except BaseException as exc:
            said = str(exc) if isinstance(exc, (TypeError, ValueError)) else f"{type(exc).__name__}: {exc}"
            found[target] = {"problem": said, "file": file}
            continue
        found[target]["slot_type"] = {"options": sorted(made.options), "requires": sorted(made.requires),
                                      "spellable": bool(made.spellable), "needs_clock": bool(made.needs_clock),
                                      "holds": str(made.holds)}
    if target in schemas:
        try:
            from daisy_engine.flow.tool_parameters import SignatureError, parameters_from_signature
            found[target]["schema"] = parameters_from_signature(function)
        except SignatureError as exc:
            found[target]["schema_problem"] = str(exc)
        except BaseException as exc:
            found[target]["schema_problem"] = f"{type(exc).__name__}: {exc}"
os.write(out_fd, json.dumps(found).encode())
os._exit(0)  # no atexit handlers or threads of the imported modules can hold the answer back
"""


def probe(
    targets: Iterable[str], base: Path, schemas: Iterable[str] = (), slot_types: Iterable[str] = ()
) -> dict[str, Probed]:
    """Import `targets` (from modules in `base`) in a child Python with a time limit; what each gave.
    For the targets in `schemas` the child also derives the argument schema from the signature; for
    those in `slot_types` (custom slot types) it reports what the type says of itself (`TypeFacts`)."""
    wanted = tuple(sorted(set(targets)))
    if not wanted:
        return {}
    folder = base.resolve()
    return _probe(wanted, tuple(sorted(set(schemas))), tuple(sorted(set(slot_types))), str(folder),
                  probe_seconds(), _fingerprint(folder))


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The Python files of the folder as they are now: a probe is redone when one of them changes."""
    files = []
    for pattern in ("*.py", "*/__init__.py", "*/*.py"):
        for path in folder.glob(pattern):
            try:
                stat = path.stat()
            except OSError:
                continue
            files.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(files))


@lru_cache(maxsize=64)
def _probe(
    targets: tuple[str, ...],
    schemas: tuple[str, ...],
    slot_types: tuple[str, ...],
    folder: str,
    seconds: float,
    _files: tuple[tuple[str, int, int], ...],
) -> dict[str, Probed]:
    def everyone(problem: str) -> dict[str, Probed]:
        return {target: Probed(target, problem=problem) for target in targets}

    # -P: the folder validate runs from is not put on the child's import path either.
    command = [sys.executable, "-P", "-c", _CHILD, folder, json.dumps(list(targets)), json.dumps(list(schemas)),
               json.dumps(list(slot_types))]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=seconds, cwd=folder, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        return everyone(
            f"importing did not finish within {seconds:g} s (does the module run a loop or "
            f"wait for something at import?)"
        )
    except OSError as exc:
        return everyone(f"cannot start Python to import it ({exc.strerror or exc})")
    try:
        answer = json.loads(done.stdout.decode("utf-8", "replace"))
    except ValueError:
        return everyone(f"importing ended the process (exit status {done.returncode}) before it could be checked")
    probed = {}
    for target in targets:
        item = answer.get(target) or {"problem": "was not imported"}
        params = item.get("params")
        probed[target] = Probed(
            target,
            file=item.get("file"),
            params=None if params is None else tuple(Param(name, kind, required) for name, kind, required in params),
            problem=item.get("problem"),
            schema=item.get("schema"),
            schema_problem=item.get("schema_problem"),
            slot_type=_facts(target, item.get("slot_type")),
        )
    return probed


def _facts(target: str, found: Any) -> TypeFacts | None:
    if not isinstance(found, dict):
        return None
    return TypeFacts(target, frozenset(found.get("options") or ()), frozenset(found.get("requires") or ()),
                     bool(found.get("spellable")), bool(found.get("needs_clock")), str(found.get("holds") or "text"))
