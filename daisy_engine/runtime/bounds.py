"""Every call ends in bounded turns: a turn budget per call and a count of turns that get nowhere.

Two bounds, set in the flow under `limits:` (`defaults:` for the whole flow, a state's own for its
steps; see docs/flow-language.md):

- `turns`: caller turns one call may take, answers and silences alike (a hang-up is not a turn).
- `idle_turns`: turns in a row that make no progress while the call is at a step.

A model's tool calls are not caller turns; a model that calls tools `turns` times with no caller turn in
between gets an error back instead of another move.

A turn makes progress when it leaves the call somewhere it has not been before in this call: a step,
with a value being confirmed, with what was dictated so far and the confirmed values (`Place`). So a
repeat request, an off-topic remark, a complaint, a silence, an answer not understood, the same value
given again, or going back and forth between two steps or two values (summary "no" → which field
"nothing" → summary "no" ...) all count; a new step, a new value heard, a new character dictated or a
value confirmed resets the count. A listener that must not let some input count as progress (a filler
during dictation) only has to leave what it heard so far unchanged.

When a bound is reached the call goes to the step's `then` state (once per call), or ends with the
record's status. `Conversation` asks `after_turn` once per caller turn; this module holds no call
logic, only the counting, so every transport and listener gets the same guarantee.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Literal

from daisy_engine.flow.model import Limits

Reason = Literal["turns", "idle_turns"]
Place = Hashable
"""Where a call stands after a turn, as far as progress goes (see `Conversation._place`)."""


class TurnBudget:
    """One call's turn count, its idle streak and the places it has been."""

    __slots__ = ("turns", "idle", "fired", "model_calls", "_seen")

    def __init__(self) -> None:
        self.turns = 0
        self.model_calls = 0  # tool calls from the model since the caller last spoke
        self.idle = 0
        self.fired = False  # a bound already sent the call to its `then` state
        # hash(place), not the place: a few bytes per turn, not a copy of every value heard. Python salts
        # str hashes per process, which is fine here: a budget lives and dies with its call in one process
        # (a resumed call starts a new one) and is never stored or compared with another process's.
        self._seen: set[int] = set()

    def model_call(self, call_turns: int) -> bool:
        """Count one tool call from the model; False once it has made `call_turns` of them with no
        caller turn in between (a model calling tools in a loop)."""
        self.model_calls += 1
        return self.model_calls <= call_turns

    def arrive(self, place: Place) -> None:
        """Where the call starts (before any caller turn)."""
        self._seen.add(hash(place))

    def after_turn(self, place: Place, step_limits: Limits, call_turns: int) -> Reason | None:
        """Count one caller turn that left the call at `place`; the bound it reaches, if any."""
        self.turns += 1
        self.model_calls = 0
        key = hash(place)
        if key in self._seen:
            self.idle += 1
        else:
            self._seen.add(key)
            self.idle = 0
        if self.turns >= call_turns:
            return "turns"
        if self.idle >= step_limits.idle_turns:
            return "idle_turns"
        return None
