"""Random callers: whatever a caller says (fillers, repeat requests, noise, half values, corrections,
silences, intents, in Spanish or English) and however long they go on, every call ends by itself
within the flow's bounds, and its record is saved with the call's outcome and values.

Seeded, so a failure names the seed that reproduces it. The suite runs `DEFAULT_CALLS` calls per flow
and language; set $DAISY_RANDOM_CALLS for more (e.g. `DAISY_RANDOM_CALLS=2000 pytest
tests/runtime/test_random_callers.py`).
"""

from __future__ import annotations

import copy
import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from runtime_helpers import DAISY_ES_TO_SUMMARY

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.flow.imports import import_target
from daisy_engine.runtime import Conversation
from daisy_engine.store import SQLiteStore
from daisy_engine.store.records import STATUSES

ROOT = Path(__file__).resolve().parents[2]
FLOWS = {"daisy": ROOT / "flows" / "daisy.yaml", "clinic": ROOT / "examples" / "clinic" / "clinic.yaml"}
CLINIC_PATIENT = "+525512345678"  # the demo patient in examples/clinic/clinic_tools.py
DEFAULT_CALLS = 40
CALLS = int(os.environ.get("DAISY_RANDOM_CALLS", DEFAULT_CALLS))
ENDLESS = 5000
"""Turns the random caller is willing to take: far more than any bound, so only the engine ends a call."""

SAYS: dict[str, dict[str, list[str]]] = {
    "es-MX": {
        "filler": [
            "ajá",
            "órale",
            "este…",
            "eh",
            "mmm",
            "espere",
            "a ver",
            "sí, correcto",
            "bueno",
            "mande",
            "hello?",
            "ok",
            "sale",
            "pues",
            "oiga",
        ],
        "repeat": ["¿cómo?", "¿me repite?", "¿qué?", "no le entendí", "otra vez por favor", "¿perdón?"],
        "noise": [
            "[ruido]",
            "***",
            "jajaja",
            "ppppp",
            "asdf qwer",
            "1 1 1 1 1 1 1 1",
            "...",
            "¿¿¿",
            "🚚🚚",
            "la la la " * 20,
            "x" * 300,
        ],
        "partial": [
            "juan",
            "a b c",
            "cuatro",
            "mil",
            "las dos",
            "juan punto",
            "arroba gmail",
            "x y z nueve",
            "el lunes",
            "a las",
        ],
        "value": [
            "Juan Pérez López",
            "cuatro cinco dos",
            "a b c uno dos tres cuatro",
            "mil doscientos",
            "x y z nueve ocho siete seis",
            "a las dos y media de la tarde",
            "juan punto perez arroba gmail punto com",
            "mil novecientos ochenta y siete",
            "cambiarla",
            "el martes",
            "a las diez de la mañana",
            "nada",
            "el correo",
            "la hora",
            "cancelarla",
        ],
        "correction": [
            "no, es Ana María Gómez",
            "no, cuatro cinco tres",
            "no, es a las tres",
            "no, mil novecientos noventa",
            "no, perdón, era otro",
            "no no no",
        ],
        "intent": [
            "quiero poner una queja",
            "¿quién habla?",
            "¿qué hora es?",
            "estoy manejando",
            "ustedes siempre llaman a esta hora",
        ],
        "leaving": [
            "llámeme en diez minutos",
            "páseme con una persona",
            "ya no quiero seguir",
            "mándeme un whatsapp",
            "número equivocado",
        ],
        "yes": ["sí", "sí, claro", "correcto", "así es", "sí, dígame"],
        "no": ["no", "no, gracias", "incorrecto", "nel"],
    },
    "en-US": {
        "filler": ["uh", "um", "hold on", "yes, correct", "hello?", "well", "okay", "so", "right right", "hmm"],
        "repeat": ["what?", "sorry?", "can you repeat that?", "come again?", "pardon?", "huh?"],
        "noise": ["[noise]", "***", "hahaha", "zzzz", "qwerty uiop", "...", "???", "🚚", "blah " * 40, "y" * 300],
        "partial": [
            "john",
            "a b c",
            "four",
            "twelve",
            "two thirty",
            "john dot",
            "at gmail",
            "x y z nine",
            "on monday",
            "at",
        ],
        "value": [
            "John Smith",
            "four five two",
            "a b c one two three four",
            "twelve hundred",
            "x y z nine eight seven six",
            "two thirty in the afternoon",
            "john dot smith at gmail dot com",
            "nineteen eighty seven",
            "move it",
            "tuesday",
            "ten in the morning",
            "nothing",
            "the email",
            "the time",
            "cancel it",
        ],
        "correction": [
            "no, it's Ana Gomez",
            "no, four five three",
            "no, at three",
            "no, nineteen ninety",
            "no, sorry, the other one",
            "no no no",
        ],
        "intent": [
            "I want to file a complaint",
            "who is this?",
            "what time is it?",
            "I'm driving",
            "you people always call at this hour",
        ],
        "leaving": [
            "call me back in ten minutes",
            "let me talk to a person",
            "I don't want to continue",
            "send me a whatsapp",
            "wrong number",
        ],
        "yes": ["yes", "yeah sure", "correct", "that's right", "go ahead"],
        "no": ["no", "no thanks", "incorrect", "nope"],
    },
}
# What a cooperative caller answers, in order; half the random callers follow it between their noise.
SCRIPTS = {
    ("daisy", "es-MX"): [*DAISY_ES_TO_SUMMARY, "sí"],
    ("daisy", "en-US"): [
        "yes",
        "John Smith",
        "yes",
        "four five two",
        "yes",
        "a b c one two three four",
        "yes",
        "twelve hundred",
        "yes",
        "x y z nine eight seven six",
        "yes",
        "two thirty in the afternoon",
        "yes",
        "john dot smith at gmail dot com",
        "yes",
        "yes",
    ],
    ("clinic", "es-MX"): ["mil novecientos ochenta y siete", "no", "cambiarla", "el lunes", "a las nueve", "sí"],
    ("clinic", "en-US"): ["nineteen eighty seven", "no", "move it", "monday", "at nine", "yes"],
}

