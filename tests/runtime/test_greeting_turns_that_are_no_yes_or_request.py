"""Turns at the question whether the caller has a minute (and elsewhere) that sound like a yes or a request for a
person but are neither:

- "ahí está" alone: "there it is" is a verdict on a value read back; at the greeting nothing was read back, and a
  bare "ahí está" is "¿ahí está?" (are you there?) with its marks lost - the question is asked again. "Ahí está
  bien" (that's fine) and "sí, ahí está" still agree, and at a read-back "ahí está" is still a yes.
- "si se ofrece algo me hablas", "si necesitas algo me marcas": an unaccented "si" opening a condition is "if",
  no yes. "Si puedo", "si tengo tiempo" (the caller's own yes, accent lost) and "si quieres" alone still agree.
- "voy a hablar con el supervisor", "I'll check with my dispatcher": the caller's own errand, nobody asked of the
  agent. "Quiero hablar con el supervisor", "let me talk to your supervisor" still ask for one.
- "quiero hablar con el jefe de patio, pero primero te doy mis datos": the caller wants to go on first - the call
  does not end to look for a person.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import classify_yes_no, detect_intent

GREETING = "greeting"
NAME = "registration.full_name.ask"


@pytest.mark.parametrize(("locale", "turn", "step"), [
    ("es-MX", "ahí está", GREETING),
    ("es-MX", "Ahí están.", GREETING),
    ("es-MX", "ahí está bien", NAME),
    ("es-MX", "sí, ahí está", NAME),
    ("es-MX", "si se ofrece algo me hablas", GREETING),
    ("es-MX", "si necesitas algo me marcas", GREETING),
    ("es-MX", "si hay algo me avisas", GREETING),
    ("es-MX", "si puedo", NAME),
    ("es-MX", "si tengo tiempo, adelante", NAME),
    ("es-MX", "si quieres", NAME),
    ("en-US", "if you need anything call me", GREETING),
    ("es-MX", "ahí está, sí", NAME),  # what follows "ahí está" answers
    ("es-MX", "ahí está, dígame", NAME),
    ("es-MX", "ahí está, sí tengo tiempo", NAME),
    ("es-MX", "si algo así", NAME),  # "sí, algo así": a hedged yes, no "if something"
    ("es-MX", "si algo más", NAME),  # "sí, ¿algo más?"
    ("es-MX", "si tienes razón", NAME),
    ("es-MX", "si puedes seguir", NAME),
    ("es-MX", "si algo más necesitas me dices", GREETING),
])
async def test_at_the_greeting(daisy: CompiledFlow, locale: str, turn: str, step: str) -> None:
    conv = await call(daisy, locale, [turn])
    assert not conv.ended and conv.step.name == step


@pytest.mark.parametrize("text", ["Ahí está.", "Pues ahí está, ya cuadra.", "Ahí están, joven."])
def test_there_it_is_still_confirms_a_value_read_back(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == "yes"


@pytest.mark.parametrize("text", ["si algo así", "si, algo así", "si algo como a las cinco", "si algo parecido",
                                  "si algo"])
def test_yes_something_like_it_is_a_yes(text: str) -> None:
    assert classify_yes_no(text, "es-MX", approximate=True).answer == "yes"


@pytest.mark.parametrize("text", ["si tienes razón", "si, tienes toda la razón", "si puedes seguir",
                                  "si puede continuar"])
def test_a_yes_with_what_it_grants_confirms_a_read_back(text: str) -> None:
    assert classify_yes_no(text, "es-MX").answer == "yes"


@pytest.mark.parametrize(("text", "locale"), [
    ("voy a hablar con el supervisor", "es-MX"),
    ("le voy a marcar a mi despachador para ver", "es-MX"),
    ("vamos a checar con el jefe de patio", "es-MX"),
    ("I'll check with my dispatcher", "en-US"),
    ("I'm gonna talk to my boss about it", "en-US"),
    ("quiero hablar con el jefe de patio, pero primero te doy mis datos", "es-MX"),
    ("I want to talk to dispatch, but first let me give you my info", "en-US"),
])
def test_no_person_asked_of_the_agent(text: str, locale: str) -> None:
    found = detect_intent(text, locale)
    assert found is None or found.name != "human"


@pytest.mark.parametrize(("text", "locale"), [
    ("quiero hablar con el supervisor", "es-MX"),
    ("voy a hablar con el supervisor, pásame con él", "es-MX"),
    ("primero quiero hablar con el jefe de patio", "es-MX"),
    ("let me talk to your supervisor", "en-US"),
    ("I want to talk to a person first", "en-US"),
    # asked whether, or about the agent's side: no errand of the caller's own
    ("¿voy a hablar con una persona?", "es-MX"),
    ("voy a hablar con alguien de verdad o qué", "es-MX"),
    ("voy a hablar con su supervisor", "es-MX"),
    ("I'll talk to your supervisor then", "en-US"),
    ("I'm gonna talk to your manager", "en-US"),
    ("I have to talk to someone real", "en-US"),
    # the person wanted now, the data after ("ahorita": in a moment)
    ("pásame con el supervisor, ahorita te doy mis datos", "es-MX"),
    ("pásame al supervisor y ahorita seguimos", "es-MX"),
    # "primero te digo que ...", "de una vez le digo": what comes is the request, no data first
    ("de una vez te digo que quiero hablar con un supervisor", "es-MX"),
    ("primero te digo, pásame con el supervisor", "es-MX"),
    ("de una vez le digo, quiero hablar con el encargado", "es-MX"),
])
def test_a_person_asked_for_still_is(text: str, locale: str) -> None:
    found = detect_intent(text, locale)
    assert found is not None and found.name == "human"


@pytest.mark.parametrize(("locale", "opening", "turn"), [
    ("es-MX", "sí", "quiero hablar con el jefe de patio, pero primero te doy mis datos"),
    ("es-MX", "sí", "voy a hablar con el supervisor"),
    ("en-US", "yes", "I want to talk to dispatch, but first let me give you my info"),
])
async def test_the_call_goes_on(daisy: CompiledFlow, locale: str, opening: str, turn: str) -> None:
    conv = await call(daisy, locale, [opening, turn])
    assert not conv.ended and conv.step.name == NAME
