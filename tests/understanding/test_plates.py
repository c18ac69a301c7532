
import pytest

from daisy_engine.understanding import (
    extract,
    extract_char,
    new_accumulator,
    readback,
    validate_value,
)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("a b c uno dos tres cuatro", "es-MX", "ABC-1234"),
        ("la placa del tractor es a b c 1 2 3 4", "es-MX", "ABC-1234"),
        ("letra a, b de burro, c de casa, ciento cincuenta y cinco", "es-MX", "ABC-155"),
        ("be grande, ve chica, erre, 5 5 5 1", "es-MX", "BVR-5551"),
        ("i griega, hache, jota 8 8 0 0", "es-MX", "YHJ-8800"),
        ("doble u, equis, a, 3 2 1", "es-MX", "WXA-321"),
        ("bedeburro, a, te, 3 3 3", "es-MX", "BAT-333"),
        ("letraa ese, le tra te, letra u, 8 8 8", "es-MX", "STU-888"),
        ("placas del factor, eh, cu erre ese, 1 9 9 0", "es-MX", "QRS-1990"),
        ("es la NLE 4 7 2 3", "es-MX", "NLE-4723"),
        ("x y z 9 8 7", "es-MX", "XYZ-987"),
        ("alpha bravo charlie 1 2 3", "en-US", "ABC-123"),
        ("b as in boy, d as in david, 3 3 4 4", "en-US", "BD-3344"),
        ("uh sierra tango victor one oh one", "en-US", "STV-101"),
        ("abc-1234", "en-US", "ABC-1234"),
    ],
)
def test_dictated_plates_are_normalised_to_the_pattern(text, locale, expected):
    assert extract("plate", text, locale) == expected


@pytest.mark.parametrize(
    "text",
    ["no me acuerdo de la placa", "ahorita no la tengo a la mano", "a b c", "1 2 3 4", "la placa del tractor"],
)
def test_filler_words_never_become_a_plate(text):
    assert extract("plate", text, "es-MX") is None


def test_a_custom_pattern_decides_the_layout():
    federal = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}
    assert extract("plate", "uno dos, a be, tres, ce", "es-MX", federal) == "12-AB-3C"
    assert extract("plate", "a b c 1 2 3", "es-MX", {"pattern": r"[A-Z]{3}\d{3}"}) == "ABC123"
    assert extract("plate", "a b c 1 2 3", "es-MX", {"pattern": "(unclosed"}) is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("B de burro", "es-MX", "B"),
        ("bravo", "en-US", "B"),
        ("número cuatro", "es-MX", "4"),
        ("letra eme", "es-MX", "M"),
        ("la ese", "es-MX", "S"),
        ("ve chica", "es-MX", "V"),
        ("de de dedo", "es-MX", "D"),
        ("it's a k", "en-US", "K"),
        ("a", "es-MX", "A"),
        ("guion", "es-MX", "-"),
        ("no sé", "es-MX", None),
        ("uno dos", "es-MX", None),
        ("ochenta", "es-MX", None),
        ("what?", "en-US", None),
    ],
)
def test_single_character_dictation(text, locale, expected):
    assert extract_char(text, locale) == expected


def test_llm_plate_proposals_are_renormalised():
    assert validate_value("plate", "abc 1234", "es-MX") == "ABC-1234"
    assert validate_value("plate", "ABC-1234", "es-MX") == "ABC-1234"
    assert validate_value("plate", "AB", "es-MX") is None
    assert validate_value("plate", 1234, "es-MX") is None


CA = {"pattern": r"\d[A-Z]{3}\d{3}"}


MX_FED = {"pattern": r"\d{2}-[A-Z]{2}-\d[A-Z]"}


MX_STATE = {"pattern": r"[A-Z]{3}-\d{2}-\d{2}"}


@pytest.mark.parametrize(
    ("text", "locale", "options", "expected"),
    [
        ("it's 7 T R X 4 5 2", "en-US", CA, "7TRX452"),
        ("seven tee are x-ray four fifty two", "en-US", CA, "7TRX452"),
        ("7TRX452", "en-US", CA, "7TRX452"),
        ("siete te erre equis cuatro cinco dos", "es-MX", CA, "7TRX452"),
        ("cuatro cinco a be tres ce", "es-MX", MX_FED, "45-AB-3C"),
        ("cuarenta y cinco a be tres ce", "es-MX", MX_FED, "45-AB-3C"),
        ("45 AB 3C", "es-MX", MX_FED, "45-AB-3C"),
        ("a be ce uno dos tres cuatro", "es-MX", MX_STATE, "ABC-12-34"),
        # look-alikes: the default pattern holds neither
        ("it's 7 T R X 4 5 2", "en-US", None, None),
        ("a b c uno dos tres", "es-MX", None, "ABC-123"),
    ],
)
def test_plates_with_custom_patterns(text, locale, options, expected):
    assert extract("plate", text, locale, options) == expected


@pytest.mark.parametrize(
    ("locale", "options", "turns", "expected"),
    [
        ("en-US", CA, ["seven", "tee", "are", "x-ray", "four", "five", "two"], "7TRX452"),
        ("en-US", CA, ["7", "T R X", "four fifty two"], "7TRX452"),
        ("es-MX", CA, ["siete", "te", "erre", "equis", "cuatro", "cinco", "dos"], "7TRX452"),
        ("es-MX", MX_FED, ["cuatro cinco", "a be", "tres", "ce"], "45-AB-3C"),
        ("es-MX", MX_FED, ["45", "AB", "3C"], "45-AB-3C"),
        ("es-MX", MX_STATE, ["a be ce", "uno dos", "tres cuatro"], "ABC-12-34"),
    ],
)
def test_plate_accumulator_over_turns(locale, options, turns, expected):
    acc = new_accumulator("plate", locale, options)
    results = [acc.feed(t) for t in turns]
    assert all(r.status == "partial" for r in results[:-1]), results
    assert results[-1].status == "complete" and results[-1].value == expected
    assert acc.finish() == expected


