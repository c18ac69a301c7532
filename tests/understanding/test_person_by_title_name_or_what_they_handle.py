"""A person asked for by title and name ("con la señorita Ofelia de tráfico", "con don Chema"), by what the person
handles ("con quien lleve mis liquidaciones", "whoever handles my settlements", "the guy who does payroll"), or
named first with the matter to take up as a wish ("con el jefe de patio quiero arreglar esto"). Traps: news of
such a person, the caller's own errand with them ("con mi jefe tengo que checarlo primero", "I'll talk to
dispatch when I get there"), a matter for another time."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(("text", "locale"), [
    ("¿Me puedes enlazar con la señorita Ofelia de tráfico?", "es-MX"),
    ("Pásame con la señorita Ofelia, por favor.", "es-MX"),
    ("Comunícame con don Chema.", "es-MX"),
    ("Con el jefe de patio quiero arreglar esto, ¿está por ahí?", "es-MX"),
    ("Con la encargada de nóminas quisiera ver esto.", "es-MX"),
    ("Quiero hablar con quien lleve mis liquidaciones.", "es-MX"),
    ("Pásame con el que ve lo de los pagos.", "es-MX"),
    ("I need to talk to whoever handles my settlements.", "en-US"),
    ("Can I speak to the guy who does payroll?", "en-US"),
    ("Put me through to whoever's in charge of billing.", "en-US"),
])
def test_the_person_is_asked_for(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("Ya hablé con la señorita Ofelia de tráfico.", "es-MX"),
    ("La señorita Ofelia me dijo que llegara a las cinco.", "es-MX"),
    ("Con mi jefe tengo que checarlo primero.", "es-MX"),
    ("Con el supervisor quiero arreglarlo mañana.", "es-MX"),
    ("Voy con el que lleva la carga.", "es-MX"),
    ("Whoever handles settlements told me to call.", "en-US"),
    ("I talked to the lady who handles billing.", "en-US"),
    ("I'll talk to dispatch when I get there.", "en-US"),
    ("I'll talk to the guy who runs the dock when I get there.", "en-US"),
])
def test_news_or_the_callers_own_errand_asks_for_nobody(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "human"
