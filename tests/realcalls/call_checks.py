"""What every replayed call must show, real or blind: shared by the real-call and blind-batch tests."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from daisy_engine.compiler import CompiledFlow
from daisy_engine.testing.replay import (
    DAISY_FIELDS,
    asks_permission_first,
    caller_turns,
    find_transcript,
    replay_call,
    skipped_questions,
)
from daisy_engine.understanding.lexicon import COMMON_WORDS
from daisy_engine.understanding.normalize import fold

# The caller asks for the callback: a call asked for ("llámame", "márcame", "call me back"), or the caller is busy
# or it is not a good time ("ahorita no", "estoy cargando diésel", "voy manejando", "más tarde", "not now", "I'm
# driving", "later"). Written here, apart from the engine's own cues, so the check does not agree with the engine
# by construction: a callback the engine books on a turn that says none of this was not asked for.
_ASKS_FOR_CALLBACK = re.compile(
    r"\b(?:llam|marc|habl)\w*|\b(?:ahorita|ahora|orita|horita|en este momento) no\b|\bno (?:puedo|me da tiempo)\b"
    r"|\b(?:ocupad[oa]|manejando|cargando|descargando|comiendo|trabajando|en (?:la )?(?:carretera|junta|aduana))\b"
    r"|\b(?:mas (?:tarde|al rato|ratito)|al rato|luego|despues|ahorita no puedo)\b"
    r"|\b(?:call|ring|phone|text|try) (?:me|back)\b|\bnot (?:now|a good time|right now)\b|\bbusy\b"
    r"|\b(?:driving|loading|unloading|fueling|fuelling|in a meeting|on the road)\b|\bcan(?:no|')?t talk\b|\blater\b")


def check_call_keeps_going(daisy: CompiledFlow, data: Path, labels: dict[str, Any], call: str) -> None:
    """Replay `call` from `data/transcripts` and check that it never ends because of understanding while
    the caller keeps answering, and that talk is never dictated into a value."""
    path = find_transcript(data / "transcripts", call)
    by_slot = {DAISY_FIELDS.get(k, k): v for k, v in labels[call]["labels"].items()}
    replayed = asyncio.run(
        replay_call(daisy, caller_turns(path), labels=by_slot, opening=() if asks_permission_first(path) else ("sí",),
                    unasked=skipped_questions(path))
    )
    dialogue = "\n".join(f"{who}: {line}" for who, line in replayed.dialogue)
    # No value, dictated or not, runs the call out of attempts: it is skipped and asked again at the end.
    assert not any(who == "agent" and "no logro entenderle" in line for who, line in replayed.dialogue), dialogue
    if replayed.turns_used < replayed.turns_total:
        # The call ended with turns of the caller left: only because the caller asked for it (a callback,
        # a person, the end of the call), never rescheduled or handed over by the engine.
        assert replayed.outcome not in ("transferred", "cant_understand"), dialogue
        if replayed.outcome == "rescheduled":
            asked_for = [line for who, line in replayed.dialogue if who == "caller"][-1]
            assert _ASKS_FOR_CALLBACK.search(fold(asked_for)), dialogue
    # Talk is never dictated into a value: a turn of everyday words only ("no está mal", "todo lo
    # demás") never shows up in what is read back next.
    for (who, line), (_, answer) in zip(replayed.dialogue, replayed.dialogue[1:], strict=False):
        words = fold(line).replace(",", " ").replace(".", " ").split()
        heard = answer.split("Llevo ", 1)[1].split(".")[0] if "Llevo " in answer else ""
        if who == "caller" and len(words) >= 2 and all(w in COMMON_WORDS["es"] for w in words):
            assert "".join(words) not in fold(heard).replace(" ", ""), dialogue
