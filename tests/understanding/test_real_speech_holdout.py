"""Classes the blind real-speech batch (tests/data/eval_holdout_real.jsonl) exposed in dictated values,
with phrasings beyond its cases, and the batch held where it stands for plates and e-mails."""

from __future__ import annotations

from pathlib import Path

import pytest

from daisy_engine.understanding import extract
from daisy_engine.understanding.evaluation import evaluate, load_cases

HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "eval_holdout_real.jsonl"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Ave avión, Dede dedo, Ere de ratón, mil trescientos veinte.", "ADR-1320"),
        ("Ese de sol, Hije de gallo, ele de león, quinientos dos.", "SGL-502"),
        ("Vete vaca, eme de mamá, dos cero nueve.", "VM-209"),
        ("Letra be de burro, letra de dado, letra ka, cuatro uno dos.", "BDK-412"),
        ("Jota de jamón, Hije de gato, ochocientos uno", "JG-801"),
        ("u, ve chica, doble u, 6 5 4 3", "UVW-6543"),  # "ve chica" is V, not "C de chica"
    ],
)
def test_mangled_spellings_inside_a_whole_plate(text: str, plate: str) -> None:
    assert extract("plate", text, "es-MX") == plate


@pytest.mark.parametrize(
    ("text", "locale", "email"),
    [
        ("Doble u, doble u, equis, siete, arroba gmail punto com.", "es-MX", "wwx7@gmail.com"),
        ("ve, doble ve, cinco arroba hotmail punto com", "es-MX", "vw5@hotmail.com"),
        ("R as in Robert, J, seven, seven at gmail dot com.", "en-US", "rj77@gmail.com"),
        ("T for Tom, eight, one at yahoo dot com", "en-US", "t81@yahoo.com"),
        ("jennyw, J E N N Y W, at comcast dot net.", "en-US", "jennyw@comcast.net"),
        ("rosam, R O S A M, arroba outlook punto com", "es-MX", "rosam@outlook.com"),
        (
            "Es mi nombre y mi apellido juntos, sin puntos: davidsalas arroba gmail punto com.",
            "es-MX",
            "davidsalas@gmail.com",
        ),
    ],
)
def test_spelled_addresses_said_as_people_say_them(text: str, locale: str, email: str) -> None:
    assert extract("email", text, locale) == email


@pytest.mark.parametrize("kind", ["plate", "email"])
def test_the_blind_batch_stays_at_its_figure_for_dictated_values(kind: str) -> None:
    cases = [case for case in load_cases(HOLDOUT) if case.kind == kind]
    report = evaluate(cases)
    assert len(cases) >= 50
    assert report.accuracy == 1.0, [f"{f['id']}: {f['text']!r} -> {f['got']!r}" for f in report.failures]
