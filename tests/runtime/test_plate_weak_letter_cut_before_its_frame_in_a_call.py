"""A letter whose name is also a word ("te", "de") said with the "de" of a spelling the line cut off ("Te de") after
letters that leave no room for both: the letter is kept and the "de" was its frame (M O + "Te de" is M O T, never
M O D with the "te" taken for the pronoun). With room for both, the D stands for now, as before (O + "Te de": O T D,
the word said next tells)."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_PLATE = ["sí", "Ana López", "sí", "cuatro cinco dos", "sí"]


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Eme de", "México.", "O de oso.", "Te de"], "Llevo M O T."),
        (["Eme.", "O.", "Te de"], "Llevo M O T."),
        (["A.", "Be.", "Te de"], "Llevo A B T."),
        (["Ce.", "Eme.", "Be de"], "Llevo C M B."),
        (["O de oso.", "Te de"], "Llevo O T D."),
    ],
)
async def test_a_weak_letter_before_a_cut_frame_is_kept_when_only_it_has_room(daisy: CompiledFlow,
                                                                              turns: list[str],
                                                                              so_far: str) -> None:
    conv = await call(daisy, "es-MX", [*TO_PLATE, *turns[:-1]])
    assert so_far in said(await conv.user_turn(turns[-1]))
