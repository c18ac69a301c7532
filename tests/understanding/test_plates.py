import pytest

from daisy_engine.understanding import extract, extract_char, validate_value


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
