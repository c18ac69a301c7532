"""Property: whatever a designer's editor leaves in a flow file, `validate_file` never raises.

A valid flow is mutated (on its data: delete, rename, replace values, retarget transitions, duplicate
list items; or on its text: insert random text or bytes, truncate, cut lines) and written beside its
prompts. The result is either OK, and then it compiles into a machine, or it has at least one error,
and every diagnostic points inside a real file: the flow or one of its templates.
"""

from __future__ import annotations

import copy
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from daisy_engine.compiler import compile_flow
from daisy_engine.compiler.diagram import to_mermaid
from daisy_engine.compiler.machine import build_machine
from daisy_engine.flow import validate_file
from daisy_engine.flow.yaml_source import load_yaml

REPO = Path(__file__).resolve().parents[2]
BASE_FLOW = REPO / "flows" / "daisy.yaml"  # any valid flow with its prompts works here

Path_ = tuple[str | int, ...]

# Keys and words a designer might plausibly write (or mistype), mixed with arbitrary text.
WORDS = ["on", "to", "when", "say", "collect", "final", "intents", "then", "return", "slots", "type", "yes",
         "no", "done", "policy", "on_exhausted", "tools", "call", "args", "states", "locales", "prompts"]
names = st.one_of(st.sampled_from(WORDS), st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True), st.text(max_size=8))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True), names,
    st.sampled_from(["{{ value }}", "{{ nope }}", "{% if %}", "a ==", "results.x", "module:func", "null", "0"]),
)
# Text an editor (or a hurried designer) can leave behind: YAML structure, tags, anchors, dates.
SNIPPETS = ["\t", ": ", "- ", "[", "{", "}", "'", '"', "---\n", "&a ", "*a", "<<: *a\n", " &r [*r]", " !!int x",
            " !!binary Zm9v", " !foo", " 2024-13-45", " ? [a]", "\x00", " {{ x ", "\n  - on: yes\n"]
json_ish = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(names, inner, max_size=3), max_leaves=6
)


SAME_TYPE: dict[type, st.SearchStrategy[Any]] = {
    str: names, bool: st.booleans(), int: st.integers(-2, 30), float: st.floats(-1, 30),
    list: st.lists(names, max_size=3), dict: st.dictionaries(names, names, max_size=2),
}
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the same text as SafeDumper, faster


class Base:
    data: dict[str, Any]
    text: str
    states: list[str]
    prompts: Path
    name: str


@pytest.fixture(scope="module")
def base() -> Base:
    result = validate_file(BASE_FLOW)
    assert result.ok and result.flow is not None, [d.format_text() for d in result.report.diagnostics]
    loaded = load_yaml(BASE_FLOW, str(BASE_FLOW))
    found = Base()
    found.data, found.text = loaded.data, loaded.text
    found.states = list(result.flow.states)
    found.prompts = result.flow.prompts_dir
    found.name = result.flow.name
    return found


@pytest.fixture(scope="module")
def workdir(base: Base) -> Iterator[Path]:
    """One folder for all examples (hypothesis reruns the test body; function fixtures would be shared)."""
    folder = Path(tempfile.mkdtemp(prefix="flow-mutations-"))
    (folder / "prompts").mkdir()
    (folder / "prompts" / base.name).symlink_to(base.prompts, target_is_directory=True)
    yield folder
    shutil.rmtree(folder)


