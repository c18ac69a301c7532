"""An e-mail read back, answered "all together, only the dot after X".

"Sí, todo junto, nomás el punto después de efra" at "efra.solis77@hotmail.com" restates the address as it
was read back (a yes); the same words at an address with more symbols take the others out and keep the
one placed ("efra.solis.77" -> "efra.solis77"). Traps: "todo junto, sin punto" still takes the dot out;
a symbol placed by a part the address lacks changes nothing.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("efra punto solis setenta y siete arroba hotmail punto com",
         "Sí, todo junto, nomás el punto después de efra.", "es-MX"),
        ("mario punto lopez ochenta arroba gmail punto com",
         "Sí, todo pegado, solo el punto entre mario y lopez.", "es-MX"),
        ("nena guion bajo rios arroba yahoo punto com",
         "Ándale, todo junto, nada más el guion bajo antes de rios.", "es-MX"),
        ("mario.lopez80@gmail.com", "Yes, all one word, just the dot after mario.", "en-US"),
        ("kim_lee7@aol.com", "Yeah, all together, only the underscore between kim and lee.", "en-US"),
    ],
)
def test_a_yes_that_keeps_the_one_symbol_where_it_is_confirms(said: str, reply: str, locale: str) -> None:
    assert answer("email", said, reply, locale).event == "yes"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "expected"),
    [
        ("efra punto solis punto setenta y siete arroba hotmail punto com",
         "No, todo junto, nomás el punto después de efra.", "es-MX", "efra.solis77@hotmail.com"),
        ("mario guion bajo lopez punto ochenta arroba gmail punto com",
         "No, todo junto, nada más el guion bajo después de mario.", "es-MX", "mario_lopez80@gmail.com"),
        ("mario.lopez.80@gmail.com", "No, all one word, only the dot after mario.", "en-US",
         "mario.lopez80@gmail.com"),
    ],
)
def test_the_other_symbols_go_and_the_one_placed_stays(said: str, reply: str, locale: str,
                                                       expected: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", expected)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "expected"),
    [
        ("mario punto lopez ochenta arroba gmail punto com", "Todo junto, sin punto.", "es-MX",
         "mariolopez80@gmail.com"),
        ("mario.lopez80@gmail.com", "No, all one word, no dot.", "en-US", "mariolopez80@gmail.com"),
    ],
)
def test_all_together_without_the_symbol_still_takes_it_out(said: str, reply: str, locale: str,
                                                            expected: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", expected)


def test_a_symbol_placed_by_a_part_the_address_lacks_changes_nothing() -> None:
    heard = answer("email", "efra punto solis setenta y siete arroba hotmail punto com",
                   "No, todo junto, nomás el punto después de pedro.")
    assert heard.value in (None, "efra.solis77@hotmail.com")


@pytest.mark.parametrize(
    ("said", "reply", "locale", "joined"),
    [
        ("juan.perez@gmail.com", "No, todo junto, solo lleva punto en el dominio.", "es-MX", "juanperez@gmail.com"),
        ("juan.perez@gmail.com", "Todo junto, nomás el punto de gmail punto com.", "es-MX", "juanperez@gmail.com"),
        ("efra.solis77@hotmail.com", "Todo pegado, nada más el punto de hotmail.", "es-MX",
         "efrasolis77@hotmail.com"),
        ("juan.perez@gmail.com", "Todo junto menos el punto com.", "es-MX", "juanperez@gmail.com"),
        ("john.smith@gmail.com", "Yes, it's all together, only the dot before com.", "en-US", "johnsmith@gmail.com"),
    ],
)
def test_the_one_symbol_kept_in_the_domain_leaves_the_name_all_together(said: str, reply: str, locale: str,
                                                                       joined: str) -> None:
    heard = answer("email", said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", joined)


def test_the_domain_dictated_after_the_symbol_kept_does_not_take_it_away() -> None:
    heard = answer("email", "efra.solis77@hotmail.com", "Sí, todo junto, nomás el punto, arroba hotmail.", "es-MX")
    assert heard.event == "yes"
