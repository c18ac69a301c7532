"""Once a plate has its digits, a letter the caller names on its own to make it clear ("no, ve chica, de
Veracruz", "be grande", "no, ka de kilo") is about a letter of the value, never the first letter of a new
plate: where the value has that letter it is as the caller says (a valid value is read back), where it
has the one letter that sounds like it (B for V, C for K, M for N...) that letter is put right. A count
of a letter ("nomás una eme", "una sola ele", "just one M") takes a second one away, and where the value
holds it once already, changes nothing. The same at a read-back, and in a whole call: the caller's next
answers go to their own questions."""

from __future__ import annotations

from typing import Any

import pytest
from runtime_helpers import call, heard_plate

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime.listening import Heard, hear_confirmation, hear_slot
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.types.plate import PlateAccumulator

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _read_back(said: str, reply: str, locale: str = "es-MX") -> Heard:
    slot_type = slot_types.get("plate")
    assert slot_type is not None

    def fresh() -> Any:
        return slot_type.start(locale, PLATE)

    acc = slot_types.feed(fresh(), said).state
    assert acc.complete, said
    return hear_confirmation(reply, locale, acc.value, acc, fresh)


def _asked(locale: str, *turns: str) -> tuple[Heard, PlateAccumulator]:
    """The plate question's listening (whole turns, not one character at a time), turn by turn."""
    acc = PlateAccumulator("plate", locale, PLATE)
    heard = Heard("no_match")
    for turn in turns:
        heard = hear_slot(acc, turn)
        if heard.accumulator is not None:
            acc = heard.accumulator  # type: ignore[assignment]
    return heard, acc


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        ("es-MX", ("Ere de Roma.", "Be de burro.", "Te.", "Siete, uno, dos.", "No, be grande, de burro."), "RBT-712"),
        ("es-MX", ("Jota.", "Ve de vaca.", "A.", "Trescientos cinco.", "Ve chica."), "JVA-305"),
        ("es-MX", ("Ka.", "Ele.", "Ese.", "Uno, cuatro, ocho.", "No, ese de Sinaloa."), "KLS-148"),
        ("en-US", ("P.", "V as in Victor.", "D.", "Five, five, one.", "No, V as in Victor."), "PVD-551"),
    ],
)
def test_a_letter_the_plate_has_named_to_make_it_clear_reads_it_back_as_it_is(
        locale: str, turns: tuple[str, ...], value: str) -> None:
    heard, _ = _asked(locale, *turns)
    assert (heard.event, heard.value) == ("filled", value)
    by_char, _ = heard_plate(locale, *turns)
    assert (by_char[-1].event, by_char[-1].value) == ("filled", value)


@pytest.mark.parametrize(
    ("locale", "turns", "value"),
    [
        # the one sound-alike the value has is the letter meant
        ("es-MX", ("Ere.", "Be de burro.", "Te.", "Siete, uno, dos.", "No, ve chica, de Veracruz."), "RVT-712"),
        ("es-MX", ("A.", "Ce.", "De.", "Ochenta.", "No, ka de kilo."), "AKD-80"),
        ("en-US", ("G.", "B.", "T.", "Three, four, five.", "No, V as in Victor."), "GVT-345"),
    ],
)
def test_a_letter_named_to_make_it_clear_puts_right_its_one_sound_alike(
        locale: str, turns: tuple[str, ...], value: str) -> None:
    heard, _ = _asked(locale, *turns)
    assert (heard.event, heard.value) == ("filled", value)


def test_trap_a_letter_that_sounds_like_none_of_the_plate_is_not_put_in_place_of_one() -> None:
    # T sounds like nothing in R B A: no letter of the value becomes T; as before, the caller is taken to
    # begin the plate anew from it
    heard, acc = _asked("es-MX", "Ere.", "Be.", "A.", "Siete, uno, dos.", "No, te de Toluca.")
    assert heard.event == "partial" and acc.so_far() == "T"