def test_plate_readback_does_not_speak_the_dash():
    assert readback("plate", "ABC-1234", "es-MX", spell=True) == "A de árbol, B de burro, C de casa, 1, 2, 3, 4"
    assert readback("plate", "ABC-1234", "es-MX") == "A, B, C, 1, 2, 3, 4"
    assert readback("plate", "ABC-1234", "en-US", spell=True) == "Alpha, Bravo, Charlie, 1, 2, 3, 4"
    assert "dash" not in readback("plate", "AB-12-C", "en-US")
    # the value itself keeps its normal form
    assert extract("plate", "a be ce uno dos tres cuatro", "es-MX") == "ABC-1234"


@pytest.mark.parametrize(
    ("text", "plate"),
    [("doble a, be, uno dos tres cuatro", "AAB-1234"), ("a doble ele uno dos tres", "ALL-123"),
     ("doble e ese uno dos tres", "EES-123"), ("doble u a be uno dos tres", "WAB-123"),
     ("a be ce doble cero uno", "ABC-001"),
     # four letters are not an LLL-DDDD plate: nothing dropped to force a fit
     ("doble a be ce uno dos tres", None),
     ("tres cuatro ele eme cinco", None)],
)
def test_doubled_letters_and_unfit_plates(text, plate):
    assert extract("plate", text, "es-MX") == plate


def test_plate_accumulator_keeps_an_unfit_dictation_in_order():
    acc = new_accumulator("plate", "es-MX")
    result = acc.feed("tres cuatro ele eme cinco")
    assert (result.status, result.value, result.so_far) == ("partial", None, "3 4 L M 5")
    # the whole plate said again replaces it
    assert acc.feed("a be ce uno dos tres cuatro").value == "ABC-1234"
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("doble a").so_far == "A A"
    assert acc.feed("be uno dos tres").value == "AAB-123"
    # a lone out-of-place digit or noise is still nothing
    assert new_accumulator("plate", "es-MX").feed("3").status == "nothing"
    assert new_accumulator("plate", "es-MX").feed("no sé la placa").status == "nothing"


@pytest.mark.parametrize(
    "text", ["a be ce de uno dos tres", "a be ce de 4 5 6", "e ele eme ene 1 2 3", "a a be ce 7 7 7"]
)
def test_a_vowel_spelled_next_to_letters_is_never_dropped_to_fit(text):
    assert extract("plate", text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("te a be 1 2 3", "TAB-123"),
        ("ka e ele 9 9 9", "KEL-999"),
        ("eme ene o 1 2 3", "MNO-123"),
        ("de, e, efe, 9 0 9", "DEF-909"),
        ("la placa de la caja es erre ese 4 4 1 2", "RS-4412"),  # "de" the preposition is still dropped
    ],
)
def test_spelled_vowels_next_to_letters_are_kept(text, expected):
    assert extract("plate", text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A B C twenty-one thirty-four", "ABC-2134"),
        ("uh, P Q R forty-five twelve", "PQR-4512"),
        ("x y z ninety-nine ninety-nine", "XYZ-9999"),
        ("double-u k p 3 3 9", "WKP-339"),
        ("k l m dash four five six", "KLM-456"),  # a spoken dash still counts
    ],
)
def test_hyphenated_number_and_letter_words_are_not_dashes(text, expected):
    assert extract("plate", text, "en-US") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("una ka, una ele y una eme, tres tres tres", "KLM-333"), ("x y z 9 8 7", "XYZ-987"),
     ("ka ele y eme 1 2 3", "KLM-123")],
)
def test_a_usually_not_a_letter_word_between_letters_may_still_be_dropped(text, expected):
    assert extract("plate", text, "es-MX") == expected


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [("dobleve equis ye dos cinco cinco ocho", "es-MX", "WXY-2558"), ("igriega a te 4 4 4", "es-MX", "YAT-444"),
     ("doubleu k p 1 2 3", "en-US", "WKP-123")],
)
def test_fused_two_word_letter_names(text, locale, expected):
    assert extract("plate", text, locale) == expected


@pytest.mark.parametrize(
    ("said", "locale", "correction", "expected"),
    [
        ("ele be uno dos tres", "es-MX", "lleva doble ele", "LLB-123"),
        ("ele be uno dos tres", "es-MX", "no, es con doble ele", "LLB-123"),
        ("a ele uno dos tres", "es-MX", "son dos eles", "ALL-123"),
        ("ele ele be uno dos tres", "es-MX", "no va doble ele, nada más una", "LB-123"),
        ("L B 1 2 3", "en-US", "it has a double L", "LLB-123"),
    ],
)
def test_a_doubled_letter_said_at_the_plate_read_back(said, locale, correction, expected):
    from daisy_engine.understanding.types.base import edit

    plate = new_accumulator("plate", locale, {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    plate.feed(said)
    changed = edit(plate, correction)
    assert changed is not None and changed.value == expected


@pytest.mark.parametrize(
    ("said", "correction"),
    [
        ("a be uno dos tres", "lleva doble ele"),  # no L to double
        ("ele be ce uno dos tres", "lleva doble ele"),  # four letters would not fit the plate
    ],
)
def test_trap_a_doubled_letter_that_cannot_apply_leaves_the_plate(said, correction):
    from daisy_engine.understanding.types.base import edit

    plate = new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    plate.feed(said)
    before = plate.value
    changed = edit(plate, correction)
    assert changed is None or changed.value == before
