"""CI must run what a newcomer runs: the README's test command, word for word, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, flags=re.S)
    commands = [
        line.strip()
        for block in blocks
        for line in block.splitlines()
        if line.strip().endswith(".venv/bin/pytest") and not line.lstrip().startswith("#")
    ]
    assert len(commands) == 1, f"the README should show one test command, found {commands}"
    return commands[0]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in script.splitlines()
        if line.strip() and not line.lstrip().startswith("#") and not line.startswith(("set ", "cd "))
    ]
    assert commands == [_readme_test_command()]


def test_no_test_module_imports_the_tests_folder_as_a_package() -> None:
    # `.venv/bin/pytest` (the README's command) does not put the repository on sys.path, `python -m pytest`
    # does: a `from tests.x import y` passes under the second and fails to collect in a fresh clone under
    # the first. Helpers next to a test module are imported relatively (`from .plate_helpers import ...`).
    absolute = re.compile(r"^\s*(?:from tests(?:\.| import)|import tests\b)", re.M)
    offenders = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "tests").rglob("*.py"))
                 if absolute.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
