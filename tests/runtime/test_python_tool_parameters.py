"""A `python:` tool without `parameters:` takes its argument schema from the function's signature and
docstring; `validate` checks call sites against the same schema the runtime shows the model and
validates calls with."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from daisy_engine.flow import load_flow, validate_file
from daisy_engine.runtime.tools import ToolContext, ToolError, ToolRegistry

GALLERY_PROMPTS = Path(__file__).parents[1] / "flow" / "gallery" / "prompts"

TOOLS = '''
from typing import Literal


def find_driver(phone: str, days: int | None = None, kind: Literal["tractor", "trailer"] = "tractor") -> dict:
    """Find a driver's registration.

    Args:
        phone: The driver's phone number, in E.164 form.
        days: How many days back to look.
    """
    return {"phone": phone, "days": days, "kind": kind}


def note(text: str, **extra) -> dict:
    """Keep a note.

    :param text: What to keep.
    """
    return {"text": text, "extra": sorted(extra)}
'''


def write_flow(folder: Path, call_args: str) -> Path:
    module = f"signature_tools_{folder.name.replace('-', '_')}"
    (folder / f"{module}.py").write_text(TOOLS)
    (folder / "prompts").symlink_to(GALLERY_PROMPTS, target_is_directory=True)
    flow = folder / "flow.yaml"
    flow.write_text(
        textwrap.dedent(f"""\
        version: 1
        name: gallery
        locales: [es-MX]
        tools:
          find_driver: {{python: "{module}:find_driver", description: Find a driver.}}
          note: {{python: "{module}:note"}}
        states:
          greeting:
            say: greeting
            tools: [find_driver, note]
            on:
              - on: yes
                to: goodbye
                actions:
                  - call: find_driver
                    args: {call_args}
          goodbye:
            say: goodbye
            final: true
        """)
    )
    return flow


class NoCall:
    flow_name = "gallery"
    confirmed: dict[str, Any] = {}


def context(registry: ToolRegistry, name: str) -> ToolContext:
    return ToolContext(NoCall(), registry.spec(name), {})  # type: ignore[arg-type]


def test_the_model_sees_types_required_arguments_and_docstring_descriptions(tmp_path: Path) -> None:
    registry = ToolRegistry(load_flow(write_flow(tmp_path, "{phone: '+5215512345678'}")))
    schema = registry.schema("find_driver")
    assert schema["description"] == "Find a driver."
    parameters = schema["parameters"]
    assert parameters["type"] == "object"
    assert parameters["required"] == ["phone"]
    assert parameters["additionalProperties"] is False
    properties = parameters["properties"]
    assert properties["phone"]["type"] == "string"
    assert properties["phone"]["description"] == "The driver's phone number, in E.164 form."
    assert {"type": "integer"} in properties["days"]["anyOf"]
    assert properties["days"]["description"] == "How many days back to look."
    assert properties["kind"]["enum"] == ["tractor", "trailer"]
    note = registry.schema("note")["parameters"]
    assert note["properties"]["text"]["description"] == "What to keep."
    assert note["additionalProperties"] is True  # the function takes **extra


@pytest.mark.parametrize(
    ("call_args", "problem"),
    [
        ("{phone: '+5215512345678', colour: red}", "has no argument 'colour'"),
        ("{days: 3}", "missing required argument 'phone'"),
    ],
)
def test_validate_checks_call_sites_against_the_signature(tmp_path: Path, call_args: str, problem: str) -> None:
    report = validate_file(write_flow(tmp_path, call_args)).report
    assert [d.code for d in report.diagnostics] == ["E506"]
    assert problem in report.diagnostics[0].message


def test_a_flow_whose_call_sites_match_the_signature_is_clean(tmp_path: Path) -> None:
    assert validate_file(write_flow(tmp_path, "{phone: '+5215512345678', days: 2}")).report.diagnostics == []


async def test_calls_are_validated_and_rendered_text_gets_the_declared_type(tmp_path: Path) -> None:
    registry = ToolRegistry(load_flow(write_flow(tmp_path, "{phone: '+5215512345678'}")))
    ctx = context(registry, "find_driver")
    args = registry.typed_args("find_driver", {"phone": "+5215512345678", "days": "3"}, {"phone", "days"})
    assert args == {"phone": "+5215512345678", "days": 3}
    assert await registry.call("find_driver", args, ctx) == {"phone": "+5215512345678", "days": 3, "kind": "tractor"}
    with pytest.raises(ToolError, match="kind"):
        await registry.call("find_driver", {"phone": "+5215512345678", "kind": "boat"}, ctx)
    with pytest.raises(ToolError, match="phone"):
        await registry.call("find_driver", {"days": 1}, ctx)
    assert await registry.call("note", {"text": "hi", "mood": "ok"}, context(registry, "note")) == {
        "text": "hi",
        "extra": ["mood"],
    }
