"""How many of a letter a plate has, said as a remark ("sí, dos efes", "son dos erres", "yes, two Fs").

After "doble efe, equis, siete uno siete" the caller who adds "Sí, dos efes." says what the plate has, as it
has it: no digit 2 joins the plate, and the plate is left as it was (ready to be read back). At a read-back
the same words are a yes. "Doble efe" alone, with no yes before it and the letter not in the plural, is a
dictation of two letters.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.accumulators import letter_count

from .plate_helpers import plate_fed


@pytest.mark.parametrize(
    ("locale", "turns", "expected"),
    [
        ("es-MX", ("Doble efe.", "Equis.", "Siete uno siete.", "Sí, dos efes."), "F F X 7 1 7"),
        ("es-MX", ("Erre.", "Erre.", "A.", "Uno.", "Son dos erres."), "R R A 1"),
        ("en-US", ("Double F.", "X.", "Seven one seven.", "Yes, two Fs."), "F F X 7 1 7"),
        ("en-US", ("K.", "L.", "L.", "Four.", "Two Ls."), "K L L 4"),
        # after a "no" or "van", "lleva", "has": the caller answers a read-back that had one (ours has two)
        ("es-MX", ("Ese de sol.", "Ese.", "Te de Tampico.", "7 7 1.", "No, van dos eses."), "S S T 7 7 1"),
        ("es-MX", ("Te.", "Te.", "A.", "Cuatro cinco.", "Lleva dos tes."), "T T A 4 5"),
        ("es-MX", ("Eme.", "Erre.", "Erre.", "Nueve, uno.", "Tiene dos erres."), "M R R 9 1"),
        ("en-US", ("S.", "S.", "T.", "Seven seven one.", "No, it has two Ss."), "S S T 7 7 1"),
        ("en-US", ("B.", "B.", "X.", "Four four.", "There's two Bs."), "B B X 4 4"),
        # a name that is its own plural ("equis") or a word besides ("ohs", "whys") counts its letter all the same
        ("es-MX", ("Equis.", "Equis.", "A.", "Uno dos tres.", "Dos equis."), "X X A 1 2 3"),
        ("es-MX", ("Ye.", "Ye.", "A.", "Uno dos tres.", "Dos yes."), "Y Y A 1 2 3"),
        ("en-US", ("O.", "O.", "K.", "Four four.", "Two ohs."), "O O K 4 4"),
        ("en-US", ("Y.", "Y.", "K.", "Four four.", "Two whys."), "Y Y K 4 4"),
    ],
)
def test_a_count_the_plate_has_adds_nothing(locale: str, turns: tuple[str, ...], expected: str) -> None:
    fed = plate_fed(locale, *turns)
    assert fed.so_far() == expected
    assert fed.described


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("si, dos efes.", "es-MX", ("F", 2)),
        ("son tres eles", "es-MX", ("L", 3)),
        ("yes, two fs", "en-US", ("F", 2)),
        ("doble efe", "es-MX", None),  # a dictation of two letters, not a remark
        ("dos", "es-MX", None),
        ("two trucks", "en-US", None),
    ],
)
def test_what_counts_as_a_remark_on_a_letter(said: str, locale: str, expected: tuple[str, int] | None) -> None:
    assert letter_count(said, locale) == expected


def test_trap_doble_efe_alone_is_dictated() -> None:
    assert plate_fed("es-MX", "Doble efe.", "Equis.").so_far() == "F F X"


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("doble efe equis siete uno siete", "Sí, dos efes.", "es-MX"),
        ("double f x seven one seven", "Yes, two Fs.", "en-US"),
    ],
)
def test_at_the_read_back_the_remark_is_a_yes(said: str, reply: str, locale: str) -> None:
    from daisy_engine.runtime.listening import hear_confirmation
    from daisy_engine.understanding import types as slot_types

    plate = slot_types.get("plate")
    assert plate is not None

    def fresh():  # type: ignore[no-untyped-def]
        return plate.start(locale, {"pattern": r"[A-Z]{2,3}-\d{2,4}"})

    value = slot_types.feed(fresh(), said).state
    assert value.value == "FFX-717"
    assert hear_confirmation(reply, locale, value.value, value, fresh).event == "yes"

