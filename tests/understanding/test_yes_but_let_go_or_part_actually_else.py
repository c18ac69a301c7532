"""A yes whose "but" only asks to be let go ("Simón, quedó, pero ya córtale que viene la curva") stands, as one
asking for speed does; a yes with a part said to be in fact something else ("the final number's actually a nine")
corrects that part - no yes."""

from __future__ import annotations

import pytest

from daisy_engine.understanding.yes_no import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Simón, quedó, pero ya córtale que viene la curva.", "es-MX"),
        ("Sí, quedó, pero ya cuelga que voy manejando.", "es-MX"),
        ("Yes, that's right, but wrap it up, I'm coming to a curve.", "en-US"),
        ("Yeah, the whole thing is actually right.", "en-US"),
        ("Sí, de hecho el número es correcto.", "es-MX"),
    ],
)
def test_yes_stands(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Yeah, all good till the end, the final number's actually a nine.", "en-US"),
        ("Yes, the last digit is actually a nine.", "en-US"),
        ("Yeah, it's all good, the last letter's actually a B.", "en-US"),
        ("Yes, actually the first letter is a D.", "en-US"),
        ("Sí, todo bien hasta el final, el último número en realidad es nueve.", "es-MX"),
        ("Sí, de hecho la primera es una de.", "es-MX"),
        ("Sí, pero ya córtale, la letra es una be.", "es-MX"),
        ("Yeah, but wrap it up, the last one is a B.", "en-US"),
    ],
)
def test_no_yes_when_a_part_is_corrected(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Yes, that actually sounds right.", "en-US"),
        ("Yeah, that actually works.", "en-US"),
        ("Yes, the plate is actually from Texas.", "en-US"),
        ("Yes, the name is actually spelled that way.", "en-US"),
        ("Yeah, this is actually my truck.", "en-US"),
        ("Sí, de hecho el nombre es ese.", "es-MX"),
        ("Sí, en realidad la placa es de Sonora.", "es-MX"),
        ("Sí, la neta el correo es de mi esposa.", "es-MX"),
    ],
)
def test_yes_stands_when_the_whole_value_is_said_to_be_so_in_fact(text: str, locale: str) -> None:
    # "actually" / "de hecho" about the whole value (or something else) is no part corrected: only a part named by
    # its place or kind ("the final number", "la primera") said to be in fact something else is
    assert classify_yes_no(text, locale).answer == "yes"
