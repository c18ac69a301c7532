"""A remark on how the address ends, at its read-back: "sí, pero sin el mx", "nomás punto com", "just dot
com". When the address read back already ends so, the remark describes it as it is (the caller answered
another read-back, or makes sure): the address is kept - never dropped nor begun anew from "punto com" -
and read back again or confirmed. When it does not end so, it stays a change."""

from __future__ import annotations

import pytest

from daisy_engine.runtime.listening import hear_confirmation
from daisy_engine.understanding.types.email import EmailAccumulator


def _read_back(locale: str, said: str) -> EmailAccumulator:
    acc = EmailAccumulator("email", locale, {})
    acc.feed(said)
    return acc


@pytest.mark.parametrize(
    ("locale", "said", "answer"),
    [
        ("es-MX", "candeibarra arroba yahoo punto com", "Sí, pero sin el mx."),
        ("es-MX", "candeibarra arroba yahoo punto com", "Nomás punto com."),
        ("es-MX", "luis ramos arroba gmail punto com", "Nada más punto com, sin el punto mx."),
        ("es-MX", "luis ramos arroba prodigy punto net punto mx", "Sí, nomás punto mx."),
        ("en-US", "dana kim at yahoo dot com", "Yes, but without the mx."),
        ("en-US", "dana kim at yahoo dot com", "Just dot com."),
    ],
)
def test_an_ending_remark_the_address_satisfies_keeps_it(locale: str, said: str, answer: str) -> None:
    acc = _read_back(locale, said)
    heard = hear_confirmation(answer, locale, acc.value, acc, lambda: EmailAccumulator("email", locale, {}))
    assert heard.event in ("yes", "corrected")
    if heard.event == "corrected":
        assert heard.value == acc.value


@pytest.mark.parametrize(
    ("locale", "said", "answer"),
    [
        ("es-MX", "candeibarra arroba yahoo punto com punto mx", "Nomás punto com."),
        ("en-US", "dana kim at yahoo dot com dot mx", "Just dot com."),
    ],
)
def test_trap_an_ending_remark_the_address_does_not_satisfy_changes_it(locale: str, said: str,
                                                                       answer: str) -> None:
    acc = _read_back(locale, said)
    heard = hear_confirmation(answer, locale, acc.value, acc, lambda: EmailAccumulator("email", locale, {}))
    assert heard.event != "yes"
    assert heard.value != acc.value
