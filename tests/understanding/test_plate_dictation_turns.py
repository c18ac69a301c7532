"""A plate dictated over several turns: numbers that go on in the next turn, "no, X" replacing the last
piece, the last letter said again to make it clear, and turns that are talk rather than characters."""

from __future__ import annotations

from daisy_engine.understanding.types.plate import PlateAccumulator


def _fed(locale: str, *turns: str) -> PlateAccumulator:
    acc = PlateAccumulator("plate", locale, {})
    for turn in turns:
        acc.feed(turn)
    return acc


def test_hundreds_then_tens_in_the_next_turn_are_one_number() -> None:
    acc = _fed("es-MX", "Letra a.", "Letra ka.", "Letra ele.", "Doscientos.", "Cuarenta.")
    assert acc.value == "AKL-240"


def test_thousands_then_hundreds_are_one_number() -> None:
    assert _fed("es-MX", "jota ka ele", "mil", "novecientos").value == "JKL-1900"
    assert _fed("en-US", "A B C", "two hundred", "forty five").value == "ABC-245"


def test_tens_go_on_only_with_y() -> None:
    # "setenta" - "y tres" = 73; "setenta" - "tres" are the digits 7 0 3
    assert _fed("es-MX", "ere u pe", "setenta", "y tres").so_far() == "R U P 7 3"
    assert _fed("es-MX", "ere u pe", "setenta", "tres").value == "RUP-703"


def test_a_number_that_does_not_fit_the_zeros_is_more_digits() -> None:
    # a smaller number fills the zeros ("doscientos... cuatro" = 204); "cero cinco" does not go into
    # them: it is two more digits, and "A B C 2 0 0 0 5" has too many for the plate
    assert _fed("es-MX", "a be ce", "doscientos", "cuatro").value == "ABC-204"
    assert _fed("es-MX", "a be ce", "doscientos", "cero cinco").value == "ABC-200"


def test_no_then_a_letter_replaces_the_letter_just_said() -> None:
    acc = _fed("es-MX", "Letra ge.", "¿Ve de vaca?", "No, be de burro.")
    assert acc.so_far() == "G B"
    assert _fed("en-US", "K", "P", "No, B as in boy").so_far() == "K B"


def test_no_then_a_letter_replaces_the_one_digit_just_said() -> None:
    # "Uno." heard for the letter U: "No, U de uva." puts the letter where the digit was, never beside it
    assert _fed("es-MX", "Hache de hotel.", "Uno.", "No, U de uva.", "De.", "Seiscientos veinte.").value == "HUD-620"
    assert _fed("es-MX", "Hache.", "Cinco.", "No, ese de Sonora.").so_far() == "H S"
    assert _fed("es-MX", "Erre.", "Seis.", "No, letra ese.").so_far() == "R S"
    assert _fed("en-US", "H", "One.", "No, U as in uniform.").so_far() == "H U"


def test_no_then_one_letter_after_a_whole_number_is_no_swap() -> None:
    # the number was several characters: one letter does not stand for it
    assert _fed("es-MX", "Hache ka.", "Trescientos.", "No, ese de Sonora.").so_far().endswith("3 0 0")


def test_no_then_the_same_letter_changes_nothing() -> None:
    assert _fed("es-MX", "Letra ge.", "Be de burro.", "No, be de burro.").so_far() == "G B"


def test_no_then_a_number_replaces_the_number_just_said() -> None:
    assert _fed("es-MX", "eme ene o", "cuatrocientos treinta", "no, cuatrocientos trece").value == "MNO-413"


def test_the_last_letter_said_again_with_a_word_is_one_letter() -> None:
    assert _fed("es-MX", "Mitra ele.", "¿Él de león?").so_far() == "L"
    assert _fed("es-MX", "Letra de.", "De de dado.").so_far() == "D"
    assert _fed("es-MX", "Be de burro.", "Bebe de burro.").so_far() == "B"


def test_two_equal_letters_said_as_two_stay_two() -> None:
    assert _fed("es-MX", "ele", "ele").so_far() == "L L"
    assert _fed("es-MX", "Ce de casa.", "Ere de Roma.", "Otra ere de Roma.").so_far() == "C R R"
    assert _fed("en-US", "R", "another R as in Robert").so_far() == "R R"


def test_a_time_is_not_plate_characters() -> None:
    assert _fed("es-MX", "Y llego como a las cinco, eh.").so_far() == ""
    assert _fed("es-MX", "Letra o.", "A las cinco y veinte de la tarde.").so_far() == "O"
    assert _fed("en-US", "B", "I'll be there at five thirty").so_far() == "B"


def test_talk_about_the_trailer_does_not_start_the_plate_over() -> None:
    acc = _fed("es-MX", "Letra ene.", "Letra pe.", "Letra ce.", "Cuarenta y cuatro.",
               "El tráiler es el ciento veintiocho.")
    assert acc.so_far() == "N P C 4 4"


def test_a_count_of_letters_is_not_a_digit() -> None:
    acc = _fed("es-MX", "ge be ere ciento uno", "No, está mal, son nada más tres letras.")
    assert acc.value == "GBR-101"


def test_a_start_over_keeps_what_follows_it() -> None:
    assert _fed("es-MX", "Letra ele.", "Letra eme.", "Mejor empiezo otra vez. Ele de León.").so_far() == "L"
    assert _fed("en-US", "K", "L", "Let me start over. B as in boy.").so_far() == "B"
    assert _fed("es-MX", "ka", "ele", "Empiezo otra vez: eme, ene, o, ciento veinte").value == "MNO-120"


