"""E-mail words that are not what they sound like.

- English "o" / "oh" after a letter spelled on its own is the letter O, the last of the letters, even before
  digits ("l e o 1 9 9 9" is leo1999, at the question and when the caller spells it again at the read-back);
  among digits it is still a zero ("nine oh one").
- "Oh, okay.", "Ah, ya veo" while the address is dictated is the caller taking in what was said: it adds
  nothing ("Oh." alone may still be the letter O).
- At the read-back, Spanish "Es." alone is "it is" cut off, never Spain's ending (".es" is "punto es"); one
  letter said alone ("ele") is no yes: the L of "gmail" is no part the caller pointed at.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer

from daisy_engine.understanding import new_accumulator


def _dictated(locale: str, *turns: str) -> object:
    email = new_accumulator("email", locale)
    for turn in turns:
        email.feed(turn)
    return email


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["t e o 2 0 0 4 at yahoo dot com"], "teo2004@yahoo.com"),
        (["m a r c o 7 at gmail dot com"], "marco7@gmail.com"),
        (["b o", "5 5 at gmail dot com"], "bo55@gmail.com"),
        # among digits "oh" stays a zero
        (["teo nine oh one at yahoo dot com"], "teo901@yahoo.com"),
        (["t e o, four oh four at yahoo dot com"], "teo404@yahoo.com"),
    ],
)
def test_english_o_after_spelled_letters_is_the_letter(turns: list[str], value: str) -> None:
    assert _dictated("en-US", *turns).value == value  # type: ignore[attr-defined]


def test_the_address_spelled_again_at_its_read_back_keeps_the_letter_o() -> None:
    heard = answer("email", "teo2004 at yahoo dot com", "no, it's t e o 2 0 0 5", "en-US")
    assert (heard.event, heard.value) == ("corrected", "teo2005@yahoo.com")


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("en-US", ["r u t h", "Oh, okay.", "at gmail dot com"], "ruth@gmail.com"),
        ("en-US", ["r u t h", "Oh, I see.", "at gmail dot com"], "ruth@gmail.com"),
        ("en-US", ["r u t h", "ah, all right", "at gmail dot com"], "ruth@gmail.com"),
        ("es-MX", ["r u t", "Ah, ya veo.", "arroba gmail punto com"], "rut@gmail.com"),
        ("es-MX", ["r u t", "Oh, ok.", "arroba gmail punto com"], "rut@gmail.com"),
        # alone, "oh" may be the letter O
        ("en-US", ["j o h n", "Oh.", "at gmail dot com"], "johno@gmail.com"),
    ],
)
def test_taking_in_what_was_said_adds_nothing_to_the_address(locale: str, turns: list[str], value: str) -> None:
    assert _dictated(locale, *turns).value == value  # type: ignore[attr-defined]


@pytest.mark.parametrize("reply", ["Es.", "es", "Es..."])
def test_es_alone_at_the_read_back_is_no_ending(reply: str) -> None:
    heard = answer("email", "rut arroba gmail punto com", reply)
    assert heard.value != "rut@gmail.es"
    assert heard.event == "no_match"


@pytest.mark.parametrize("reply", ["punto es", "no, es punto es"])
def test_spains_ending_said_with_its_dot_is_taken(reply: str) -> None:
    heard = answer("email", "rut arroba gmail punto com", reply)
    assert (heard.event, heard.value) == ("corrected", "rut@gmail.es")


@pytest.mark.parametrize(("locale", "said", "reply"),
                         [("es-MX", "rut arroba gmail punto com", "ele"),
                          ("es-MX", "rut arroba gmail punto com", "Eme."),
                          ("en-US", "ruth at gmail dot com", "L")])
def test_one_letter_alone_at_the_read_back_is_no_yes(locale: str, said: str, reply: str) -> None:
    assert answer("email", said, reply, locale).event != "yes"


@pytest.mark.parametrize(("locale", "said", "reply"),
                         [("es-MX", "rut arroba gmail punto com", "sí"), ("en-US", "ruth at gmail dot com", "yes"),
                          ("es-MX", "rut arroba gmail punto com", "gmail")])
def test_a_yes_or_a_part_of_the_address_said_again_still_confirms(locale: str, said: str, reply: str) -> None:
    assert answer("email", said, reply, locale).event == "yes"


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # the letters already spell a whole name: the "oh" opens the number ("john oh seven")
        (["j o h n oh seven at gmail dot com"], "john07@gmail.com"),
        (["a l e x o 1 at gmail dot com"], "alex01@gmail.com"),
        (["p e d r o", "o", "7 at gmail dot com"], "pedro07@gmail.com"),
        # an "o" after the zero of a number is a zero too ("two oh oh one")
        (["j o h n 2 o o 1 at gmail dot com"], "john2001@gmail.com"),
        # letters that spell no whole name go on with the O
        (["l e o 1 9 9 9 at gmail dot com"], "leo1999@gmail.com"),
    ],
)
def test_english_o_after_a_whole_name_or_a_zero_is_a_zero(turns: list[str], value: str) -> None:
    assert _dictated("en-US", *turns).value == value  # type: ignore[attr-defined]


@pytest.mark.parametrize("reply", ["C.", "c", "Ce.", "C, C.", "se"])
def test_si_written_as_a_letter_at_the_read_back_begins_no_new_address(reply: str) -> None:
    # the recogniser's "sí" is asked about again, never taken as the first letter of another address
    heard = answer("email", "rut arroba gmail punto com", reply)
    assert (heard.event, heard.accumulator) == ("no_match", None)
