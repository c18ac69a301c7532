"""An e-mail address said again: announced, unannounced, or after it was turned down at its read-back.

"El correo es …" amid a dictation names the address again from its start: it replaces what was
collected. A caller who starts spelling it over without saying so (the new turns repeat its first
characters) replaces it too - but "ana punto ana" is one address. A time or a number answered late at the
e-mail question ("dieciocho treinta", "no, cuarenta y dos") starts no address, while digits dictated one by
one do. After an address is turned down, a local part said again that ends as the turned-down one did
has reached the "@": when the caller is done (a pause, "es todo"), the domain they gave before completes it.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import extract_email
from daisy_engine.understanding.types.base import close

from .email_helpers import dictated


def _dictate(turns: list[str], locale: str = "es-MX") -> tuple[str | None, str]:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email.value, email.so_far()


@pytest.mark.parametrize(
    ("again", "locale"),
    [
        ("El correo es lupita.reyes", "es-MX"),
        ("Mi correo electrónico es lupita punto reyes", "es-MX"),
        ("my email is lupita dot reyes", "en-US"),
    ],
)
def test_the_address_named_again_replaces_what_was_collected(again: str, locale: str) -> None:
    first = ["Letra L.", "Letra U.", "Letra pe."] if locale == "es-MX" else ["letter l", "letter u", "letter p"]
    at = "arroba gmail punto com" if locale == "es-MX" else "at gmail dot com"
    value, _ = _dictate([*first, again, at], locale)
    assert value == "lupita.reyes@gmail.com"


def test_the_address_named_with_nothing_after_it_keeps_what_was_collected() -> None:
    value, _ = _dictate(["Letra jota.", "Letra o.", "El correo es...", "Letra ese.", "arroba gmail punto com"])
    assert value == "jos@gmail.com"


def test_spelling_begun_again_without_saying_so_replaces_the_first_try() -> None:
    value, _ = _dictate(
        ["Número cinco.", "Letra eme.", "Número tres.", "Letra ka.", "¿Ponle mosca?", "Número cinco.", "Letra eme.",
         "Número tres.", "Letra erre.", "arroba outlook punto com"]
    )
    assert value == "5m3r@outlook.com"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["a n a", "punto", "a n a", "arroba gmail punto com"], "ana.ana@gmail.com"),
        (["Letra be.", "Letra o.", "guion bajo", "Letra be.", "Letra o.", "arroba gmail punto com"], "bo_bo@gmail.com"),
        (["uno", "dos", "uno", "dos", "arroba gmail punto com"], "1212@gmail.com"),
    ],
)
def test_a_repeat_after_a_separator_or_too_short_to_be_a_new_start_is_kept(turns: list[str], expected: str) -> None:
    value, _ = _dictate(turns)
    assert value == expected


@pytest.mark.parametrize("late", ["dieciocho treinta", "No, cuarenta y dos.", "a las veintidós quince", "ciento doce"])
def test_a_late_answer_of_another_question_starts_no_address(late: str) -> None:
    email = new_accumulator("email", "es-MX")
    assert email.feed(late).status == "nothing"
    assert email.so_far() == ""
    email.feed("rocio arroba gmail punto com")
    assert email.value == "rocio@gmail.com"


def test_digits_dictated_one_by_one_start_an_address() -> None:
    value, _ = _dictate(["Nueve.", "Número cuatro.", "letra equis", "arroba gmail punto com"])
    assert value == "94x@gmail.com"


def test_a_number_said_whole_inside_an_address_is_kept() -> None:
    value, _ = _dictate(["pedro", "diecinueve", "arroba gmail punto com"])
    assert value == "pedro19@gmail.com"


def _turned_down(turns: list[str], locale: str = "es-MX"):  # type: ignore[no-untyped-def]
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    assert email.complete
    email.reset()  # what the runtime does when the caller says "no" to the read-back
    return email


def test_a_local_part_said_again_takes_the_domain_given_before_when_the_caller_is_done() -> None:
    email = _turned_down(["Letra ce.", "Número seis.", "Letra ene.", "Letra doble u.", "arroba hotmail punto com"])
    for turn in ["Letra ge.", "Número seis.", "Letra ene.", "Letra doble u."]:
        email.feed(turn)
    assert email.value is None  # still dictating: nothing is assumed yet
    closed = close(email)
    assert closed is not None and closed.value == "g6nw@hotmail.com"
    assert "hotmail" in closed.so_far()


def test_the_domain_given_before_completes_it_after_es_todo() -> None:
    email = _turned_down(["david", "punto", "ruiz", "arroba yahoo punto com"])
    email.feed("davis punto ruiz")
    result = email.feed("es todo")
    assert result.closing
    assert email.finish() == "davis.ruiz@yahoo.com"


def test_a_local_part_not_yet_at_its_end_is_not_completed() -> None:
    email = _turned_down(["Letra ce.", "Número seis.", "Letra ene.", "Letra doble u.", "arroba hotmail punto com"])
    for turn in ["Letra ge.", "Número seis."]:
        email.feed(turn)
    assert close(email) is None


def test_the_same_local_part_again_means_the_domain_was_what_was_wrong() -> None:
    email = _turned_down(["marta", "arroba jotmeil punto com"])
    email.feed("marta")
    assert close(email) is None
    email.feed("arroba gmail punto com")
    assert email.value == "marta@gmail.com"


def test_a_new_domain_said_after_the_local_part_replaces_the_one_given_before() -> None:
    email = _turned_down(["Letra ce.", "Número seis.", "Letra ene.", "arroba hotmail punto com"])
    for turn in ["Letra ge.", "Número seis.", "Letra ene.", "arroba gmail punto com"]:
        email.feed(turn)
    assert email.value == "g6n@gmail.com"


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("juan arroba gmail punto com, no, perdón, hotmail", "es-MX", "juan@hotmail.com"),
        ("juan arroba gmail punto com, no, hotmail", "es-MX", "juan@hotmail.com"),
        ("juan arroba gmail, no, perdón, hotmail punto com", "es-MX", "juan@hotmail.com"),
        ("juan arroba gmail punto com, no, arroba yahoo punto com", "es-MX", "juan@yahoo.com"),
        ("john at gmail dot com, no, sorry, yahoo", "en-US", "john@yahoo.com"),
    ],
)
def test_a_provider_taken_back_in_the_same_breath_is_replaced(said: str, locale: str, expected: str) -> None:
    assert extract_email(said, locale) == expected
    assert dictated([said], locale)[0] == expected


def test_trap_a_no_after_the_provider_with_nothing_after_it_keeps_the_address() -> None:
    assert extract_email("juan arroba gmail punto com, ¿no?", "es-MX") == "juan@gmail.com"


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        # a provider ruled out, not taken back: no pause after the "no", or "not" / "it's not"
        ("juan arroba gmail punto com, no es hotmail", "es-MX", "juan@gmail.com"),
        ("juan arroba gmail punto com no hotmail", "es-MX", "juan@gmail.com"),
        ("john at gmail dot com, not yahoo", "en-US", "john@gmail.com"),
        ("john at gmail dot com, it's not yahoo", "en-US", "john@gmail.com"),
        # a take-back word needs no pause
        ("juan arroba gmail punto com, no sino hotmail", "es-MX", "juan@hotmail.com"),
    ],
)
def test_a_provider_ruled_out_after_the_address_keeps_it(said: str, locale: str, expected: str) -> None:
    assert extract_email(said, locale) == expected