def paths(data: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every key and list index in the data, depth first."""
    if isinstance(data, dict):
        items = data.items()
    elif isinstance(data, list):
        items = enumerate(data)
    else:
        return
    for key, value in items:
        yield prefix + (key,)
        yield from paths(value, prefix + (key,))


def parent(data: Any, path: Path_) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def mutate_data(draw: st.DrawFn, base: Base) -> str:
    data = copy.deepcopy(base.data)
    for _ in range(draw(st.integers(1, 3))):
        every = list(paths(data))
        if not every:
            break
        path = draw(st.sampled_from(every))
        holder, last = parent(data, path), path[-1]
        kind = draw(st.sampled_from(["delete", "rename", "replace", "swap", "retarget", "duplicate"]))
        if kind == "delete":
            del holder[last]
        elif kind == "rename" and isinstance(holder, dict):
            holder[draw(names)] = holder.pop(last)
        elif kind == "replace":
            holder[last] = draw(json_ish)
        elif kind == "swap":  # a value of the same type: gets past the schema to the semantic checks
            holder[last] = draw(SAME_TYPE.get(type(holder[last]), json_ish))
        elif kind == "retarget":
            targets = [p for p in every if p[-1] in ("to", "then", "on_exhausted", "initial", "capture", "call")]
            if targets:
                target = draw(st.sampled_from(targets))
                parent(data, target)[target[-1]] = draw(st.sampled_from([*base.states, "return"]) | names)
        elif kind == "duplicate":
            lists = [p for p in every if isinstance(parent(data, p)[p[-1]], list) and parent(data, p)[p[-1]]]
            if lists:
                chosen = draw(st.sampled_from(lists))
                items = parent(data, chosen)[chosen[-1]]
                items.insert(draw(st.integers(0, len(items))), copy.deepcopy(draw(st.sampled_from(items))))
    return yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)


def mutate_text(draw: st.DrawFn, text: str, edits: int = 3) -> bytes:
    raw = text.encode("utf-8")
    for _ in range(draw(st.integers(1, edits))):
        kind = draw(st.sampled_from(["insert_text", "insert_bytes", "truncate", "cut_lines", "duplicate_line"]))
        at = draw(st.integers(0, len(raw)))
        if kind == "insert_text":
            snippet = draw(st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
                           | st.sampled_from(SNIPPETS))
            raw = raw[:at] + snippet.encode("utf-8") + raw[at:]
        elif kind == "insert_bytes":
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
        elif kind == "truncate":
            raw = raw[:at]
        else:
            lines = raw.splitlines(keepends=True)
            if not lines:
                continue
            first = draw(st.integers(0, len(lines) - 1))
            if kind == "cut_lines":
                del lines[first:first + draw(st.integers(1, 5))]
            else:
                lines.insert(first, lines[first])
            raw = b"".join(lines)
    return raw


def file_lines(path: Path) -> list[str]:
    """The lines as YAML numbers them: CR LF, CR, LF (and NEL, LS, PS) end a line; a final line break
    starts one more, empty line (where a "found end of stream" error points)."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    return re.split("\r\n|[\r\n\x85\u2028\u2029]", text)


@settings(max_examples=settings.default.max_examples * 10, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_flow_never_raises_and_every_error_is_located(data: st.DataObject, base: Base, workdir: Path) -> None:
    how = data.draw(st.sampled_from(["data", "data", "text", "data+text"]), label="how")
    if how == "text":
        raw = mutate_text(data.draw, base.text)
    elif how == "data":
        raw = mutate_data(data.draw, base).encode("utf-8")
    else:
        raw = mutate_text(data.draw, mutate_data(data.draw, base), edits=1)
    flow_file = workdir / "flow.yaml"
    flow_file.write_bytes(raw)

    result = validate_file(flow_file)

    event("ok" if result.ok else f"first error {min(d.code for d in result.report.errors)[:2]}xx")
    if result.ok:
        assert result.flow is not None
        compiled = compile_flow(result.flow)
        machine = build_machine(compiled)
        assert set(machine.states) == set(compiled.steps)
        assert compiled.initial in machine.states
        to_mermaid(compiled)
    else:
        assert result.report.errors
    for diagnostic in result.report.diagnostics:
        mark = diagnostic.mark
        file = Path(mark.file)
        if file.resolve() != flow_file.resolve():
            assert file.suffix == ".j2" and file.resolve().is_relative_to(base.prompts), diagnostic.format_text()
        assert file.is_file() or diagnostic.code == "E001", diagnostic.format_text()
        lines = file_lines(file)
        assert 1 <= mark.line <= len(lines), diagnostic.format_text()
        assert 1 <= mark.column <= len(lines[mark.line - 1]) + 1, diagnostic.format_text()
        assert diagnostic.message and diagnostic.hint, diagnostic.format_text()
