"""Complaints about where the caller is sent and what he is given: a place without the basics ("el patio de
Tultitlán no tiene ni baño", "that yard doesn't even have a bathroom"), a thing of theirs said to be awful ("está
de la fregada", "this yard is a dump"), being ignored or strung along ("en el taller me ignoran", "the shop ignores
me"), and a deduction for what the caller paid himself asked as a question ("¿por qué me descontaron la caseta si
yo la pagué con mi dinero?"): a grievance in question form is no off-topic question. The weather or the line said
to be awful, the caller's own lack ("I don't have water with me"), a bare question for a bathroom and "lo ignoro"
(I don't know) are none."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí soy yo, y de una vez te digo que el patio de Tultitlán no tiene ni baño, está de la fregada.", "es-MX"),
        ("En la bodega de Pesquería no hay ni agua para los operadores.", "es-MX"),
        ("El cedis no tiene baños y nos hacen esperar horas.", "es-MX"),
        ("Ni agua hay en ese patio.", "es-MX"),
        ("Yeah it's me, and that yard in Laredo doesn't even have a bathroom.", "en-US"),
        ("There's not even a restroom at this dock.", "en-US"),
        ("They don't even have a porta potty here.", "en-US"),
        ("No restrooms at the warehouse, nothing.", "en-US"),
    ],
)
def test_a_place_without_the_basics_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Está de la fregada el patio de Tultitlán.", "es-MX"),
        ("La regadera del cedis está hecha un asco.", "es-MX"),
        ("This yard is a dump, honestly.", "en-US"),
        ("That trailer's a disgrace.", "en-US"),
    ],
)
def test_a_thing_of_theirs_said_to_be_awful_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("La caja que me asignaron tiene las luces fundidas y en el taller me ignoran.", "es-MX"),
        ("Reporté la falla y nomás me dan largas.", "es-MX"),
        ("En mantenimiento me ignoraron toda la semana.", "es-MX"),
        ("The trailer they gave me has busted lights and the shop ignores me.", "en-US"),
        ("My dispatcher keeps ignoring me.", "en-US"),
        ("They keep giving me the runaround about the brakes.", "en-US"),
    ],
)
def test_being_ignored_or_strung_along_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("¿Por qué me descontaron la caseta si yo la pagué con mi dinero?", "es-MX"),
        ("¿Por qué me cobraron la maniobra si yo la cubrí?", "es-MX"),
        ("Me cobraron el diésel y lo pagué con mi tarjeta.", "es-MX"),
        ("Me descontaron las casetas cuando ya las pagué yo.", "es-MX"),
        ("Why did you dock me for the toll if I paid it myself?", "en-US"),
        ("Why'd they dock me for the scale ticket when I paid out of my own pocket?", "en-US"),
    ],
)
def test_a_deduction_for_what_the_caller_paid_asked_why_is_a_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("El clima está de la fregada.", "es-MX"),
        ("Lo ignoro, la verdad.", "es-MX"),
        ("No hay ni modo, llego a las cinco.", "es-MX"),
        ("No tengo ni idea.", "es-MX"),
        ("I don't have water with me.", "en-US"),
        ("I don't even have water on me.", "en-US"),
        ("Just ignore me, I was talking to my kid.", "en-US"),
    ],
)
def test_weather_own_lack_or_not_knowing_is_no_complaint(text: str, locale: str) -> None:
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Está de la fregada la fila en la garita, llego como a las 5.", "es-MX"),
        ("El puente está de la fregada, llego en tres horas.", "es-MX"),
        ("La aduana estuvo de la patada, como a las 6.", "es-MX"),
        ("Llego a las 6, la sierra está de terror.", "es-MX"),
        ("Sí, gracias. La fila en la báscula está de terror.", "es-MX"),
        ("La cosa está de la fregada, pero llego a las 6.", "es-MX"),
        ("Sí, y la caseta estaba de la fregada.", "es-MX"),
        ("Yes all good, the border crossing is a nightmare though.", "en-US"),
    ],
)
def test_a_crossing_or_a_queue_on_the_way_said_to_be_awful_is_no_complaint(text: str, locale: str) -> None:
    # the border, customs, a weigh station or the sierra are nobody's at the company: news of the trip
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Me dijeron en la bodega que no tienen lugar hasta las 3, entonces llego a las 3.", "es-MX"),
        ("En la planta no tienen espacio, me dijeron que llegara a las 5.", "es-MX"),
        ("Como a las 5, el patio no tiene lugar ahorita.", "es-MX"),
        ("About 5, the dock has no place to park so I'll wait outside.", "en-US"),
        ("About 5, is there no bathroom at the yard?", "en-US"),
    ],
)
def test_a_place_with_no_room_yet_or_asked_for_a_bathroom_is_no_complaint(text: str, locale: str) -> None:
    # "no tienen lugar" is no room to take the load yet: why the caller comes later, not a grievance
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mi esposa está de la fregada del hospital, llego a las 5.", "es-MX"),
        ("A las 5, el celular está de la fregada.", "es-MX"),
        ("A las 5, la llanta está de la fregada.", "es-MX"),
        ("A las 5, la gasolinera estaba de la fregada.", "es-MX"),
        ("Ando de la fregada del cansancio, pero llego a las 5.", "es-MX"),
        ("A las 5, el restaurante no tiene ni baño.", "es-MX"),
        ("A las 5, en la caseta no hay ni luz.", "es-MX"),
        ("Como a las 5, no hay ni lugar donde parar en el camino.", "es-MX"),
        ("Llego a las 5, si no me ignoran en la báscula.", "es-MX"),
        ("5 pm, the restaurant doesn't even have a bathroom.", "en-US"),
    ],
)
def test_the_callers_own_things_or_places_on_the_way_said_to_be_awful_are_no_complaint(text: str,
                                                                                       locale: str) -> None:
    # his family, his phone, a tyre, a gas station or a restaurant are nobody's at the company
    assert intent(text, locale) != "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Aquí está de la fregada, no hay ni dónde sentarse.",
        "La caja que me dieron está de la fregada.",
        "Sí, me ignoran en el taller.",
    ],
)
def test_a_thing_of_theirs_or_being_ignored_stays_a_complaint(text: str) -> None:
    assert intent(text, "es-MX") == "complaint"
