"""A provider taken back in the same breath with a take-back word alone ("gmail, digo, hotmail", "gmail perdón
hotmail", "at gmail, sorry, hotmail", "at gmail, I mean hotmail", "at gmail, my bad, hotmail") is replaced by
the one said after it, as with a "no" ("gmail no, hotmail"): never "gmailsorryhotmail". The ending gmail has
without saying it stays with the provider said instead ("juanp arroba gmail no, hotmail" is juanp@hotmail.com, as
"gmail punto com, no, hotmail" is); another provider taken back waits for its ending, as when said alone
("arroba yahoo, no, outlook" - "punto com" or "punto es"?). Another provider ruled
out with no pause after the "no" ("gmail no hotmail", "at gmail, not yahoo") leaves the address with the first.
The user said after a moment asked for, once the provider is said ("está en gmail, ahorita se lo paso, juanp",
"it's on gmail, hold on, johnp") is the address's user, never lost.
"""

from __future__ import annotations

import pytest

from .email_helpers import dictated


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("es juanp arroba gmail no, hotmail", "es-MX", "juanp@hotmail.com"),
        ("juanp arroba gmail, digo, hotmail", "es-MX", "juanp@hotmail.com"),
        ("juanp arroba gmail, mentira, hotmail", "es-MX", "juanp@hotmail.com"),
        ("juanp arroba gmail, no es cierto, yahoo", "es-MX", "juanp@yahoo.com"),
        ("john at gmail, sorry, hotmail", "en-US", "john@hotmail.com"),
        ("john at gmail sorry hotmail", "en-US", "john@hotmail.com"),
        ("john at gmail, I mean hotmail", "en-US", "john@hotmail.com"),
        ("john at gmail no wait hotmail", "en-US", "john@hotmail.com"),
    ],
)
def test_gmail_taken_back_leaves_its_ending_to_the_provider_said_after(said: str, locale: str,
                                                                       expected: str) -> None:
    assert dictated([said], locale)[0] == expected


@pytest.mark.parametrize(
    ("said", "locale", "heard"),
    [
        ("juanp arroba yahoo, no, perdón, outlook", "es-MX", "juanp arroba outlook"),
        ("juanp arroba yahoo, digo, hotmail", "es-MX", "juanp arroba hotmail"),
        ("john at yahoo, oops, outlook", "en-US", "john at outlook"),
        ("john at outlook, sorry, hotmail", "en-US", "john at hotmail"),
    ],
)
def test_another_provider_taken_back_waits_for_its_ending(said: str, locale: str, heard: str) -> None:
    value, so_far = dictated([said], locale)
    assert value is None and so_far == heard


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("juanp arroba gmail perdón hotmail punto com", "es-MX", "juanp@hotmail.com"),
        ("juanp arroba gmail, me equivoqué, yahoo punto com punto mx", "es-MX", "juanp@yahoo.com.mx"),
        ("john at gmail, my bad, hotmail dot com", "en-US", "john@hotmail.com"),
        ("john at gmail, scratch that, yahoo dot com", "en-US", "john@yahoo.com"),
        # another provider ruled out: the first stands
        ("juanp arroba gmail no hotmail", "es-MX", "juanp@gmail.com"),
        ("juanp arroba gmail, no es hotmail", "es-MX", "juanp@gmail.com"),
        ("john at gmail, not yahoo", "en-US", "john@gmail.com"),
        ("john at gmail punto com, perdón", "es-MX", "john@gmail.com"),
    ],
)
def test_the_address_with_its_provider_taken_back_or_ruled_out(said: str, locale: str, expected: str) -> None:
    assert dictated([said], locale)[0] == expected


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("Está en gmail, ahorita se lo paso, juanp", "es-MX", "juanp@gmail.com"),
        ("Es de gmail, déjeme ver, es juanp", "es-MX", "juanp@gmail.com"),
        ("En hotmail punto com, espéreme, memo garcia", "es-MX", "memogarcia@hotmail.com"),
        ("Está en gmail, ahorita lo busco, espéreme, juanp", "es-MX", "juanp@gmail.com"),
        ("It's on gmail, hold on, johnp", "en-US", "johnp@gmail.com"),
        ("It's on gmail, let me check, it's john smith", "en-US", "johnsmith@gmail.com"),
        ("It's on gmail, hold on, let me look, johnp", "en-US", "johnp@gmail.com"),
    ],
)
def test_the_user_said_after_a_moment_asked_for_is_kept(said: str, locale: str, expected: str) -> None:
    assert dictated([said], locale)[0] == expected


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("Está en gmail, ahorita lo busco", "es-MX"),
        ("Está en gmail, ahorita lo busco, espéreme", "es-MX"),
        ("En gmail, déjeme ver, ahorita se lo digo", "es-MX"),
        ("On yahoo, hang on a sec", "en-US"),
        ("It's gmail, hold on, let me look", "en-US"),
        # whose the address is, said after the hold: no user ("wifes@gmail.com" was read back)
        ("It's on gmail, one sec, it's my wife's", "en-US"),
        ("It's on gmail, hold on, my husband's", "en-US"),
        ("On hotmail, let me check, it's my boss's", "en-US"),
        ("Está en gmail, ahorita se lo paso, es el de mi esposa", "es-MX"),
    ],
)
def test_no_user_when_the_caller_is_still_looking(said: str, locale: str) -> None:
    value, so_far = dictated([said], locale)
    assert value is None and so_far.startswith(("arroba", "at "))
