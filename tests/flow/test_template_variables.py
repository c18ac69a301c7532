"""A template may only read variables that exist, whatever Jinja it is written with.

Plain templates (text, `{{ }}`, `{% if %}`) and templates that declare names of their own (`{% set %}`,
`{% for %}`, macros, imports) are analysed differently for speed; both must report exactly the names
that come from outside and are not template variables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.flow import validate_file

CASES = [
    ("Hola {{ full_name }}", set()),
    ("Hola {{ nombre }}", {"nombre"}),
    ("{% if attempt %}Otra vez, {{ full_nme }}{% endif %}", {"full_nme"}),
    ("{{ (plate or placa) | upper }} {{ so_far if value else valor }}", {"placa", "valor"}),
    ("{% set saludo = 'Hola' %}{{ saludo }} {{ full_name }}", set()),
    ("{% set saludo = nombre %}{{ saludo }}", {"nombre"}),
    ("{% for letra in so_far %}{{ letra }}{{ loop.index }}{% endfor %}", set()),
    ("{% for letra in letras %}{{ letra }}{% endfor %}", {"letras"}),
    ("{% macro di(x) %}{{ x }} {{ y }}{% endmacro %}{{ di(full_name) }}", {"y"}),
    ("{% with n = full_name %}{{ n }} {{ m }}{% endwith %}", {"m"}),
]


@pytest.mark.parametrize(("source", "undefined"), CASES)
def test_template_reports_exactly_its_undefined_variables(mini_flow: Path, source: str, undefined: set[str]) -> None:
    (mini_flow.parent / "prompts" / "mini" / "es-MX" / "greeting.j2").write_text(source + "\n", encoding="utf-8")
    result = validate_file(mini_flow)
    reported = {d.message.split("'")[1] for d in result.report.diagnostics if d.code == "E403"}
    assert reported == undefined
    assert result.ok == (not undefined)
