"""Money grievances in more shapes: paid only a part ("nomás me depositaron la mitad del viaje", "they only
deposited half my settlement"), charged for what the caller paid himself ("me descontaron una caseta que pagué yo
de mi bolsa", "docked me for a toll I paid myself"), the pay short with its "is" run into it ("my settlement's short
again") and the money still not arriving, the verb first ("todavía no me cae el depósito"). A complaint even when
said with a question after it ("¿cómo está eso?"). An arrangement ("la mitad y el resto el viernes"), a charge only
told ("they charged me the fee and I paid it") or when the money comes ("no me cae hasta el viernes") are none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Nomás me depositaron la mitad del viaje, ¿cómo está eso?", "es-MX"),
        ("Me pagaron nomás la mitad del flete.", "es-MX"),
        ("Solo nos depositaron una parte, jefa.", "es-MX"),
        ("They only deposited half my settlement, what's up with that?", "en-US"),
        ("I just got half my check this week.", "en-US"),
    ],
)
def test_paid_only_a_part_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí soy yo, y qué bueno que hablan, me descontaron una caseta que pagué yo de mi bolsa.", "es-MX"),
        ("Me cobraron el diésel que ya pagué.", "es-MX"),
        ("Nos descontaron las maniobras que pagamos nosotros.", "es-MX"),
        ("They docked me for a toll I paid myself.", "en-US"),
        ("Charged me for the lumper I already paid.", "en-US"),
    ],
)
def test_charged_for_what_the_caller_paid_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("My settlement's short again, third week in a row.", "en-US"),
        ("The check's light again.", "en-US"),
        ("Todavía no me cae el depósito, ¿qué pasó?", "es-MX"),
        ("Aún no me llega el anticipo.", "es-MX"),
    ],
)
def test_pay_short_or_still_not_arriving_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me pagaron la mitad y el resto el viernes.", "es-MX"),
        ("No me cae el pago hasta el viernes.", "es-MX"),
        ("They charged me the fee and I paid it.", "en-US"),
    ],
)
def test_an_arrangement_or_a_charge_told_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"
