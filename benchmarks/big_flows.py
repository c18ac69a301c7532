"""Big flow files for `validate` (shared by the benchmark and the tests): Daisy with filler states up to
a size, and a one-line list just under the 2 MB file limit."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAISY = ROOT / "flows" / "daisy.yaml"


def daisy_with_states(extra: int) -> str:
    """Daisy plus `extra` reachable states (each with a condition and a template), in one file."""
    states = "".join(
        f"  extra_{i}:\n"
        f"    description: Filler state {i}, so that the file is big.\n"
        f"    say: goodbye\n"
        f"    on_enter: [{{save: partial}}]\n"
        f"    on:\n"
        f"      - {{on: yes, to: extra_{(i + 1) % extra}}}\n"
        f"      - {{on: no, to: refused, when: \"full_name == 'x{i}'\"}}\n"
        f"      - *hangup\n"
        for i in range(extra)
    )
    text = DAISY.read_text("utf-8")
    text = text.replace("  offer_callback:\n", states + "  offer_callback:\n", 1)
    return text.replace("{on: no, to: offer_callback}", "{on: no, to: extra_0}")


def one_line_list(size: int = 2_000_000) -> str:
    """Daisy followed by a one-line list of about `size` bytes in all (a million values)."""
    text = DAISY.read_text("utf-8")
    count = (size - len(text) - 100) // 3
    return text + "\nxs: [" + "1, " * count + "1]\n"


def write_beside_daisy(folder: Path, name: str, text: str) -> Path:
    """`text` as flows/<name> in `folder`, with Daisy's prompts beside it as the flow expects."""
    (folder / "flows").mkdir(parents=True, exist_ok=True)
    prompts = folder / "prompts" / "daisy"
    if not prompts.exists():
        prompts.parent.mkdir(parents=True, exist_ok=True)
        prompts.symlink_to(ROOT / "prompts" / "daisy", target_is_directory=True)
    path = folder / "flows" / name
    path.write_text(text, "utf-8")
    return path
