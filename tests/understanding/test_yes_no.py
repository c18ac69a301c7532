
import pytest

from daisy_engine.understanding import (
    YesNo,
    classify_yes_no,
    extract,
    validate_value,
)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("sí", "es-MX", "yes"), ("si", "es-MX", "yes"), ("que sí", "es-MX", "yes"), ("correcto", "es-MX", "yes"),
        ("así es", "es-MX", "yes"), ("ajá", "es-MX", "yes"), ("claro", "es-MX", "yes"), ("está bien", "es-MX", "yes"),
        ("no, está mal", "es-MX", "no"), ("no es correcto", "es-MX", "no"), ("nel", "es-MX", "no"),
        ("no sé", "es-MX", None), ("¿cómo?", "es-MX", None), ("mande", "es-MX", None),
        ("yes", "en-US", "yes"), ("yep", "en-US", "yes"), ("yeah", "en-US", "yes"), ("that's right", "en-US", "yes"),
        ("correct", "en-US", "yes"), ("nope", "en-US", "no"), ("wrong", "en-US", "no"),
        ("that's not right", "en-US", "no"), ("I'm not sure", "en-US", None),
    ],
)
def test_confirmations_and_denials(text, locale, expected):
    assert extract("yes_no", text, locale) == expected


def test_a_no_followed_by_a_new_value_keeps_the_value_text():
    assert classify_yes_no("no, es cincuenta y seis", "es-MX") == YesNo("no", "es cincuenta y seis")
    assert classify_yes_no("No, la última es 7.", "es-MX") == YesNo("no", "la última es 7")
    assert classify_yes_no("no it's 56", "en-US") == YesNo("no", "it's 56")
    assert classify_yes_no("sí", "es-MX") == YesNo("yes", "")


def test_a_self_corrected_answer_counts_as_corrected():
    assert classify_yes_no("no, perdón, sí", "es-MX").answer == "yes"


@pytest.mark.parametrize(("text", "locale", "answer"), [
    ("no wait, yes", "en-US", "yes"), ("No. Wait. Yes, that is right.", "en-US", "yes"),
    ("no, hold on, yes it is", "en-US", "yes"), ("nope, hang on, yeah", "en-US", "yes"),
    ("yes, wait, no", "en-US", "no"), ("no, espera, sí", "es-MX", "yes"),
    ("no, espérame, sí, sí está bien", "es-MX", "yes"), ("sí, espera, no", "es-MX", "no"),
    ("no, wait", "en-US", "no"), ("no espera", "es-MX", "no"), ("no, wait, the time is wrong", "en-US", "no"),
    ("sí, espérame", "es-MX", None), ("yes, hold on", "en-US", None),
])
def test_an_answer_said_again_after_a_hold_is_the_answer(text: str, locale: str, answer: str | None) -> None:
    """"No wait, yes" at a summary: the caller thought again; the answer after the hold counts. A hold with no
    answer after it changes nothing ("no, wait" is a no, "sí, espérame" is no yes yet)."""
    assert classify_yes_no(text, locale).answer == answer


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, espere, no hay problema", "es-MX"), ("sí, espera, no hay bronca", "es-MX"),
    ("sí, espérame, no cuelgues", "es-MX"), ("Sí, espera, no te oigo", "es-MX"),
    ("yes, hold on, no problem", "en-US"), ("Yeah, hang on, no worries", "en-US"), ("Yes, wait, no problem", "en-US"),
])
def test_what_follows_a_hold_is_no_no_when_it_only_begins_with_no(text: str, locale: str) -> None:
    """"Sí, espere, no hay problema": after the hold comes a turn of its own, "no problem", never the answer "no"
    taken from its first word (the read-back would be wiped and asked again)."""
    assert classify_yes_no(text, locale).answer != "no"


