"""Complaints in more shapes: the company's app or site that never works ("su aplicación nunca sirve, siempre
se traba", "your portal keeps crashing"); turned away where the load was to go ("me rebotaron en la descarga",
"they refused my load"); kept since a moment with no load given ("nos tienen desde el lunes sin viaje");
payments short, more than one ("both my last checks came up short"); nothing done about it ("nobody's fixed
it"). Traps: the app named to send something, a turn taken on the road, a wait said with the arrival."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent

ENABLED = ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Su página nunca funciona, ya intenté tres veces subir la carta porte.", "es-MX"),
        ("El portal se cae a cada rato, no puedo ni ver mis viajes.", "es-MX"),
        ("La app de ustedes siempre se congela cuando firmo.", "es-MX"),
        ("Me rebotaron en la descarga de Querétaro por una tarima.", "es-MX"),
        ("No me quisieron recibir en el cedis, dicen que llegué tarde.", "es-MX"),
        ("Me rechazaron la carga completa en Monterrey.", "es-MX"),
        ("Nos tienen desde el lunes sin viaje, ¿qué onda?", "es-MX"),
        ("Me dejaron ahí dos días sin asignarme ruta.", "es-MX"),
        ("Your app never loads when I try to send the bills.", "en-US"),
        ("The app you guys use never works.", "en-US"),
        ("The portal keeps crashing every time I log in.", "en-US"),
        ("The shipper in Dallas turned me away after six hours.", "en-US"),
        ("They rejected my load over one busted pallet.", "en-US"),
        ("Both of my last paychecks were short.", "en-US"),
        ("I reported the broken seat twice and nobody's fixed it.", "en-US"),
    ],
)
def test_a_grievance_in_these_shapes_is_a_complaint(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is not None and match.name == "complaint"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Le mando las fotos por la aplicación.", "es-MX"),
        ("Me tienen aquí desde ayer, pero llego mañana temprano.", "es-MX"),
        ("I'll send the bills through the app.", "en-US"),
        ("I turned around at the scale, I'll be there at five.", "en-US"),
        # the caller's own app or another's, not the company's
        ("La aplicación del GPS no me carga el mapa, llego como a las cinco.", "es-MX"),
        ("My GPS app keeps crashing, I'll be there at five.", "en-US"),
        ("The weather app doesn't load out here.", "en-US"),
        # the caller's own turn; nothing amiss
        ("I turned away from the main road, be there at five.", "en-US"),
        ("No one did anything wrong, I'll be there at five.", "en-US"),
    ],
)
def test_the_same_words_with_no_grievance_stay_as_they_are(text: str, locale: str) -> None:
    match = detect_intent(text, locale, enabled=ENABLED)
    assert match is None or match.name != "complaint"
