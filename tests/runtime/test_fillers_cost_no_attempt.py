"""Hesitation ("Mmm.", "Este..."), coming back from a hold ("Ya, aquí están."), "¿qué me preguntaste?" and
side talk to someone else are no failed attempts, at a question or in the middle of a dictation: what was
heard so far stays and the question is asked again. A caller who says only that is still bounded (after a
few such turns they count), and characters that happen to sound like a filler ("o, ka", "e") are still read
as characters. Scripted callers drive Daisy turn by turn."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_TRACTOR_PLATE = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.mark.parametrize("filler", ["Mmm.", "Este...", "Ya, aquí están.", "¿Qué me preguntaste?",
                                    "Espérame tantito, me está hablando el de la caseta.", "Sí.", "A ver, déjame ver."])
async def test_a_filler_in_the_middle_of_a_plate_keeps_it_and_costs_nothing(daisy: CompiledFlow, filler: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_TRACTOR_PLATE, "trapa lo", "ele", "ge"])
    attempts = conv.attempts()
    reply = said(await conv.user_turn(filler))
    assert "Llevo L G." in reply
    assert conv.attempts() == attempts and conv.snapshot()["so_far"] == "L G"
    await conv.user_turn("be de burro, ochenta y tres, sesenta y siete")
    assert conv.pending == "LGB-8367"


@pytest.mark.parametrize("filler", ["Mmm.", "Este...", "ya, aquí estoy", "¿qué me preguntaste?",
                                    "Pérame, me están hablando por el radio.", "Pérate tantito."])
async def test_a_filler_at_a_number_question_costs_no_attempt(daisy: CompiledFlow, filler: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    reply = said(await conv.user_turn(filler))
    assert conv.attempts() == 0 and "Perdón, no le entendí" not in reply
    assert "número económico" in reply


@pytest.mark.parametrize("filler", ["uh, let me see", "sorry, what was the question?", "ok I'm back"])
async def test_english_fillers_cost_no_attempt(daisy: CompiledFlow, filler: str) -> None:
    conv = await call(daisy, "en-US", ["yes", "Ann Lopez", "yes"])
    reply = said(await conv.user_turn(filler))
    assert conv.attempts() == 0 and "Sorry, I didn't get that" not in reply


async def test_letters_that_sound_like_a_filler_are_still_letters(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", TO_TRACTOR_PLATE)
    assert "Llevo O K." in said(await conv.user_turn("o, ka"))
    assert "Llevo O K E." in said(await conv.user_turn("e"))


async def test_a_caller_who_only_hesitates_still_moves_the_call_on(daisy: CompiledFlow) -> None:
    """A few fillers are free; after that they count like any turn not understood, so the value is left
    for later and the call goes on (it is not ended over fillers)."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    for _ in range(8):
        await conv.user_turn("Mmm.")
    assert not conv.ended
    assert conv.step.slot != "tractor_number"


async def test_an_unintelligible_turn_still_counts(daisy: CompiledFlow) -> None:
    """Trap: words that are neither a filler nor an answer are a failed attempt as before."""
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    reply = said(await conv.user_turn("trapa lo"))
    assert conv.attempts() == 1 and "Perdón, no le entendí" in reply


async def test_starting_over_after_a_hold_keeps_what_follows(daisy: CompiledFlow) -> None:
    """"No, espérame." is free, so the caller's own "mejor empiezo otra vez. Ele de León." is the turn
    that starts the plate over: it begins with L, nothing is lost to the engine's own restart."""
    conv = await call(daisy, "es-MX", [*TO_TRACTOR_PLATE, "trapa lo", "ele", "¿Él de león?", "Tráeme.",
                                       "No, espérame."])
    reply = said(await conv.user_turn("Mejor empiezo otra vez. Ele de León."))
    assert "Llevo L." in reply and "Empecemos de nuevo" not in reply
    assert "Llevo L O." in said(await conv.user_turn("Oh de oso."))


@pytest.mark.parametrize(("locale", "opening", "lead", "value", "heard"), [
    ("es-MX", ["sí", "Ana López", "sí"], "La primera es la", "4471.", "Tractor número 4471"),
    ("es-MX", ["sí", "Ana López", "sí"], "Es el", "ciento doce.", "Tractor número 112"),
    ("es-MX", ["sí", "Ana López", "sí"], "El número de la caja es", "cuarenta.", "Tractor número 40"),
    ("en-US", ["yes", "Ann Lopez", "yes"], "The first one is", "four four seven one.", "Tractor number 4471"),
    ("en-US", ["yes", "Ann Lopez", "yes"], "It's the", "112.", "Tractor number 112"),
])
async def test_a_lead_in_cut_off_before_its_value_costs_no_attempt(
        daisy: CompiledFlow, locale: str, opening: list[str], lead: str, value: str, heard: str) -> None:
    # "La primera es la" | "4471.": the caller was cut off before the number; the question is asked again for free
    conv = await call(daisy, locale, opening)
    reply = said(await conv.user_turn(lead))
    assert conv.attempts() == 0 and "no le entendí" not in reply and "didn't get that" not in reply
    assert heard in said(await conv.user_turn(value))


