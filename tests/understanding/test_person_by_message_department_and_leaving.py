"""A person asked for through a message for them ("avísale al supervisor que me marque"), by the
department they sit in ("somebody in billing who can help me"), or as the one to take the matter up
with ("prefiero arreglarlo con el despachador"); and leaving said as the goodbye ("ya te dejo, me
están llamando a la rampa", "gotta run, they're waving me in"). Each with the turns that only look like
it: a message for the caller's family, news about a department, something left with the agent, a run
that is a trip."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def name_of(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Avísale al supervisor que me marque, es urgente.", "es-MX"),
        ("Pídele a la licenciada de liquidaciones que me llame hoy.", "es-MX"),
        ("Dígale al encargado Ramiro que me hable cuando pueda.", "es-MX"),
        ("Quiero que el de tráfico me llame, con él lo arreglo.", "es-MX"),
        ("Prefiero arreglarlo con el despachador, no contigo.", "es-MX"),
        ("¿No hay alguien de facturación que me pueda ayudar?", "es-MX"),
        ("Is there someone in billing who can help me out?", "en-US"),
        ("Anybody from accounting I could talk to real quick?", "en-US"),
        ("Tell your dispatcher to give me a call.", "en-US"),
        ("Ask payroll to call me back, please.", "en-US"),
        ("Can you get somebody from payroll on the line?", "en-US"),
        ("Quiero hablar con Chela de liquidaciones.", "es-MX"),
        ("Could I get a hold of somebody in safety?", "en-US"),
    ],
)
def test_a_person_asked_for_by_message_or_department_is_a_request_for_a_human(text: str, locale: str) -> None:
    assert name_of(text, locale) == "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Dile a mi esposa que me hable, porfa.", "es-MX"),  # the caller's family, nobody at the company
        ("La contadora me habló ayer por lo del bono.", "es-MX"),  # news
        ("Ya lo traté con el supervisor la semana pasada.", "es-MX"),
        ("Quiero tratarlo con calma, sin prisas.", "es-MX"),
        ("Payroll called me yesterday about it.", "en-US"),
        ("Ya hablé con Chela de liquidaciones ayer.", "es-MX"),
        ("Somebody from billing told me to wait.", "en-US"),
        ("I'll tell dispatch to call me when it's loaded.", "en-US"),
        ("I want to transfer money to my card.", "en-US"),
    ],
)
def test_family_news_and_plans_are_not_a_request_for_a_human(text: str, locale: str) -> None:
    assert name_of(text, locale) != "human"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya te dejo, me están llamando a la rampa.", "es-MX"),
        ("Bueno, le dejo porque ya me toca descargar.", "es-MX"),
        ("Órale, los dejo trabajar.", "es-MX"),
        ("Ahí la dejamos por hoy, gracias.", "es-MX"),
        ("Te dejo.", "es-MX"),
        ("Gotta run, they're waving me in.", "en-US"),
        ("I have to head out now, sorry.", "en-US"),
        ("Need to jump, bye.", "en-US"),
    ],
)
def test_leaving_said_as_the_goodbye_ends_the_call(text: str, locale: str) -> None:
    assert name_of(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Te dejo mi correo: es pedro punto ruiz arroba gmail punto com.", "es-MX"),  # something left with her
        ("Le dejo el número de la caja, es el cuatro cinco dos.", "es-MX"),
        ("La dejo en la rampa cuatro y me voy a comer.", "es-MX"),  # the trailer, left at a ramp
        ("No te dejo de llamar porque me dijeron que era urgente.", "es-MX"),
        ("I gotta run the trailer over to door five first.", "en-US"),  # a run that is a trip
        ("I need to run the numbers on that load.", "en-US"),
    ],
)
def test_something_left_or_a_run_somewhere_is_not_a_goodbye(text: str, locale: str) -> None:
    assert name_of(text, locale) != "end_call"
