"""At a number's read-back, "no, es el treinta y uno, el trece es el otro": the number given to another
thing is left out; the caller's number is read back (never both run together, 3113)."""

from __future__ import annotations

from runtime_helpers import answer


def test_at_the_read_back_the_number_beside_the_other_ones_is_read_back() -> None:
    heard = answer("integer", "trece", "No, perdón, es el treinta y uno, el trece es el otro.")
    assert (heard.event, heard.value) == ("corrected", "31")
    heard = answer("integer", "thirteen", "No, thirty one. Thirteen is the other one.", "en-US")
    assert (heard.event, heard.value) == ("corrected", "31")
