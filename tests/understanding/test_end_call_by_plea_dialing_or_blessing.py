"""Ways to end a call in other words: the calls stopped with a plea ("ya no me sigan marcando, se los
ruego"), told to quit dialing ("quit dialing me, I don't want these calls"), and the Mexican goodbye that
ends on a blessing ("sale pues, gracias, bendiciones", "que Dios te bendiga", "God bless"). A blessing
that opens a turn is a greeting ("Bendiciones, sí, soy yo")."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import detect_intent


def intent(text: str, locale: str) -> str | None:
    match = detect_intent(text, locale)
    return match.name if match else None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ya no me estén llamando, se lo ruego.", "es-MX"),
        ("Ya no me sigan buscando, por lo que más quieran.", "es-MX"),
        ("Ya no me vuelvan a marcar, se los suplico.", "es-MX"),
        ("Stop dialing my phone, I mean it.", "en-US"),
        ("I don't want any of these calls, quit phoning me.", "en-US"),
    ],
)
def test_the_calls_stopped_with_a_plea_or_a_verb_of_dialing_end_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Órale pues, gracias, que Dios te bendiga.", "es-MX"),
        ("Ándale, gracias, ve con Dios.", "es-MX"),
        ("Bueno, muchas gracias, Dios lo acompañe.", "es-MX"),
        ("Alright, thanks, God bless.", "en-US"),
        ("Okay, stay blessed.", "en-US"),
    ],
)
def test_a_blessing_said_last_is_a_goodbye(text: str, locale: str) -> None:
    assert intent(text, locale) == "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Bendiciones, sí, soy yo.", "es-MX"),
        ("God bless, yes this is him.", "en-US"),
        ("Ya no me sigan marcando.", "es-MX"),  # exasperation alone: no plea, no list
    ],
)
def test_a_blessing_first_or_exasperation_alone_does_not_end_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Sí, correcto, bendiciones.", "es-MX"),  # a yes at a read-back, thanked
        ("Así es, que Dios te bendiga.", "es-MX"),
        ("Llego como a las cinco, bendiciones.", "es-MX"),  # the answer, thanked
        ("Cuatro cinco dos, Dios te bendiga.", "es-MX"),
        ("Sí, dígame, bendiciones.", "es-MX"),
        ("Yes, that's right, God bless.", "en-US"),
        ("Sí, así es, que Dios te bendiga.", "es-MX"),
        ("Around five, God bless.", "en-US"),
        ("Four five two, blessings.", "en-US"),
    ],
)
def test_a_blessing_after_an_answer_thanks_and_does_not_end_the_call(text: str, locale: str) -> None:
    assert intent(text, locale) != "end_call"


@pytest.mark.parametrize(
    "text",
    ["I don't want your calls after 9.", "I don't want these calls at night.", "We don't want any calls before seven."],
)
def test_calls_refused_only_at_some_hours_do_not_end_the_call(text: str) -> None:
    assert intent(text, "en-US") != "end_call"
