"""The replay's simulated caller: the recorded caller's own turns, plus the documented answers to
questions the recorded agent did not ask (its read-backs are recognised however it made them, and a
question it skipped gets "no lo tengo a la mano" rather than the answer to the next question)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.testing.replay import (
    NOT_AT_HAND,
    caller_turns,
    reads_back,
    recorded_at,
    replay_call,
    replay_labelled,
    skipped_questions,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


def _transcript(tmp_path: Path, lines: list[tuple[str, str]]) -> Path:
    items = [{"type": "message", "role": role, "content": [text]} for role, text in lines]
    path = tmp_path / "transcript_room-test_1.json"
    path.write_text(json.dumps({"transcript": {"items": items}}), "utf-8")
    return path


@pytest.mark.parametrize("line", [
    "Entonces tu correo es juan@gmail.com. ¿Es correcto?",
    "Para confirmar, ¿el número de tractor es 32?",
    "Vamos a revisarlo juntos:\n\n- J de Jota\n- U de Uva\n- A de Águila\n- N de Nube",
    "Las placas son F de Foca, G de Gato, I de Iguana, uno, tres, dos.",
    "Gracias. ¿Tu ETA es a las 12:00?",
    "Perfecto, ¿el número del tráiler es el 84?",
    "So your email is ana@mail.com?",
])
def test_a_readback_is_recognised_however_the_agent_made_it(line: str) -> None:
    assert reads_back(line)


@pytest.mark.parametrize("line", [
    "¿Me das tu nombre completo?",
    "Continuamos, F de Foca, G de Gato e I de Iguana. Ahora necesito los números.",
    "Las placas son G de Guerrero, U de Uva, B de Burro, siete, cero. Ahora, ¿me podrías dar el número del tráiler?",
    "Comencemos con J de Jota.",
    "¿Cuál es tu hora estimada de llegada? Por ejemplo, 17:30.",
    "¿Podrías darme los 3 dígitos que faltan?",
    "What time will you arrive, for example 5:30?",
])
def test_a_question_or_a_request_for_more_is_not_a_readback(line: str) -> None:
    assert not reads_back(line)


def test_the_turn_after_a_spelled_readback_answers_it(tmp_path: Path) -> None:
    path = _transcript(tmp_path, [
        ("assistant", "¿Tu correo?"), ("user", "juan@gmail.com"),
        ("assistant", "Revisemos: - J de Jota - U de Uva - A de Águila - N de Nube"), ("user", "No, le falta algo."),
    ])
    assert [t.after_readback for t in caller_turns(path)] == [False, True]


def test_a_question_the_recorded_agent_skipped_is_found(tmp_path: Path) -> None:
    path = _transcript(tmp_path, [
        ("assistant", "¿Tu nombre completo?"), ("user", "Juan Pérez"),
        ("assistant", "¿El número de tu tractor?"), ("user", "32"),
        ("assistant", "¿Las placas de tu tractor?"), ("user", "ABC 123"),
        ("assistant", "¿Tu hora estimada de llegada?"), ("user", "16:45"),
    ])
    # the trailer was never asked about but the arrival was; e-mail was never reached (not skipped)
    assert skipped_questions(path) == {"trailer_number", "trailer_plate"}


@pytest.mark.parametrize(("cut", "read_back"), [
    ("Gracias, Teodoro Islas", "Tu tractor es el 40. ¿Es correcto?"),
    ("Gracias, Teodoro Islas", "Entonces el tractor es 14, ¿correcto?"),
    ("Thanks, Ted", "So your tractor is 40?"),
])
def test_a_value_the_recorded_agent_read_back_was_asked(tmp_path: Path, cut: str, read_back: str) -> None:
    # its question cut before any topic, the agent's read-back of the caller's answer shows it asked for it: the
    # replay hands our question the caller's answer, never a made-up "not at hand"
    path = _transcript(tmp_path, [
        ("assistant", "¿Tu nombre completo?"), ("user", "Teodoro Islas."),
        ("assistant", cut), ("user", "Es el"), ("user", "catorce."),
        ("assistant", read_back), ("user", "Sí."),
        ("assistant", "¿Las placas del tractor?"), ("user", "ABC 123"),
    ])
    assert skipped_questions(path) == set()


@pytest.mark.parametrize("cut", [
    "Perfecto. ¿Me podrías proporcionar",  # the name question, cut before "nombre"
    "Gracias. Ahora dime",
    "Excelente, ahora",
    "¿Placas del",
])
def test_a_question_cut_off_before_its_topic_was_still_asked(tmp_path: Path, cut: str) -> None:
    path = _transcript(tmp_path, [
        ("assistant", "¿Te gustaría comenzar con tu registro?"), ("user", "Sí."),
        ("assistant", cut), ("user", "Teodoro Islas Pineda."),
        ("assistant", "Gracias. ¿Y el número de tu tractor?"), ("user", "Ocho."),
    ])
    # the caller answered the cut question: the name was asked, so the replay gives it no made-up answer
    assert skipped_questions(path) == set()


@pytest.mark.parametrize("cut", ["Gracias,", "Lo siento, parece que", "¿Noventa", "Parece que hemos", "Sorry, could"])
def test_a_cut_off_line_that_opens_no_new_question_does_not_count_as_one(tmp_path: Path, cut: str) -> None:
    path = _transcript(tmp_path, [
        ("assistant", "¿Tu nombre completo?"), ("user", "Juan Pérez"),
        ("assistant", "¿El número de tu tractor?"), ("user", "noventa"),
        ("assistant", cut), ("user", "Sí."),
        ("assistant", "¿Tu hora estimada de llegada?"), ("user", "16:45"),
    ])
    assert skipped_questions(path) == {"tractor_plate", "trailer_number", "trailer_plate"}


def test_a_question_cut_off_after_a_stated_value_asks_the_next_one(tmp_path: Path) -> None:
    path = _transcript(tmp_path, [
        ("assistant", "¿Tu nombre completo?"), ("user", "Juan Pérez"),
        ("assistant", "¿El número de tu tractor?"), ("user", "32"),
        ("assistant", "Perfecto, el tractor es el 32. Ahora, por último,"), ("user", "Letra A, letra B, 123."),
        ("assistant", "¿Y el número de la caja?"), ("user", "44"),
    ])
    assert skipped_questions(path) == set()


def test_a_call_that_ends_early_skipped_nothing(tmp_path: Path) -> None:
    path = _transcript(tmp_path, [("assistant", "¿Tu nombre completo?"), ("user", "Juan Pérez")])
    assert skipped_questions(path) == set()


def test_a_skipped_question_gets_no_answer_and_the_next_answer_goes_to_its_own_question(
        daisy: CompiledFlow) -> None:
    turns = ["Juan Pérez", "sí", "treinta y dos", "sí", "letra A, letra B, letra C, ciento veintitrés", "sí",
             "Dieciséis cuarenta y cinco.", "sí"]
    replayed = asyncio.run(replay_call(daisy, turns, opening=("sí",), unasked={"trailer_number", "trailer_plate"}))
    said = [line for who, line in replayed.dialogue if who == "caller"]
    assert f"[{NOT_AT_HAND['es']}]" in said
    assert replayed.slots.get("eta") == "16:45"
    assert replayed.slots.get("trailer_number") is None


def test_a_recorded_call_runs_on_the_clock_it_was_recorded_at(tmp_path: Path) -> None:
    """The old system's file names say when the call started, in local time: "en dos horas" said in a
    call recorded at 16:10 in Mexico is 18:10, not two hours after some fixed clock."""
    at = recorded_at(Path("transcript_room-abc_20250710_161000.json"), "America/Mexico_City")
    assert at is not None and (at.hour, at.minute) == (22, 10)  # UTC-6 in July
    assert recorded_at(Path("transcript_room-abc.json"), "America/Mexico_City") is None
    folder = tmp_path / "transcripts"
    folder.mkdir()
    items = [
        ("assistant", "¿Tu nombre?"), ("user", "Ana Torres."),
        ("assistant", "¿Número de tractor?"), ("user", "Doce."),
        ("assistant", "¿Placas del tractor?"), ("user", "No las tengo a la mano."),
        ("assistant", "¿Número de la caja?"), ("user", "No traigo caja."),
        ("assistant", "¿Placas de la caja?"), ("user", "No las tengo a la mano."),
        ("assistant", "¿A qué hora llegas?"), ("user", "En dos horas."),
        ("assistant", "Llegas en dos horas, ¿correcto?"), ("user", "Sí."),
    ]
    for stamp in ("20250710_161000", "20250711_093000"):
        (folder / f"transcript_room-c{stamp[-6:]}_{stamp}.json").write_text(json.dumps(
            {"transcript": {"items": [{"type": "message", "role": r, "content": [t]} for r, t in items]}}), "utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({
        "room-c161000": {"labels": {"eta": "18:10"}, "old_system": {}},
        "room-c093000": {"labels": {"eta": "11:30"}, "old_system": {}},
    }), "utf-8")
    report = replay_labelled(ROOT / "flows" / "daisy.yaml", labels, folder, opening=("sí",))
    assert {c.call: c.fields["eta"][1] for c in report.calls} == {"room-c161000": "18:10", "room-c093000": "11:30"}


@pytest.mark.parametrize(("turns", "labels", "value"), [
    (["Juan Pérez", "sí", "Dos mil", "trece.", "sí"], {"tractor_number": "2013"}, "2013"),
    (["Juan Pérez", "sí", "Treinta", "y nueve.", "sí"], {"tractor_number": "39"}, "39"),
    (["Juan Pérez", "sí", "Mil", "cuarenta.", "sí"], {"tractor_number": "1040"}, "1040"),
    (["Juan Pérez", "sí", "Quinientos", "cuatro.", "sí"], {"tractor_number": "504"}, "504"),
    (["Juan Pérez", "sí", "El tractor es el tres mil", "418.", "sí"], {"tractor_number": "3418"}, "3418"),
    (["Juan Pérez", "sí", "El 6000", "30.", "sí"], {"tractor_number": "6030"}, "6030"),
    (["Juan Pérez", "sí", "Tres", "setenta y uno.", "sí"], {"tractor_number": "371"}, "371"),
])
def test_the_rest_of_a_number_the_caller_had_not_finished_is_said_at_our_read_back(
        daisy: CompiledFlow, turns: list[str], labels: dict[str, str], value: str) -> None:
    """The recorded caller said the rest of a number right after its first part ("Dos mil" - "trece."): our
    read-back of the round number is answered with that rest, as the caller said it, not with a "no"."""
    replayed = asyncio.run(replay_call(daisy, turns, opening=("sí",), labels=labels))
    said = [line for who, line in replayed.dialogue if who == "caller"]
    assert "[no]" not in said
    assert replayed.slots.get("tractor_number") == value
