"""The state one call holds, over the shared compiled flow: one object, its lifecycle in one place.

A call is only this: its step, confirmed slots, the value being confirmed and the accumulator building
it, attempts and silences, the return stack, what the current turn raised, and where the call is in its
life (started, ending, ended, transferred, the record's status). The compiled flow, templates and tools
are shared by every call of the flow and are not here.

The record's status is set only through `set_status` (so a reader finds every change of it by one
name); `computed_status` is what it is when nobody decided otherwise.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from daisy_engine.compiler.table import Step
from daisy_engine.flow.model import Flow
from daisy_engine.runtime.bounds import TurnBudget
from daisy_engine.runtime.events import Event
from daisy_engine.runtime.listening import Dictation
from daisy_engine.runtime.slot_types import Accumulator, notion

START = Event("start")
"""The event a call starts with: events are immutable, so every call shares this one."""


class CallState:
    """Everything particular to one call. Read by every part of it; changed by `Conversation`."""

    __slots__ = (
        "flow", "context", "step", "slots", "pending", "acc", "acc_slot", "attempts", "silences", "stack",
        "results", "event", "queue", "last_turn", "reask", "model_view", "dictations", "skipped", "retried", "kept",
        "denied", "line_checks", "repeats", "non_answers", "named_next",
        "said_for", "volunteered", "revisits", "unconfirmed", "carried", "recalled", "reasked", "hinted", "fillers",
        "absent",
        "affirmed", "unheard", "day_said", "echoed", "said_again",
        "budget", "resumed", "started_at", "ending", "outcome", "ended", "transferred",
        "caller_gone", "callback_at", "locale_switches", "recent_turns", "_status", "prompted", "asked_before",
    )

    def __init__(self, flow: Flow, first: Step, context: dict[str, Any]) -> None:
        self.flow = flow
        self.context = context
        # -- where the call is, and the values --
        self.step: Step = first
        self.slots: dict[str, Any] = {}
        self.pending: Any = None  # the value being confirmed, not yet accepted
        self.acc: Accumulator | None = None  # the value being built, for `acc_slot`
        self.acc_slot: str | None = None
        self.attempts: dict[str, int] = {}
        self.silences = 0
        self.line_checks = 0  # caller turns in a row that only checked the line ("¿Bueno?", "hello?")
        self.repeats = 0  # caller turns in a row that only asked what was said ("¿Mande?", "what?")
        self.non_answers = 0  # caller turns in a row that were either ("¿Bueno?" / "¿Mande?" / "¿Bueno?" ...)
        # options of a `capture` named in the same turn after the one taken ("el número de la caja y la hora"): the
        # capture step and the options still to go through, one each time the call comes back to where it was asked
        self.named_next: tuple[str, list[Any]] | None = None
        self.stack: list[str] = []
        self.results: dict[str, Any] = {}  # tool results, by tool name
        self.event = START  # the event being handled
        # Events raised in this turn, handled in order. A list, not a deque: a turn raises a handful, and
        # an empty deque holds 760 bytes against a list's 56 (a tenth of what 10,000 live calls hold is
        # not worth it).
        self.queue: list[Event] = []
        self.last_turn = ""  # what the agent said in its last turn (for "repeat")
        # The "repeat" queued is the engine's own re-ask (the turn answered nothing yet, or only other
        # questions), not the caller asking to hear it again: the question is asked, not the last turn
        # said again with what it acknowledged of an earlier turn ("Ya dejé su queja registrada").
        self.reask = False
        self.model_view: tuple[str, tuple[str, ...]] | None = None  # what the model was last told
        # The caller's language: how often the call has switched locale, and the caller's last few turns since
        # (short answers tell the language together: "It's" / "twenty seven.", see `understanding.language`)
        self.locale_switches = 0
        self.recent_turns: tuple[str, ...] = ()
        self.dictations: dict[str, Dictation] = {}  # per slot dictated in pieces
        self.skipped: set[str] = set()  # slots left missing by `on_exhausted: skip`
        self.retried: set[str] = set()  # skipped slots already asked once more
        self.kept: Accumulator | None = None  # what a "no" at a read-back keeps ("los números sí")
        # The value a plain "no" at its read-back turned down, kept so that a correction said next ("no." -
        # "le falta el Mario al principio") applies to it instead of being dictated as a new value.
        self.denied: Accumulator | None = None
        # The caller's turn each confirmed value came from, so that the summary reads it as it was said
        # ("diecisiete cuarenta y cinco" stays on the 24-hour dial).
        self.said_for: dict[str, str] = {}
        # Values the caller gave for a slot still to come, while asked another ("y llego como a las cinco"
        # at the plate question): read back when that slot's turn comes instead of asking for it.
        self.volunteered: dict[str, Accumulator] = {}
        # New values for slots already confirmed, said at another question ("sí. Oye, el número del tractor
        # era otro, es el 815"): read back before the call goes on.
        self.revisits: dict[str, Accumulator] = {}
        # Values heard whole and valid but not confirmed yet, by slot: set when a value is read back (or is to
        # be), dropped when it is confirmed or turned down. What is left when the call ends (the line dropped
        # at "Tractor número 32. ¿Correcto?") is kept in the record as unconfirmed, never as a slot. A value
        # still being dictated is not one: a prefix of a plate may happen to be valid ("ABC 12" of "ABC 123").
        self.unconfirmed: dict[str, Any] = {}
        # The slots whose unconfirmed value came from an earlier call of this record: read back for
        # confirmation when their question comes, instead of asking for them from scratch (the shared empty
        # frozenset until then: most calls resume nothing).
        self.carried: frozenset[str] = frozenset()
        # The slot whose value is being read back as the earlier call heard it, in place of its question (not
        # asked in this call): its read-back also takes the answers its question takes ("no traigo caja").
        self.recalled: str | None = None
        # Questions already asked again once, without counting an attempt, because the turn answered only
        # other questions (by attempt key).
        self.reasked: set[str] = set()
        # Hint intents (`understanding.HINTS`: "busy") already answered in place in this call: heard again, a
        # hint is taken at its word (a second "voy manejando" is the callback).
        self.hinted: set[str] = set()
        # The value being read back is one the caller said with a yes ("sí, trece treinta" at 13:27): their
        # own value, already agreed to; (slot, value), else None.
        self.affirmed: tuple[str, Any] | None = None
        # Turns that answered nothing yet ("mmm", "ya, aquí estoy"), asked again for free, by attempt key.
        self.fillers: dict[str, int] = {}
        # Slots of a thing the caller does not have at all ("no traigo caja": the trailer number and plates),
        # passed by; templates read them as `absent` ("Sin caja" rather than "Caja pendiente").
        self.absent: set[str] = set()
        # The step prompt said last, as (hash of where the call stood, times said in a row there), and that count
        # for the prompt being said (templates read it as `asked_before`): the same read-back said a third time word
        # for word sounds like a machine
        self.prompted: tuple[int, int] | None = None
        self.asked_before = 0
        self.unheard = False  # the caller cut the read-back off before its value: a "yes" does not confirm
        # (step name, the turn) that said when but not the hour ("Llego mañana temprano"), asked for the hour: the
        # hour said next is read with it ("Como a las seis." is 6 in the morning), else None
        self.day_said: tuple[str, str] | None = None
        # (step name, the turn) that only spelled characters of the value just confirmed, at the next question,
        # asked again as said once more ("Ve de vaca."); when characters of a value still to come follow at that
        # question, the caller had begun that value with them ("A de árbol", "equis ..."), else None
        self.echoed: tuple[str, str] | None = None
        # (step name, the turn) that said the value just confirmed again, whole, and that this question hears whole
        # too, asked again saying so ("Eso coincide con las placas del tractor; si es igual, repítamelo"): for the
        # next turn only - "Sí, es igual." then gives that turn as this question's answer - else None
        self.said_again: tuple[str, str] | None = None
        self.budget = TurnBudget()
        # -- the call's life --
        self.resumed = False
        self.started_at: datetime | None = None
        self.ending: str | None = None  # the outcome decided in this turn; the call ends when it is over
        self.outcome: str | None = None
        self.ended = False
        self.transferred = False
        self.caller_gone = False
        self.callback_at: str | None = None
        self._status: str | None = None

    @property
    def status(self) -> str | None:
        """The record's status (complete, partial, rescheduled, refused, transferred), once decided."""
        return self._status

    def set_status(self, status: str | None) -> None:
        """The one place the record's status changes."""
        self._status = status

    def missing(self) -> list[str]:
        """The required slots neither confirmed nor said not to exist ("no traigo caja": the trailer's number
        and plates are settled, not missing), in the flow's order. Templates read it as `missing`."""
        return [slot.name for slot in self.flow.slots.values()
                if slot.required and slot.name not in self.slots and slot.name not in self.absent]

    def computed_status(self) -> str:
        """complete when no required slot is missing (see `missing`), else partial."""
        return "partial" if self.missing() else "complete"

    def attempt_key(self, step: Step) -> str:
        """Attempts count per slot on a slot's steps (ask, spell, confirm share them), else per step."""
        return step.slot if step.kind != "plain" and step.slot else step.name

    def attempts_at(self, step: Step) -> int:
        return self.attempts.get(self.attempt_key(step), 0)

    def so_far(self) -> str:
        """What was collected of the value being built, readable ("A B C 1")."""
        return self.acc.so_far() if self.acc is not None else ""

    def missing_part(self) -> str:
        """The part of the value being built its slot type knows is still to come ("before_at"), else "". With
        nothing dictated anew since a value was turned down, the part that value lacks ("le falta un punto": the
        value stands, and where the symbol goes is still to come)."""
        part = notion(self.acc, "missing_part")
        if not part and self.denied is not None and (self.acc is None or not self.acc.so_far()):
            part = notion(self.denied, "missing_part")
        return part

    def no_room(self) -> str:
        """The characters the caller's last turn said that the value being built has no room for, else ""."""
        return notion(self.acc, "no_room")

    def not_held(self) -> str:
        """The character the caller's last turn named as one of the value's that it does not hold, else ""."""
        return notion(self.acc, "not_held")

    def said(self, pending: Any) -> str | None:
        """The caller's turn the pending value came from, when the value being built is that one."""
        acc = self.acc
        if acc is None or pending is None or acc.value != pending:
            return None
        said = getattr(acc, "said", None)
        return said if isinstance(said, str) else None

    def forget_value(self) -> None:
        """The pending value is gone (accepted or denied); the accumulator starts over."""
        self.pending = None
        if self.acc is not None:
            self.acc.reset()

    def place(self) -> tuple[Any, ...]:
        """Where the call stands, for telling progress from going round (see `bounds`)."""
        return (self.step.name, repr(self.pending), self.so_far(), repr(sorted(self.slots.items())))
