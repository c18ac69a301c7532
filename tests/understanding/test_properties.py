"""Property tests: every entry point is total, and everything it returns is a valid slot value."""

from __future__ import annotations

import logging
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from daisy_engine.understanding import (
    INTENTS,
    SLOT_TYPES,
    YesNo,
    classify_yes_no,
    detect_intent,
    extract,
    extract_char,
    new_accumulator,
    readback,
    validate_value,
)

# Words that steer the extractors into their deeper paths (numbers, letters, symbols, corrections).
_VOCAB = (
    "uno dos tres cuatro cinco seis siete ocho nueve cero diez once doce veinte veintitres treintaidos "
    "cuarenta y cincuenta ciento mil millon doble triple a b c de e es el la o y te be ve ce jota equis "
    "ele eme ene erre ese zeta doble u i griega letra letraa le tra numero guion bajo arroba aroba punto "
    "com mx gmail hotmail jimeil at dot dash underscore alpha bravo x-ray oh zero one two twelve thirty "
    "hundred thousand and half past quarter to para las menos media cuarto de la tarde noche manana pm "
    "am p m en horas minutos llamame marcame call me back in an hour si no correcto nope yes sure "
    "perdon digo borra eso otra vez en vez de la ultima es mi nombre es soy habla my name is this is "
    "burro bedeburro adelante : . , - @ _ ¿ ? ! 12 34 007 1530 25:70 14:30 ñ é ü Ω 🚚 \x00 \u200b"
)
VOCAB = _VOCAB.split(" ")

speech = st.lists(st.sampled_from(VOCAB), max_size=14).map(" ".join)
anything = st.one_of(st.text(max_size=60), speech, st.text(alphabet="abcdeijlmnoprsuvxyz0123456789 -.@", max_size=40))
locales = st.sampled_from(["es-MX", "en-US", "es", "en-GB", "fr-FR", ""])

OPTIONS: dict[str, list[dict | None]] = {
    "integer": [None, {"leading_zeros": True}, {"min": 10, "max": 5000}, {"pattern": r"\d{4}"}],
    "plate": [None, {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}, {"pattern": r"[A-Z]{3}\d{3}"}],
    "time": [None, {"now": "10:00"}],
    "choice": [{"choices": {"dry_van": ["caja seca", "dry van"], "reefer": ["refrigerada", "thermo"]}},
               {"choices": ["flatbed", "tanker"]}],
    "text": [None, {"pattern": r"[a-z ]+"}],
}

# Three times the profile's budget (tests/conftest.py): these properties are cheap and cover every type.
SLOW_OK = settings(max_examples=settings.default.max_examples * 3, suppress_health_check=[HealthCheck.too_slow])


