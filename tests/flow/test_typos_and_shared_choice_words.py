"""What `validate` says of a typo in a slot type or an `on_exhausted`, and of words shared by two choices."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from daisy_engine.flow.loader import validate_file

FLOW = """\
version: 1
name: {name}
locales: [es-MX]
defaults:
  policy: {{on_exhausted: bye}}
slots:
  size:
    type: {size_type}
    choices: {choices}
states:
  ask:
    collect: [size]
    policy: {{on_exhausted: {exhausted}}}
    on:
      - {{on: done, to: bye}}
  bye:
    say: bye
    final: true
"""


def write(folder: Path, size_type: str = "choice", exhausted: str = "skip",
          choices: str = "{small: [chica], large: [grande]}") -> Path:
    name = f"f_{uuid.uuid4().hex[:8]}"
    prompts = folder / "prompts" / name / "es-MX"
    prompts.mkdir(parents=True)
    for template in ("ask_size", "confirm_size", "bye"):
        (prompts / f"{template}.j2").write_text("?", "utf-8")
    path = folder / f"{name}.yaml"
    path.write_text(FLOW.format(name=name, size_type=size_type, exhausted=exhausted, choices=choices), "utf-8")
    return path


def test_the_flow_written_right_is_valid(tmp_path: Path) -> None:
    assert validate_file(write(tmp_path)).ok


@pytest.mark.parametrize(("typo", "meant"), [("choise", "choice"), ("integr", "integer"), ("yesno", "yes_no")])
def test_a_misspelled_slot_type_is_hinted_by_the_type_meant_and_the_custom_forms(
    tmp_path: Path, typo: str, meant: str
) -> None:
    errors = validate_file(write(tmp_path, size_type=typo)).report.errors
    assert errors[0].code == "E104" and f'"{typo}"' in errors[0].message
    assert f"did you mean '{meant}'?" in errors[0].hint and "module:TYPE" in errors[0].hint
    assert ".yaml:8:11:" in errors[0].format_text()


def test_an_unknown_slot_type_lists_every_type_and_both_custom_forms(tmp_path: Path) -> None:
    hint = validate_file(write(tmp_path, size_type="zzzz")).report.errors[0].hint
    assert "choice" in hint and "module:function" in hint and "module:TYPE" in hint


@pytest.mark.parametrize("typo", ["skipp", "skp", "skiip"])
def test_a_misspelled_skip_is_hinted_as_skip(tmp_path: Path, typo: str) -> None:
    errors = validate_file(write(tmp_path, exhausted=typo)).report.errors
    assert [d.code for d in errors] == ["E201"] and "did you mean 'skip'?" in errors[0].hint
    assert ".yaml:13:28:" in errors[0].format_text()


def test_a_state_name_misspelled_is_still_hinted_as_the_state(tmp_path: Path) -> None:
    errors = validate_file(write(tmp_path, exhausted="byee")).report.errors
    assert [d.code for d in errors] == ["E201"] and "did you mean 'bye'?" in errors[0].hint


@pytest.mark.parametrize(("choices", "word", "first", "second"), [
    ("{small: [chica, mediana], large: [grande, mediana]}", "mediana", "small", "large"),
    ("{small: [chica, Médiana], large: [grande, mediana]}", "mediana", "small", "large"),
    ("{small: [chica, large], large: [grande]}", "large", "small", "large"),
])
def test_the_same_words_under_two_choices_are_an_error_naming_both(
    tmp_path: Path, choices: str, word: str, first: str, second: str
) -> None:
    errors = validate_file(write(tmp_path, choices=choices)).report.errors
    assert [d.code for d in errors] == ["E243"]
    assert f"'{first}' and '{second}'" in errors[0].message and word in errors[0].message.lower()
    assert ".yaml:9:" in errors[0].format_text() and "one of them" in errors[0].hint
