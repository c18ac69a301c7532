"""The console transport: a call in the terminal, no network and no model.

Agent lines are the rendered `say` templates; the caller types. Two modes:

- interactive (stdin is a terminal): a chat with prompts; an empty line is silence, Ctrl-D hangs up;
  `--debug` shows the step, slots and attempts after each turn.
- piped (stdin is not a terminal): one caller turn per input line, one agent turn per output line (the
  agent's several says in a turn joined with a space); an empty line is silence, end of input is the
  caller hanging up. Nothing but agent lines goes to stdout, so a whole call can be scripted:
  `printf 'sí\\nAna López\\n' | daisy-engine run flows/daisy.yaml`. Notices (transfers, callbacks)
  and, once the call is over, `[call ended: OUTCOME]` go to stderr.

With `--set direction=outbound` the call is one the agent placed: the first line is what the callee
says on answering (a voicemail greeting, "¿Bueno?", or empty for nothing), and only then does the flow
start (`Conversation.answered`).

In both modes `/hangup` (or `/colgar`, `/bye`) hangs up, `/silence` (or `/silencio`) is a silence and
`/dtmf 4512#` keys digits in on the phone keypad (for slots declared with `dtmf: true`).
Input that is not UTF-8 is decoded with replacement characters; it never stops the call.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from daisy_engine.runtime.actions import Action, EndCall, Say, ScheduleCallback, SetLocale, Transfer
from daisy_engine.runtime.conversation import Conversation
from daisy_engine.runtime.keypad import KeypadBuffer
from daisy_engine.runtime.threads import CONSOLE, ThreadExit, run_blocking

HANGUP_COMMANDS = ("/hangup", "/colgar", "/bye")
SILENCE_COMMANDS = ("/silence", "/silencio")
DTMF_COMMAND = "/dtmf"


def agent_line(actions: list[Action]) -> str:
    """The agent's turn as one line: its says joined with a space."""
    return " ".join(action.text for action in actions if isinstance(action, Say))


def notices(actions: list[Action], *, ends: bool = True) -> list[str]:
    """What the agent did besides speaking, said in words for the console (`ends`: with the end)."""
    lines = []
    for action in actions:
        if isinstance(action, SetLocale):
            lines.append(f"[the call goes on in {action.locale}]")
        elif isinstance(action, Transfer):
            lines.append(f"[call transferred to {action.to}]")
        elif isinstance(action, ScheduleCallback):
            lines.append(f"[callback in {action.minutes:g} min, at {action.at}]")
        elif isinstance(action, EndCall) and ends:
            lines.append(f"[call ended: {action.outcome}]")
    return lines


def debug_view(conversation: Conversation) -> Table:
    state = conversation.snapshot()
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_row("[dim]step[/]", escape(state["step"]))
    table.add_row("[dim]attempts[/]", str(state["attempts"]))
    if state["pending"] is not None:
        table.add_row("[dim]pending[/]", escape(repr(state["pending"])))
    if state["so_far"]:
        table.add_row("[dim]so far[/]", escape(str(state["so_far"])))
    read = state.get("read") or {}
    for name, value in state["slots"].items():
        # the value `when:` compares, and beside it what the caller hears ("'tuesday'  martes")
        words = f"  [dim]{escape(read[name])}[/]" if name in read else ""
        table.add_row(f"[dim]{escape(name)}[/]", escape(repr(value)) + words)
    return table


async def _read_line(stream: TextIO) -> str | None:
    # Reading stdin blocks; a thread keeps the event loop free (tool calls, store writes).
    line = await run_blocking(stream.readline, pool=CONSOLE)
    return None if line == "" else line.rstrip("\r\n")


