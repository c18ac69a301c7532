"""An address read back as soon as the caller said "gmail", turned down, then "punto com": the caller was
finishing the domain over the read-back, not starting a new address. The turned-down address comes back
to be read again (the caller can then correct it). Any other turn starts the address over as before.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator


def _after_no(first: list[str], then: str, locale: str = "es-MX") -> tuple[str | None, str]:
    email = new_accumulator("email", locale)
    for turn in first:
        email.feed(turn)
    assert email.complete
    email.reset()  # the caller said no at the read-back
    email.feed(then)
    return email.value, email.so_far()


@pytest.mark.parametrize(
    ("first", "then", "locale", "expected"),
    [
        (["Letra be.", "Número ocho.", "Arroba", "gmail"], "punto com", "es-MX", "b8@gmail.com"),
        (["lola arroba hotmail punto com"], "punto com", "es-MX", "lola@hotmail.com"),
        (["tom at yahoo dot com"], "dot com", "en-US", "tom@yahoo.com"),
    ],
)
def test_the_end_of_the_domain_after_a_no_brings_the_address_back(first: list[str], then: str, locale: str,
                                                                  expected: str) -> None:
    value, _ = _after_no(first, then, locale)
    assert value == expected


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        ("punto mx", None),  # not how the turned-down domain ends
        ("letra ce", None),  # the address spelled again
    ],
)
def test_other_turns_after_a_no_start_over(then: str, expected: str | None) -> None:
    value, so_far = _after_no(["Letra be.", "Número ocho.", "Arroba", "gmail"], then)
    assert value == expected
    assert "8" not in so_far
