"""Replay real calls through a flow and score the values it stores against hand labels.

A real call is a transcript in the format of the system Daisy replaces (`transcript.items[]`, each
`{"type": "message", "role": "user" | "assistant", "content": [...]}`); only the caller's turns are
used. They are fed, in order, to a `Conversation` driven as the console drives one: every caller turn is
one `user_turn`, and when the turns run out the caller hangs up. The values the call ended with (its
confirmed slots) are compared with the labels, exactly, field by field.

Labels are a JSON object `{call_id: {"labels": {field: value}, "old_system": {field: value | null}}}`;
a transcript belongs to a call when its file name contains the call id. Field names may differ from
slot names (`name` for `full_name`): `FieldMap` says which slot holds each field.

    report = replay_labelled(flow_path, labels_path, transcripts_dir)
    print(report.table())

`daisy-engine replay` is the same from the command line.
"""

from __future__ import annotations

import asyncio
import json
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.errors import CasesError
from daisy_engine.flow import load_flow
from daisy_engine.runtime.actions import Say
from daisy_engine.runtime.conversation import Conversation, flow_zone
from daisy_engine.runtime.tools import ToolRegistry, mocked
from daisy_engine.store import MemoryStore

# Daisy's labels name the fields as the old system did; these are the slots that hold them.
DAISY_FIELDS: dict[str, str] = {
    "name": "full_name",
    "tractor_number": "tractor_number",
    "tractor_plates": "tractor_plate",
    "trailer_number": "trailer_number",
    "trailer_plates": "trailer_plate",
    "eta": "eta",
    "email": "email",
}
FieldMap = Mapping[str, str]
# How an agent asks about each of Daisy's slots, in the order she asks them: a slot the recorded agent
# never asked about while it asked about a later one was skipped by that agent (see `skipped_questions`).
DAISY_TOPICS: dict[str, str] = {
    "full_name": r"nombre|\bname\b",
    # (its read-back names it too: "Tu tractor es el 40." after a question cut before its topic)
    "tractor_number": r"(?:n[uú]mero|econ[oó]mico)[^.?]*tractor|tractor number|truck number"
                      r"|\b(?:tractor|truck) (?:es |is )?(?:el |la )?\d",
    "tractor_plate": r"placas?[^.?]*tractor|tractor[^.?]*plates?",
    "trailer_number": r"n[uú]mero[^.?]*(?:tr[aá]iler|caja|remolque)|trailer number"
                      r"|\b(?:tr[aá]iler|caja|remolque) (?:es |is )?(?:el |la )?\d",
    "trailer_plate": r"placas?[^.?]*(?:tr[aá]iler|caja|remolque)|trailer[^.?]*plates?",
    "eta": r"\beta\b|llegada|arrival",
    "email": r"correo|e-?mail",
}
TopicMap = Mapping[str, str]
# What the simulated caller says to a question the recorded agent skipped: no answer of theirs exists.
NOT_AT_HAND = {"es": "No lo tengo a la mano.", "en": "I don't have it at hand."}
# At most this many such answers per value (the flow may ask a skipped value again at the end).
_NOT_AT_HAND_MAX = 3
# The call's clock when its transcript does not say when it was recorded: 09:00 in Mexico City.
CLOCK = datetime(2030, 1, 7, 15, 0, tzinfo=UTC)
# The old system names each transcript `transcript_<room>_<YYYYMMDD>_<HHMMSS>.json`, the local time the
# call started (the recorded calls run from 10:40 to 17:30, a working day in Mexico, not in UTC).
_RECORDED_AT = re.compile(r"_(\d{8})_(\d{6})\.json$")


class ReplayError(CasesError):
    """A transcript or labels file that cannot be read; the message names the file (`file`, when there
    is one) and says what is wrong (`problem`)."""

    def __init__(self, problem: str, file: Path | None = None) -> None:
        super().__init__(f"{file}: {problem}" if file is not None else problem)
        self.problem = problem
        self.file = file


