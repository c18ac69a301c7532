"""Ending a dictation ("eso es todo", "that's it"): which turns close it, and what a closed value is."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import (
    FeedResult,
    new_accumulator,
)
from daisy_engine.understanding.accumulators import closing_phrase

CA = {"pattern": r"\d[A-Z]{3}\d{3}"}


@pytest.mark.parametrize(
    "text",
    [
        "eso es todo",
        "es todo",
        "Es todo.",
        "ya",
        "ya está",
        "listo",
        "y ya",
        "nada más",
        "that's it",
        "That's all.",
        "done",
        "I'm done",
        "that's the whole plate",
        "that's it, thanks",
    ],
)
def test_closing_phrases(text):
    assert closing_phrase(text) == (True, "")


@pytest.mark.parametrize(
    "text", ["todo", "ya le dije", "es todo lo que tengo", "a b c", "yankee", "listos los papeles", "ADA", "es"]
)
def test_not_closing_phrases(text):
    assert closing_phrase(text)[0] is False


def test_closing_a_plate():
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("a be ce") == FeedResult("partial", None, "A B C")
    done = acc.feed("uno dos tres, eso es todo")
    assert done == FeedResult("complete", "ABC-123", "A B C 1 2 3", closing=True)
    again = acc.feed("listo")
    assert again.status == "nothing" and again.closing and acc.finish() == "ABC-123"


def test_closing_an_incomplete_plate():
    acc = new_accumulator("plate", "en-US", CA)
    acc.feed("seven T R")
    got = acc.feed("that's it")
    assert got == FeedResult("nothing", None, "7 T R", closing=True)
    assert acc.finish() is None and acc.so_far() == "7 T R"  # read back what was heard and re-ask


def test_closing_integer_and_email():
    acc = new_accumulator("integer", "es-MX", {"pattern": r"\d{4}"})
    acc.feed("cuatro dos")
    got = acc.feed("uno siete, ya")
    assert got.closing and got.value == "4217" and acc.finish() == "4217"
    mail = new_accumulator("email", "es-MX")
    mail.feed("juan arroba gmail punto com")
    got = mail.feed("eso es todo")
    assert got.closing and got.status == "nothing" and mail.finish() == "juan@gmail.com"


def test_closing_does_not_change_other_slots():
    # "that's it" is still a yes; a plain turn is not closing
    acc = new_accumulator("yes_no", "en-US")
    got = acc.feed("that's it")
    assert got.value == "yes" and got.closing
    assert new_accumulator("integer", "en-US").feed("forty two").closing is False


def test_the_types_feed_decides_that_the_caller_finished_dictating():
    """`Fed.closing` (read by the runtime, worked out nowhere else): a value was begun and the turn
    added nothing to it - a closing phrase or words with no piece of the value - never a turn that
    adds a piece, nor a closing phrase before anything was said."""
    from daisy_engine.understanding import types

    plate = types.get("plate")
    assert plate is not None
    empty = plate.start("es-MX", None)
    assert not types.feed(empty, "eso es todo").closing  # nothing begun: nothing to close
    begun = types.feed(empty, "a be ce").state
    assert not types.feed(begun, "uno dos tres, eso es todo").closing  # it added 1 2 3: read on
    for text in ("eso es todo", "listo", "mmm pues a ver"):
        fed = types.feed(begun, text)
        assert fed.closing and fed.so_far == "A B C", text
    assert begun.so_far() == "A B C"  # the state fed was never changed
