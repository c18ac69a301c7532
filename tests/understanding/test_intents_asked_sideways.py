"""Intents asked sideways: a callback with only a delay ("en diez me vuelves a hablar", "pruébale en un
ratito", "ahí me marcas", "give it another shot in five"), the question asked again in the past perfect
("¿qué me habías preguntado?", "what'd you say the question was?"), a person by shift or by handing over
the phone ("the night shift dispatcher", "pásale el teléfono a alguien de nóminas", "con él quiero
arreglarlo"), grievances said as a wait since a time, nobody showing up, an answer given before or money
that never came, and small talk about the agent's city, her pastimes and football.
Traps: someone else calling the caller, a number or an office instead of a time, the past "le pasé el
teléfono", a city of the load, "I never showed up late", "what did you say the plate was" keep their meaning.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def found(text: str, locale: str) -> tuple[str | None, int | None]:
    match = detect_intent(text, locale)
    return (match.name, match.minutes) if match else (None, None)


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Ando en la báscula, en diez me vuelves a hablar.", "es-MX", 10),
        ("Me vuelve a hablar en quince, por favor.", "es-MX", 15),
        ("Pruébale en unos cinco minutos, que voy en el túnel.", "es-MX", 5),
        ("Intentelo más tarde, señorita.", "es-MX", None),
        ("Me faltan como cuarenta minutos para descargar, ahí me hablas.", "es-MX", 40),
        ("Es media hora lo que tardo en salir, entonces me marcas.", "es-MX", 30),
        ("Give it another shot in five minutes, I'm losing you.", "en-US", 5),
        ("Try back in about fifteen, I'm at the scale.", "en-US", 15),
        ("Dame chance de cinco y me vuelves a marcar.", "es-MX", 5),
        ("I need about fifteen more minutes, then call me.", "en-US", 15),
    ],
)
def test_callback_asked_with_only_a_delay(text: str, locale: str, minutes: int | None) -> None:
    assert found(text, locale) == ("reschedule", minutes)


@pytest.mark.parametrize(
    ("text", "locale", "intent"),
    [
        # the question asked again
        ("Perdón, se me fue la onda, ¿qué me había preguntado?", "es-MX", "repeat"),
        ("Ya, ya, ¿qué era lo que me habías dicho?", "es-MX", "repeat"),
        ("Hold on, what did you say the question was?", "en-US", "repeat"),
        ("Sorry, what'd you say it was again?", "en-US", "repeat"),
        # a person by shift or rank, or the phone handed over
        ("Put me on with the overnight supervisor.", "en-US", "human"),
        ("Can I talk to the weekend dispatcher?", "en-US", "human"),
        ("Get the on call manager on the phone.", "en-US", "human"),
        ("Pásale la llamada al supervisor de guardia.", "es-MX", "human"),
        ("Dale el teléfono a alguien de nóminas, porfa.", "es-MX", "human"),
        ("¿Y la jefa de tráfico? Con ella prefiero arreglarlo.", "es-MX", "human"),
        ("¿Está el de guardia? Con él quiero hablar.", "es-MX", "human"),
        ("Hand the phone to someone in HR.", "en-US", "human"),
        ("Let me talk to the shift lead.", "en-US", "human"),
        # grievances
        ("Seguimos en el patio desde las cinco y nadie ha salido.", "es-MX", "complaint"),
        ("Ya van horas y no ha llegado nadie a descargar.", "es-MX", "complaint"),
        ("Todavía estoy en la rampa desde temprano.", "es-MX", "complaint"),
        ("Ya le respondí eso ahorita, ¿qué no lo apuntaste?", "es-MX", "complaint"),
        ("Eso ya se lo había dicho, ¿qué no lo anota?", "es-MX", "complaint"),
        ("I already answered that, didn't you write it down?", "en-US", "complaint"),
        ("The lumper never showed up and I've got no sign of the receiver.", "en-US", "complaint"),
        ("My layover pay still hasn't come through.", "en-US", "complaint"),
        ("Llevamos aquí en la rampa desde la madrugada.", "es-MX", "complaint"),
        ("We've been parked here at the receiver since five.", "en-US", "complaint"),
        ("You asked me that one already.", "en-US", "complaint"),
        ("El reembolso de las casetas todavía no me ha caído.", "es-MX", "complaint"),
        # small talk
        ("Usted suena muy joven, ¿en qué estado vive usted?", "es-MX", "off_topic"),
        ("¿Tienes algún pasatiempo?", "es-MX", "off_topic"),
        ("Oiga, ¿quién ganó el clásico anoche?", "es-MX", "off_topic"),
        ("¿A qué equipo le vas tú?", "es-MX", "off_topic"),
        ("What do you do in your spare time?", "en-US", "off_topic"),
        ("Do you follow football at all?", "en-US", "off_topic"),
        ("How about them Cowboys, huh?", "en-US", "off_topic"),
        ("Are you a Dodgers fan?", "en-US", "off_topic"),
        ("¿Viste la pelea del sábado?", "es-MX", "off_topic"),
        ("¿Y usted de dónde es?", "es-MX", "off_topic"),
    ],
)
def test_intent_asked_sideways(text: str, locale: str, intent: str) -> None:
    assert found(text, locale)[0] == intent


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mi compañero me vuelve a hablar en la tarde.", "es-MX"),
        ("Ahí me llama mi jefe en un rato.", "es-MX"),
        ("Le pasé el teléfono al supervisor y no contestó.", "es-MX"),
        ("Mejor pásale el teléfono a mi esposa.", "es-MX"),
        ("Sigo en la caseta, llego en una hora.", "es-MX"),
        ("Estoy en Saltillo desde ayer, llego mañana.", "es-MX"),
        ("¿En qué ciudad está la entrega?", "es-MX"),
        ("No lo anotes todavía.", "es-MX"),
        ("Sí, ya te lo contesté.", "es-MX"),
        ("Ya te lo contesté, es el 4521.", "es-MX"),
        ("I never showed up late.", "en-US"),
        ("The load came through fine.", "en-US"),
        ("The night shift starts at nine.", "en-US"),
        ("I'll give it a shot.", "en-US"),
        ("Yeah, I already answered that.", "en-US"),
        ("I've been driving since four.", "en-US"),
        ("Llevo manejando desde las seis, llego al rato.", "es-MX"),
        ("¿De dónde es la carga?", "es-MX"),
        ("La semana no ha llegado, apenas es lunes.", "es-MX"),
    ],
)
def test_same_words_meaning_something_else(text: str, locale: str) -> None:
    assert found(text, locale) == (None, None)


def test_callback_to_another_number_is_not_a_delay_asked() -> None:
    assert found("Ahí me marcas al otro número.", "es-MX")[0] != "reschedule"
    assert found("Try back at the office.", "en-US")[0] != "reschedule"



@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿De qué ciudad me hablan ustedes?", "es-MX"),
        ("Oiga, ¿de dónde me están llamando?", "es-MX"),
        ("¿Y dónde queda su oficina?", "es-MX"),
        ("¿Dónde están ubicados ustedes?", "es-MX"),
        ("¿Cómo se llama la empresa de ustedes? ¿Cuál es su empresa?", "es-MX"),
        ("Where y'all calling me from?", "en-US"),
        ("What town are you guys based in?", "en-US"),
        ("Where's your headquarters at?", "en-US"),
    ],
)
def test_where_the_agents_side_calls_from_is_off_topic(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "off_topic"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Estoy en la oficina de Saltillo, ahí me dieron la carga.", "es-MX"),
        ("I'm running out of the Dallas office.", "en-US"),
    ],
)
def test_trap_the_callers_own_office_is_no_question(text: str, locale: str) -> None:
    assert detect_intent(text, locale) is None
