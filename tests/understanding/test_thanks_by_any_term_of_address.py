"""Thanks said with a term of address and a blessing take no leave, whichever term ("sí, gracias, jefa,
bendiciones" as much as "jefe"; "thanks, ma'am, God bless"): the one list of thanks and the words callers thank
by (`normalize.THANKS`, `THANKED_BY`) is read by the yes/no answers and the end of a call alike. A farewell
beside them ("..., hasta luego", "bye") still takes leave."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import asked_outright


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, gracias, jefa, bendiciones.", "es-MX"),
    ("Sí, gracias, jefe, bendiciones.", "es-MX"),
    ("Gracias, amiga, que Dios la bendiga.", "es-MX"),
    ("Yes, thanks, ma'am, God bless.", "en-US"),
    ("Thank you sir, God bless.", "en-US"),
])
def test_thanks_and_a_blessing_are_no_goodbye(text: str, locale: str) -> None:
    assert not asked_outright("end_call", text, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, gracias, jefa, hasta luego.", "es-MX"),
    ("Thanks, ma'am, bye.", "en-US"),
])
def test_a_farewell_beside_them_still_takes_leave(text: str, locale: str) -> None:
    assert asked_outright("end_call", text, locale)
