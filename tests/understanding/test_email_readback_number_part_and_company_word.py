"""Corrections at an address's read-back that name a part of it rather than say it whole.

- The letters before the address's closing digits said again with a symbol ("Gil guion ramos" at
  "gilramos77"): the symbol goes in, the digits stay (the caller did not say them, not that they go).
- A number said wrong with "en vez de" / "instead of", also when it is the end of a longer number (the "99"
  of "1999" said as "noventa y nueve"). At an address that has the right number already, the turn
  describes it as it is (an older read-back was heard).
- A spelling note on a word of a company's domain ("Leyva es con ye" at "...@fletesleiva.com.mx"): the
  domain's word is put right, not a letter of the part before the "@"."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator

from .email_helpers import corrected


@pytest.mark.parametrize(("address", "said", "fixed"), [
    ("gilramos77@hotmail.com", "Gil guion ramos.", "gil-ramos77@hotmail.com"),
    ("gilramos77@hotmail.com", "Lleva guion en medio. Gil guion ramos.", "gil-ramos77@hotmail.com"),
    ("anatorres2004@gmail.com", "No, ana punto torres", "ana.torres2004@gmail.com"),
    ("ana-torres2004@gmail.com", "No, es ana guion bajo torres", "ana_torres2004@gmail.com"),
])
def test_the_letters_before_the_digits_said_with_a_symbol_keep_the_digits(address: str, said: str,
                                                                             fixed: str) -> None:
    assert corrected(address, said) == fixed


def test_the_same_in_english() -> None:
    assert corrected("mikehart51@gmail.com", "It's mike dash hart", "en-US") == "mike-hart51@gmail.com"


@pytest.mark.parametrize("said", ["Gil guion ramos.", "Lleva guion en medio. Gil guion ramos."])
def test_said_as_it_is_already_it_changes_nothing(said: str) -> None:
    assert corrected("gil-ramos77@hotmail.com", said) is None


@pytest.mark.parametrize(("address", "said", "fixed", "locale"), [
    ("juanperez99@gmail.com", "No, juan punto perez, sin el noventa y nueve", "juan.perez@gmail.com", "es-MX"),
    ("rosamejia40@gmail.com", "Es rosa guion mejia, sin números", "rosa-mejia@gmail.com", "es-MX"),
    ("johnsmith12@gmail.com", "No, john dot smith, without the numbers", "john.smith@gmail.com", "en-US"),
])
def test_the_letters_said_again_with_the_digits_said_to_go_drop_them(address: str, said: str, fixed: str,
                                                                    locale: str) -> None:
    assert corrected(address, said, locale) == fixed


def test_the_whole_part_said_again_still_replaces_it() -> None:
    assert corrected("gil-ramos77@hotmail.com", "No, gil guion ramos setenta y ocho") == "gil-ramos78@hotmail.com"


@pytest.mark.parametrize(("address", "said", "fixed"), [
    ("leo_cisneros1999@gmail.com", "No, en vez de noventa y nueve es noventa.", "leo_cisneros1990@gmail.com"),
    ("leo_cisneros1999@gmail.com", "En lugar del noventa y nueve va noventa. Uno, nueve, nueve, cero.",
     "leo_cisneros1990@gmail.com"),
    ("rosa45@gmail.com", "en vez de cuarenta y cinco es cincuenta y cuatro", "rosa54@gmail.com"),
    ("mark1999@gmail.com", "instead of ninety nine, ninety", "mark1990@gmail.com"),
])
def test_a_number_said_instead_of_another(address: str, said: str, fixed: str) -> None:
    assert corrected(address, said, "en-US" if "instead" in said else "es-MX") == fixed


@pytest.mark.parametrize(("address", "said"), [
    ("juan1995@gmail.com", "no, en vez de noventa y nueve es noventa"),  # no 99 anywhere, no 90 at its end
    ("juan99@gmail.com", "en vez de setenta es diecisiete"),  # no 70: the caller heard another read-back
])
def test_a_number_the_address_does_not_have_changes_nothing(address: str, said: str) -> None:
    assert corrected(address, said) is None


def test_the_right_number_already_there_is_described() -> None:
    email = new_accumulator("email", "es-MX")
    email.feed("leo_cisneros1990@gmail.com")
    assert email.describes("No, en vez de noventa y nueve es noventa. Uno, nueve, nueve, cero.") is True


@pytest.mark.parametrize(("address", "said", "fixed"), [
    ("icarmona@fletesleiva.com.mx", "Leyva es con ye, no con i.", "icarmona@fletesleyva.com.mx"),
    ("icarmona@fletesleiva.com.mx", "Leyva con ye griega", "icarmona@fletesleyva.com.mx"),
    ("pablo@transbazan.com.mx", "Bazán va con zeta", "pablo@transbazan.com.mx"),  # already so: no change
    ("pablo@transbasan.com.mx", "Bazán se escribe con zeta", "pablo@transbazan.com.mx"),
])
def test_a_spelling_note_on_a_word_of_the_company_domain(address: str, said: str, fixed: str) -> None:
    assert (corrected(address, said) or address) == fixed


def test_a_note_on_a_word_before_the_at_still_goes_there() -> None:
    assert corrected("ivan.leiva@fletesleiva.com.mx", "Ivan con ve chica") is None  # so already
    assert corrected("chui.amador@gmail.com", "Chuy es con ye, no con i") == "chuy.amador@gmail.com"


def test_a_note_never_respells_the_provider() -> None:
    assert corrected("lupita@hotmail.com", "Hotmail con ache") is None
