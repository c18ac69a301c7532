"""How callers spell plate letters over the phone, as the recogniser writes them: every way a listener
would hear one letter, and the look-alikes that are not letters."""

from __future__ import annotations

import pytest

from daisy_engine.understanding import new_accumulator
from daisy_engine.understanding.plates import extract_char, extract_plate
from daisy_engine.understanding.types.base import edit


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        # "X de <word>" where the word is short, when the lead sounds like the word's letter
        ("Oh de oso.", "O"),
        ("U de uva.", "U"),
        # "uña", folded as the article "una", is a word U is spelled with ("de una vez" is no such word)
        ("U de uña.", "U"),
        ("U de uña, por favor.", "U"),
        # "equis" split by the recogniser
        ("Es quiz.", "X"),
        ("E quis.", "X"),
        # bare "ge" written "je"
        ("Je.", "G"),
        # "letra" fused with the letter name
        ("Letraje.", "G"),
        ("Le traese.", "S"),
        ("Ni traeme.", "M"),
        ("Mitra ele.", "L"),
        # a letter name and "de" run together
        ("Emede mamá.", "M"),
        ("Hachede Hermosillo.", "H"),
        ("Efede foco.", "F"),
        # the letter said bare, then again with its word
        ("Y la i, i de iglesia.", "I"),
        ("Ve chica, ve de vaca.", "V"),
        ("be, be de burro", "B"),
        # after "letra", "de" is the letter D
        ("Letra de.", "D"),
    ],
)
def test_a_letter_is_heard_however_it_is_spelled(text: str, letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize(
    "text",
    [
        # "letra" cut short or garbled, with nothing of the letter after it
        "Ne trae.",
        "Le traes.",
        "Me trae.",
        "Letrae.",
        "Mitra.",
        # "letra de" followed by talk is the preposition, not D
        "La letra de la placa.",
    ],
)
def test_a_garbled_letra_names_no_letter(text: str) -> None:
    assert extract_char(text, "es-MX") is None
    assert extract_plate(text, "es-MX") is None


def test_le_traes_followed_by_how_it_is_written_is_the_letter_s() -> None:
    assert extract_char("Le traes mayúscula.", "es-MX") == "S"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Je, de, ka, 991.", "GDK-991"),
        ("Letra e, letra de, letra ene, 680.", "EDN-680"),
        ("Letra ka, letra de, letra o, 4 4 1.", "KDO-441"),
        ("Emede mamá, ere de Roma, Kade kilo, mil ciento doce.", "MRK-1112"),
        ("Hachede Hermosillo, ele, ye de yoyo, dos cero cero.", "HLY-200"),
        ("Es quiz, a de árbol, te, 3 4 5.", "XAT-345"),
        ("Oh de oso, ere, o, mil novecientos.", "ORO-1900"),
        ("Le trae ese, le trae ka, le trae ye, dos dos siete nueve.", "SKY-2279"),
    ],
)
def test_whole_plates_with_phone_spellings(text: str, plate: str) -> None:
    assert extract_plate(text, "es-MX") == plate


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # two equal letters said as two are two letters
        ("ele, ele, eme, 4 4 1", "LLM-441"),
        ("doble ele, eme, 4 4 1", "LLM-441"),
        # the same letter spelled twice with its word: two letters
        ("ele de León, ele de León, eme, 4 4 1", "LLM-441"),
        # "je, de, ka": three letters, not "G de K"
        ("je de ka 123", "GDK-123"),
        # "be de be" is still one B
        ("be de be, ce, 1 2 3", "BC-123"),
    ],
)
def test_repeated_letters_that_are_really_two(text: str, plate: str) -> None:
    assert extract_plate(text, "es-MX") == plate


def test_english_radio_alphabet_with_niner() -> None:
    assert extract_plate("Alpha November Delta, zero niner one.", "en-US") == "AND-091"
    assert extract_plate("Kilo Lima Mike, niner niner two.", "en-US") == "KLM-992"


@pytest.mark.parametrize(
    "text",
    ["Me trajo tacos.", "Traigo tacos.", "Tomo tacos.", "Me compré tacos.", "Puse papas."],
)
def test_a_word_of_talk_before_a_spelling_word_is_no_letter(text: str) -> None:
    # "trajo" does not start like the name of T ("te"): talk about tacos, not "T de tacos"
    assert extract_char(text, "es-MX") is None