class _Errors(logging.Handler):
    """Extractors log (and swallow) unexpected exceptions; in tests each one is a failure."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True, scope="module")
def no_swallowed_errors():
    handler = _Errors()
    logger = logging.getLogger("daisy_engine.understanding")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    assert not handler.records, [r.getMessage() for r in handler.records]


@pytest.mark.parametrize("slot_type", sorted(SLOT_TYPES))
@SLOW_OK
@given(text=anything, locale=locales, data=st.data())
# "aa aaa" (a sound drawn out) once read as a garbled "a de ..." on validation only: "Aa Aaa B B" became "Abb"
@example(text="AA:AAA:B:B", locale="es-MX", data=None)
def test_extract_is_total_and_returns_valid_values(slot_type, text, locale, data):
    options = data.draw(st.sampled_from(OPTIONS.get(slot_type, [None]))) if data is not None \
        else OPTIONS.get(slot_type, [None])[0]
    value = extract(slot_type, text, locale, options)
    if value is None:
        return
    assert validate_value(slot_type, value, locale, options) == value
    assert isinstance(readback(slot_type, value, locale), str)
    assert isinstance(readback(slot_type, value, locale, spell=True), str)


@SLOW_OK
@given(text=anything, locale=locales)
def test_extract_char_returns_one_plate_character(text, locale):
    ch = extract_char(text, locale)
    assert ch is None or re.fullmatch(r"[A-Z0-9-]", ch)


@SLOW_OK
@given(text=anything, locale=locales)
def test_classify_yes_no_is_total(text, locale):
    result = classify_yes_no(text, locale)
    assert isinstance(result, YesNo)
    assert result.answer in ("yes", "no", None)
    assert isinstance(result.rest, str)
    assert extract("yes_no", text, locale) == result.answer


@SLOW_OK
@given(text=anything, locale=locales)
def test_detect_intent_is_total(text, locale):
    match = detect_intent(text, locale)
    assert match is None or (match.name in INTENTS and 0 < match.score <= 1)
    if match is not None and match.name != "reschedule":
        assert match.minutes is None


@pytest.mark.parametrize("slot_type", sorted(SLOT_TYPES))
@SLOW_OK
@given(turns=st.lists(anything, max_size=6), locale=locales, data=st.data())
def test_accumulators_are_total_and_complete_means_valid(slot_type, turns, locale, data):
    options = data.draw(st.sampled_from(OPTIONS.get(slot_type, [None])))
    acc = new_accumulator(slot_type, locale, options)
    for turn in turns:
        result = acc.feed(turn)
        assert result.status in ("complete", "partial", "nothing", "corrected")
        assert isinstance(result.so_far, str) and result.so_far == acc.so_far()
        if acc.complete:
            assert acc.value is not None and result.value == acc.value
            assert validate_value(slot_type, acc.value, locale, options) == acc.value
        else:
            assert result.value is None


@pytest.mark.parametrize("slot_type", sorted(SLOT_TYPES))
@pytest.mark.parametrize("value", [None, 42, -3, 2.5, float("nan"), True, b"abc", ["a"], {"a": 1}, object()])
def test_validate_value_rejects_wrong_types_without_raising(slot_type, value):
    got = validate_value(slot_type, value, "es-MX", OPTIONS.get(slot_type, [None])[0])
    if slot_type == "integer" and value == 42 and value is not True:
        assert got == "42"
    elif slot_type == "amount" and value in (42, 2.5) and value is not True:
        assert got == {42: "42", 2.5: "2.50"}[value]  # a sum of money from the model, as a number
    elif slot_type == "yes_no" and value is True:
        assert got == "yes"
    else:
        assert got is None


def test_huge_and_hostile_inputs_are_fast_enough_and_total():
    hostile = ["a b c " * 3000, "\x00\x01" * 5000, "🚚" * 4000, "uno " * 3000, "arroba " * 2000, "ñ" * 10_000,
               # a numeral of another script is a word character that folds to nothing (an empty word once)
               "A0O0\U00011fc0", "ana \U00011fc0 uva"]
    for text in hostile:
        for slot_type in SLOT_TYPES:
            extract(slot_type, text, "es-MX", OPTIONS.get(slot_type, [None])[0])
        extract_char(text, "es-MX")
        classify_yes_no(text, "en-US")
        detect_intent(text, "es-MX")


WHO = {"who_is_calling": {"en-US": ["who is this", "where are you calling from"], "es": ["quién habla"]}}


MX_FED = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}


def test_new_paths_give_the_same_answer_when_repeated():
    # Speed is measured in benchmarks/bench_extractors.py, not here; this checks the paths stay stateless.
    for _ in range(20):
        acc = new_accumulator("plate", "es-MX", MX_FED)
        for t in ("cuatro cinco", "a be", "tres", "ce", "eso es todo"):
            acc.feed(t)
        assert acc.value == "45-AB-3C"
        assert extract("time", "around five", "en-US", {"now": "08:17"}) == "17:00"
        match = detect_intent("where are you calling from", "en-US", enabled=["who_is_calling"], extra_phrases=WHO)
        assert match is not None and match.name == "who_is_calling"


@pytest.mark.parametrize("text", ["B:BE+I", "B+BE:I", "Be:I+Be", "J:U+A:N"])
@pytest.mark.parametrize("locale", ["es-MX", "en-US", ""])
def test_a_name_found_between_odd_separators_is_in_the_form_it_validates_to(text, locale):
    """A recogniser's odd separators hide a spelling that the name's plain form shows: the value found is the
    normal form, the one `validate_value` (the model's fallback, a record read back) gives it again."""
    value = extract("name", text, locale)
    assert value is None or validate_value("name", value, locale) == value
