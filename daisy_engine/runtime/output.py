"""The actions one turn of a call returns, while they are being built.

Everything the call says goes through `say`, so the transport, the transcript and the event log always
agree; other actions (tools, transfers, callbacks, the model's instructions) are appended as they happen.
"""

from __future__ import annotations

from daisy_engine.runtime.actions import Action, Say
from daisy_engine.runtime.events import CallLog


class Output:
    """The action list of the current turn, and what the agent said in it."""

    __slots__ = ("actions", "said", "_log")

    def __init__(self, log: CallLog) -> None:
        self._log = log
        self.actions: list[Action] = []
        self.said: list[str] = []  # the agent's lines of this turn

    def add(self, action: Action) -> None:
        self.actions.append(action)

    def say(self, text: str, template: str) -> None:
        """A line for the caller: to the transport, the transcript and the event log."""
        if not text:
            return
        self.actions.append(Say(text))
        self.said.append(text)
        self._log.line("agent", text)
        self._log.add("say", template=template, text=text)

    def mark(self) -> tuple[int, int]:
        """Where the turn's output stands now (actions, transcript lines), for `unsay`."""
        return len(self.actions), len(self._log.transcript)

    def unsay(self, mark: tuple[int, int]) -> int:
        """Drop what was said since `mark` (other actions stay); how many lines were dropped."""
        out_from, lines_from = mark
        kept = [action for action in self.actions[out_from:] if not isinstance(action, Say)]
        dropped = len(self.actions) - out_from - len(kept)
        self.actions[out_from:] = kept
        del self._log.transcript[lines_from:]  # the agent's lines of this turn (the caller's came before)
        self.said = []
        return dropped

    def start_turn(self) -> None:
        self.said = []

    def take(self) -> list[Action]:
        """The turn's actions, in order; the list starts empty again."""
        out, self.actions = self.actions, []
        return out
