""""Cuelga y a los diez segundos me reintentas", "hang up and try me again in ten seconds": the caller on a bad line
asks the agent to hang up and call again - a callback asked for outright, its delay in seconds rounded up to a
minute; the hang-up in it is no goodbye. Hanging up to call someone else, or a plain goodbye, is none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Cuelga y a los diez segundos me reintentas, aquí entre los cerros no agarra.", "es-MX", 1),
        ("Cuélgale y márcame de nuevo, no se oye nada.", "es-MX", None),
        ("Cuelgue y me vuelve a marcar, por favor.", "es-MX", None),
        ("Cuelga y márcame en cinco minutos.", "es-MX", 5),
        ("Hang up and try me again in ten seconds.", "en-US", 1),
        ("Hang up and redial, I lost you.", "en-US", None),
        ("Just hang up and call me right back in two minutes.", "en-US", 2),
    ],
)
def test_hanging_up_to_call_again_is_a_callback(text: str, locale: str, minutes: int | None) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Cuelga y le marcas a tu jefe.", "es-MX", None),
        ("Ya le cuelgo, bye.", "es-MX", "end_call"),
        ("Te cuelgo, ya llegué a la caseta.", "es-MX", "end_call"),
        ("I'm hanging up now, bye.", "en-US", "end_call"),
    ],
)
def test_hanging_up_alone_or_to_call_someone_else_is_no_callback(text: str, locale: str,
                                                                 expected: str | None) -> None:
    match = detect_intent(text, locale)
    assert (match.name if match else None) == expected
