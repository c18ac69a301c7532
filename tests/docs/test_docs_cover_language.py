"""The language reference describes every key of the flow language, with an example."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from daisy_engine.flow.schema import flow_schema

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "flow-language.md"


def _property_names(node: object) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                names.update(value)
            names |= _property_names(value)
    elif isinstance(node, list):
        for item in node:
            names |= _property_names(item)
    return names


def _yaml_examples(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, flags=re.S)


def test_every_schema_key_is_described_in_the_reference() -> None:
    text = DOC.read_text("utf-8")
    missing = sorted(name for name in _property_names(flow_schema()) if f"`{name}`" not in text)
    assert not missing, f"docs/flow-language.md does not describe: {', '.join(missing)}"


def test_every_schema_key_appears_in_a_yaml_example() -> None:
    examples = "\n".join(_yaml_examples(DOC.read_text("utf-8")))
    # a key is shown in use when it appears as `key:` in some example
    missing = sorted(
        name for name in _property_names(flow_schema()) if not re.search(rf"(^|[\s{{,\-]){name}:", examples, re.M)
    )
    assert not missing, f"no YAML example in docs/flow-language.md uses: {', '.join(missing)}"


def test_yaml_examples_in_the_reference_are_valid_yaml() -> None:
    for example in _yaml_examples(DOC.read_text("utf-8")):
        yaml.safe_load(example)
