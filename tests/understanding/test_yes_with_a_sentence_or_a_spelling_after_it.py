"""A yes said with more after it. Pointing at the value read back as a sentence of its own ("Ese es.",
"Esas son.", "That's the one.") is the whole yes, whatever sentence follows it ("Ya, ¿es todo?", "Are we
done?"). Said in one breath with more ("ese es el problema") the pointing word opens a sentence that is no
yes; a "pero" or a take-back after it still takes the yes back. "Así es, todo junto menos el punto", "yes,
all one word except the dot": after words saying how it is run together, the "except" says how it is
written, and the yes stands ("sí, todo bien menos la ele" is still a change)."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import classify_yes_no


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ese es. Ya, ¿es todo?", "es-MX"),
        ("Esa es. ¿Ya acabamos?", "es-MX"),
        ("Esas son. ¿Algo más?", "es-MX"),
        ("Ese mero. ¿Ya me puedo ir?", "es-MX"),
        ("Eso. ¿Ya terminamos?", "es-MX"),
        ("That's the one. Are we done?", "en-US"),
        ("Those are them. Anything else?", "en-US"),
    ],
)
def test_pointing_said_as_a_sentence_is_a_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ese es el problema", "es-MX"),
        ("Ese es, el problema es la ele", "es-MX"),
        ("Ese es. Pero le falta una letra.", "es-MX"),
        ("Ese es. No, espérame, le falta la ele", "es-MX"),
    ],
)
def test_pointing_that_opens_more_or_is_taken_back_is_no_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Así es, todo junto menos el punto", "es-MX"),
        ("Sí, todo pegado excepto el guion bajo", "es-MX"),
        ("Correcto, juntos salvo el punto", "es-MX"),
        ("Yes, all one word except the dot", "en-US"),
        ("Yeah, all together but the underscore", "en-US"),
    ],
)
def test_a_yes_then_how_it_is_run_together_but_for_a_symbol_is_a_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, todo bien menos la ele", "es-MX"),
        ("Sí, pero sin la eñe", "es-MX"),
        ("Yes, but no dot", "en-US"),
        ("Yes, everything except the last letter", "en-US"),
    ],
)
def test_an_except_that_is_no_spelling_still_takes_the_yes_back(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Esa es. La última es siete.", "es-MX"),
        ("Ese es. Le faltó una ele.", "es-MX"),
        ("Esa es. Con be grande.", "es-MX"),
        ("Ese es. Creo.", "es-MX"),
        ("That's the one. The last is a seven.", "en-US"),
        ("That's the one. Almost.", "en-US"),
    ],
)
def test_pointing_then_a_statement_that_may_change_the_value_is_no_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, todo seguido, salvo el cuatro que es nueve", "es-MX"),
        ("Sí, es todo junto excepto que no es ka es ca", "es-MX"),
        ("Sí, todo junto, menos la última que es be", "es-MX"),
        ("Yes, one word but it's with a K not a C", "en-US"),
        ("Yeah, that word is right but you missed a letter", "en-US"),
        ("Yep, all together except the number is 45", "en-US"),
    ],
)
def test_run_together_then_an_except_with_a_change_takes_the_yes_back(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"
