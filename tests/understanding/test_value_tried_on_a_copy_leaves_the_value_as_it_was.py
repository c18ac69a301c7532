"""A turn is tried on a copy of the value built so far (`types.base.feed`, `edit`): the copy holds the same, and
whatever is done to it leaves the value as it was - for every built-in type, and for a custom type's function
that changes the options it is given."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.accumulators import Status
from daisy_engine.understanding.types.base import edit, feed
from daisy_engine.understanding.types.custom import custom_type
from daisy_engine.understanding.types.plate import PlateAccumulator

NOW = dt.datetime(2026, 12, 1, 9, 30)
CASES = [
    ("plate", {"pattern": r"[A-Z]{2,3}-\d{2,4}", "other_values": ("512", "Juan Pérez")},
     ["B de burro, ve de vaca", "cuatrocientos cincuenta"], "y uno"),
    ("plate", {"pattern": r"[A-Z]{3}\d{3}"}, ["a be ce"], "uno dos tres"),
    ("integer", {"min": 0, "max": 999999}, ["cuatro dos"], "siete"),
    ("email", {}, ["juan punto perez"], "arroba gmail punto com"),
    ("name", {}, ["Gilberto"], "Sauceda Ledezma"),
    ("time", {"now": NOW}, ["a las tres"], "y media"),
]


def _snapshot(state: object) -> dict:
    return copy.deepcopy({key: value for key, value in vars(state).items() if not callable(value)})


@pytest.mark.parametrize(("kind", "options", "said", "then"), CASES)
def test_a_turn_fed_to_a_copy_leaves_the_value_as_it_was(kind, options, said, then):
    state = new_accumulator(kind, "es-MX", options)
    for text in said:
        state = feed(state, text).state
    before = _snapshot(state)
    trial = copy.deepcopy(state)
    assert _snapshot(trial) == before  # the same value, pieces and options
    feed(trial, then)
    trial.feed(then)  # changed in place, as the runtime never does with the value it keeps
    assert _snapshot(state) == before


@pytest.mark.parametrize(("kind", "options", "said", "then"), CASES)
def test_what_a_copy_collects_in_is_its_own(kind, options, said, then):
    state = new_accumulator(kind, "es-MX", options)
    for text in said:
        state = feed(state, text).state
    trial = copy.deepcopy(state)
    for key, value in vars(state).items():
        if isinstance(value, list | dict | set) and key != "options":
            assert vars(trial)[key] is not value, key


@pytest.mark.parametrize("text", ["en vez de la B es la P", "va sin la V"])
def test_a_correction_tried_leaves_the_value_as_it_was(text):
    state = feed(new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"}), "B de burro, ve de vaca").state
    before = _snapshot(state)
    edit(state, text)
    assert _snapshot(state) == before


def _greedy(text: str, locale: str, options: dict) -> str | None:
    """A custom type's function that keeps what it saw in the options it is given."""
    options.setdefault("seen", []).append(text)
    return text.upper() if text.isalpha() else None


def test_a_custom_function_changing_its_options_changes_only_the_copy_it_was_given():
    state = custom_type("tests:greedy", _greedy).start("es-MX", {"pattern": "x"})
    state = feed(state, "uno dos").state
    seen = list(state.options.get("seen", []))
    feed(state, "hola")
    feed(state, "adios")
    assert list(state.options.get("seen", [])) == seen


class _CountingPlates(PlateAccumulator):
    """A project's subclass of an engine accumulator whose own code writes into its options."""

    def _feed(self, text: str) -> Status:
        self.options["fed"] = self.options.get("fed", 0) + 1
        return super()._feed(text)


def test_a_subclass_writing_into_its_options_changes_only_the_copy_it_was_given():
    state = _CountingPlates("plate", "es-MX", {"pattern": r"[A-Z]{3}\d{3}"})
    state = feed(state, "a be ce").state
    fed = state.options.get("fed")
    feed(state, "uno dos tres")
    feed(state, "cuatro")
    assert state.options.get("fed") == fed
