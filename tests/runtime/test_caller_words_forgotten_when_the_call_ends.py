"""A caller's words are data a deployment must be able to forget: the understanding caches what it reads from a
turn (pure functions of the text), and once a call is over none of those caches holds anything of it, whatever
ended the call (the caller hanging up, the flow saying goodbye, the console's end of input, a replayed call).
A second call in the same process is understood as well as the first."""

from __future__ import annotations

import ast
import io
from pathlib import Path

from runtime_helpers import at_noon, said

from daisy_engine import understanding
from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.testing.replay import replay_call
from daisy_engine.transports.console import run_console
from daisy_engine.understanding.normalize import fold

PACKAGE = Path(understanding.__file__).resolve().parents[1]

# Caches keyed only by what the flow says (its plate patterns, its intent phrases) or by the language of the data
# shipped with the package (`builtin_intent_data`), never by a caller's words.
FLOW_KEYED = {"compile_pattern", "_dashless", "_builtin", "_index", "builtin_intent_data"}


def held() -> int:
    """How many entries the caches of caller's words hold in all."""
    return sum(cache.cache_info().currsize for cache in understanding.turn_caches())


async def test_nothing_the_caller_said_stays_cached_after_hanging_up(daisy: CompiledFlow) -> None:
    understanding.forget_turns()
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    for turn in ("sí, soy Juan Pérez García", "sí", "el tractor es el 4521", "sí",
                 "las placas son a be ce uno dos tres"):
        await conv.user_turn(turn)
    assert held() > 0  # the turns were read through the caches while the call went on
    await conv.hangup()
    assert conv.ended and held() == 0


async def test_a_second_call_in_the_same_process_is_understood_and_forgotten_too(daisy: CompiledFlow) -> None:
    for name, locale, turns in (("Juan Pérez", "es-MX", ("sí", "me llamo Juan Pérez")),
                                ("Mary Johnson", "en-US", ("yes", "my name is Mary Johnson"))):
        conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
        await conv.start()
        spoken = ""
        for turn in turns:
            spoken = said(await conv.user_turn(turn))
        assert conv.pending == name, spoken  # heard and read back, as in the first call of the process
        await conv.hangup()
        assert held() == 0