@pytest.mark.parametrize(
    ("text", "letter"),
    [("Bebe vaca.", "V"), ("Vete vaca.", "V"), ("Ave águila.", "A"), ("Ire yate.", "Y"), ("Te tomate.", "T"),
     ("Pide Pachuca.", "P")],
)
def test_a_mangled_letter_name_before_its_word_is_still_the_letter(text: str, letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize(
    ("locale", "letters", "named"),
    [
        ("es-MX", "a be ce", "Letra o."),
        ("es-MX", "a be ce", "La letra o."),
        ("es-MX", "a be ce cinco", "Letra o."),
        ("en-US", "a b c", "The letter o."),
    ],
)
def test_an_o_named_a_letter_is_never_the_digit_zero(locale: str, letters: str, named: str) -> None:
    acc = new_accumulator("plate", locale, {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    acc.feed(letters)
    acc.feed(named)
    assert "0" not in acc.so_far()
    # an O that fits is taken; one too many after three letters leaves the letters held as they were
    assert "O" in acc.so_far() or acc.so_far() == "A B C"


@pytest.mark.parametrize(("locale", "letters", "said"), [("es-MX", "a be ce", "o"), ("en-US", "a b c", "oh")])
def test_a_bare_o_where_only_a_digit_fits_is_zero(locale: str, letters: str, said: str) -> None:
    acc = new_accumulator("plate", locale, {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    acc.feed(letters)
    acc.feed(said)
    assert acc.so_far() == "A B C 0"


@pytest.mark.parametrize(
    ("text", "locale", "letter"),
    [
        ("Es con be grande, no con ve chica.", "es-MX", "B"),
        ("Be grande, no ve chica.", "es-MX", "B"),
        ("Es con ve chica, no con be grande.", "es-MX", "V"),
        ("Ese, no zeta.", "es-MX", "S"),
        ("Ene, no eme.", "es-MX", "N"),
        ("B as in boy, not V.", "en-US", "B"),
        ("B, not V.", "en-US", "B"),
    ],
)
def test_a_letter_set_against_the_one_it_is_not_is_the_first(text: str, locale: str, letter: str) -> None:
    assert extract_char(text, locale) == letter


@pytest.mark.parametrize(("text", "letter"), [("Be, no, ve.", "V"), ("Be no ve.", "V")])
def test_trap_a_no_with_a_pause_after_it_or_said_in_one_breath_takes_the_letter_back(text: str,
                                                                                     letter: str) -> None:
    assert extract_char(text, "es-MX") == letter


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["a", "Es con be grande, no con ve chica."], "A B"),
        (["a", "Ese, no zeta."], "A S"),
        (["a ve", "Be grande, no ve chica."], "A B"),  # the V heard is the one it is not: it takes its place
        (["a be ce", "uno, no dos"], "A B C 2"),  # digits: the "no" takes the first back
    ],
)
def test_a_letter_set_against_another_amid_a_plate_dictation(turns: list[str], so_far: str) -> None:
    acc = new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    for turn in turns:
        acc.feed(turn)
    assert acc.so_far() == so_far


@pytest.mark.parametrize(
    ("plate", "correction", "expected"),
    [
        ("a ve ce uno dos tres", "Es con be grande, no con ve chica.", "ABC-123"),
        ("a zeta ce uno dos tres", "Ese, no zeta.", "ASC-123"),
    ],
)
def test_a_letter_set_against_another_at_the_plate_read_back_replaces_it(plate: str, correction: str,
                                                                         expected: str) -> None:


    acc = new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    acc.feed(plate)
    changed = edit(acc, correction)
    assert changed is not None and changed.value == expected


@pytest.mark.parametrize(
    "talk",
    [
        "Sí, es, no te apures.",  # "te" the pronoun: a yes, no T ruled out
        "Erre, no te oigo.",
        "Ele, no le entiendo.",
        "Ok, not sure.",
    ],
)
def test_trap_talk_after_a_bare_no_at_the_plate_read_back_replaces_no_letter(talk: str) -> None:
    locale = "en-US" if talk.startswith("Ok") else "es-MX"
    acc = new_accumulator("plate", locale, {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    acc.feed("ese te ele cuatro uno cero" if locale == "es-MX" else "s t l four one zero")
    changed = edit(acc, talk)
    assert changed is None or changed.value == "STL-410"


@pytest.mark.parametrize(
    ("turns", "plate"),
    [
        (["ka erre te, no ka erre de", "cuatro uno cero"], "KRD-410"),
        (["eme ene ce, no eme ene de", "uno dos tres"], "MND-123"),
    ],
)
def test_letters_said_again_after_a_no_take_the_group_back(turns: list[str], plate: str) -> None:
    acc = new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    for turn in turns:
        acc.feed(turn)
    assert acc.finish() == plate


def test_de_una_vez_after_a_u_is_no_spelling() -> None:
    # "de una vez" (at once) is a phrase: no word U is spelled with
    assert extract_char("U de una vez.", "es-MX") is None


@pytest.mark.parametrize(
    ("turns", "so_far"),
    [
        (["Letra ve, ve chica.", "Letra jota."], "V J"),
        (["be, be grande", "jota"], "B J"),
        (["a", "ve, ve chiquita", "ele"], "A V L"),
        (["Letra ve.", "Ve chica.", "Letra jota."], "V J"),  # named again in the next turn: the same V
        # traps: two sized ones are a double letter; a bare letter before another letter sized is two
        (["ve chica, ve chica", "jota"], "V V J"),
        (["ve, be grande", "jota"], "V B J"),
        (["ele, ele", "jota"], "L L J"),
    ],
)
def test_a_bare_b_or_v_named_again_with_its_size_is_one_letter(turns: list[str], so_far: str) -> None:
    acc = new_accumulator("plate", "es-MX", {"pattern": r"[A-Z]{2,3}-\d{2,4}"})
    for turn in turns:
        acc.feed(turn)
    assert acc.so_far() == so_far