def test_trap_the_next_letter_named_with_its_word_still_goes_on_the_plate() -> None:
    heard, acc = _asked("es-MX", "Ene de Nuevo León.", "Ve de Veracruz.", "Ele de León.")
    assert heard.event == "partial" and acc.so_far() == "N V L"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("ene, ve, ele, cuatro cuatro nueve", "No, ve chica, de Veracruz.", "es-MX", "NVL-449"),
        ("ene, ve, ele, cuatro cuatro nueve", "Ve de Veracruz, ve chica.", "es-MX", "NVL-449"),
        ("eme, ene, o, ochenta y cuatro", "Nomás una eme.", "es-MX", "MNO-84"),
        ("eme, ene, o, ochenta y cuatro", "No, es una sola eme.", "es-MX", "MNO-84"),
        ("eme, ene, o, ochenta y cuatro", "No, nada más una eme, lo demás está bien.", "es-MX", "MNO-84"),
        ("ele, a, pe, dos cero uno", "No va doble ele.", "es-MX", "LAP-201"),
        ("P, V, D, five five one", "No, V as in Victor.", "en-US", "PVD-551"),
        ("L, A, P, two oh one", "No, not a double L.", "en-US", "LAP-201"),
    ],
)
def test_at_the_read_back_what_the_value_already_is_reads_it_back_unchanged(said: str, reply: str,
                                                                          locale: str, value: str) -> None:
    plain = _read_back(said, "sí" if locale == "es-MX" else "yes", locale)
    heard = _read_back(said, reply, locale)
    assert plain.event == "yes"
    assert (heard.event, heard.value) == ("corrected", value)  # read back again, never a yes nor a new plate


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("ene, be, ele, cuatro cuatro nueve", "No, ve chica, de Veracruz.", "es-MX", "NVL-449"),
        ("ka, eme, te, cinco cinco", "No, ene de Nayarit.", "es-MX", "KNT-55"),
        ("eme, eme, ene, ochenta y cuatro", "Nomás una eme.", "es-MX", "MN-84"),
        ("ele, ele, a, dos cero uno", "Una ele nada más.", "es-MX", "LA-201"),
        ("ele, ele, a, dos cero uno", "No lleva doble ele.", "es-MX", "LA-201"),
        ("G, B, T, three four five", "No, V as in Victor.", "en-US", "GVT-345"),
        ("M, M, N, eighty four", "Only one M.", "en-US", "MN-84"),
    ],
)
def test_at_the_read_back_a_letter_made_clear_or_counted_puts_the_value_right(said: str, reply: str,
                                                                            locale: str, value: str) -> None:
    heard = _read_back(said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


def test_trap_a_double_letter_the_caller_did_not_count_stays() -> None:
    assert _read_back("ele, ele, a, dos cero uno", "sí").event == "yes"
    heard = _read_back("ele, ele, a, dos cero uno", "No, la última es ka.")
    assert (heard.event, heard.value) == ("corrected", "LLK-201")


def test_trap_only_one_of_something_else_is_no_correction_of_the_plate() -> None:
    heard = _read_back("eme, ene, o, ochenta y cuatro", "Solo una pregunta.")
    assert heard.event == "no_match"


async def test_a_call_whose_plate_letter_is_made_clear_goes_on_to_every_later_question(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", [
        "sí", "Amado Reyes Carrillo", "sí", "quince", "sí",
        "Ene de Nuevo León.", "Ve de Veracruz.", "Ele.", "Cuatro, cuatro, nueve.",
        "No, ve chica, de Veracruz.",  # a letter the plate has: read back as it is
        "Sí, esas.",
        "Novecientos noventa.", "Sí.",
        "Letra eme.", "Letra ene.", "Letra o.", "Ochenta y cuatro.",
        "Nomás una eme.",  # the plate read back has one M: read back again, unchanged
        "Sí, esas son.",
        "Como a las siete y media de la noche.", "Sí.",
    ])
    assert conv.slots["tractor_plate"] == "NVL-449"
    assert conv.slots["trailer_number"] == "990"
    assert conv.slots["trailer_plate"] == "MNO-84"
    assert conv.slots["eta"] == "19:30"
    assert conv.step.slot == "email"


