"""At a plate's read-back, a caller who sets one letter against another ("es be de burro, no de vaca", "no es
be de burro, es ve de vaca", "it's B as in boy, not V as in Victor") - with a yes or a no before it, the one
ruled out named by its key word alone - is compared with the value read back: when the value already has the
letter asserted and not the one ruled out (the caller answered another read-back, or misheard ours), the
plate is read back again unchanged, never dropped for a dictation begun anew from that letter. When the
value has the letter ruled out, it becomes the one asserted."""

from __future__ import annotations

import pytest
from runtime_helpers import answer, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        ("te e be novecientos diez", "Sí, pero es be de burro, no de vaca.", "es-MX", "TEB-910"),
        ("te e be novecientos diez", "No, es be de burro, no de vaca.", "es-MX", "TEB-910"),
        ("te e be novecientos diez", "es be de burro no de vaca", "es-MX", "TEB-910"),
        ("te e be novecientos diez", "Sí, pero es be de burro, no ve de vaca.", "es-MX", "TEB-910"),
        ("ka erre ve cuarenta y dos", "No, no es be de burro, es ve de vaca.", "es-MX", "KRV-42"),
        ("ka erre ve cuarenta y dos", "no, no es de burro, es de vaca", "es-MX", "KRV-42"),
        ("ka erre ve cuarenta y dos", "Sí, pero con ve de vaca, no con be de burro.", "es-MX", "KRV-42"),
        ("T E B nine hundred ten", "Yes, but it's B as in boy, not V as in Victor.", "en-US", "TEB-910"),
        ("T E B nine hundred ten", "No, it's not V, it's B.", "en-US", "TEB-910"),
    ],
)
def test_a_letter_the_value_has_set_against_one_it_lacks_changes_nothing(dictated: str, reply: str,
                                                                          locale: str, value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    # read back again as it was: never dropped, never begun anew from the letter
    assert (heard.event, heard.value) == ("corrected", value)
    assert heard.accumulator is not None and heard.accumulator.value == value


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        # the value has the letter ruled out: it becomes the one asserted
        ("te e ve novecientos diez", "Sí, pero es be de burro, no de vaca.", "es-MX", "TEB-910"),
        ("te e ve novecientos diez", "No, no es ve de vaca, es be de burro.", "es-MX", "TEB-910"),
        ("te e ve novecientos diez", "no, no es de vaca, es de burro", "es-MX", "TEB-910"),
        ("T E V nine hundred ten", "No, it's not V, it's B.", "en-US", "TEB-910"),
        # a contrast that reads as so, beside a real change in the same turn: the change applies
        ("te e be novecientos diez", "no, después de la te va la e, y la última es ocho", "es-MX", "TEB-918"),
    ],
)
def test_a_letter_the_value_has_wrong_is_still_put_right(dictated: str, reply: str, locale: str,
                                                         value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


TO_TRACTOR_PLATE = ("sí", "Baltazar Quintero", "sí", "treinta y tres doce", "sí")


async def test_the_call_reads_the_plate_again_and_goes_on_at_the_yes(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in (*TO_TRACTOR_PLATE, "Te de Tampico.", "E.", "Be de burro.", "Novecientos diez."):
        await conv.user_turn(turn)
    assert conv.pending == "TEB-910"
    again = said(await conv.user_turn("Sí, pero es be de burro, no de vaca."))
    assert conv.pending == "TEB-910"
    assert "B de burro" in again and "V de" not in again
    await conv.user_turn("Sí.")
    assert conv.slots["tractor_plate"] == "TEB-910"
    assert conv.step.slot == "trailer_number"


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        # "be de burro, no de vaca" says how the B is said: a value with that B keeps its V elsewhere
        ("be ve ka ciento veintitres", "Sí, es be de burro, no de vaca.", "es-MX", "BVK-123"),
        ("ve be de cuatrocientos", "sí, es be de burro, no de vaca", "es-MX", "VBD-400"),
        ("eme ene ka ciento veintitres", "Sí, es ene de Nayarit, no de mamá.", "es-MX", "MNK-123"),
        ("ka be ve cuarenta", "No, es be de burro, no de vaca.", "es-MX", "KBV-40"),
    ],
)
def test_a_letter_said_with_its_key_word_keeps_a_value_that_has_both_letters(dictated: str, reply: str,
                                                                              locale: str, value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert heard.event in ("yes", "corrected")
    assert heard.value in (None, value)
    assert heard.accumulator is None or heard.accumulator.value == value


@pytest.mark.parametrize(
    ("dictated", "reply", "kept"),
    [
        # where the plates are from, both places said after "de": no letter of the plate is touched
        ("a de be ciento veintitres", "No es de Durango, es de Chihuahua.", "ADB"),
        ("a de be ciento veintitres", "Es de Chihuahua, no de Durango.", "ADB"),
        ("a ve be ciento veintitres", "Sí, pero es de Tamaulipas, no de Veracruz.", "AVB"),
        ("a ese be ciento veintitres", "es de Jalisco, no de Sinaloa", "ASB"),
    ],
)
def test_places_said_after_de_change_no_letter_of_the_plate(dictated: str, reply: str, kept: str) -> None:
    heard = answer("plate", dictated, reply, "es-MX", **PLATE)
    for value in (heard.value, heard.accumulator.value if heard.accumulator and heard.accumulator.complete
                  else None):
        assert value is None or value.startswith(kept), value


@pytest.mark.parametrize(
    ("dictated", "reply", "locale", "value"),
    [
        # the letter ruled out is named: that one is replaced, never the V that only sounds like the B
        ("K V P two nine zero six", "It's B as in boy, not P.", "en-US", "KVB-2906"),
        ("K V P two nine zero six", "B as in Bravo, not P.", "en-US", "KVB-2906"),
        ("K V P two nine zero six", "It's B, not P.", "en-US", "KVB-2906"),
        ("ka ve pe dos nueve cero seis", "Es be de burro, no pe.", "es-MX", "KVB-2906"),
        ("ka ve pe dos nueve cero seis", "Be grande, no pe.", "es-MX", "KVB-2906"),
        ("ka be te cuarenta y dos", "Es ve de vaca, no te.", "es-MX", "KBV-42"),
    ],
)
def test_a_letter_asserted_against_one_the_value_has_replaces_that_one(dictated: str, reply: str, locale: str,
                                                                       value: str) -> None:
    heard = answer("plate", dictated, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)


TO_ENGLISH_PLATE = ("yes", "Ann Lee", "yes", "four five two", "yes")


@pytest.mark.parametrize(
    ("reply", "read_back"),
    [
        # the one ruled out after "not", then the one meant alone: no "it's" between them
        ("not H, G as in George", "Golf, Bravo, Charlie, 1, 2, 3, 4"),
        ("No, not H, G.", "Golf, Bravo, Charlie, 1, 2, 3, 4"),
        ("nope, not an H, a G", "Golf, Bravo, Charlie, 1, 2, 3, 4"),
        ("Yes but not the B, a D as in David.", "Hotel, Delta, Charlie, 1, 2, 3, 4"),
        ("it's not an H, it's a G", "Golf, Bravo, Charlie, 1, 2, 3, 4"),
    ],
)
async def test_a_letter_ruled_out_then_the_one_meant_alone_replaces_it_in_a_call(
        daisy: CompiledFlow, reply: str, read_back: str) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    await conv.start()
    for turn in (*TO_ENGLISH_PLATE, "h b c one two three four"):
        await conv.user_turn(turn)
    assert conv.step.name == "registration.tractor_plate.confirm"
    assert f"Tractor plates: {read_back}." in said(await conv.user_turn(reply))
    assert conv.step.name == "registration.tractor_plate.confirm"


@pytest.mark.parametrize("reply", ["not now, thanks", "no, not yet, one sec", "not sure, is it right?"])
async def test_not_before_other_talk_changes_no_letter_of_the_plate(daisy: CompiledFlow, reply: str) -> None:
    conv = Conversation(daisy, locale="en-US", store=MemoryStore())
    await conv.start()
    for turn in (*TO_ENGLISH_PLATE, "h b c one two three four"):
        await conv.user_turn(turn)
    assert "Golf" not in said(await conv.user_turn(reply))
    assert conv.pending in (None, "HBC-1234")
