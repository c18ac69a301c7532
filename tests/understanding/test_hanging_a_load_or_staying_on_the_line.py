""""Colgar" is the trucker's word for hitching a trailer or putting up a tarp ("ya colgamos la lona", "voy a colgar
la caja y te digo"), and a hang-up denied keeps the caller on the line ("no te voy a colgar", "don't hang up"):
neither ends the call, and the "no" of a denied hang-up answers no question. Hanging up the phone or the call, or a
goodbye said beside the load, still ends it."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no, detect_intent


def heard(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya colgamos la lona", "es-MX"),
    ("voy a colgar la caja y te digo", "es-MX"),
    ("ya cuelgo la caja, ¿qué más?", "es-MX"),
    ("Le colgué el remolque al tractor hace rato", "es-MX"),
    ("Ahorita cuelgo la otra caja", "es-MX"),
    ("No te voy a colgar", "es-MX"),
    ("no me cuelgues, ahorita te digo", "es-MX"),
    ("No le cuelgue, por favor", "es-MX"),
    ("Don't hang up, I'm getting the number", "en-US"),
    ("I'm not hanging up on you", "en-US"),
    ("hold on, don't hang up", "en-US"),
])
def test_a_load_hung_or_a_hang_up_denied_is_no_goodbye(text: str, locale: str) -> None:
    assert heard(text, locale) != "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("ya te cuelgo", "es-MX"),
    ("te cuelgo la llamada", "es-MX"),
    ("te voy a colgar", "es-MX"),
    ("adiós", "es-MX"),
    ("Ya colgamos la lona, bueno, adiós", "es-MX"),
    ("I'm hanging up", "en-US"),
    ("I'll hang up now", "en-US"),
    ("bye", "en-US"),
])
def test_hanging_up_the_call_still_ends_it(text: str, locale: str) -> None:
    assert heard(text, locale) == "end_call"


@pytest.mark.parametrize(("text", "locale"), [
    ("No te voy a colgar", "es-MX"),
    ("no me cuelgues", "es-MX"),
    ("don't hang up", "en-US"),
])
def test_a_denied_hang_up_answers_no_question(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(("text", "locale"), [("no", "es-MX"), ("no, es otro", "es-MX"), ("nope", "en-US"),
                                              ("no, that's wrong", "en-US")])
def test_a_plain_no_stays_a_no(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "no"


@pytest.mark.parametrize(("text", "locale"), [
    ("ya te cuelgo mi amigo", "es-MX"),
    ("bueno, le cuelgo, mi estimado", "es-MX"),
    ("ya le cuelgo mi jefe, gracias", "es-MX"),
    ("te cuelgo un momento y luego me marcas", "es-MX"),
    ("ahí le cuelgo su llamada", "es-MX"),
])
def test_hanging_up_on_a_person_addressed_still_ends_the_call(text: str, locale: str) -> None:
    """"Mi amigo", "mi estimado" after the hang-up is the person spoken to, no trailer or tarp hitched."""
    assert heard(text, locale) in ("end_call", "reschedule")


@pytest.mark.parametrize("text", ["ya colgamos la otra caja", "le colgué el remolque", "ahorita cuelgo la lona",
                                  "voy a colgar la segunda caja y te digo"])
def test_a_trailer_or_a_tarp_hung_is_still_no_goodbye(text: str) -> None:
    assert heard(text, "es-MX") != "end_call"
