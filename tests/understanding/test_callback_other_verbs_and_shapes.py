"""A callback asked for with other verbs than "llamar": the call named by a noun ("échame un
telefonazo", "give me a shout"), the verb in the infinitive after a request ("¿puedes marcarme...?"),
trying again ("inténtale de nuevo"), the time given before the call ("dame diez y me buscas"), a moment
once something is past ("ya terminando de descargar"), or a later time that suits the caller better.
A callback outranks the bad line that explains it. What only looks like one stays what it is: an
arrival, someone else calling, a hold of a minute."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> tuple[str | None, int | None]:
    match = detect_intent(text, locale)
    return (match.name, match.minutes) if match else (None, None)


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        # the call said as a noun
        ("Estoy en la báscula, échame un telefonazo en diez minutos.", "es-MX", 10),
        ("¿Me das un timbrazo dentro de una hora? Ando descargando.", "es-MX", 60),
        ("Give me a shout in fifteen minutes, I'm fueling.", "en-US", 15),
        # the infinitive after a request
        ("¿Puedes marcarme en cuarenta minutos? Ando manejando.", "es-MX", 40),
        ("No se te olvide, favor de hablarme en dos horas.", "es-MX", 120),
        # trying again
        ("Ahorita no puedo, inténtale de nuevo en quince minutos.", "es-MX", 15),
        ("Vuelve a marcar en media hora, estoy en la aduana.", "es-MX", 30),
        # the time first, then the call, the unit left out
        ("Ando cenando, dame diez y me buscas.", "es-MX", 10),
        ("Gimme 25 and call me.", "en-US", 25),
        # the caller promises the call, named by a noun
        ("Yo te echo un fonazo en una hora, ¿sale?", "es-MX", 60),
        ("I'll give you a holler in forty minutes.", "en-US", 40),
    ],
)
def test_other_verbs_with_a_delay_are_a_callback_with_its_minutes(text: str, locale: str, minutes: int) -> None:
    assert intent(text, locale) == ("reschedule", minutes)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # a moment once something is past
        ("Márcame ya terminando de descargar, ahorita no.", "es-MX"),
        ("Localízame pasando la garita, que aquí no hay señal.", "es-MX"),
        # a later time that suits the caller better
        ("El viernes en la tarde me queda mejor, la verdad.", "es-MX"),
        ("Tonight would work better for me.", "en-US"),
        ("Monday afternoon is better for us.", "en-US"),
    ],
)
def test_a_later_moment_with_another_shape_is_a_callback(text: str, locale: str) -> None:
    assert intent(text, locale)[0] == "reschedule"


@pytest.mark.parametrize(
    ("text", "locale", "minutes"),
    [
        ("Casi no te escucho, aquí no hay cobertura; mejor márcame en veinte minutos.", "es-MX", 20),
        ("I can't hear you, I'm in a dead zone. Call me back in thirty minutes.", "en-US", 30),
    ],
)
def test_a_callback_outranks_the_bad_line_that_explains_it(text: str, locale: str, minutes: int) -> None:
    assert intent(text, locale) == ("reschedule", minutes)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        # an arrival, whatever the shape of the time
        ("Llego pasando la comida, como a las tres.", "es-MX"),
        ("Dame veinte minutos y llego a la planta.", "es-MX"),
        ("I'll get there tomorrow morning, that works better for me.", "en-US"),
        # someone else calls
        ("Mi compadre me echa un grito en la noche.", "es-MX"),
        ("Me acomoda mejor llegar a las seis.", "es-MX"),
        ("Llego a las cinco y te echo un grito.", "es-MX"),
        # a call to someone else
        ("I'll give a call to my dispatcher in an hour.", "en-US"),
        # a hold, not a callback
        ("Dame un segundo.", "es-MX"),
        # the past: news
        ("Ayer me echaron un telefonazo de la oficina.", "es-MX"),
    ],
)
def test_what_only_looks_like_a_callback_is_not_one(text: str, locale: str) -> None:
    assert intent(text, locale)[0] != "reschedule"