# A value let go for a dictation begun anew, and the caller's yes right after: the caller holds the value as
# settled (whatever made the engine begin anew), so the value comes back and is read back again.
@pytest.mark.parametrize(
    ("plate", "begun", "yes", "value"),
    [
        # at the read-back: a letter the plate neither has nor has a sound-alike of begins it anew ...
        (["Letra eme.", "Letra ene.", "Letra o.", "Ochenta y cuatro."], "No, te de Toluca.", "Sí, esas son.",
         "MNO-84"),
        (["Letra eme.", "Letra ene.", "Letra o.", "Ochenta y cuatro."], "No, te de Toluca.", "Sí, así están.",
         "MNO-84"),
        # ... and while it could still go on (the digits said one by one), the same
        (["Ene de Nuevo León.", "Ve de Veracruz.", "Ele.", "Cuatro, cuatro, nueve."], "No, te de Toluca.",
         "Sí, esas.", "NVL-449"),
    ],
)
async def test_a_yes_right_after_a_plate_was_begun_anew_takes_the_plate_back(
        daisy: CompiledFlow, plate: list[str], begun: str, yes: str, value: str) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Fausto Medina", "sí", "cuatrocientos", "sí", *plate, begun])
    assert conv.step.slot == "tractor_plate" and conv.pending != value
    await conv.user_turn(yes)
    assert conv.step.kind == "confirm" and conv.pending == value
    await conv.user_turn("Sí.")
    assert conv.slots["tractor_plate"] == value and conv.step.slot == "trailer_number"


async def test_trap_a_yes_after_the_new_plate_went_on_is_no_way_back(daisy: CompiledFlow) -> None:
    conv = await call(daisy, "es-MX", ["sí", "Fausto Medina", "sí", "cuatrocientos", "sí", "Letra eme.",
                                       "Letra ene.", "Letra o.", "Ochenta y cuatro.", "No, te de Toluca.",
                                       "Ere de Roma.", "Sí."])
    assert conv.step.slot == "tractor_plate" and conv.pending != "MNO-84"
    assert "tractor_plate" not in conv.slots


def test_trap_a_yes_with_more_of_the_new_plate_goes_on_with_it() -> None:
    heard, acc = _asked("es-MX", "Ere.", "Be.", "A.", "Siete, uno, dos.", "No, te de Toluca.", "Sí, ere de Roma.")
    assert heard.event == "partial" and acc.so_far() == "T R"


def test_trap_a_yes_after_the_letters_were_said_wrong_does_not_bring_them_back() -> None:
    heard, acc = _asked("es-MX", "A.", "Be.", "Ce.", "Uno, dos, tres.", "Las letras están mal, los números no.",
                        "Sí.")
    assert heard.event != "filled" and acc.so_far() == "1 2 3"


def test_trap_the_plates_own_first_letter_made_clear_may_begin_it_anew() -> None:
    heard, acc = _asked("es-MX", "Ka.", "Ene.", "Te.", "Tres, cuatro, cero.", "No, ka de kilo.")
    assert heard.event == "partial" and acc.so_far() == "K"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        # the letter made clear after "es" / "es con" / "va con" / "it's a": the frame is no letter of it
        ("ene, be, ele, cuatro cuatro nueve", "No, es ve de vaca.", "es-MX", "NVL-449"),
        ("ene, be, ele, cuatro cuatro nueve", "Es con ve chica.", "es-MX", "NVL-449"),
        ("ene, be, ele, cuatro cuatro nueve", "No, va con ve de Veracruz.", "es-MX", "NVL-449"),
        ("efe, ese, e, nueve uno tres", "No, es la zeta de zorro.", "es-MX", "FZE-913"),
        ("efe, ese, e, nueve uno tres", "No, es seta de sorro.", "es-MX", "FZE-913"),
        ("G, B, T, three four five", "No, it's a V as in Victor.", "en-US", "GVT-345"),
    ],
)
def test_a_letter_made_clear_after_it_is_puts_right_its_one_sound_alike(said: str, reply: str,
                                                                         locale: str, value: str) -> None:
    heard = _read_back(said, reply, locale)
    assert (heard.event, heard.value) == ("corrected", value)


def test_trap_a_letter_made_clear_after_it_is_that_the_plate_has_reads_it_back_unchanged() -> None:
    heard = _read_back("ene, ve, ele, cuatro cuatro nueve", "Es con ve chica.")
    assert (heard.event, heard.value) == ("corrected", "NVL-449")