def _why(exc: Exception) -> str:
    """What was wrong with a file, in words: the system's reason, or what the JSON parser said."""
    if isinstance(exc, OSError):
        return (exc.strerror or type(exc).__name__).lower()
    if isinstance(exc, KeyError):
        return f"no {exc} key"
    return str(exc) or type(exc).__name__


@dataclass(frozen=True)
class CallerTurn:
    text: str
    # The recorded agent's last line before this turn asked the caller to confirm a value it read back.
    after_readback: bool = False


# How the recorded agent asked for a confirmation of what it read back ("¿Es correcto?", "Para confirmar,
# ¿el número es 32?", "..., right?"); "¿podrías confirmarme el número?" asks for the number instead.
_CONFIRM_WORDS = re.compile(r"correct|cierto|verdad|right|es así|para confirmar|to confirm", re.IGNORECASE)


# A read-back spelled out without a question ("vamos a revisarlo juntos: - J de Jota - O de Oso ..."):
# three or more "X de <word>", and no request for more of the value.
_SPELLED = re.compile(r"\b[A-Za-z0-9] de [A-Za-zÁÉÍÓÚáéíóúñ]{2,}")
_ASKS_FOR_MORE = re.compile(r"necesito|falta|sigue|contin[uú]a|need|missing|next", re.IGNORECASE)


# A yes/no question that states a value ("¿Tu ETA es a las 12:00?", "¿El número es 32?"): its question
# holds a digit or an address, and no question word asks for something instead ("¿Cuál es ...?").
_QUESTION = re.compile(r"¿?([^¿?]*)\?")
_STATES_VALUE = re.compile(r"\d|@|\barroba\b", re.IGNORECASE)
_ASKS_WHAT = re.compile(
    r"\b(?:cu[aá]l(?:es)?|qu[eé]|c[oó]mo|cu[aá]nt[oa]s?|d[oó]nde|podr[ií]as?|puede[sn]?|me (?:das|da|dices|dice)|"
    r"what|which|how|where|could|can you|tell me)\b",
    re.IGNORECASE,
)


def reads_back(text: str) -> bool:
    """Whether a recorded agent's line reads a value back for the caller to confirm: a question with a
    confirmation word, a yes/no question stating a value, or a value spelled out letter by letter (a
    caller answers that as a read-back)."""
    if "?" in text and _CONFIRM_WORDS.search(text):
        return True
    if any(_STATES_VALUE.search(q) and not _ASKS_WHAT.search(q) for q in _QUESTION.findall(text)):
        return True
    # a value spelled out and then a question for the next one ("..., B de Burro, siete, cero. Ahora, ¿me
    # podrías dar el número del tráiler?") stated the value and moved on: the caller answers that question
    asks_next = any(_ASKS_WHAT.search(q) for q in _QUESTION.findall(text))
    return len(_SPELLED.findall(text)) >= 3 and not _ASKS_FOR_MORE.search(text) and not asks_next


def recorded_at(path: Path, timezone: str | None = None) -> datetime | None:
    """When the call in `path` started, from the old system's file name (local time in `timezone`, this
    machine's when None), or None when the name does not say. The replayed call runs on that clock, so
    "en dos horas" and "a las cinco" mean what they meant to the caller."""
    found = _RECORDED_AT.search(path.name)
    if not found:
        return None
    try:
        local = datetime.strptime(found.group(1) + found.group(2), "%Y%m%d%H%M%S")
        zone = ZoneInfo(timezone) if timezone else None
    except (ValueError, ZoneInfoNotFoundError):
        return None
    return (local.replace(tzinfo=zone) if zone else local.astimezone()).astimezone(UTC)


# A first question that asks permission to go on ("¿Te gustaría comenzar?") rather than for a value.
_PERMISSION_WORDS = re.compile(
    r"gustar[ií]a|quieres|quiere|deseas|desea|comenzar|empezar|would you like|"
    r"shall we|do you want|do you have a (?:minute|moment)|un par de minutos",
    re.IGNORECASE,
)


