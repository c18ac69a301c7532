"""Values dictated over several turns, with the corrections callers make on real calls."""

import pytest

from daisy_engine.understanding import FeedResult, new_accumulator

PLATES = [
    ("es-MX", ["letra A", "B de burro", "ciento cincuenta y cinco"], "AB-155"),
    ("es-MX", ["la placa del tractor es a b c", "uno dos tres", "cuatro"], "ABC-1234"),
    ("es-MX", ["a b ele", "en vez de la ele es efe", "1 2 3 4"], "ABF-1234"),
    ("es-MX", ["a", "be", "ce", "1", "2", "3", "no, la última es 7"], "ABC-127"),
    ("es-MX", ["a b c", "borra eso", "x y z", "9 8 7"], "XYZ-987"),
    ("es-MX", ["a b c 1 2", "otra vez", "eme ene o", "4 5 6"], "MNO-456"),
    ("es-MX", ["letraa eme", "le tra a", "número cuatro", "cinco", "seis"], "MA-456"),
    ("es-MX", ["bedeburro", "a minúscula", "te mayúscula", "treintaidós", "uno"], "BAT-321"),
    ("es-MX", ["la placa es", "ka", "ele", "eme", "doble cinco", "siete"], "KLM-557"),
    ("es-MX", ["a b c", "1 2 3 4", "no, es x y z 9 8 7 6"], "XYZ-9876"),
    ("es-MX", ["jota", "ka", "ele", "4 5 6 7", "la primera es hache"], "HKL-4567"),
    ("es-MX", ["placas del factor, eh, a b", "ce", "mil doscientos"], "ABC-1200"),
    ("es-MX", ["i griega", "doble u", "zeta", "cero", "cero", "uno"], "YWZ-001"),
    ("es-MX", ["ve chica", "be grande", "ese", "cuarentaicinco", "seis"], "VBS-456"),
    ("es-MX", ["erre de ratón", "te de tomate", "equis", "2", "2", "2", "borra eso", "3"], "RTX-223"),
    ("es-MX", ["a", "b", "c", "1", "2", "3", "4", "el último número es 5"], "ABC-1235"),
    ("es-MX", ["efe", "ge", "hache", "9", "9", "9", "9", "la segunda letra es jota"], "FJH-9999"),
    ("es-MX", ["ene ele", "cambia la ele por eme", "8 0 8"], "NM-808"),
    ("es-MX", ["pe ka", "borra todo", "ese te u", "doce", "treinta y cuatro"], "STU-1234"),
    ("es-MX", ["es la a", "la be", "la ce", "guion", "cuatro cuatro cuatro"], "ABC-444"),
    ("es-MX", ["te erre a", "número dos", "número dos", "número dos", "número dos"], "TRA-2222"),
    ("es-MX", ["ka", "ele", "eme", "ahorita no la tengo a la mano", "1 2 3"], "KLM-123"),
    ("en-US", ["alpha", "bravo", "charlie", "one two three", "scratch that", "four five six"], "ABC-456"),
    ("en-US", ["k l m", "instead of m it's n", "4 4 4"], "KLN-444"),
    ("en-US", ["the plate is x", "y", "z", "seven", "eight", "nine", "zero"], "XYZ-7890"),
    ("en-US", ["b as in boy", "d as in david", "start over", "tango", "uniform", "5 5 5"], "TU-555"),
    ("en-US", ["m n p", "2 1 0", "the last one is 9"], "MNP-219"),
    ("en-US", ["delta", "echo", "foxtrot", "oh", "one", "two"], "DEF-012"),
]


@pytest.mark.parametrize(("locale", "turns", "expected"), PLATES)
def test_plates_over_several_turns(locale, turns, expected):
    acc = new_accumulator("plate", locale)
    for turn in turns:
        result = acc.feed(turn)
    assert acc.complete and acc.value == expected
    assert result.value == expected


