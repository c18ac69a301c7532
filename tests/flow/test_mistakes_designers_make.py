"""Mistakes a designer of another field makes in a flow written from the docs are reported by `validate`, at the
line and column that causes them, with what to write instead: never left to fail in the middle of a call."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from daisy_engine.flow import load_flow, validate_file


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


@pytest.mark.parametrize("value", ['"-5"', "-5", "0", "'0'", '"nan"', '"inf"', '"-0.5"'])
def test_a_reschedule_of_minutes_that_are_no_positive_number_is_reported(mini_flow: Path, value: str) -> None:
    """The call refuses them (no callback is scheduled): `validate` says so at the line, not the log mid-call."""
    text = mini_flow.read_text("utf-8").replace('{reschedule: "{{ event.minutes or 10 }}"}', f"{{reschedule: {value}}}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E104"]
    assert len(found) == 1 and found[0][1:3] == (24, 29)
    assert "positive" in found[0][3] and "reschedule: 60" in found[0][4]


@pytest.mark.parametrize(("old", "new", "line"), [
    ("  policy: {max_attempts: 3,", "  silence: {timeout: .nan}\n  policy: {max_attempts: 3,", 5),
    ("  policy: {max_attempts: 3,", "  silence: {timeout: .inf, then: goodbye}\n  policy: {max_attempts: 3,", 5),
    ("  policy: {max_attempts: 3,", "  tool_timeout: .NaN\n  policy: {max_attempts: 3,", 5),
])
def test_a_number_that_is_nan_or_infinite_is_reported(mini_flow: Path, old: str, new: str, line: int) -> None:
    """`.nan` passes every `minimum` (no comparison with NaN is true): a silence timer that never runs out."""
    mini_flow.write_text(mini_flow.read_text("utf-8").replace(old, new), "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E104"] and found[0][1] == line and "finite" in found[0][3]


@pytest.mark.parametrize("bounds", ["max: .inf", "min: -.inf", "min: 1, max: .inf", "min: -.inf, max: .Inf"])
def test_a_slot_bound_written_as_infinity_means_no_bound(mini_flow: Path, bounds: str) -> None:
    """`max: .inf` was accepted as "no limit" before infinities were refused: a flow written so still loads, and a
    call takes any amount (a debt reminder's promised payment)."""
    plate = "  plate: {type: plate, spell_back: true}"
    text = mini_flow.read_text("utf-8").replace(plate, f"{plate}\n  debt: {{type: amount, required: false, {bounds}}}")
    mini_flow.write_text(text, "utf-8")
    assert _report(mini_flow) == []
    options = load_flow(mini_flow).slots["debt"].options()
    assert "inf" not in repr(options)


@pytest.mark.parametrize("bounds", ["max: -.inf", "min: .inf, max: .inf", "max: .nan"])
def test_a_slot_bound_that_bounds_everything_away_is_still_reported_with_how_to_say_no_bound(
        mini_flow: Path, bounds: str) -> None:
    plate = "  plate: {type: plate, spell_back: true}"
    text = mini_flow.read_text("utf-8").replace(plate, f"{plate}\n  debt: {{type: amount, required: false, {bounds}}}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E104"]
    assert found and all(d[1] == 9 and "finite" in d[3] and "leave the key out" in d[4] for d in found)


def test_a_collect_state_whose_items_each_say_where_to_go_when_exhausted_needs_no_state_exit(
        mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace("on_exhausted: goodbye, ", "").replace(
        "collect: [full_name, plate]",
        "collect: [{slot: full_name, on_exhausted: goodbye}, {slot: plate, on_exhausted: skip}]")
    mini_flow.write_text(text, "utf-8")
    assert validate_file(mini_flow).ok


def test_a_collect_state_with_one_item_without_an_exit_is_still_reported(mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace("on_exhausted: goodbye, ", "").replace(
        "collect: [full_name, plate]", "collect: [full_name, {slot: plate, on_exhausted: skip}]")
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E218"] and "its own `on_exhausted`" in found[0][4]


_NO_PLATES = """  no_plates:
    global: false
    then: absent
    phrases: {es-MX: [no tiene placas, sin placas]}
"""


def test_a_global_false_intent_with_then_absent_turned_on_at_a_value_that_may_be_absent_is_fine(
        mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace("  repeat: {then: return}\n", "  repeat: {then: return}\n" + _NO_PLATES)
    text = text.replace("collect: [full_name, plate]",
                        "collect: [full_name, {slot: plate, on_exhausted: skip, intents: {no_plates: true}}]")
    mini_flow.write_text(text, "utf-8")
    assert validate_file(mini_flow).ok


@pytest.mark.parametrize(("collect", "extra", "line"), [
    ("[full_name, {slot: plate, intents: {no_plates: true}}]", "", 23),        # a required value, no skip
    ("[full_name, plate]", "    intents: {no_plates: true}\n", 24),             # the state's items are required
])
def test_a_global_false_intent_with_then_absent_turned_on_where_it_cannot_apply_is_reported_there(
        mini_flow: Path, collect: str, extra: str, line: int) -> None:
    text = mini_flow.read_text("utf-8").replace("  repeat: {then: return}\n", "  repeat: {then: return}\n" + _NO_PLATES)
    text = text.replace("collect: [full_name, plate]\n", f"collect: {collect}\n{extra}")
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E238"] and found[0][1] == line, found


def test_a_global_false_intent_with_then_absent_turned_on_in_a_plain_state_is_reported_where_it_is_turned_on(
        mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace("  repeat: {then: return}\n", "  repeat: {then: return}\n" + _NO_PLATES)
    text = text.replace("    say: greeting\n", "    say: greeting\n    intents: {no_plates: true}\n")
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E238"] and found[0][1] == 19 and "greeting" in found[0][3]


@pytest.mark.parametrize(("text", "column"), [
    ("{{ nombre }}", 4),
    ("Hola {{ full_name }}, {{ nombre | upper }}.", 26),
    ("{% if nombre %}sí{% endif %}", 7),
    ("Buenos días, {{ 'x' if nombre else full_name }}", 24),
])
def test_an_undefined_variable_in_a_template_is_reported_at_its_column(
        mini_flow: Path, text: str, column: int) -> None:
    greeting = mini_flow.parent / "prompts" / "mini" / "es-MX" / "greeting.j2"
    greeting.write_text("Hola.\n" + text + "\n", encoding="utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E403"]
    assert [(d[1], d[2]) for d in found] == [(2, column)]


def test_a_misspelt_slot_name_links_its_missing_templates_to_the_files_of_the_near_name(mini_flow: Path) -> None:
    """`full_nme` asks with ask_full_nme.j2; the folder has ask_full_name.j2: the unused file says which name the
    flow looks for, and where, so one rename fixes both reports."""
    mini_flow.write_text(mini_flow.read_text("utf-8").replace("full_name", "full_nme"), "utf-8")
    found = _report(mini_flow)
    unused = [d for d in found if d[0] == "W407" and "ask_full_name" in d[3]]
    assert len(unused) == 1 and "'ask_full_nme'" in unused[0][3] and "mini.yaml:19:" in unused[0][3]
    assert "rename" in unused[0][4]
    plain = [d for d in found if d[0] == "W407" and "never used by the flow" in d[3] and "looks for" not in d[3]]
    assert plain == []


@pytest.mark.parametrize(("name", "near"), [("mimi", "mini"), ("minii", "mini")])
def test_a_missing_prompts_folder_names_the_near_folder_that_holds_the_locale(
        mini_flow: Path, name: str, near: str) -> None:
    mini_flow.write_text(mini_flow.read_text("utf-8").replace("name: mini", f"name: {name}"), "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E406"]
    assert len(found) == 1 and f"name: {near}" in found[0][4] and f"prompts/{near}" in found[0][4]


def test_a_missing_prompts_folder_never_names_another_flows_folder(mini_flow: Path) -> None:
    """prompts/mini_survey/ beside mini_survey.yaml is that flow's: a flow `mini_surveys` whose folder is missing must
    not be told to take it (`name: mini_survey` would make two flows share, and edit, one set of templates)."""
    other = mini_flow.parent / "mini_survey.yaml"
    other.write_text(mini_flow.read_text("utf-8").replace("name: mini", "name: mini_survey"), "utf-8")
    shutil.copytree(mini_flow.parent / "prompts" / "mini", mini_flow.parent / "prompts" / "mini_survey")
    mini_flow.write_text(mini_flow.read_text("utf-8").replace("name: mini", "name: mini_surveys"), "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E406"]
    assert len(found) == 1 and "mini_survey/" not in found[0][4] and "name: mini_survey" not in found[0][4]
    # the same folder with no flow file of that name beside it is a typo's folder, and is named
    other.unlink()
    found = [d for d in _report(mini_flow) if d[0] == "E406"]
    assert len(found) == 1 and "name: mini_survey" in found[0][4]


def test_a_missing_prompts_folder_with_nothing_near_says_to_create_it(mini_flow: Path) -> None:
    mini_flow.write_text(mini_flow.read_text("utf-8").replace("name: mini", "name: dental_survey"), "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E406"]
    assert len(found) == 1 and found[0][4].startswith("create ")


def test_hours_on_a_slot_that_is_not_a_time_is_reported(mini_flow: Path) -> None:
    text = mini_flow.read_text("utf-8").replace("  full_name: {type: name}",
                                                '  full_name: {type: name, hours: "08:00-19:00"}')
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert [d[0] for d in found] == ["E239"] and found[0][1] == 7 and "time" in found[0][3]


@pytest.mark.parametrize("hours", ['"8 to 7"', '"08:00-25:00"', "8"])
def test_hours_not_written_as_a_span_of_the_clock_are_reported(mini_flow: Path, hours: str) -> None:
    text = mini_flow.read_text("utf-8").replace("  full_name: {type: name}",
                                                f"  full_name: {{type: name}}\n  visit: {{type: time, hours: {hours}}}")
    mini_flow.write_text(text, "utf-8")
    found = _report(mini_flow)
    assert found and found[0][0] in ("E105", "E106") and found[0][1] == 8


def test_results_of_an_unknown_tool_in_a_template_is_reported_at_its_column(mini_flow: Path) -> None:
    greeting = mini_flow.parent / "prompts" / "mini" / "es-MX" / "greeting.j2"
    greeting.write_text("Hola.\nSu cita es el {{ results.lookup.day }}.\n", encoding="utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E404"]
    assert [(d[1], d[2]) for d in found] == [(2, 18)]


def test_a_goodbye_state_left_without_final_is_a_dead_end(mini_flow: Path) -> None:
    """`final: true` forgotten on a goodbye that saves but does not end the call: the agent would say goodbye and
    wait, saying it again at every turn, until an intent or the bounds end the call."""
    text = mini_flow.read_text("utf-8").replace(
        "    on_enter: [{save: complete}, {end_call: complete}]\n    final: true", "    on_enter: [{save: complete}]")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E302"]
    assert len(found) == 1 and "'goodbye'" in found[0][3] and "final: true" in found[0][4]
    assert found[0][1] == 26


@pytest.mark.parametrize("way_on", [
    "    intents:\n      ready: {to: collect}\n",
    "    silence: {timeout: 20, then: collect}\n",
])
def test_a_state_that_waits_for_its_own_way_on_is_no_dead_end(mini_flow: Path, way_on: str) -> None:
    """"Avíseme cuando tenga los papeles a la mano": a state that says its line and waits for an intent of its own
    (or its own silence) to go on is written so on purpose - it validates and loads, as before."""
    text = mini_flow.read_text("utf-8").replace("      - {on: no, to: goodbye}", "      - {on: no, to: wait_papers}")
    text = text.replace("  reschedule: {to: resched}", "  reschedule: {to: resched}\n  ready:\n    global: false\n"
                        "    phrases: {es-MX: [ya los tengo, listo]}")
    text = text.replace("  collect:\n", f"  wait_papers:\n    say: greeting\n{way_on}  collect:\n", 1)
    mini_flow.write_text(text, "utf-8")
    assert [d for d in _report(mini_flow) if d[0].startswith("E")] == []


@pytest.mark.parametrize(("event", "answer"), [("si", "yes"), ("claro", "yes"), ("yeah", "yes"), ("nope", "no"),
                                               ("nel", "no")])
def test_an_event_written_as_the_callers_words_says_to_write_yes_or_no(
        mini_flow: Path, event: str, answer: str) -> None:
    old = "      - {on: yes, to: collect}"
    text = mini_flow.read_text("utf-8").replace(old, f"      - {{on: {event}, to: collect}}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E205"]
    assert len(found) == 1 and f"on: {answer}" in found[0][4]


@pytest.mark.parametrize(("event", "meant"), [("no_found", "known events"), ("not_found", "known events"),
                                              ("not_matched", "did you mean 'no_match'"),
                                              ("no_mach", "did you mean 'no_match'"),
                                              ("exausted", "did you mean 'exhausted'"),
                                              ("noo", "did you mean 'no'")])
def test_an_unknown_event_is_hinted_by_closeness_not_taken_for_a_no(mini_flow: Path, event: str, meant: str) -> None:
    """`on: no_found` says more than a no: the hint is the event it is closest to, else the known events - never
    `on: no` because the name begins like one."""
    old = "      - {on: yes, to: collect}"
    text = mini_flow.read_text("utf-8").replace(old, f"      - {{on: {event}, to: collect}}")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E205"]
    assert len(found) == 1 and meant in found[0][4] and "on: no`" not in found[0][4]


@pytest.mark.parametrize(("value", "says"), [("sixty", "digits"), ('"8"', "digits"), ("[3]", "digits")])
def test_a_number_written_as_words_or_quoted_says_to_write_digits(mini_flow: Path, value: str, says: str) -> None:
    text = mini_flow.read_text("utf-8").replace("max_attempts: 3,", f"max_attempts: {value},")
    mini_flow.write_text(text, "utf-8")
    found = [d for d in _report(mini_flow) if d[0] == "E105"]
    assert len(found) == 1 and says in found[0][4] and "see docs" not in found[0][4]
