"""Only a part of something that is no money is no pay complaint: "I just got half way through Dallas", "they only
gave me half the load", "I just paid part of the lumper" (the caller paying), "solo me dieron la mitad de los
papeles", "nomás me llegó una parte de la carga". Paid only a part is still one ("they only deposited half my
settlement", "I just got half my check", "nomás me depositaron la mitad del viaje", "nomás me dieron la mitad del
pago"). And a question about the appointment, the load or the address sent ("¿ya me mandaron lo de la cita?") is no
question about money; "¿ya llegó lo de las maniobras?" still is."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import asked_about, detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I just got half way through Dallas, so like two hours.", "en-US"),
        ("Yeah, I just got part of my load off.", "en-US"),
        ("They only gave me half the load, the rest tomorrow.", "en-US"),
        ("I just received part of the paperwork.", "en-US"),
        ("I just paid part of the lumper, they want cash.", "en-US"),
        ("We only got a third of the pallets on.", "en-US"),
        ("Solo me dieron la mitad de los papeles.", "es-MX"),
        ("Nomás me llegó una parte de la carga.", "es-MX"),
        ("Nomás me mandaron la mitad de las fotos.", "es-MX"),
    ],
)
def test_a_part_of_something_else_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("They only deposited half my settlement.", "en-US"),
        ("They just paid me half.", "en-US"),
        ("I only got half my check this week.", "en-US"),
        ("I just received part of my pay.", "en-US"),
        ("Nomás me depositaron la mitad del viaje.", "es-MX"),
        ("Nomás me dieron la mitad del pago.", "es-MX"),
        ("Solo me mandaron una parte de los viáticos.", "es-MX"),
        ("Nomás me dieron la mitad.", "es-MX"),
    ],
)
def test_paid_only_a_part_is_still_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Ya me mandaron lo de la cita?", "es-MX"),
        ("¿Ya salió lo de la descarga?", "es-MX"),
        ("¿Ya me pasaron lo de la dirección?", "es-MX"),
        ("¿Ya llegó lo de la carta porte?", "es-MX"),
        ("Did you check the load posted?", "en-US"),
        ("Did they check the trailer dropped?", "en-US"),
    ],
)
def test_something_else_sent_asked_after_is_no_money(text: str, locale: str) -> None:
    assert asked_about(text, locale) != "money"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Ya llegó lo de las maniobras?", "es-MX"),
        ("¿Ya me cayó lo del diésel?", "es-MX"),
        ("¿Ya me mandaron lo de las casetas?", "es-MX"),
        ("Did my check clear?", "en-US"),
        ("Did the check come in?", "en-US"),
    ],
)
def test_money_asked_after_is_still_money(text: str, locale: str) -> None:
    assert asked_about(text, locale) == "money"
