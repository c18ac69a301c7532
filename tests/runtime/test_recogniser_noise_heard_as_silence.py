"""A turn in which the recogniser wrote only noise is heard as a silence, not as the caller's answer.

Speech-to-text writes something for sound that is no one speaking: a placeholder ("[ruido]", "(inaudible)"), a
noise named alone ("Música.", "Music"), or the caption credits a model trained on subtitles writes over silence
("Subtítulos realizados por la comunidad de Amara.org", "Thanks for watching!"). The caller said nothing, so the
call answers as to a silence ("¿Sigue ahí?") - never "no le entendí", never a value or an intent read from it -
and, as silences, such turns are bounded: the flow's silence policy ends a call of nothing else. The same words
inside a caller's sentence are the caller's.
"""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import only_noise

NOISE = {
    "es-MX": ["Música", "Música.", "[ruido]", "(inaudible)", "<unk>", "Ruido.",
              "Subtítulos realizados por la comunidad de Amara.org", "Subtítulos por la comunidad de Amara.org",
              "¡Gracias por ver el video!"],
    "en-US": ["Music.", "[Music]", "(inaudible)", "*crosstalk*", "Noise", "Thanks for watching!",
              "Subtitles by the Amara.org community"],
}
STILL_THERE = {"es-MX": "Sigue ahí", "en-US": "still there"}
OPENING = {"es-MX": ["sí"], "en-US": ["yes"]}


@pytest.mark.parametrize(("locale", "noise"), [(lo, n) for lo, ns in NOISE.items() for n in ns])
async def test_a_turn_of_recogniser_noise_is_answered_as_a_silence(
        daisy: CompiledFlow, locale: str, noise: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    assert conv.step.slot == "full_name"
    reply = said(await conv.user_turn(noise))
    assert STILL_THERE[locale].lower() in reply.lower()
    assert conv.step.slot == "full_name"  # the question stays: nothing was answered, nothing skipped
    name = "Juan Pérez" if locale == "es-MX" else "John Smith"
    assert name in said(await conv.user_turn(name))


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_a_call_of_nothing_but_noise_ends_as_silences_do(daisy: CompiledFlow, locale: str) -> None:
    conv = await call(daisy, locale, OPENING[locale])
    for turn in range(6):
        await conv.user_turn(NOISE[locale][turn % 3])
        if conv.state.ended:
            break
    assert conv.state.ended


@pytest.mark.parametrize("text", ["le bajo a la música", "sí, es que traigo la música", "Ruido de fondo, perdón",
                                  "turn the music down", "Juan", "#", "*", "(555) 123 4567", "sí"])
def test_words_of_noise_inside_a_caller_sentence_are_the_callers(text: str) -> None:
    assert not only_noise(text)