async def test_a_call_the_flow_ends_with_a_goodbye_is_forgotten(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("no puedo hablar, ya me voy, adiós")
    if not conv.ended:
        await conv.user_turn("no, adiós")
    assert conv.ended and held() == 0


async def test_a_turn_heard_after_the_call_ended_is_not_read(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("yes, John Smith")
    await conv.hangup()
    assert await conv.user_turn("my plates are X Y Z nine eight seven") == []
    assert await conv.user_turn("[noise]") == []
    assert held() == 0


async def test_a_console_call_is_forgotten_when_its_input_ends(form: CompiledFlow) -> None:
    conv = Conversation(form, store=MemoryStore())
    out = io.StringIO()
    await run_console(conv, stdin=io.StringIO("uno\ndos\n"), stdout=out, stderr=io.StringIO(), interactive=False)
    assert conv.ended and conv.slots == {"first": "uno", "second": "dos"}
    assert held() == 0


async def test_a_replayed_call_is_forgotten_when_its_turns_run_out(daisy: CompiledFlow) -> None:
    replayed = await replay_call(daisy, ["Soy Ana María López", "El número del tractor es 3345"], opening=("sí",))
    assert replayed.outcome is not None
    assert held() == 0


def test_every_cache_of_the_understanding_and_runtime_forgets_caller_words() -> None:
    """A cache added later is made with `turn_cache` (registered, forgotten at the end of a call) unless it is keyed
    only by the flow: a bare `lru_cache` / `cache` of a caller's words would keep them after the call."""
    bare: list[str] = []
    for folder in ("understanding", "runtime"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if path.name == "turn_cache.py":
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    caches = [d for d in node.decorator_list if _plain_cache(d)]
                    # a cache of a function without parameters holds one value computed from the engine's own
                    # data (e.g. a letter model of its word lists): no caller's words can be its key
                    takes_nothing = not (node.args.args or node.args.posonlyargs or node.args.kwonlyargs
                                         or node.args.vararg or node.args.kwarg)
                    if caches and node.name not in FLOW_KEYED and not takes_nothing:
                        bare.append(f"{path.name}:{node.lineno} {node.name}")
                elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None \
                        and any(_plain_cache(call) for call in ast.walk(node.value)):
                    bare.append(f"{path.name}:{node.lineno}")  # `f = lru_cache(...)(g)`
    assert bare == []


def _plain_cache(node: ast.AST) -> bool:
    """`lru_cache`, `lru_cache(...)`, `functools.cache` ...: a cache that is not `turn_cache`."""
    target = node.func if isinstance(node, ast.Call) else node
    name = ast.unparse(target) if isinstance(target, ast.Name | ast.Attribute) else ""
    return name.split(".")[-1] in ("lru_cache", "cache")


async def _call_alone(daisy: CompiledFlow, locale: str, turns: tuple[str, ...]) -> tuple[list[str], dict, dict]:
    """What the agent says at each turn of a call run with no other call in the process, and its record's values."""
    store = MemoryStore()
    conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550000001"})
    spoken = [said(await conv.start())]
    for turn in turns:
        spoken.append(said(await conv.user_turn(turn)))
    record = await store.get(conv.record_id or 0)
    assert record is not None
    return spoken, record.slots, record.unconfirmed


async def test_a_call_going_on_while_others_end_hears_every_turn_as_it_would_alone(daisy: CompiledFlow) -> None:
    # A LiveKit worker runs many calls in one process: each call that ends empties the caches the others read
    # through, between (and during) their turns. Their dictations, read-backs and records must not change.
    for locale, turns, other in (
        ("es-MX", ("sí", "Juan Pérez García", "sí", "cuarenta y cinco doce", "sí", "a de árbol, be de burro",
                   "ce de casa, uno dos tres", "sí", "sí", "no traigo caja", "como a las tres, si Dios quiere",
                   "juan punto perez arroba gmail punto com"),
         ("sí", "me llamo Pedro Ramírez", "no, Ramírez con zeta")),
        ("en-US", ("yes", "John Smith", "yes", "forty five twelve", "yes", "A B C", "one two three", "yes", "yes",
                   "seven eight nine zero", "yes", "around three pm", "john dot smith at gmail dot com"),
         ("yeah", "my name is Mary Johnson", "no, Johnston")),
    ):
        alone = await _call_alone(daisy, locale, turns)
        store = MemoryStore()
        conv = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550000001"})
        spoken = [said(await conv.start())]
        for k, turn in enumerate(turns):
            beside = Conversation(daisy, locale=locale, store=store, clock=at_noon,
                                  context={"phone": f"+52155500001{k:02d}"})
            await beside.start()
            await beside.user_turn(other[k % len(other)])
            spoken.append(said(await conv.user_turn(turn)))
            await beside.hangup()  # ends between this call's turns: every cache is emptied
            assert held() == 0
        record = await store.get(conv.record_id or 0)
        assert record is not None
        assert (spoken, record.slots, record.unconfirmed) == alone


async def test_two_calls_side_by_side_the_first_to_end_leaves_none_of_its_words_and_the_other_goes_on(
        daisy: CompiledFlow) -> None:
    for locale, first_turns, second_turns in (
        ("es-MX", ("sí", "me llamo Juan Pérez García", "sí", "cuarenta y cinco doce"),
         ("sí", "soy Pedro Ramírez", "sí", "el tractor es el tres tres cuatro cinco", "sí")),
        ("en-US", ("yes", "my name is John Smith", "yes", "forty five twelve"),
         ("yeah", "it's Mary Johnson", "correct", "three three four five", "yes")),
    ):
        understanding.forget_turns()
        alone = await _call_alone(daisy, locale, second_turns)
        store = MemoryStore()
        first = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550000101"})
        second = Conversation(daisy, locale=locale, store=store, clock=at_noon, context={"phone": "+5215550000001"})
        spoken = [said(await second.start())]
        await first.start()
        for mine, theirs in zip(first_turns, second_turns, strict=False):  # turn about
            await first.user_turn(mine)
            spoken.append(said(await second.user_turn(theirs)))
        assert held() > 0
        await first.hangup()
        # none of the first caller's words is cached (the caches are emptied whole: see `turn_cache`)
        assert held() == 0
        for theirs in second_turns[len(first_turns):]:
            spoken.append(said(await second.user_turn(theirs)))
        record = await store.get(second.record_id or 0)
        assert record is not None
        assert (spoken, record.slots, record.unconfirmed) == alone  # as it would have gone alone
        await second.hangup()
        assert held() == 0


async def test_words_read_outside_any_call_are_forgotten_when_a_call_ends(daisy: CompiledFlow) -> None:
    understanding.forget_turns()
    conv = Conversation(daisy, locale="en-US", store=MemoryStore(), clock=at_noon)
    await conv.start()
    await conv.user_turn("yes")
    for text in ("my name is John Smith", "juan punto perez arroba gmail punto com", "a las tres y media"):
        fold(text)  # not in any call: the shared scope of such reads
        understanding.extract("email", text, "es-MX")
    await conv.hangup()
    assert held() == 0