EMAILS = [
    ("es-MX", ["juan punto perez", "arroba gmail punto com"], "juan.perez@gmail.com"),
    ("es-MX", ["mi correo es", "jota u a ene", "arroba", "gmail", "punto com"], "juan@gmail.com"),
    ("es-MX", ["maria guion bajo lopez", "arroba hotmail", "punto com", "no, arroba gmail punto com"],
     "maria_lopez@gmail.com"),
    ("es-MX", ["pedro", "borra eso", "pablo", "arroba yahoo punto com punto mx"], "pablo@yahoo.com.mx"),
    ("es-MX", ["r o b", "e r t o", "arroba gmail punto com", "es todo"], "roberto@gmail.com"),
    ("es-MX", ["carlos", "mil novecientos ochenta", "arroba hotmail", "punto com"], "carlos1980@hotmail.com"),
    ("es-MX", ["fletes", "guion", "garcia", "arroba", "outlook", "punto", "com", "punto", "mx"],
     "fletes-garcia@outlook.com.mx"),
    ("es-MX", ["ana arroba gmail punto com", "otra vez", "ana punto torres", "arroba gmail punto com"],
     "ana.torres@gmail.com"),
    ("es-MX", ["luis", "arroba jotmail punto com"], "luis@hotmail.com"),
    ("es-MX", ["el correo es pepe", "arroba gmail punto com", "no, mejor pon paco arroba gmail punto com"],
     "paco@gmail.com"),
    ("es-MX", ["ele", "u", "pe", "e", "arroba", "live", "punto com", "punto mx"], "lupe@live.com.mx"),
    ("en-US", ["john dot smith", "at gmail dot com"], "john.smith@gmail.com"),
    ("en-US", ["it's k e l", "l y", "at icloud", "dot com"], "kelly@icloud.com"),
    ("en-US", ["mike underscore j", "at yahoo dot com", "scratch that", "at aol dot com"], "mike_j@aol.com"),
    # taken back in words within the turn: the address said after it is the address (no "perdón" in it)
    ("es-MX", ["juan punto perez, borra eso, juan guion perez arroba gmail punto com"], "juan-perez@gmail.com"),
    ("es-MX", ["rosa lopez, bórralo, rosa punto lopez", "arroba hotmail punto com"], "rosa.lopez@hotmail.com"),
    ("en-US", ["dale dot parker, scratch that, dale underscore parker at gmail dot com"], "dale_parker@gmail.com"),
    # only the provider said again: the local part said before stays
    ("es-MX", ["juan perez arroba gmail, bórralo, hotmail punto com"], "juanperez@hotmail.com"),
    ("es-MX", ["juan perez arroba gmail, borra eso, arroba hotmail punto com"], "juanperez@hotmail.com"),
    ("en-US", ["dale at gmail, scratch that, yahoo dot com"], "dale@yahoo.com"),
]


@pytest.mark.parametrize(("locale", "turns", "expected"), EMAILS)
def test_emails_over_several_turns(locale, turns, expected):
    acc = new_accumulator("email", locale)
    for turn in turns:
        acc.feed(turn)
    assert acc.complete and acc.value == expected


def test_feed_results_report_progress_and_corrections():
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("la placa es") == FeedResult("nothing", None, "")
    assert acc.feed("a b c") == FeedResult("partial", None, "A B C")
    # valid, but digits said one by one may go on (ABC-1234): still partial, with the value it holds
    assert acc.feed("uno dos tres") == FeedResult("partial", "ABC-123", "A B C 1 2 3")
    assert acc.feed("no, la última es siete") == FeedResult("corrected", "ABC-127", "A B C 1 2 7")
    acc.reset()
    assert (acc.value, acc.complete, acc.so_far()) == (None, False, "")


def test_an_edit_that_cannot_apply_changes_nothing():
    acc = new_accumulator("plate", "es-MX")
    acc.feed("a b c")
    assert acc.feed("en vez de la equis es zeta").status == "nothing"
    assert acc.so_far() == "A B C"


def test_email_so_far_is_spoken_in_the_locale():
    acc = new_accumulator("email", "es-MX")
    acc.feed("juan punto perez")
    assert acc.feed("arroba gmail").so_far == "juan punto perez arroba gmail punto com"


def test_integer_digits_over_turns_until_the_pattern_holds():
    acc = new_accumulator("integer", "es-MX", {"pattern": r"\d{4}"})
    assert acc.feed("doce").status == "partial"
    assert acc.feed("treinta y cuatro") == FeedResult("complete", "1234", "1 2 3 4")
    acc = new_accumulator("integer", "es-MX")
    assert acc.feed("cuatro dos").value == "42"
    assert acc.feed("no, cuarenta y tres").status == "corrected" and acc.value == "43"


@pytest.mark.parametrize(
    ("slot_type", "turns", "expected"),
    [
        ("time", ["como a las cinco", "no, a las seis de la tarde"], "18:00"),
        ("name", ["¿quién habla?", "soy Pedro Ruiz"], "Pedro Ruiz"),
        ("yes_no", ["mande?", "sí, correcto"], "yes"),
        ("choice", ["pues es refri"], "reefer"),
        ("text", ["  lo que sea  "], "lo que sea"),
    ],
)
def test_simple_slots_complete_on_the_first_valid_turn(slot_type, turns, expected):
    options = {"choices": {"reefer": ["refri", "refrigerada"], "dry_van": ["caja seca"]}}
    acc = new_accumulator(slot_type, "es-MX", options)
    statuses = [acc.feed(t).status for t in turns]
    assert acc.value == expected and statuses[-1] in ("complete", "corrected")


def test_naming_the_next_position_just_adds_it():
    acc = new_accumulator("plate", "es-MX")
    assert acc.feed("la primera es la a") == FeedResult("partial", None, "A")
    assert acc.feed("la segunda es be de burro").so_far == "A B"
    for turn in ("c de casa", "tres", "cuatro"):
        acc.feed(turn)
    assert acc.feed("cinco") == FeedResult("partial", "ABC-345", "A B C 3 4 5")
    assert acc.feed("seis") == FeedResult("complete", "ABC-3456", "A B C 3 4 5 6")