async def run_piped(conversation: Conversation, stdin: TextIO, stdout: TextIO, stderr: TextIO,
                    debug: bool = False) -> None:
    """Drive one call from piped input: a line in, a line out, until the call ends or input runs out."""
    err = Console(file=stderr, highlight=False, emoji=False)

    def emit(actions: list[Action]) -> None:
        stdout.write(agent_line(actions) + "\n")
        stdout.flush()
        for line in notices(actions, ends=False):
            err.print(escape(line))
        if debug:
            err.print(debug_view(conversation))

    if conversation.outbound:
        # A call the agent placed: the callee speaks first; the first line is what they said on
        # answering (empty: they said nothing).
        first = await _read_line(stdin)
        if first is None or _command(first) == "hangup":
            err.print("[call ended: not answered]")
            return
        emit(await conversation.answered(first))
    else:
        emit(await conversation.start())
    while not conversation.ended:
        line = await _read_line(stdin)
        command = _command(line)
        if command == "hangup":
            await conversation.hangup()
            break
        emit(await _turn(conversation, command, line))
    # Whatever ended the call (the flow, a /hangup, the end of input): said once, on stderr.
    err.print(escape(f"[call ended: {conversation.outcome}]"))


def _command(line: str | None) -> str | None:
    """"hangup" for the end of input or a hang-up command, "silence" for a silence command, "dtmf" for
    keypad digits (`/dtmf 4512#`), else None."""
    if line is None:
        return "hangup"
    word = line.strip().lower()
    if word in HANGUP_COMMANDS:
        return "hangup"
    if word.split(" ", 1)[0] == DTMF_COMMAND:
        return "dtmf"
    return "silence" if word in SILENCE_COMMANDS else None


async def _turn(conversation: Conversation, command: str | None, line: str | None) -> list[Action]:
    if command == "silence":
        return await conversation.silence()
    if command == "dtmf":
        # "/dtmf 4512#": the keys one by one, as the phone sends them; `#` ends an entry, and what
        # is left without one is an entry too (the line is over).
        keypad, actions = KeypadBuffer(), []
        for key in (line or "").strip()[len(DTMF_COMMAND):]:
            entry = keypad.press(key)
            if entry is not None:
                actions += await conversation.keypad(entry)
        rest = keypad.flush()
        if rest is not None:
            actions += await conversation.keypad(rest)
        return actions
    return await conversation.user_turn(line or "")


async def run_interactive(conversation: Conversation, console: Console, debug: bool = False) -> None:
    """A chat in the terminal. Empty line: silence. Ctrl-D or /hangup: the caller hangs up."""
    name = conversation.agent_name

    def show(actions: list[Action]) -> None:
        line = agent_line(actions)
        if line:
            console.print(f"[bold magenta]{escape(name)}:[/] {escape(line)}")
        for notice in notices(actions):
            console.print(f"[dim]{escape(notice)}[/]")
        if debug:
            console.print(debug_view(conversation))

    console.print("[dim]Type what the caller says. Empty line or /silence = silence, "
                  "/dtmf 4512# = keypad digits, Ctrl-D or /hangup = hang up.[/]")
    if conversation.outbound:
        console.print("[dim]An outbound call: type what the callee says on answering (empty = nothing).[/]")
        try:
            first = await run_blocking(console.input, "[bold cyan]callee:[/] ", pool=CONSOLE)
        except (EOFError, KeyboardInterrupt, ThreadExit):
            first = None
        if first is None or _command(first) == "hangup":
            console.print("[dim][call ended: not answered][/]")
            return
        show(await conversation.answered(first))
    else:
        show(await conversation.start())
    while not conversation.ended:
        try:
            line = await run_blocking(console.input, "[bold cyan]you:[/] ", pool=CONSOLE)
        except (EOFError, KeyboardInterrupt, ThreadExit):
            line = None
        command = _command(line)
        if command == "hangup":
            show(await conversation.hangup())
            break
        show(await _turn(conversation, command, line))


def _replace_undecodable(stream: TextIO) -> None:
    """Read bytes that are not UTF-8 as U+FFFD instead of failing (or smuggling surrogates in)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        # A stream that cannot change (already read from) is left as it is: caller_text still cleans it.
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


async def run_console(conversation: Conversation, *, debug: bool = False, stdin: TextIO | None = None,
                      stdout: TextIO | None = None, stderr: TextIO | None = None,
                      interactive: bool | None = None) -> dict[str, Any]:
    """Run one call on the console; returns where it ended (record id, outcome, slots)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    _replace_undecodable(stdin)
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        await run_interactive(conversation, Console(file=stdout, highlight=False, emoji=False), debug)
    else:
        await run_piped(conversation, stdin, stdout, stderr, debug)
    return {"record_id": conversation.record_id, "outcome": conversation.outcome, "slots": conversation.slots}