def asks_permission_first(path: Path) -> bool:
    """Whether the recorded agent's first question asked permission to start (so the caller's answer to
    a flow's own permission question is in the recording), rather than for a value."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["transcript"]["items"]:
        if isinstance(item, dict) and item.get("role") == "assistant":
            content = item.get("content")
            text = " ".join(str(c) for c in content) if isinstance(content, list) else str(content or "")
            if "?" in text:
                return bool(_PERMISSION_WORDS.search(text))
    return False


def caller_turns(path: Path) -> list[CallerTurn]:
    """The caller's turns of one transcript, in order (empty ones left out)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["transcript"]["items"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReplayError(f"not a transcript ({_why(exc)}); expected {{\"transcript\": {{\"items\": [...]}}}}",
                          path) from None
    turns: list[CallerTurn] = []
    agent_asked_to_confirm = False
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        content = item.get("content")
        text = " ".join(str(c) for c in content) if isinstance(content, list) else str(content or "")
        if item.get("role") == "assistant" and text.strip():
            agent_asked_to_confirm = reads_back(text)
        elif item.get("role") == "user" and text.strip():
            turns.append(CallerTurn(text.strip(), agent_asked_to_confirm))
    return turns


def _agent_lines(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = []
    for item in data["transcript"]["items"]:
        if isinstance(item, dict) and item.get("role") == "assistant":
            content = item.get("content")
            lines.append(" ".join(str(c) for c in content) if isinstance(content, list) else str(content or ""))
    return lines


# A recorded agent line cut off by the caller (the old system kept only what was spoken) ends without a
# full stop; its last sentence moved on to a new question when it opens one ("Ahora, por último,", "¿Me
# podrías", "And your", "What's") - not when it only thanks, apologises or starts a read-back ("¿Noventa").
_CUT_OFF = re.compile(r"[.?!…\"»)]\s*$")
_MOVES_ON = re.compile(
    r"\b(?:ahora|por [uú]ltimo|finalmente|para (?:empezar|terminar|completar)|necesito|dime|d[ií]game|"
    r"now|next|lastly|finally|and (?:the|your)|what'?s)\b",
    re.IGNORECASE,
)
# A question opened and cut: "¿Me podrías", "¿Placas del", "Could you", "What's"; "¿Noventa" reads a value
# back, and a bare "que" ("Parece que hemos") asks nothing.
_OPENS_QUESTION = re.compile(
    r"¿\s*(?!(?:cero|uno?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|doscient|trescient|"
    r"cuatrocient|quinient|seiscient|setecient|ochocient|novecient|mil|\d)\w*)[^\W\d]"
    r"|\b(?:podr[ií]as?|puedes|me (?:das|da|dices|dice|pasas)|could you|can you|tell me|what|which)\b",
    re.IGNORECASE,
)
_APOLOGY = re.compile(r"^\W*(?:perd[oó]n|disculp|lo siento|sorry|excuse)", re.IGNORECASE)


def _question_cut_off(line: str) -> str | None:
    """The last sentence of an agent line cut off while it opened a new question, else None."""
    text = line.strip()
    if not text or _CUT_OFF.search(text):
        return None
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    return last if not _APOLOGY.search(last) and (_MOVES_ON.search(last) or _OPENS_QUESTION.search(last)) else None


def skipped_questions(path: Path, topics: TopicMap = DAISY_TOPICS) -> set[str]:
    """The slots (in `topics` order) the recorded agent never asked about although it went on to ask
    about a later one: it skipped them, so the recording holds no answer to them.

    A question cut off before its topic ("Perfecto. ¿Me podrías proporcionar", "Ahora, por último,") was
    still asked - the caller answered it - so it counts as the question after the last one asked."""
    patterns = list(topics.values())
    asked = [False] * len(patterns)
    last = -1
    for line in _agent_lines(path):
        for i, rx in enumerate(patterns):
            if re.search(rx, line, re.IGNORECASE):
                asked[i] = True
                last = max(last, i)
        tail = _question_cut_off(line)
        if tail is not None and not any(re.search(rx, tail, re.IGNORECASE) for rx in patterns):
            following = next((i for i in range(last + 1, len(patterns)) if not asked[i]), None)
            if following is not None:
                asked[following] = True
                last = following
    return {slot for i, slot in enumerate(topics) if not asked[i] and any(asked[i + 1 :])}


@dataclass
class Replayed:
    """One replayed call: what it stored, how it ended, and the dialogue as it went."""

    slots: dict[str, Any]
    outcome: str | None
    turns_used: int
    turns_total: int
    dialogue: list[tuple[str, str]] = field(default_factory=list)
    # values heard whole but not confirmed when the call ended (the record keeps them apart, as unconfirmed)
    unconfirmed: dict[str, Any] = field(default_factory=dict)


async def replay_call(
    compiled: CompiledFlow,
    turns: Sequence[CallerTurn | str],
    *,
    locale: str | None = None,
    opening: Sequence[str] = (),
    labels: Mapping[str, Any] | None = None,
    unasked: Collection[str] = (),
    clock: datetime | None = None,
) -> Replayed:
    """Feed `turns` to a new call as the console would; hang up when they run out.

    The recorded caller answered another agent, so two of our questions may have no recorded answer:
    - `opening`: turns said first, for what the flow asks before anything the recorded agent asked
      (Daisy asks for a couple of minutes; the old agent went straight to the name);
    - a read-back the recorded agent never made: when the call waits for a confirmation and the next
      recorded turn did not follow a confirmation question, the caller answers as one who knows the
      value would: "sí" when the value read back is the labelled one (or the field is not labelled),
      "no" otherwise. `labels` is `{slot: value}`. A recorded turn that obviously goes on with the value
      read back (`Accumulator.goes_on`: "Dos mil" - "trece.", "Treinta" - "¿Treinta" (cut) - "y nueve.") is
      said as it was: the caller had not finished it, and says the rest at our read-back as they did;
    - a question the recorded agent skipped (`unasked`, see `skipped_questions`): the caller says they do
      not have that value at hand (`NOT_AT_HAND`), so their next recorded answer goes to the question it
      answered, not to this one.
    `clock` is when the call happened (see `recorded_at`); default `CLOCK`."""
    tools = ToolRegistry(
        compiled.flow,
        overrides={
            name: mocked({"sent": True})
            for name, spec in compiled.flow.tools.items()
            if spec.builtin in ("email", "http")
        },
    )
    conversation = Conversation(
        compiled,
        locale=locale,
        store=MemoryStore(),
        tools=tools,
        clock=lambda: clock or CLOCK,
        context={"phone": "+15550000000"},
    )
    dialogue: list[tuple[str, str]] = []

    def said(actions: list[Any]) -> None:
        dialogue.append(("agent", " ".join(a.text for a in actions if isinstance(a, Say))))

    said(await conversation.start())
    for turn in opening:
        if not conversation.ended:
            dialogue.append(("caller", turn))
            said(await conversation.user_turn(turn))
    not_at_hand: dict[str, int] = {}
    used = 0
    for turn in turns:
        if isinstance(turn, str):
            turn = CallerTurn(turn)
        if conversation.ended:
            break
        # the answers the replay gives for the caller are in the call's language, which follows the caller's
        es = conversation.locale.startswith("es")
        yes, no = ("sí", "no") if es else ("yes", "no")
        step = conversation.step
        while step.kind in ("ask", "spell") and step.slot in unasked \
                and not_at_hand.get(step.slot, 0) < _NOT_AT_HAND_MAX and not conversation.ended:
            not_at_hand[step.slot] = not_at_hand.get(step.slot, 0) + 1
            answer = NOT_AT_HAND["es" if es else "en"]
            dialogue.append(("caller", f"[{answer}]"))
            said(await conversation.user_turn(answer))
            step = conversation.step
        if conversation.ended:
            break
        held = conversation.state.acc if conversation.state.acc_slot == step.slot else None
        goes_on = held is not None and held.goes_on(turn.text)
        if step.kind == "confirm" and not turn.after_readback and not goes_on and conversation.pending is not None:
            label = (labels or {}).get(step.slot or "")
            answer = yes if label is None or same(label, conversation.pending) else no
            dialogue.append(("caller", f"[{answer}]"))
            said(await conversation.user_turn(answer))
            if conversation.ended:
                break
        used += 1
        dialogue.append(("caller", turn.text))
        said(await conversation.user_turn(turn.text))
    if not conversation.ended:
        await conversation.hangup()
    return Replayed(conversation.slots, conversation.outcome, used, len(turns), dialogue, conversation.unconfirmed)


def same(expected: Any, got: Any) -> bool:
    """Exact match, ignoring letter case only (names and e-mails are compared as written)."""
    if got is None or expected is None:
        return got is None and expected is None
    return unicodedata.normalize("NFC", str(expected)).casefold() == unicodedata.normalize("NFC", str(got)).casefold()


@dataclass
class FieldScore:
    total: int = 0
    engine: int = 0
    old: int = 0
    # right only as a value heard but never confirmed (the call ended at its read-back): not in `engine`,
    # which counts confirmed values only
    unconfirmed: int = 0


@dataclass
class CallScore:
    call: str
    replayed: Replayed
    # field -> (label, engine value, old system value)
    fields: dict[str, tuple[Any, Any, Any]]
    # field -> the value heard but not confirmed when the call ended, for fields whose slot has one
    unconfirmed: dict[str, Any] = field(default_factory=dict)

    def right_unconfirmed(self) -> list[str]:
        """The fields the call did not confirm right but heard right: its unconfirmed value is the label."""
        return [name for name, (label, got, _) in self.fields.items()
                if not same(label, got) and name in self.unconfirmed and same(label, self.unconfirmed[name])]

    def misses(self) -> list[str]:
        return [name for name, (label, got, _) in self.fields.items() if not same(label, got)]


@dataclass
class ReplayReport:
    calls: list[CallScore]
    order: tuple[str, ...]

    def per_field(self) -> dict[str, FieldScore]:
        scores: dict[str, FieldScore] = {name: FieldScore() for name in self.order}
        for call in self.calls:
            heard_right = call.right_unconfirmed()
            for name, (label, got, old) in call.fields.items():
                score = scores.setdefault(name, FieldScore())
                score.total += 1
                score.engine += same(label, got)
                score.old += same(label, old)
                score.unconfirmed += name in heard_right
        return {name: score for name, score in scores.items() if score.total}

    def overall(self) -> FieldScore:
        total = FieldScore()
        for score in self.per_field().values():
            total.total += score.total
            total.engine += score.engine
            total.old += score.old
            total.unconfirmed += score.unconfirmed
        return total

    def table(self, *, details: bool = True) -> str:
        lines = [f"{'field':<16} {'labelled':>8} {'engine':>14} {'old system':>14}"]

        def row(name: str, s: FieldScore) -> str:
            return f"{name:<16} {s.total:>8} {_pct(s.engine, s.total):>14} {_pct(s.old, s.total):>14}"

        for name, score in self.per_field().items():
            lines.append(row(name, score))
        lines.append(row("all fields", self.overall()))
        if details:
            for call in self.calls:
                for name in call.misses():
                    label, got, _ = call.fields[name]
                    heard = (f", heard {call.unconfirmed[name]!r} unconfirmed"
                             if name in call.unconfirmed else "")
                    lines.append(
                        f"miss {call.call} {name}: expected {label!r}, got {got!r}{heard} "
                        f"(ended {call.replayed.outcome}, {call.replayed.turns_used}/"
                        f"{call.replayed.turns_total} turns)"
                    )
        overall = self.overall()
        # Apart from the accuracy line (the last, which counts confirmed values only, as before): labelled
        # fields the calls heard right but never confirmed (the call ended at the read-back); the record keeps
        # them as unconfirmed.
        by_field = ", ".join(f"{name} {score.unconfirmed}" for name, score in self.per_field().items()
                             if score.unconfirmed)
        lines.append(f"right only unconfirmed: {overall.unconfirmed}/{overall.total} labelled fields heard right "
                     f"but not confirmed when the call ended{f' ({by_field})' if by_field else ''}; not counted "
                     f"in the accuracy")
        lines.append(
            f"accuracy: {overall.engine / overall.total if overall.total else 0:.4f} "
            f"({overall.engine}/{overall.total}); old system "
            f"{overall.old / overall.total if overall.total else 0:.4f} ({overall.old}/{overall.total})"
        )
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "fields": {name: vars(score) for name, score in self.per_field().items()},
            "overall": vars(self.overall()),
            "calls": [
                {
                    "call": c.call,
                    "outcome": c.replayed.outcome,
                    "turns_used": c.replayed.turns_used,
                    "turns_total": c.replayed.turns_total,
                    "fields": {
                        n: {"label": lab, "engine": got, "old_system": old,
                            **({"unconfirmed": c.unconfirmed[n]} if n in c.unconfirmed else {})}
                        for n, (lab, got, old) in c.fields.items()
                    },
                }
                for c in self.calls
            ],
        }


