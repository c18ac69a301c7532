"""What the engine adds to a LiveKit caller turn: the adapter in an AgentSession vs a plain LiveKit agent.

    .venv/bin/python benchmarks/bench_adapter.py [--quick]

Both run in a real `AgentSession` (livekit-agents), in one process, one after the other in the same run:
caller turns enter on the speech path (a scripted streaming speech-to-text, end of turn detected by it),
and a turn's latency is from the caller's final transcript to the moment the reply's text reaches the
text-to-speech voice (the agent starts speaking). The model is the same in-process stand-in for both.

- adapter: the whole Daisy registration in Spanish (its first three turns with DAISY_BENCH_TINY=1);
  each turn goes through the user-turn hook, the `Conversation` (understanding, transitions, templates,
  the record written to SQLite), then `session.say` of the engine's lines. The model is not asked (the
  extractors read every turn).
- plain: a bare `Agent` on the same session set-up, whose reply comes from the stand-in model (it
  answers at once with a fixed sentence).

The ratio adapter/plain is the engine's added cost over the framework's own turn path. Read it, not
the milliseconds: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "livekit"))  # the session doubles (speech-to-text, voice, model)

from _common import tiny  # noqa: E402
from livekit.agents import Agent, AgentSession, StopResponse  # noqa: E402
from livekit.agents.voice.io import AudioOutput, AudioOutputCapabilities  # noqa: E402
from livekit_doubles import PolicyLLM, RecordingTTS, ScriptedSTT  # noqa: E402

from daisy_engine.compiler import compile_flow  # noqa: E402
from daisy_engine.flow import load_flow  # noqa: E402
from daisy_engine.runtime.conversation import Conversation  # noqa: E402
from daisy_engine.store import SQLiteStore  # noqa: E402
from daisy_engine.transports.livekit import CallAdapter  # noqa: E402

CALL = [
    "sí, claro",
    "me llamo Juan Pérez García",
    "sí",
    "cero cuarenta y dos",
    "correcto",
    "A B C ciento veintitrés",
    "así es",
    "quinientos doce",
    "sí",
    "equis ye zeta guion cuatrocientos cincuenta y seis",
    "sí",
    "a las dos y media de la tarde",
    "sí",
    "juan punto perez arroba gmail punto com",
    "sí",
]
# In tiny mode (the test of `run.py`: every figure written, none meaning anything) the call's first three
# turns: an answer, a value and its confirmation go the whole turn path, each turn waiting out the end of turn.
TINY_TURNS = 3
# How long closing a session waits for a last transcript (livekit's default 2 s): the scripted
# speech-to-text has none to give after the call's last turn, and the close is not what is timed.
CLOSE_WAIT = 0.05
TURN_HANDLING = {
    "turn_detection": "stt",
    "endpointing": {"min_delay": 0.0, "max_delay": 0.2},
    "preemptive_generation": {"enabled": False},
}


class TimedVoice(RecordingTTS):
    """The voice notes when a reply's text reached it."""

    def __init__(self) -> None:
        super().__init__()
        self.reached: list[float] = []

    def synthesize(self, text: str, **kwargs: Any) -> Any:
        self.reached.append(time.perf_counter())
        return super().synthesize(text, **kwargs)


class InstantSpeaker(AudioOutput):
    """Audio out that has played everything as soon as it is flushed (no playback time in the figure)."""

    def __init__(self) -> None:
        super().__init__(label="instant", capabilities=AudioOutputCapabilities(pause=False))
        self._pushed = 0.0

    async def capture_frame(self, frame: Any) -> None:
        await super().capture_frame(frame)
        self._pushed += frame.duration

    def flush(self) -> None:
        super().flush()
        if self._pushed:
            pushed, self._pushed = self._pushed, 0.0
            asyncio.get_running_loop().call_soon(
                lambda: self.on_playback_finished(playback_position=pushed, interrupted=False)
            )

    def clear_buffer(self) -> None:
        self._pushed = 0.0


async def _idle(session: AgentSession, voice: TimedVoice, replies: int) -> None:
    while len(voice.reached) < replies or session.agent_state != "listening" or session.current_speech is not None:
        await asyncio.sleep(0.001)