@pytest.mark.parametrize(("text", "locale"), [
    ("Sí, espera, no, dale", "es-MX"), ("Sí, espérame, no, sí está bien", "es-MX"),
    ("sí, aguanta, no, ya, adelante", "es-MX"), ("Sí, espere, no, todo bien", "es-MX"),
    ("Sí, espera, no, espera, sí", "es-MX"),
    ("yeah hold on, no, go ahead", "en-US"), ("yes, wait, no, you're good", "en-US"),
    ("yeah, wait, nope, all good", "en-US"), ("Yep, hold on, no no, it's fine", "en-US"),
    ("Yes, hold on, no, wait, yes", "en-US"),
])
def test_a_yes_then_a_hold_then_the_reassuring_no_stays_a_yes(text: str, locale: str) -> None:
    """"Sí, espera... no, dale", "yeah hold on, no, go ahead": the "no" is the reassuring one before a go-on, as in
    "sí, no, dale" - the yes stands; and a hold said twice lets the last answer count."""
    assert classify_yes_no(text, locale).answer == "yes"


@pytest.mark.parametrize(("text", "locale"), [
    ("sí, espera, no tengo aquí los papeles", "es-MX"), ("Sí, espera, nombre, ni se parece", "es-MX"),
    ("Yes, wait, not right now", "en-US"), ("yeah, wait, no, that's wrong", "en-US"),
])
def test_a_yes_then_a_hold_then_a_no_of_its_own_is_no_yes(text: str, locale: str) -> None:
    assert classify_yes_no(text, locale).answer != "yes"


def test_no_answer_keeps_the_whole_text_as_rest():
    assert classify_yes_no("a las cinco", "es-MX") == YesNo(None, "a las cinco")


def test_llm_yes_no_proposals():
    assert validate_value("yes_no", True, "es-MX") == "yes"
    assert validate_value("yes_no", "NO", "es-MX") == "no"
    assert validate_value("yes_no", "claro que sí", "es-MX") == "yes"


@pytest.mark.parametrize("text", ["10-4", "ten four", "Ten-four, good buddy.", "uh 10-4", "roger", "Roger that.",
                                  "copy that"])
def test_radio_talk_is_yes(text):
    assert classify_yes_no(text, "en-US").answer == "yes"


@pytest.mark.parametrize("text", ["it is 10 4 5 7", "10 4 5", "ten four oh one", "ten forty", "roger at gmail dot com",
                                  "my name is roger"])
def test_radio_look_alikes_are_not_yes(text):
    assert classify_yes_no(text, "en-US").answer is None


def test_radio_look_alikes_keep_their_values():
    assert extract("integer", "10 4 5 7", "en-US") == "10457"
    assert extract("email", "roger at gmail dot com", "en-US") == "roger@gmail.com"
    assert extract("name", "roger", "en-US") == "Roger"
    assert classify_yes_no("no, 10-4 is wrong", "en-US").answer == "no"


@pytest.mark.parametrize(
    ("text", "locale", "answer"),
    [
        ("a ver, dígame", "es-MX", "yes"),
        ("dígame", "es-MX", "yes"),
        ("sí, dígame", "es-MX", "yes"),
        ("mande, dígame", "es-MX", "yes"),
        ("adelante", "es-MX", "yes"),
        ("go ahead", "en-US", "yes"),
        # look-alikes: "mande" alone is "pardon?"; a repeat request is no answer
        ("mande", "es-MX", None),
        ("¿mande?", "es-MX", None),
        ("a ver", "es-MX", None),
        ("dígame otra vez", "es-MX", None),
        ("no, ahorita no", "es-MX", "no"),
    ],
)
def test_go_aheads_at_a_permission_question(text, locale, answer):
    assert classify_yes_no(text, locale).answer == answer


@pytest.mark.parametrize(
    "text", ["no pues sí", "no, pos sí", "no pues claro", "no, claro que sí", "no, pues sí está bien"]
)
def test_mexican_no_pues_si_is_a_yes(text):
    assert extract("yes_no", text, "es-MX") == "yes"


@pytest.mark.parametrize("text", ["no pues no", "no, claro que no", "no, sí está mal", "no, está mal"])
def test_other_leading_nos_stay_no(text):
    assert extract("yes_no", text, "es-MX") == "no"


def test_yes_no_rest_after_the_idiom():
    assert classify_yes_no("no pues sí, así es", "es-MX").answer == "yes"
