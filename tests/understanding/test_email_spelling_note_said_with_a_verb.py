"""A note on how a word of the address is spelled, said with a verb: "Ledezma es con zeta", "va con ve
chica", "se escribe con ese", "lleva zeta", "Lopez is spelled with a z". It is the same note as without
the verb. At the read-back the word may be the domain's own name ("...@fletesledesma.com.mx": "Ledezma es con
zeta"), which is then put right; a provider's name is written one way and never respelled, and a note on a
word already so written changes nothing."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.emails import noted_spelling

from .email_helpers import corrected


@pytest.mark.parametrize(
    ("said", "lang", "note"),
    [
        ("Ledezma es con zeta.", "es", ("ledezma", "ledezma", "z")),
        ("Ledezma, es con zeta.", "es", ("ledezma", "ledezma", "z")),
        ("Ever va con ve chica.", "es", ("ever", "ever", "v")),
        ("Sosa se escribe con ese.", "es", ("sosa", "sosa", "s")),
        ("Ordás es con zeta al final.", "es", ("ordas", "ordaz", "z")),
        ("Ledezma lleva zeta.", "es", ("ledezma", "ledezma", "z")),
        ("Lopez is spelled with a z.", "en", ("lopez", "lopez", "z")),
        ("Lopez's with a z.", "en", ("lopez", "lopez", "z")),
        ("Lopes is with a z at the end.", "en", ("lopes", "lopez", "z")),
    ],
)
def test_a_note_said_with_a_verb_is_the_note(said: str, lang: str, note: tuple[str, str, str]) -> None:
    assert noted_spelling(said, lang) == note  # type: ignore[arg-type]


@pytest.mark.parametrize("said", ["Mi correo es con gmail.", "Juan es con guion.", "El correo lleva mi nombre."])
def test_trap_a_verb_before_no_letter_is_no_note(said: str) -> None:
    assert noted_spelling(said, "es") is None


@pytest.mark.parametrize(
    ("address", "said", "locale", "expected"),
    [
        ("gsauceda@fletesledesma.com.mx", "Ledezma es con zeta.", "es-MX", "gsauceda@fletesledezma.com.mx"),
        ("mendes.karla@gmail.com", "Mendez va con zeta al final.", "es-MX", "mendez.karla@gmail.com"),
        ("ops@transportesgusman.com", "Guzman is spelled with a z.", "en-US", "ops@transportesguzman.com"),
    ],
)
def test_at_the_readback_the_noted_word_is_put_right_before_or_after_the_at(
        address: str, said: str, locale: str, expected: str) -> None:
    assert corrected(address, said, locale) == expected


def test_trap_a_note_on_the_provider_changes_nothing() -> None:
    assert corrected("ana.ruiz@yahoo.com", "Yahoo es con i griega.") is None


def test_a_note_with_a_verb_on_a_word_already_so_written_describes_the_address() -> None:
    state = new_accumulator("email", "es-MX")
    state.feed("yoli punto ruiz guion pe arroba gmail punto com")
    said = "No, Ruiz es con zeta al final."
    assert state.describes(said) is True
    assert corrected("yoli.ruiz-p@gmail.com", said) is None