def test_digits_before_all_letters_are_kept_and_letters_go_before_them() -> None:
    # one letter, then the digits: kept, and the letters said next go in front of the digits
    acc = _fed("es-MX", "Letra o.", "Siete siete siete.")
    assert acc.so_far() == "O 7 7 7" and acc.value is None
    acc.feed("De de dado.")
    acc.feed("eme")
    assert acc.value == "ODM-777"


def test_a_letter_named_with_its_word_is_never_a_zero() -> None:
    assert _fed("es-MX", "Letra ka.", "Letra ele.", "Oh de oso.", "ciento once").value == "KLO-111"
    assert _fed("es-MX", "ka ele", "ciento once", "o").value == "KL-1110"


def test_no_then_the_same_bare_letter_is_not_a_second_one() -> None:
    assert _fed("es-MX", "jota", "ele", "no, ele").so_far() == "J L"
    assert _fed("en-US", "J", "L", "no, L").so_far() == "J L"


def test_a_number_put_right_by_saying_which_was_wrong() -> None:
    acc = _fed("es-MX", "ere u pe", "setenta", "y tres", "Ah, no, espera, no es setenta y tres, es setenta y ocho.")
    assert acc.so_far() == "R U P 7 8"
    assert _fed("en-US", "A B C", "four forty", "it's not four forty, it's four fourteen").value == "ABC-414"
    # a number that was never said is not put right
    assert _fed("es-MX", "a be ce", "ciento uno", "no es doscientos, es trescientos").value == "ABC-101"


def test_a_sentence_gives_no_letters_from_its_little_words() -> None:
    # "es", "el", "y" inside a sentence are words, not S, L, Y
    assert _fed("es-MX", "El tráiler es el noventa.").so_far() == ""
    assert _fed("es-MX", "Es de sapo.", "Y luego el tráiler es el noventa.").so_far() == "S"
    # the same little words in a bare dictation still count ("a, es, ele" spelled one after another)
    assert _fed("es-MX", "eme", "es", "ele").so_far() == "M S L"


def test_a_zero_said_while_a_letter_is_still_missing_is_never_the_letter_o() -> None:
    # "ene" then "cero ocho uno" for LL(L)-DD(DD): one letter short; the zero stays a digit and the plate
    # waits for its letter, rather than becoming NO-81
    daisy = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}
    acc = PlateAccumulator("plate", "es-MX", daisy)
    for turn in ("Ene de Nayarit.", "Cero ocho uno."):
        acc.feed(turn)
    assert acc.value is None and acc.so_far() == "N 0 8 1"
    acc.feed("Ene.")
    assert acc.value == "NN-081"
    english = PlateAccumulator("plate", "en-US", daisy)
    for turn in ("K.", "zero four four"):
        english.feed(turn)
    assert english.value is None
    # the letter O said as such is still the letter, and two letters before the zero leave it a digit
    assert _fed("es-MX", "ene", "o", "ocho uno").so_far() == "N O 8 1"
    assert _fed("es-MX", "a", "be", "cero ocho uno").value == "AB-081"


def test_one_short_word_said_as_speech_is_no_run_of_letters() -> None:
    # "Tom.", "Ana.", "sol": a turn of one word said as speech, never T O M; letters in capitals, apart or with no
    # syllable to say ("abc") are
    assert _fed("en-US", "Tom.").so_far() == ""
    assert _fed("es-MX", "Ana.").so_far() == ""
    assert _fed("es-MX", "sol").so_far() == ""
    assert _fed("es-MX", "abc").so_far() == "A B C"
    assert _fed("es-MX", "Hada árbol.").so_far() == "A"  # a mangled "A de árbol" is still the letter
    assert _fed("en-US", "TOM").so_far() == "T O M"
    assert _fed("en-US", "T O M").so_far() == "T O M"


def test_digits_said_one_a_turn_after_too_few_letters_are_kept_for_the_letter_to_come() -> None:
    daisy = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}
    acc = PlateAccumulator("plate", "es-MX", daisy)
    for turn in ("A", "cuatro", "cinco", "seis"):
        acc.feed(turn)
    assert acc.so_far() == "A 4 5 6"
    acc.feed("be de burro")
    assert acc.value == "AB-456"
    acc = PlateAccumulator("plate", "en-US", daisy)
    for turn in ("P as in Paul", "2", "4", "R"):
        acc.feed(turn)
    assert acc.value == "PR-24"
    # in talk, digits that cannot make the number stay out ("el tráiler es el noventa")
    assert _fed("es-MX", "Es de sapo.", "Y luego el tráiler es el noventa.").so_far() == "S"


def test_one_letter_too_many_after_three_keeps_the_letters_held() -> None:
    assert _fed("es-MX", "a be ce", "de").so_far() == "A B C"
    assert _fed("en-US", "A", "B", "C", "D").so_far() == "A B C"
    assert _fed("es-MX", "a be ce", "de", "uno dos tres").value == "ABC-123"
    # the first letter said again begins the plate anew; a whole new run of letters does too
    assert _fed("es-MX", "a be ce", "a de árbol").so_far() == "A"
    assert _fed("en-US", "A B C", "D E F").so_far() == "D E F"
