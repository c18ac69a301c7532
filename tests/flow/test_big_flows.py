"""Big flow files: the size limits hold while the file is read (not after it is all in memory), and
the faster checks of big flows still report what they must."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from daisy_engine.flow.loader import validate_file

ROOT = Path(__file__).resolve().parents[2]
DAISY = ROOT / "flows" / "daisy.yaml"


def beside_daisy(folder: Path, text: str) -> Path:
    (folder / "flows").mkdir()
    (folder / "prompts").mkdir()
    (folder / "prompts" / "daisy").symlink_to(ROOT / "prompts" / "daisy", target_is_directory=True)
    path = folder / "flows" / "big.yaml"
    path.write_text(text, "utf-8")
    return path


def with_states(count: int, odd: dict[int, str]) -> str:
    """Daisy plus `count` more states; `odd` replaces the `when:` of some of them."""
    states = "".join(
        f"  extra_{i}:\n"
        f"    say: {'goodbye' if i != 7 else 'no_such_template'}\n"
        f"    on:\n"
        f"      - {{on: yes, to: extra_{(i + 1) % count}}}\n"
        f'      - {{on: no, to: refused, when: "{odd.get(i, f"full_name == {i!r}")}"}}\n'
        for i in range(count)
    )
    text = DAISY.read_text("utf-8").replace("  offer_callback:\n", states + "  offer_callback:\n", 1)
    return text.replace("{on: no, to: offer_callback}", "{on: no, to: extra_0}")


def test_a_huge_one_line_list_is_refused_while_it_is_read(tmp_path: Path) -> None:
    text = DAISY.read_text("utf-8")
    line = text.count("\n") + 2
    # 300,001 values, half again the limit: read in full they would take about 180 MB, nearly three times
    # the bound below (600,001 took 260 MB and twice as long under tracemalloc, checking nothing more).
    path = beside_daisy(tmp_path, text + "\nxs: [" + "1, " * 300_000 + "1]\n")
    tracemalloc.start()
    try:
        result = validate_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [error] = result.report.errors
    assert error.code == "E004" and "more than 200,000 values" in error.message
    assert error.mark.line == line and error.mark.column > 1
    assert peak < 64 * 1024 * 1024  # the 300,001 values are never all built


def test_a_big_flow_still_reports_every_problem_in_it(tmp_path: Path) -> None:
    odd = {
        3: "full_nam == 'x'",
        11: "full_name ==",
        12: "range(3) | length > 2",
        13: "results.nowhere.ok",
        14: "full_name) or (eta",
    }
    path = beside_daisy(tmp_path, with_states(1500, odd))
    found = {(d.code, d.mark.line) for d in validate_file(path).report.diagnostics}
    lines = path.read_text("utf-8").split("\n")

    def line_of(state: int, what: str) -> int:
        start = lines.index(f"  extra_{state}:")
        return next(n for n in range(start, len(lines)) if what in lines[n]) + 1

    assert ("E403", line_of(3, "when:")) in found  # undefined variable in a condition
    assert ("E211", line_of(11, "when:")) in found  # a condition that does not parse
    assert ("E211", line_of(14, "when:")) in found  # ... even when it parses inside {{ ( ) }}
    assert ("E404", line_of(13, "when:")) in found  # results of a tool that does not exist
    assert ("E401", line_of(7, "say:")) in found  # a missing template
    assert not any(code == "E403" and line == line_of(12, "when:") for code, line in found)  # range is built in
