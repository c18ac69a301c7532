"""A callback asked for without a set phrase: a verb of getting in touch (addressed to the agent, or
promised by the caller) and a later moment anywhere in the turn, in whatever order and shape: a delay
with or without its unit, a day, a part of the day, a moment the caller waits for, the state they will
be in. Busy now in other words, and a later time preferred while the caller is in the middle of
something, move the call too. What only looks like it stays what it is: an arrival time, a nickname,
news about a call, a denial."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> tuple[str | None, int | None]:
    match = detect_intent(text, locale)
    return (match.name, match.minutes) if match else (None, None)


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        # the delay first, the unit left out: minutes
        ("Oye, en treinta me marcas, ahorita ando cargando.", "es-MX", 30),
        ("Mira, dentro de unos veinte me hablas, ¿va?", "es-MX", 20),
        # seconds round up to a minute
        ("En quince segunditos me buscas, nomás apago el camión.", "es-MX", 1),
        # the caller will call back
        ("En una horita yo te regreso la llamada, estoy comiendo.", "es-MX", 60),
        ("Ahorita te marco yo en cinco minutos.", "es-MX", 5),
        ("Let me finish fueling, I'll ring you back in fifteen.", "en-US", 15),
        # "gimme" is "give me"
        ("Gimme like forty minutes and I'm all yours.", "en-US", 40),
    ],
)
def test_a_delay_around_a_contact_verb_is_a_callback_with_its_minutes(text: str, locale: str, minutes: int) -> None:
    assert intent(text, locale) == ("reschedule", minutes)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # a day or a part of the day, anywhere in the turn, with other contact verbs
        ("El jueves temprano me localizas en la base.", "es-MX"),
        ("Pasado mañana búscame, hoy ando a las carreras.", "es-MX"),
        ("Ya en la nochecita me encuentras en el hotel.", "es-MX"),
        # a moment the caller waits for, or the state they will be in
        ("Nomás descargue te hablo yo.", "es-MX"),
        ("Cuando salga de la báscula me agarras con calma.", "es-MX"),
        ("Luego me agarras más desahogado, ahorita no.", "es-MX"),
        ("You'll catch me after my break, around three.", "en-US"),
        ("Try me once I'm parked at the yard.", "en-US"),
        ("I'll call you back when I'm free.", "en-US"),
        # busy now, in other words; a later day for it
        ("Estoy bien atareado con la descarga.", "es-MX"),
        ("Could we pick this up Friday? We're swamped right now.", "en-US"),
        # a later time preferred while the caller is in the middle of something
        ("Ando en la garita y se me corta la señal, mejor mañana.", "es-MX"),
        ("I'm on the interstate, better tonight.", "en-US"),
    ],
)
def test_a_contact_verb_and_a_later_moment_ask_for_a_callback(text: str, locale: str) -> None:
    assert intent(text, locale)[0] == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # an arrival is an ETA, not a callback
        ("En unos cuarenta llego a la planta.", "es-MX"),
        ("Como en dos horas estoy en el patio.", "es-MX"),
        ("I'll be at the shipper in about an hour.", "en-US"),
        # how people call the caller, or news about a call
        ("En la base me llaman el Güero.", "es-MX"),
        ("Ayer en la tarde me marcaron de tráfico.", "es-MX"),
        ("My friends call me Red.", "en-US"),
        # a denial asks for nothing
        ("No me marques en la noche, que duermo.", "es-MX"),
        ("Don't call me after nine, I'm asleep by then.", "en-US"),
        # a plan of the day
        ("El lunes temprano cargo en Querétaro.", "es-MX"),
        # someone else calls, or is called
        ("Saliendo de aquí le hablo a mi señora.", "es-MX"),
        ("Mañana temprano me marca el de la aseguradora.", "es-MX"),
        # an arrival with a courtesy call after it is the arrival
        ("Llego a las seis y te aviso, te marco.", "es-MX"),
        # what to call the caller
        ("Call me Mo, I'm done loading at four.", "en-US"),
    ],
)
def test_what_only_looks_like_a_callback_is_not_one(text: str, locale: str) -> None:
    assert intent(text, locale)[0] != "reschedule"
