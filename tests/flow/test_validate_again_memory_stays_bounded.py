"""A process that validates again and again (an editor's checker validating on every save) remembers the
analysis of each template text it has seen, but not without bound: a big template edited many times (each
edit a new text) does not keep every version in memory."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from daisy_engine.flow import validate_file

FLOW = """\
version: 1
name: notes
locales: [es-MX]
states:
  greeting:
    say: greeting
    final: true
"""
EDITS = 40
TEMPLATE_CHARS = 300_000  # a long persona or script: 40 versions of it are 12 MB of text


def test_validating_many_edits_of_a_big_template_keeps_memory_bounded(tmp_path: Path) -> None:
    flow = tmp_path / "notes.yaml"
    flow.write_text(FLOW, "utf-8")
    folder = tmp_path / "prompts" / "notes" / "es-MX"
    folder.mkdir(parents=True)
    template = folder / "greeting.j2"

    def edit(number: int) -> None:
        template.write_text(f"Hola, versión {number}: {{{{ phone }}}}\n" + "texto largo " * (TEMPLATE_CHARS // 12),
                            "utf-8")
        assert validate_file(flow).ok

    edit(0)
    tracemalloc.start()
    try:
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for number in range(1, EDITS + 1):
            edit(number)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 6 * 1024 * 1024, f"{held:,} bytes still held after {EDITS} edits"
    # The last edit read an unknown variable: still reported (nothing stale is served).
    template.write_text(template.read_text("utf-8") + "{{ no_such }}\n", "utf-8")
    assert [d.code for d in validate_file(flow).report.errors] == ["E403"]