KINDS = ["filler", "repeat", "noise", "partial", "value", "correction", "intent", "leaving", "yes", "no", "silence"]
RARE = {"leaving": 0.03, "no": 0.3}
"""Turns that end most calls at once are rare: most random callers go on until the engine stops them."""


def pick_turn(rng: random.Random, locale: str, mood: list[float]) -> str | None:
    """One caller turn (None = a silence), drawn with this caller's own habits (`mood`)."""
    kind = rng.choices(KINDS, weights=mood)[0]
    if kind == "silence":
        return None
    text = rng.choice(SAYS[locale][kind])
    if rng.random() < 0.15:  # speech-to-text glitches: stray case, a filler glued on
        text = rng.choice([text.upper(), f"{rng.choice(SAYS[locale]['filler'])} {text}", f"{text}, {text}"])
    return text


class AppointmentBook:
    """The clinic example's in-memory appointment book, as it was when the test started."""

    def __init__(self, compiled: CompiledFlow) -> None:
        self.module = None
        if compiled.flow.name == "clinic":
            import_target("clinic_tools:lookup_appointment", compiled.flow.file.parent)
            self.module = sys.modules["clinic_tools"]
            self.saved = copy.deepcopy(self.module.APPOINTMENTS)

    def restore(self) -> None:
        if self.module is not None:
            self.module.APPOINTMENTS.clear()
            self.module.APPOINTMENTS.update(copy.deepcopy(self.saved))


@pytest.fixture(scope="module")
def flows() -> dict[str, CompiledFlow]:
    return {name: compile_flow(load_flow(path)) for name, path in FLOWS.items()}


def noon() -> datetime:
    return datetime(2030, 1, 7, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
@pytest.mark.parametrize("name", sorted(FLOWS))
async def test_every_random_call_ends_within_its_bounds_with_its_record_saved(
    flows: dict[str, CompiledFlow], name: str, locale: str, tmp_path: Path
) -> None:
    compiled = flows[name]
    limit = compiled.flow.limits.turns
    book = AppointmentBook(compiled)
    store = SQLiteStore(tmp_path / "records.db")
    try:
        for seed in range(CALLS):
            rng = random.Random(f"{name}-{locale}-{seed}")
            mood = [rng.random() ** 2 * RARE.get(kind, 1) for kind in KINDS]  # each leans on a few habits
            # some callers call again (resumed records too); the clinic calls its one demo patient, whose
            # appointment book is put back as it was before every call
            phone = CLINIC_PATIENT if name == "clinic" else f"+52155{seed % 7:08d}"
            book.restore()
            conv = Conversation(compiled, locale=locale, context={"phone": phone}, store=store, clock=noon)
            await conv.start()
            script = list(SCRIPTS[name, locale]) if seed % 2 else []
            turns = 0
            while not conv.ended and turns < ENDLESS:
                turns += 1
                turn = script.pop(0) if script and rng.random() < 0.7 else pick_turn(rng, locale, mood)
                await (conv.silence() if turn is None else conv.user_turn(turn))
            where = f"seed {seed}: {conv.snapshot()}"
            assert conv.ended, f"the call did not end after {turns} turns ({where})"
            assert turns <= limit, where
            record = await store.get(conv.record_id or 0)
            assert record is not None, where
            assert record.outcome == conv.outcome and record.status in STATUSES, where
            # every value collected, and nothing that only steered the call (`record: false`: which value to fix)
            assert record.slots == conv.confirmed, where
            assert set(conv.slots) - set(record.slots) <= {n for n, s in conv.flow.slots.items() if not s.record}, where
    finally:
        await store.close()
