"""A callback asked for with its delay in more shapes: counted "de aquí a una hora", a span said first and
the call after it with words between ("aguántame cuarenta minutitos y ahí sí me buscas", "cuarto de hora
y me hablas"), the caller's own call with the subject inside it ("te devuelvo yo la llamada"), an hour and
minutes without the minutes' unit ("an hour and fifteen"), a delay taken back in the same breath ("en una
hora... no, mejor en dos": the last one said, keeping the first one's unit), and a later time said to
suit the caller set against how worn out he is now ("tomorrow morning works, I'm beat right now")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent
from daisy_engine.understanding.times import extract_time


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Espérame unos veinte minutos y ya luego me marcas.", "es-MX", 20),
        ("Aguántame una hora y ahí me hablas otra vez.", "es-MX", 60),
        ("Dame media hora y entonces ya me llamas.", "es-MX", 30),
        ("Un cuarto de hora y me vuelves a marcar, ando en la báscula.", "es-MX", 15),
        ("Hora y media y me buscas, ahorita ando descargando.", "es-MX", 90),
        ("Márcame de aquí a dos horas, que ando en el patio.", "es-MX", 120),
        ("De aquí a media hora me hablas, porfa.", "es-MX", 30),
        ("En diez minutos le regreso yo la llamada.", "es-MX", 10),
        ("Háblame en una hora y quince, estoy en la aduana.", "es-MX", 75),
        ("Call me in an hour and twenty, I'm at the dock.", "en-US", 80),
        ("Espérame diez minutitos y ahí sí me localizas.", "es-MX", 10),
        ("Cuarto de hora y me buscas, ando firmando.", "es-MX", 15),
        ("Te regreso yo la llamada en veinte minutos.", "es-MX", 20),
        ("Try me again in an hour and ten.", "en-US", 70),
    ],
)
def test_the_delay_said_in_other_shapes_is_a_callback_with_its_minutes(text: str, locale: str,
                                                                     minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Llámame en diez minutos, no, mejor en veinte.", "es-MX", 20),
        ("Márcame en dos horas... no, perdón, en tres.", "es-MX", 180),
        ("Márcame en media hora, mejor en cuarenta.", "es-MX", 40),
        ("Ring me in twenty minutes, actually, make it thirty.", "en-US", 30),
        ("Give me a call in an hour, no wait, make it two.", "en-US", 120),
        ("Call me in two hours, no, forty five minutes.", "en-US", 45),
        ("Márcame en una hora, no, mejor en dos, por favor.", "es-MX", 120),
        ("Call me in an hour, no, make it two please.", "en-US", 120),
        ("Márcame en una hora, no, mejor en dos, ahorita estoy cargando.", "es-MX", 120),
        # the first delay said without its unit: minutes, and the one said again too
        ("Call me in ten, no, make it twenty.", "en-US", 20),
        ("Ring me in fifteen, no wait, in forty five.", "en-US", 45),
        ("Llámame en diez, no, mejor en veinte.", "es-MX", 20),
        ("Búscame en unos quince, no, mejor en treinta minutos.", "es-MX", 30),
    ],
)
def test_a_delay_taken_back_in_the_same_breath_is_the_one_said_last(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        # a "no" that takes back no delay: the first stands
        ("Llámame en una hora, no tengo dos cargas hoy.", "es-MX", 60),
        ("Márcame en una hora, no más.", "es-MX", 60),
        ("Call me in an hour, no sooner.", "en-US", 60),
        # a count of something else after the "no": no delay said again
        ("Llámame en una hora, no, dos cajas me faltan de descargar.", "es-MX", 60),
        ("Call me in an hour, no, two more loads to go.", "en-US", 60),
        ("Call me in ten, no, two loads left.", "en-US", 10),
        ("Háblame en diez, no tengo 2 cargas.", "es-MX", 10),
    ],
)
def test_a_no_that_takes_back_no_delay_keeps_the_first(text: str, locale: str, minutes: int) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"
    assert match.minutes == minutes


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mañana temprano me queda bien, ahorita ando muerto.", "es-MX"),
        ("El sábado me acomoda, ahorita vengo bien desvelado.", "es-MX"),
        ("Friday works, I'm exhausted right now.", "en-US"),
        ("Tonight would be good, I'm wiped out.", "en-US"),
        ("Mañana temprano me queda bien, ahorita no.", "es-MX"),
    ],
)
def test_a_later_time_that_suits_set_against_now_is_a_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is not None and match.name == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Espérame tantito.", "es-MX"),  # a hold
        ("Espérame un minuto, ya vengo.", "es-MX"),
        ("Llego de aquí a una hora.", "es-MX"),  # an arrival
        ("Mañana está bien.", "es-MX"),  # nothing set against now
        ("Tomorrow morning works for the delivery.", "en-US"),
        # where the caller is now, said beside a time that suits: a time confirmed, nothing moved
        ("Mañana a las ocho está bien, ahorita ando en Querétaro.", "es-MX"),
        ("Tomorrow at 8 works, I'm in Dallas right now.", "en-US"),
        # "está bien" said of something else than the time: the data promised for tomorrow
        ("Sí, está bien, ahorita no tengo más datos, mañana te los paso.", "es-MX"),
        ("Ahorita no sé, mañana te digo, está bien.", "es-MX"),
    ],
)
def test_holds_arrivals_and_a_time_that_suits_alone_ask_no_callback(text: str, locale: str) -> None:
    match = detect_intent(text, locale)
    assert match is None or match.name != "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Llego en una hora y quince.", "es-MX", "09:45"),
        ("De aquí a dos horas ya estoy ahí.", "es-MX", "10:30"),
        ("Como de aquí a media hora.", "es-MX", "09:00"),
        ("About an hour and ten, I'd say.", "en-US", "09:40"),
    ],
)
def test_an_hour_and_minutes_or_a_span_from_here_is_an_arrival_too(text: str, locale: str, expected: str) -> None:
    assert extract_time(text, locale, {"now": "08:30"}) == expected
