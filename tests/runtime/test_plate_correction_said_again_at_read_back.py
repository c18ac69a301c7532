"""At a plate read-back, a correction that names a place as wrong and then what goes there ("la primera no,
es ese", "the first one is wrong, it's an S") is a correction of that place, compared with the value read
back like any other. And right after a correction was read back, the caller who says the corrected letter
once more on its own ("I de iglesia.") is insisting on the correction: the value is read back again, never
dropped for a dictation begun anew from that one letter. Without a correction just before, a letter said
at a read-back still begins the plate anew."""

from __future__ import annotations

from typing import Any

import pytest

from daisy_engine.runtime.listening import Heard, hear_confirmation
from daisy_engine.understanding import types as slot_types

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


def _answers(said: str, *replies: str, locale: str = "es-MX") -> list[Heard]:
    """The read-back answers `replies`, one after another, to the plate heard from `said`."""
    slot_type = slot_types.get("plate")
    assert slot_type is not None

    def fresh() -> Any:
        return slot_type.start(locale, PLATE)

    acc = slot_types.feed(fresh(), said).state
    assert acc.complete, said
    pending, out = acc.value, []
    for reply in replies:
        heard = hear_confirmation(reply, locale, pending, acc, fresh)
        out.append(heard)
        if heard.accumulator is not None:
            acc = heard.accumulator
        if heard.value is not None:
            pending = heard.value
    return out


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        ("efe, ge, jota, seis cero siete", "La primera no, es ese.", "es-MX", "SGJ-607"),
        ("efe, ge, jota, seis cero siete", "la segunda está mal, es la ka", "es-MX", "FKJ-607"),
        ("F, G, J, six oh seven", "The first one is wrong, it's an S.", "en-US", "SGJ-607"),
        ("F, G, J, six oh seven", "no, the first one no, it's S as in Sam", "en-US", "SGJ-607"),
    ],
)
def test_a_place_said_wrong_then_what_goes_there_corrects_it(said: str, reply: str, locale: str,
                                                             value: str) -> None:
    heard = _answers(said, reply, locale=locale)[-1]
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("ese, ge, jota, seis cero siete", "La primera no, es ese. Ese de Sonora.", "es-MX"),
        ("S, G, J, six oh seven", "The first one is wrong, it's an S.", "en-US"),
    ],
)
def test_a_place_said_wrong_that_already_holds_the_letter_reads_the_plate_back_unchanged(
        said: str, reply: str, locale: str) -> None:
    first = _answers(said, "sí" if locale == "es-MX" else "yes", locale=locale)[-1]
    heard = _answers(said, reply, locale=locale)[-1]
    assert first.event == "yes"
    assert heard.event == "corrected" and heard.value == "SGJ-607"


def test_no_is_not_that_letter_still_names_the_wrong_one() -> None:
    # "la última no es zeta": Z is what it is not; the value keeps its K
    heard = _answers("eme, a, ka, dos ocho cinco", "No, la última no es zeta, es ka de kilo.")[-1]
    assert heard.event == "corrected" and heard.value == "MAK-285"


@pytest.mark.parametrize(
    ("said", "replies", "locale", "value"),
    [
        # the correction applied, then the corrected letter said again, then a yes
        ("ye, ge, a, trescientos cinco", ("No, la primera es la i. La vocal.", "I de iglesia.", "Ahora sí."),
         "es-MX", "IGA-305"),
        # a correction the value already satisfied, then its letter said again
        ("ve, ce, te, dos dos nueve cero", ("No, en vez de la be es ve chica.", "Ve de Veracruz.", "Ándale, sí."),
         "es-MX", "VCT-2290"),
        ("D, K, R, four one one", ("No, the last letter is an R.", "R as in Romeo.", "Yes."), "en-US", "DKR-411"),
    ],
)
def test_the_corrected_letter_said_again_reads_the_plate_back_again(said: str, replies: tuple[str, ...],
                                                                    locale: str, value: str) -> None:
    heard = _answers(said, *replies, locale=locale)
    assert (heard[1].event, heard[1].value) == ("corrected", value)  # read back again, as it is
    assert heard[-1].event == "yes"


def test_without_a_correction_just_before_one_letter_begins_the_plate_anew() -> None:
    heard = _answers("ele, ye, eme, ochocientos diecisiete", "I griega.")[-1]
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == "Y"


def test_after_a_correction_a_letter_the_plate_lacks_still_begins_it_anew() -> None:
    heard = _answers("ye, ge, a, trescientos cinco", "No, la primera es la i.", "Ka de kilo.")
    assert heard[0].event == "corrected" and heard[0].value == "IGA-305"
    assert heard[1].event == "no"
    assert heard[1].accumulator is not None and heard[1].accumulator.so_far() == "K"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "value"),
    [
        # the plate's number said again whole, of another length: it replaces the number, the letters stay
        ("ABC 1234", "Novecientos.", "es-MX", "ABC-900"),
        ("ABC 1234", "No, es el novecientos.", "es-MX", "ABC-900"),
        ("XY 12", "Mil doscientos.", "es-MX", "XY-1200"),
        ("ABC 1234", "No, it's nine hundred.", "en-US", "ABC-900"),
    ],
)
def test_the_number_said_again_whole_keeps_the_letters(said: str, reply: str, locale: str, value: str) -> None:
    (heard,) = _answers(said, reply, locale=locale)
    assert (heard.event, heard.value) == ("corrected", value)


def test_a_short_number_said_at_the_read_back_is_no_new_number_for_the_plate() -> None:
    # "cuarenta y dos" at ABC-1234 may be its end said again: never ABC-42 nor a plate of digits only
    (heard,) = _answers("ABC 1234", "cuarenta y dos")
    assert heard.value != "ABC-42"
    assert heard.accumulator is None or "A B C" in heard.accumulator.so_far()


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        # words of a take-back opening the answer lead a correction in: they take nothing back of the plate
        ("a, be, ce, uno dos tres cuatro", "Me equivoqué, la ce es de.", "es-MX"),
        ("a, be, ce, uno dos tres cuatro", "Me equivoqué de número, es uno dos tres cinco.", "es-MX"),
        ("a, be, ce, uno dos tres cuatro", "Olvídalo, es uno dos tres cinco.", "es-MX"),
        ("A, B, C, one two three four", "Never mind, it's one two three five.", "en-US"),
    ],
)
def test_a_take_back_opening_the_answer_never_starts_the_plate_over_from_the_correction(
        said: str, reply: str, locale: str) -> None:
    heard = _answers(said, reply, locale=locale)[-1]
    # the plate read back stays (read back again, or put right), never a new one begun from "C D" or "1 2 3 5"
    assert heard.accumulator is None or heard.accumulator.so_far().startswith("A B")
    assert heard.value is None or heard.value.startswith("AB")
