"""An e-mail whose domain the caller dictates a piece per turn in a call: "Arroba." / "Servicios." /
"Guion medio." / "Lara." / "Punto com." - every piece is heard and read back as it comes, the dash too, and
the address read back whole is the one dictated (no piece lost, no failed attempt counted)."""

from __future__ import annotations

from runtime_helpers import at_email

from daisy_engine.compiler import CompiledFlow


async def test_each_piece_of_the_domain_is_kept(daisy: CompiledFlow) -> None:
    conv = await at_email(daisy)
    for turn in ["Ele, y, ese, a.", "Arroba.", "Servicios.", "Guion medio.", "Lara.", "Punto com."]:
        await conv.user_turn(turn)
    assert conv.pending == "lisa@servicios-lara.com"
    assert conv.step.name.endswith("email.confirm")
    await conv.user_turn("Sí.")
    assert conv.slots["email"] == "lisa@servicios-lara.com"
