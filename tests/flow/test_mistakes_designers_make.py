"""Mistakes a designer of another field makes in a flow written from the docs are reported by `validate`, at the
line and column that causes them, with what to write instead: never left to fail in the middle of a call."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.flow import validate_file


def _report(flow: Path) -> list[tuple[str, int, int, str, str]]:
    result = validate_file(flow)
    return [(d.code, d.mark.line, d.mark.column, d.message, d.hint or "") for d in result.report.diagnostics]


@pytest.mark.parametrize(("template", "name", "near"), [
    ("{{ readback | spellout }}", "spellout", None),
    ("Hola {{ full_name | uper }}", "uper", "upper"),
    ("{{ full_name | redback('name') }}", "redback", "readback"),
    ("{% if full_name is nonee %}Hola{% endif %}", "nonee", "none"),
])
def test_a_template_with_a_filter_that_does_not_exist_is_reported(
        mini_flow: Path, template: str, name: str, near: str | None) -> None:
    """Jinja finds an unknown filter only when it compiles the template: mid-call, at the line that uses it."""
    greeting = mini_flow.parent / "prompts" / "mini" / "es-MX" / "greeting.j2"
    greeting.write_text("Buenos días.\n" + template + "\n", encoding="utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E402"]
    assert len(found) == 1
    code, line, _column, message, _hint = found[0]
    assert line == 2 and f"'{name}'" in message
    if near:
        assert f"did you mean '{near}'" in message


def test_a_when_with_a_filter_that_does_not_exist_is_reported_at_its_line(mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace(
        "      - {on: yes, to: collect}", "      - {on: yes, to: collect, when: \"full_name | uppercase\"}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E402"]
    assert len(found) == 1 and found[0][1] == 16 and "'uppercase'" in found[0][3]


def test_known_filters_are_not_reported(mini_flow: Path) -> None:
    greeting = mini_flow.parent / "prompts" / "mini" / "es-MX" / "greeting.j2"
    greeting.write_text("{{ full_name | upper | default('') | readback('name') }}{% if plate is none %}.{% endif %}\n",
                        encoding="utf-8")
    assert validate_file(mini_flow).ok


@pytest.mark.parametrize("value", ["in an hour", "una hora", "later", "ten"])
def test_a_reschedule_of_plain_words_is_reported(mini_flow: Path, value: str) -> None:
    """At the call it would fail with a warning in the log and the callback promised would never be scheduled."""
    text = mini_flow.read_text("utf-8").replace('{reschedule: "{{ event.minutes or 10 }}"}', f"{{reschedule: {value}}}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E104"]
    assert len(found) == 1
    _code, line, column, message, hint = found[0]
    assert (line, column) == (24, 29) and "minutes" in message and value in message
    assert "reschedule: 60" in hint


@pytest.mark.parametrize("value", ["30", "'45'", '"{{ event.minutes or 10 }}"'])
def test_a_reschedule_of_minutes_or_a_template_is_fine(mini_flow: Path, value: str) -> None:
    text = mini_flow.read_text("utf-8").replace('{reschedule: "{{ event.minutes or 10 }}"}', f"{{reschedule: {value}}}")
    mini_flow.write_text(text, "utf-8")
    assert validate_file(mini_flow).ok


@pytest.mark.parametrize(("old", "new", "key"), [
    ("  full_name: {type: name}", "  full_name: {tipe: name}", "type"),
    ("      - {on: done, to: goodbye}", "      - {on: done, too: goodbye}", "to"),
    ("  repeat: {then: return}", "  repeat: {then: return}\n  human: {ot: goodbye}", None),
])
def test_a_misspelt_required_key_is_one_error_saying_what_was_meant(
        mini_flow: Path, old: str, new: str, key: str | None) -> None:
    """`tipe: time` is one mistake: "unknown key 'tipe', did you mean 'type'?", not also "missing 'type'"."""
    mini_flow.write_text(mini_flow.read_text("utf-8").replace(old, new), "utf-8")
    found = _report(mini_flow)
    assert found and found[0][0] == "E101"
    if key:
        assert [d[0] for d in found] == ["E101"] and f"did you mean '{key}'" in found[0][4]


def test_a_required_key_left_out_is_still_reported(mini_flow: Path) -> None:
    mini_flow.write_text(mini_flow.read_text("utf-8").replace("  full_name: {type: name}",
                                                              "  full_name: {kind: name}"), "utf-8")
    codes = [d[0] for d in _report(mini_flow)]
    assert "E101" in codes and "E102" in codes


@pytest.mark.parametrize(("value", "answer"), [("true", "yes"), ("false", "no"), ("True", "yes")])
def test_on_true_says_to_write_the_answer_yes_or_no(mini_flow: Path, value: str, answer: str) -> None:
    text = mini_flow.read_text("utf-8").replace("{on: yes, to: collect}", f"{{on: {value}, to: collect}}")
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E105"] and found[0][1:3] == (16, 14)
    assert "`on: yes`" in found[0][4]
