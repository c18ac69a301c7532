"""A caller who does not have a value at hand, or has no such thing, says so in many words.

"I don't have it" is heard whatever explanation follows ("esas no las tengo, la caja es prestada"),
and never where the turn gives the value all the same ("no me acuerdo bien, es la eme"). A caller going
to look for it ("déjame ver") does not have it yet, and is not giving it either.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding import cannot_give, unavailable


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Esas no las traigo, se quedaron en la guantera de la otra unidad.", "es-MX"),
        ("No la tengo a la mano, está en los papeles de la caja que dejé en el patio.", "es-MX"),
        ("Ese no me lo sé, la verdad, ¿se lo paso luego?", "es-MX"),
        ("No, no las hallo por ningún lado.", "es-MX"),
        ("No las encuentro.", "es-MX"),
        ("Ahorita ando sin remolque, nomás llevo el tractor.", "es-MX"),
        ("Voy en vacío, sin caja.", "es-MX"),
        ("No jalo caja hoy, compa.", "es-MX"),
        ("Vengo nada más con el tractor.", "es-MX"),
        ("I don't have them on me, they're in the office binder.", "en-US"),
        ("I can't find it anywhere, sorry.", "en-US"),
        ("I'm running bobtail today, just the tractor.", "en-US"),
        ("No trailer this time.", "en-US"),
        ("I'm not pulling a trailer right now.", "en-US"),
        # asked once more, the caller still has not got it
        ("Sigo sin tenerlo, disculpe.", "es-MX"),
        ("No, sigo sin encontrarlas.", "es-MX"),
        ("I still don't have it.", "en-US"),
        ("Still haven't found them, sorry.", "en-US"),
        ("Nope, I still haven't got it.", "en-US"),
    ],
)
def test_not_at_hand_or_not_there_whatever_follows(text: str, locale: str) -> None:
    assert unavailable(text, locale) == "cannot"
    assert cannot_give(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("No me las sé de memoria, déjame buscarlas.", "es-MX"),
        ("No lo tengo aquí, espérame tantito.", "es-MX"),
        ("I don't remember, let me check the paperwork.", "en-US"),
        ("I don't have it handy, hold on.", "en-US"),
    ],
)
def test_going_to_look_for_it_is_not_giving_up(text: str, locale: str) -> None:
    assert unavailable(text, locale) == "looking"
    assert not cannot_give(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("no me acuerdo bien, es la jota de Jalisco", "es-MX"),
        ("no sé, creo que es la ve de vaca", "es-MX"),
        ("no la tengo aquí pero es la 4 5 2", "es-MX"),
        ("no traigo las placas, el número es 905", "es-MX"),
        ("I don't remember exactly, it's K as in kilo", "en-US"),
        ("I don't know, maybe D as in dog", "en-US"),
        ("ahorita te digo las placas", "es-MX"),
        ("sí, la caja es la 318", "es-MX"),
    ],
)
def test_a_turn_that_gives_the_value_all_the_same_is_not_a_refusal(text: str, locale: str) -> None:
    assert unavailable(text, locale) is None


@pytest.mark.parametrize(
    ("text", "locale", "gives_up"),
    [
        ("No sé.", "es-MX", True),
        ("Ni idea, la verdad.", "es-MX", True),
        ("No, I don't know.", "en-US", True),
        ("Ahí sí no sé.", "es-MX", True),  # that one the caller does not know: the "sí" stresses it
        ("Eso sí no sé, señorita.", "es-MX", True),
        ("Esas sí no sé.", "es-MX", True),
        # "ahorita no" alone: not now
        ("Ahorita no.", "es-MX", True),
        ("Por ahora no, señorita.", "es-MX", True),
        ("Orita no.", "es-MX", True),
        # inside a longer turn the short form is as often a filler of someone dictating
        ("No sé no.", "es-MX", False),
        ("no sé, mmm, qué más", "es-MX", False),
        ("I don't know what you mean", "en-US", False),
    ],
)
def test_a_bare_i_dont_know_counts_only_on_its_own(text: str, locale: str, gives_up: bool) -> None:
    assert cannot_give(text, locale) is gives_up