@pytest.mark.parametrize("said_whole", ["La primera es la.", "la primera es la"])
async def test_a_lead_in_said_as_a_finished_sentence_or_unformatted_still_counts(daisy: CompiledFlow,
                                                                                said_whole: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Ana López", "sí"])
    await conv.user_turn(said_whole)
    assert conv.attempts() == 1


@pytest.mark.parametrize(("locale", "turns", "hold", "sorry"), [
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "no"], "Pérame, me están hablando por el radio.",
     "no le entendí"),
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "no"], "Espérame tantito.", "no le entendí"),
    ("es-MX", ["sí", "Ana López", "no"], "Este...", "no le entendí"),
    ("en-US", ["yes", "Ann Lopez", "yes", "452", "no"], "hold on", "didn't get that"),
    ("en-US", ["yes", "Ann Lopez", "no"], "Um.", "didn't catch that"),
])
async def test_a_hold_or_a_filler_after_a_no_is_asked_again_without_sorry_i_did_not_get_that(
        daisy: CompiledFlow, locale: str, turns: list[str], hold: str, sorry: str) -> None:
    """The "no" to a read-back counts an attempt, but a hold or a filler after it was understood: the question is
    asked again as it is, never "Perdón, no le entendí" / "Sorry, I didn't get that"."""
    conv = await call(daisy, locale, turns)
    attempts = conv.attempts()
    reply = said(await conv.user_turn(hold))
    assert sorry not in reply and conv.attempts() == attempts and "?" in reply


@pytest.mark.parametrize(("locale", "turns", "late", "slot"), [
    ("es-MX", ["sí", "Ana López", "sí"], "Así es.", "tractor_number"),
    ("es-MX", ["sí", "Ana López", "sí"], "Eso.", "tractor_number"),
    ("es-MX", ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"], "correcto, sí", "tractor_plate"),
    ("en-US", ["yes", "Ann Lopez", "yes"], "That's right.", "tractor_number"),
    ("en-US", ["yes", "Ann Lopez", "yes", "452", "yes"], "yep, that's it", "tractor_plate"),
])
async def test_a_late_yes_at_the_next_question_asks_it_again_at_no_cost(daisy: CompiledFlow, locale: str,
                                                                       turns: list[str], late: str,
                                                                       slot: str) -> None:
    # the read-back's yes said again as the next question comes: no answer to it, and no failed attempt either
    conv = await call(daisy, locale, turns)
    reply = said(await conv.user_turn(late))
    assert conv.step.name == f"registration.{slot}.ask" and conv.attempts() == 0, reply
    assert "entendí" not in reply and "didn't" not in reply


@pytest.mark.parametrize(("locale", "turns", "late"), [
    ("es-MX", ["sí", "Ana López", "sí"], "Así es."),
    ("en-US", ["yes", "Ann Lopez", "yes"], "That's right."),
])
async def test_a_late_yes_said_twice_counts_the_second_time(daisy: CompiledFlow, locale: str, turns: list[str],
                                                            late: str) -> None:
    conv = await call(daisy, locale, [*turns, late, late])
    assert conv.step.name == "registration.tractor_number.ask" and conv.attempts() == 1


@pytest.mark.parametrize(("locale", "turns", "late"), [
    ("es-MX", ["sí", "Ana López", "sí"], "¡Que sí, ya voy! Es ana punto lopez arroba gmail punto com."),
    ("en-US", ["yes", "Ann Lopez", "yes"], "Yes, yes. It's ann dot lopez at gmail dot com."),
])
async def test_a_late_yes_with_a_value_for_a_later_question_keeps_that_value(daisy: CompiledFlow, locale: str,
                                                                            turns: list[str], late: str) -> None:
    # a yes as the next question comes, said with the e-mail: the e-mail is kept for its question, not dropped
    # with the late yes
    conv = await call(daisy, locale, turns)
    await conv.user_turn(late)
    assert conv.step.name == "registration.tractor_number.ask"
    assert conv.unconfirmed.get("email") == "ana.lopez@gmail.com".replace("ana", "ann" if locale == "en-US" else "ana")
