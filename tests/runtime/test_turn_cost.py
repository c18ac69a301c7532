"""What a turn costs: work that cannot change what is heard is not done on every turn (the turn benchmark's
p99 target, `benchmarks/bench_runtime.py`). The answers themselves are the other tests' business."""

from __future__ import annotations

import pytest
from runtime_helpers import call

from daisy_engine import understanding
from daisy_engine.compiler import CompiledFlow


@pytest.mark.parametrize(("locale", "turns"), [
    ("es-MX", ["sí", "me llamo Juan Pérez García"]),
    ("es-MX", ["sí", "Juan Pérez", "sí", "cero cuarenta y dos"]),
    ("en-US", ["yes", "my name is John Smith"]),
    ("en-US", ["yes", "John Smith", "yes", "one oh six"]),
])
async def test_a_value_answered_is_not_read_as_a_yes_or_no(
        daisy: CompiledFlow, monkeypatch: pytest.MonkeyPatch, locale: str, turns: list[str]) -> None:
    # Only a yes/no question reads a turn as a yes or a no; a value's own question (the name, the tractor's
    # number) never did anything with it but throw it away, at a cost on every turn.
    conv = await call(daisy, locale, turns[:-1])
    assert conv.state.step.listen == "slot"
    read: list[str] = []
    classify = understanding.classify_yes_no

    def counted(text: str, *args: object, **kwargs: object) -> object:
        read.append(text)
        return classify(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(understanding, "classify_yes_no", counted)
    await conv.user_turn(turns[-1])
    assert read == []
    assert conv.state.step.listen == "confirm"  # and the value was heard, read back


REGISTRATION = ["sí, claro", "me llamo Juan Pérez García", "sí", "cero cuarenta y dos", "correcto",
                "B de burro, ve de vaca", "cuatrocientos cincuenta y uno", "sí", "quinientos doce", "sí",
                "equis ye zeta guion cuatrocientos cincuenta y seis", "sí", "a las dos y media de la tarde", "sí",
                "juan punto perez arroba gmail punto com", "sí"]


@pytest.mark.parametrize("answer", ["sí, todo correcto", "sí", "sí, está bien"])
async def test_the_answer_at_the_summary_is_read_as_a_yes_or_no_once(
        daisy: CompiledFlow, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    # The summary's yes enters no collect, so nothing there asks whether the turn also gives a value early
    # (which read the turn as a yes or no a second time): the answer itself is read once. (A "no" leads on to
    # "Which detail is wrong?", which reads the same turn again for the value it names: its own work.)
    conv = await call(daisy, "es-MX", REGISTRATION)
    assert conv.state.step.listen == "yes_no"
    read: list[str] = []
    classify = understanding.classify_yes_no

    def counted(text: str, *args: object, **kwargs: object) -> object:
        read.append(text)
        return classify(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(understanding, "classify_yes_no", counted)
    await conv.user_turn(answer)
    assert read == [answer]
