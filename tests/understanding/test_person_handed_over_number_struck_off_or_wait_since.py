"""A person asked for with a word between the verb and "con" ("pásame mejor con el despachador"), as a
pronoun joined to the verb once named ("con el de tráfico lo arreglo, pásamelo"), or by a kind of
person who would attend the caller ("¿no habrá un joven que me atienda?"); the number struck off the
calls ("este teléfono dénlo de baja", "sáquenme de sus llamadas"); and a wait with its start said first
("desde las seis estamos parados en la aduana", "since five this morning I've been waiting at the
gate"). Traps: a pronoun verb asking for a thing, news of a person spoken to, a start said of another
thing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("Pásame mejor con el despachador, por favor.", "es-MX", "human"),
        ("Comunícame ahorita con la supervisora.", "es-MX", "human"),
        ("Con el de tráfico lo arreglo yo, pásamelo.", "es-MX", "human"),
        ("Comuníquemelo con el encargado de patio.", "es-MX", "human"),
        ("¿No habrá un joven de la oficina que me atienda?", "es-MX", "human"),
        ("¿No tiene una señora de carne y hueso que me pueda ayudar?", "es-MX", "human"),
        ("Este teléfono dénlo de baja, por favor.", "es-MX", "end_call"),
        ("Sáquenme de sus llamadas, ya no quiero nada.", "es-MX", "end_call"),
        ("Den de baja mi número.", "es-MX", "end_call"),
        ("Desde las seis estamos parados en la aduana.", "es-MX", "complaint"),
        ("Desde la madrugada aquí formado en el andén.", "es-MX", "complaint"),
        ("Since five this morning I've been waiting at the gate.", "en-US", "complaint"),
    ],
)
def test_the_request_is_understood(text: str, locale: str, intent: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == intent


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        ("El correo del despachador, pásamelo por mensaje.", "es-MX", "human"),
        ("Ya hablé con la de nóminas y me pasó el dato.", "es-MX", "human"),
        ("Desde las seis le marqué a mi esposa.", "es-MX", "complaint"),
        ("Dieron de baja la unidad anterior, ahora traigo la 208.", "es-MX", "end_call"),
        # help with the load, no person asked for
        ("Estoy esperando a un muchacho que me ayude a descargar, llego en una hora.", "es-MX", "human"),
        ("Ahí viene un señor que me ayude con la carga.", "es-MX", "human"),
    ],
)
def test_the_trap_is_not_that_request(text: str, locale: str, intent: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != intent