@pytest.mark.parametrize(("locale", "plate", "count", "value"), [
    ("es-MX", ["Ese de sol.", "Ese.", "Te de Tampico.", "7 7 1."], "No, van dos eses.", "SST-771"),
    ("es-MX", ["Te.", "Te.", "A.", "Cuatro cinco."], "Lleva dos tes.", "TTA-45"),
    ("en-US", ["S.", "S.", "T.", "Seven seven one."], "No, it has two Ss.", "SST-771"),
])
async def test_a_count_of_a_letter_the_plate_has_is_no_digit_in_a_call(
        daisy: CompiledFlow, locale: str, plate: list[str], count: str, value: str) -> None:
    # "Llevo S S T 7 7 1. ¿Qué sigue?" - "No, van dos eses.": no 2 joins the plate; its read-back is the plate
    opening = ["sí", "Fausto Medina", "sí", "cuatrocientos", "sí"] if locale == "es-MX" \
        else ["yes", "Fausto Medina", "yes", "four hundred", "yes"]
    conv = await call(daisy, locale, [*opening, *plate])
    await conv.user_turn(count)
    assert conv.step.kind == "confirm" and conv.pending == value
    await conv.user_turn("Sí." if locale == "es-MX" else "Yes.")
    assert conv.slots["tractor_plate"] == value


@pytest.mark.parametrize(("locale", "plate", "correction", "value"), [
    ("es-MX", ["Letra ge.", "De.", "Jota.", "4410."], "Sí, pero la de es te.", "GTJ-4410"),
    ("es-MX", ["Pe.", "A.", "Ce.", "124."], "No, la pe es te de Toluca.", "TAC-124"),
    ("en-US", ["G.", "D.", "J.", "Four four one zero."], "Yes, but the D is a T.", "GTJ-4410"),
])
async def test_the_letter_named_and_then_what_it_is_corrects_the_plate_in_a_call(
        daisy: CompiledFlow, locale: str, plate: list[str], correction: str, value: str) -> None:
    # "Placas del tractor: G, D, J, 4, 4, 1, 0. ¿Es correcto?" - "Sí, pero la de es te.": the D was a T
    opening = ["sí", "Fausto Medina", "sí", "cuatrocientos", "sí"] if locale == "es-MX" \
        else ["yes", "Fausto Medina", "yes", "four hundred", "yes"]
    conv = await call(daisy, locale, [*opening, *plate])
    assert conv.step.kind == "confirm"
    await conv.user_turn(correction)
    assert conv.step.kind == "confirm" and conv.pending == value
    await conv.user_turn("Sí." if locale == "es-MX" else "Yes.")
    assert conv.slots["tractor_plate"] == value


@pytest.mark.parametrize(("locale", "plate", "again", "value"), [
    ("es-MX", ["Uvedoble.", "Letra a.", "Eledeluna.", "6 0 4."], ["No, es doble u.", "Doble u, a, ele."], "WAL-604"),
    ("es-MX", ["Be.", "A.", "Ele.", "Seis cero cuatro."], ["Be, a, ele."], "BAL-604"),
    ("en-US", ["W.", "A.", "L.", "Six zero four."], ["No, it's a W.", "W, A, L."], "WAL-604"),
])
async def test_the_letters_said_again_after_the_digits_keep_the_plate_in_a_call(
        daisy: CompiledFlow, locale: str, plate: list[str], again: list[str], value: str) -> None:
    # "Llevo W A L 6 0 4. ¿Qué sigue?" - "No, es doble u." - "Doble u, a, ele." - "Sí.": WAL-604 read back
    opening = ["sí", "Fausto Medina", "sí", "cuatrocientos", "sí"] if locale == "es-MX" \
        else ["yes", "Fausto Medina", "yes", "four hundred", "yes"]
    conv = await call(daisy, locale, [*opening, *plate, *again])
    if conv.step.kind != "confirm":
        await conv.user_turn("Sí." if locale == "es-MX" else "Yes.")
    assert conv.step.kind == "confirm" and conv.pending == value
