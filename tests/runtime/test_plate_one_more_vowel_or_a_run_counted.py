"""A plate of repeated vowels dictated one at a time ("Letra a" - "Letra a" - "Otra vez a. Tres aes."): "otra a",
"otra vez a" (a weak name, a word too when alone) add one more of the letter, never start the plate over or
go unheard; a count of the letter the plate ends with ("tres aes", "dos oes", "three As"), alone or after the
letters in the same turn, says how many there are - one more than held is added, as many as held is so
already - and is never the digit 3."""

from __future__ import annotations

from runtime_helpers import heard_plate, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore


def test_another_vowel_said_after_the_same_vowels_is_one_more() -> None:
    assert heard_plate("es-MX", "Letra a", "Letra a", "Otra a.")[1].so_far() == "A A A"
    assert heard_plate("es-MX", "Letra a", "Letra a", "Otra vez a.")[1].so_far() == "A A A"
    assert heard_plate("es-MX", "Letra o", "Otra o.")[1].so_far() == "O O"
    assert heard_plate("es-MX", "Letra e", "Letra e", "Otra vez e.")[1].so_far() == "E E E"
    assert heard_plate("en-US", "A", "A", "Another A.")[1].so_far() == "A A A"


def test_a_count_of_the_vowel_the_plate_ends_with_completes_the_run_never_a_digit() -> None:
    assert heard_plate("es-MX", "Letra a", "Letra a", "Tres aes.")[1].so_far() == "A A A"
    assert heard_plate("es-MX", "Letra o", "Letra o", "Tres oes.")[1].so_far() == "O O O"
    assert heard_plate("es-MX", "Ese", "Ese", "Otra vez ese. Tres eses.")[1].so_far() == "S S S"
    assert heard_plate("es-MX", "Letra a", "Letra a", "Otra vez a. Tres aes.")[1].so_far() == "A A A"
    assert heard_plate("en-US", "A", "A", "Three As.")[1].so_far() == "A A A"
    # as many as held: so already, nothing added
    assert heard_plate("es-MX", "Letra i", "Letra i", "Dos ies.")[1].so_far() == "I I"


async def test_in_a_call_three_as_counted_after_another_a_go_on_to_the_number(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Humberto Cázares", "sí", "cincuenta y nueve", "sí", "d u z doscientos tres", "sí",
                 "sesenta", "sí", "Letra a", "Letra a"):
        await conv.user_turn(turn)
    assert "Llevo A A A." in said(await conv.user_turn("Otra vez a. Tres aes."))
    assert "A de árbol, A de árbol, A de árbol, 1, 0, 2" in said(await conv.user_turn("Ciento dos."))
    await conv.user_turn("Sí.")
    assert conv.slots["trailer_plate"] == "AAA-102"