def _pct(n: int, total: int) -> str:
    return f"{n}/{total} {100 * n / total:.0f}%" if total else "-"


def load_labels(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReplayError(f"cannot read the labels ({_why(exc)})", path) from None
    if not isinstance(data, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("labels"), dict) for v in data.values()
    ):
        raise ReplayError('expected {call_id: {"labels": {...}, "old_system": {...}}}', path)
    return data


def find_transcript(directory: Path, call: str) -> Path:
    found = sorted(p for p in directory.glob("*.json") if call in p.name)
    if not found:
        raise ReplayError(f"no transcript for call {call} (a file whose name contains the call id)", directory)
    return found[0]


def replay_labelled(
    flow: Path | CompiledFlow,
    labels: Path,
    transcripts: Path,
    *,
    locale: str | None = None,
    fields: FieldMap = DAISY_FIELDS,
    opening: Sequence[str] = (),
    topics: TopicMap | None = None,
) -> ReplayReport:
    """Replay every labelled call and score it (see the module doc). `opening` is said first in calls
    whose recorded agent did not start by asking permission (see `replay_call`). `topics` (default:
    Daisy's, when `fields` are Daisy's) says how an agent asks about each slot, to find the questions the
    recorded agent skipped."""
    compiled = flow if isinstance(flow, CompiledFlow) else compile_flow(load_flow(flow))
    if topics is None:
        topics = DAISY_TOPICS if fields == DAISY_FIELDS else {}
    topics = {slot: rx for slot, rx in topics.items() if slot in compiled.flow.slots}
    data = load_labels(labels)
    for name, slot in fields.items():
        if slot not in compiled.flow.slots:
            raise ReplayError(f"field '{name}' maps to '{slot}', which is not a slot of flow '{compiled.flow.name}'")
    calls: list[CallScore] = []
    for call, entry in data.items():
        path = find_transcript(transcripts, call)
        turns = caller_turns(path)
        by_slot = {fields.get(name, name): value for name, value in entry["labels"].items()}
        said_first = () if asks_permission_first(path) else opening
        unasked = skipped_questions(path, topics) if topics else set()
        replayed = asyncio.run(replay_call(compiled, turns, locale=locale, opening=said_first, labels=by_slot,
                                           unasked=unasked, clock=recorded_at(path, flow_zone(compiled.flow))))
        old = entry.get("old_system") or {}
        scored: dict[str, tuple[Any, Any, Any]] = {}
        for name, label in entry["labels"].items():
            slot = fields.get(name, name)
            scored[name] = (label, replayed.slots.get(slot), old.get(name))
        heard = {name: replayed.unconfirmed[fields.get(name, name)] for name in entry["labels"]
                 if fields.get(name, name) in replayed.unconfirmed}
        calls.append(CallScore(call, replayed, scored, heard))
    return ReplayReport(calls, tuple(fields))