async def _turns(session: AgentSession, stt: ScriptedSTT, voice: TimedVoice, turns: list[str]) -> list[float]:
    latencies = []
    for text in turns:
        replies = len(voice.reached)
        stt.start_speaking()
        await asyncio.sleep(0.01)
        started = time.perf_counter()
        stt.finish_speaking(text)
        await _idle(session, voice, replies + 1)
        latencies.append((voice.reached[replies] - started) * 1000)
    return latencies


def _said() -> list[str]:
    return CALL[:TINY_TURNS] if tiny() else CALL


async def adapter_turns(calls: int, records: Path) -> list[float]:
    compiled = compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))
    latencies: list[float] = []
    for number in range(calls):
        stt, voice = ScriptedSTT(), TimedVoice()
        session = AgentSession(llm=PolicyLLM(), stt=stt, tts=voice, vad=None, turn_handling=TURN_HANDLING,
                               session_close_transcript_timeout=CLOSE_WAIT)
        session.output.audio = InstantSpeaker()
        store = SQLiteStore(records)
        conversation = Conversation(compiled, locale="es-MX", context={"phone": f"+52155{number:08d}"}, store=store)
        adapter = CallAdapter(conversation, session, realtime=False)
        await adapter.prepare()
        await session.start(adapter.agent)
        await _idle(session, voice, 1)
        latencies += await _turns(session, stt, voice, _said())
        await session.aclose()
        await adapter.finished.wait()  # the record is saved before the store closes
        await store.close()
    return latencies


class PlainAgent(Agent):
    async def on_user_turn_completed(self, turn_ctx: Any, new_message: Any) -> None:
        if not new_message.text_content:
            raise StopResponse()


async def plain_turns(calls: int) -> list[float]:
    latencies: list[float] = []
    for _ in range(calls):
        stt, voice = ScriptedSTT(), TimedVoice()
        model = PolicyLLM(lambda request: "Perfecto, gracias. ¿Me confirma el siguiente dato, por favor?")
        session = AgentSession(llm=model, stt=stt, tts=voice, vad=None, turn_handling=TURN_HANDLING,
                               session_close_transcript_timeout=CLOSE_WAIT)
        session.output.audio = InstantSpeaker()
        await session.start(PlainAgent(instructions="Eres una asistente telefónica."))
        session.say("Hola, buen día.")
        await _idle(session, voice, 1)
        latencies += await _turns(session, stt, voice, _said())
        await session.aclose()
    return latencies


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(quick: bool = False) -> dict[str, Any]:
    """One run: the adapter and the plain agent, same session set-up and stand-in model."""
    calls = 1 if quick else 4

    async def both() -> tuple[list[float], list[float]]:
        with tempfile.TemporaryDirectory() as folder:
            plain = await plain_turns(calls)
            adapter = await adapter_turns(calls, Path(folder) / "records.db")
            return adapter, plain

    import logging

    logging.getLogger("livekit").setLevel(logging.ERROR)
    adapter, plain = asyncio.run(both())
    adapter_p50, plain_p50 = statistics.median(adapter), statistics.median(plain)
    return {
        "turns": len(adapter),
        "adapter_turn_p50_ms": round(adapter_p50, 2),
        "adapter_turn_p99_ms": round(_p(adapter, 0.99), 2),
        "plain_agent_turn_p50_ms": round(plain_p50, 2),
        "plain_agent_turn_p99_ms": round(_p(plain, 0.99), 2),
        "adapter_overhead_ratio": round(adapter_p50 / plain_p50, 2) if plain_p50 else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one call per side instead of four")
    result = run(quick=parser.parse_args().quick)
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"A caller turn in an AgentSession ({result['turns']} turns per side)")
    for column in ("", "p50 ms", "p99 ms"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row(
        "adapter (engine decides, says the line)",
        f"{result['adapter_turn_p50_ms']:.1f}",
        f"{result['adapter_turn_p99_ms']:.1f}",
    )
    table.add_row(
        "plain LiveKit agent (stand-in model replies)",
        f"{result['plain_agent_turn_p50_ms']:.1f}",
        f"{result['plain_agent_turn_p99_ms']:.1f}",
    )
    table.add_row("adapter / plain (p50)", f"{result['adapter_overhead_ratio']:.2f}", "")
    Console().print(table)


if __name__ == "__main__":
    main()
