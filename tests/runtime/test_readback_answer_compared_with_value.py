"""An answer at a read-back is compared with the value just read back, for every slot type.

A correction the value already satisfies ("después de la erre sigue la a" at K R A ...), or that names a
character the value does not have ("en vez de la eme es ene" with no M), leaves the value as it is and
reads it back again; a "no" with the whole value restated is that value; a start-over request restarts
the dictation and characters dictated at the read-back begin the value anew. Real corrections still
apply. A yes whose "but" only asks for what the value already has ("Sí, pero con punto." at isma.quintero@...)
confirms it.
"""

from __future__ import annotations

import pytest
from runtime_helpers import answer, at_email, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.understanding import types as slot_types

PLATE = {"pattern": r"[A-Z]{2,3}-\d{2,4}"}


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        # a character put where it already is
        ("plate", "K R A 9 0 7", "No, después de la erre sigue la a. No hay ninguna eme.", "es-MX"),
        ("plate", "B T X 4 4 1", "no, after the T there's an X", "en-US"),
        ("plate", "H M 5 5 0", "no, le falta la hache al principio", "es-MX"),
        # a character taken out or replaced that the value does not have
        ("plate", "A N P 7 0 2", "No, sin la ele. A, ene, pe.", "es-MX"),
        ("plate", "H L 6 3 0", "No, en vez de la eme es ene. Ene de Nicaragua.", "es-MX"),
        ("plate", "D S O 1 2 0", "La de en medio no es efe, es ese. De, ese, o.", "es-MX"),
        ("plate", "K R A 9 0 7", "no, instead of the M it's an N", "en-US"),
        # a position that already holds the character named
        ("plate", "K R A 9 0 7", "no, la tercera es la a", "es-MX"),
        ("plate", "K R A 9 0 7", "no, the last one is a seven", "en-US"),
        # the letters or the digits said again as they are
        ("plate", "L G B 8 3 6 7", "No, ocho, tres, seis, siete.", "es-MX"),
        # an address: a dot where it is, a letter that is not there
        ("email", "juve punto sandoval punto setenta y ocho arroba yahoo punto com",
         "No, falta un punto entre sandoval y el setenta y ocho.", "es-MX"),
        ("email", "l e t y punto a m a d o r r ocho cuatro arroba gmail punto com",
         "Sin la e después de amador.", "es-MX"),
        ("email", "mario punto salinas arroba gmail punto com", "no, without the b", "en-US"),
        # a letter taken away from beside another, where the address has none there (an older read-back)
        ("email", "mario punto pulido arroba gmail punto com", "Va sin la ele antes de la u. Es pulido nomás.",
         "es-MX"),
        ("email", "ramiro ochenta y dos arroba hotmail punto com", "no, sin la ene antes de la o", "es-MX"),
        ("email", "kate dot lopez at yahoo dot com", "no, without the l after the a", "en-US"),
        # a word of it said with a note on how it is written, as it is
        ("email", "paco punto anguiano arroba live punto com", "Anguiano con ge u i.", "es-MX"),
        ("email", "silvia punto reyes arroba gmail punto com", "Silvia con ve chica.", "es-MX"),
        # a name: a part it has, said in syllables
        ("name", "Juventino Sandoval Orozco", "No, Juventino. Ju-ven-ti-no.", "es-MX"),
        ("name", "Juventino Sandoval Orozco", "no, Sandoval", "es-MX"),
        ("email", "jm punto trevino cero siete arroba yahoo punto com", "No, es con ve de Veracruz, no con be.",
         "es-MX"),
        ("plate", "K R N 9 0 7", "no, es la ene, no la eme", "es-MX"),
        # the letter ruled out and the one meant said apart, after a pause ("no es i. Es ye."): the Y is there
        ("plate", "eme ye ce mil doce", "No, no es i. Es ye.", "es-MX"),
        ("plate", "K R N 9 0 7", "No es eme. Es ene.", "es-MX"),
        ("plate", "M Y C 1 0 1 2", "No, it's not an I. It's a Y.", "en-US"),
        ("plate", "K R N 9 0 7", "Not an M. It's an N, N as in Nancy.", "en-US"),
    ],
)
def test_a_correction_the_value_already_satisfies_reads_it_back_unchanged(
        type_name: str, said: str, reply: str, locale: str) -> None:
    options = PLATE if type_name == "plate" else {}
    heard = answer(type_name, said, reply, locale, **options)
    before = answer(type_name, said, "sí", locale, **options)
    assert before.event == "yes"
    pending = slot_types.feed(slot_types.get(type_name).start(locale, options), said).state.value  # type: ignore[union-attr]
    assert heard.event == "corrected"  # read back again
    assert heard.value == pending  # and unchanged


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "value"),
    [
        ("plate", "K R M 9 0 7", "No, en vez de la eme es ene.", "KRN-907"),
        ("plate", "K R M 9 0 7", "sí, pero va sin la eme", "KR-907"),
        ("plate", "K R 9 0 7", "No, después de la erre sigue la a.", "KRA-907"),
        ("plate", "K R M 9 0 7", "no, la tercera es la a", "KRA-907"),
        ("plate", "L G B 8 3 6 8", "No, ocho, tres, seis, siete.", "LGB-8367"),
        ("plate", "D F O 1 2 0", "La de en medio no es efe, es ese. De, ese, o.", "DSO-120"),
        ("plate", "D F O 1 2 0", "no, la de en medio es ese", "DSO-120"),
        ("email", "mario punto salinas arroba gmail punto com", "solo que no va la ese", "mario.salina@gmail.com"),
        ("email", "mario punto plulido arroba gmail punto com", "va sin la ele antes de la u",
         "mario.pulido@gmail.com"),
        ("email", "mario punto pulido arroba gmail punto com", "no, sin la ele después de la u",
         "mario.puido@gmail.com"),
        # the right character first, then the wrong one
        ("plate", "K R M 9 0 7", "no, es la ene, no la eme", "KRN-907"),
        ("plate", "K R M 9 0 7", "no, it's an N, not an M", "KRN-907"),
        ("email", "jm punto trebino cero siete arroba yahoo punto com", "No, es con ve de Veracruz, no con be.",
         "jm.trevino07@yahoo.com"),
        # the contrast said apart, where the value has the letter ruled out
        ("plate", "eme i ce mil doce", "No, no es i. Es ye.", "MYC-1012"),
        ("plate", "M I C 1 0 1 2", "No, it's not an I. It's a Y.", "MYC-1012"),
    ],
)
def test_a_real_correction_still_changes_the_value(type_name: str, said: str, reply: str, value: str) -> None:
    locale = "en-US" if "it's" in reply else "es-MX"
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        # the caller asks for what the value already has, as if answering a read-back heard without it
        ("email", "isma punto quintero arroba outlook punto com", "Sí, pero con punto.", "es-MX"),
        ("email", "rosa punto mendez arroba gmail punto com", "sí pero con el punto entre rosa y mendez", "es-MX"),
        ("email", "kate dot lopez at yahoo dot com", "Yeah, but with the dot.", "en-US"),
        ("plate", "Z P N 4 4 7 1", "Sí, pero en vez de la ese sería la zeta.", "es-MX"),
        ("plate", "K R A 9 0 7", "sí, pero después de la erre va la a", "es-MX"),
        ("plate", "K R A 9 0 7", "yes, but after the R there's an A", "en-US"),
    ],
)
def test_a_yes_whose_but_asks_for_what_the_value_has_confirms_it(
        type_name: str, said: str, reply: str, locale: str) -> None:
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert heard.event == "yes"


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("isma punto quintero arroba outlook punto com", "Sí, pero sin punto.", "es-MX"),
        ("isma punto quintero arroba outlook punto com", "Sí, pero con guion bajo.", "es-MX"),
        ("kate dot lopez at yahoo dot com", "Yes, but without the dot.", "en-US"),
    ],
)
def test_a_yes_whose_but_changes_the_value_is_no_confirmation(said: str, reply: str, locale: str) -> None:
    assert answer("email", said, reply, locale).event != "yes"


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale", "value", "not_held"),
    [
        # the "but" says the read-back was missing what the value has: the caller heard it otherwise
        ("email", "sara punto gil arroba fletes punto com punto mx", "Sí, pero le faltó el punto mx.", "es-MX",
         "sara.gil@fletes.com.mx", ""),
        ("email", "sara punto gil arroba fletes punto com punto mx", "Sí, pero falta punto com punto mx.", "es-MX",
         "sara.gil@fletes.com.mx", ""),
        ("email", "tom dot reed at acme dot co dot uk", "Yes, but you forgot the dot uk.", "en-US",
         "tom.reed@acme.co.uk", ""),
        # the "but" names a character the plate holds neither of: read back saying there is none
        ("plate", "K E B 1 2 3", "Sí, pero la eme es ene.", "es-MX", "KEB-123", "M"),
        ("plate", "K E B 1 2 3", "Sí, pero en vez de la jota es ge.", "es-MX", "KEB-123", "J"),
        ("plate", "K E B 1 2 3", "Yeah, but the D should be a T.", "en-US", "KEB-123", "D"),
        ("plate", "K E B 1 2 3", "Yes, but the M is an N.", "en-US", "KEB-123", "M"),
    ],
)
def test_a_yes_whose_but_says_the_read_back_lacked_or_held_otherwise_reads_it_again(
        type_name: str, said: str, reply: str, locale: str, value: str, not_held: str) -> None:
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert (heard.event, heard.value) == ("corrected", value)
    assert heard.accumulator is not None and heard.accumulator.not_held() == not_held


async def test_at_the_email_read_back_yes_but_with_the_dot_it_has_goes_on_to_the_summary(
        daisy: CompiledFlow) -> None:
    conv = await at_email(daisy)
    await conv.user_turn("isma punto quintero")
    assert "¿Es correcto?" in said(await conv.user_turn("arroba outlook punto com."))
    reply = said(await conv.user_turn("Sí, pero con punto."))
    assert "Eso mismo tengo" not in reply
    assert conv.slots.get("email") == "isma.quintero@outlook.com"
    assert conv.step.name == "summary"


def test_more_digits_at_a_plate_read_back_still_go_on_with_it() -> None:
    # two digits where the plate may take two more: the rest of it, not new digits for the old ones
    heard = answer("plate", "be e te treinta y cinco", "cuatro, dos", **PLATE)
    assert (heard.event, heard.value) == ("corrected", "BET-3542")


@pytest.mark.parametrize(
    ("said", "reply", "value"),
    [
        ("1173", "No, el tercer número es siete. Uno, uno, siete, tres.", "1173"),
        ("1113", "No, el tercer número es siete. Uno, uno, siete, tres.", "1173"),
        ("660", "Seiscientos sesenta y seis. Le faltó un seis.", "666"),
        ("770", "No, setenta. Siete cero.", "70"),
        ("502", "No, no, quinientos veinte. Quinientos veinte.", "520"),
    ],
)
def test_a_no_with_the_whole_number_restated_is_that_number_never_digits_glued_on(
        said: str, reply: str, value: str) -> None:
    heard = answer("integer", said, reply)
    assert (heard.event, heard.value) == ("corrected", value)


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        ("plate", "K R A 9 0 7", "Otra vez desde el principio.", "es-MX"),
        ("plate", "K R A 9 0 7", "No, no, está todo revuelto.", "es-MX"),
        ("plate", "K R A 9 0 7", "Empecemos de nuevo.", "es-MX"),
        ("plate", "K R A 9 0 7", "Let's start over.", "en-US"),
        ("email", "efra punto solorio arroba outlook punto com", "No, mejor otra vez desde el principio.", "es-MX"),
    ],
)
def test_a_start_over_at_a_read_back_restarts_the_dictation(type_name: str, said: str, reply: str,
                                                            locale: str) -> None:
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == ""  # nothing of the old value kept


def test_a_start_over_with_the_first_characters_keeps_them() -> None:
    heard = answer("plate", "K R A 9 0 7", "Otra vez desde el principio: ye, efe de fuego.", **PLATE)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == "Y F"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "so_far"),
    [
        ("K R A 9 0 7", "I griega.", "es-MX", "Y"),
        ("K R A 9 0 7", "Efe de fuego, u.", "es-MX", "F U"),
        ("K R A 9 0 7", "Y as in yankee.", "en-US", "Y"),
    ],
)
def test_characters_dictated_at_a_plate_read_back_begin_it_anew(said: str, reply: str, locale: str,
                                                                 so_far: str) -> None:
    heard = answer("plate", said, reply, locale, **PLATE)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == so_far


def test_part_of_the_value_said_again_at_its_read_back_does_not_start_it_over() -> None:
    heard = answer("plate", "G L E 2 2 6", "Dos, dos, seis.", **PLATE)
    assert heard.event in ("yes", "corrected")
    assert heard.value in (None, "GLE-226")


@pytest.mark.parametrize(
    ("type_name", "said", "reply"),
    [
        ("plate", "K R A 9 0 7", "no"),
        ("plate", "K R A 9 0 7", "¿Mande?"),
        ("plate", "K R A 9 0 7", "Este..."),
        ("email", "efra punto solorio arroba outlook punto com", "¿Cómo dijo?"),
        ("name", "Juventino Sandoval Orozco", "no"),
    ],
)
def test_words_with_no_characters_neither_confirm_nor_start_a_value(type_name: str, said: str, reply: str) -> None:
    heard = answer(type_name, said, reply, **(PLATE if type_name == "plate" else {}))
    assert heard.event in ("no", "no_match")
    assert heard.accumulator is None or heard.accumulator.so_far() == ""


@pytest.mark.parametrize(
    ("type_name", "said", "reply"),
    [
        ("name", "Juventino Sandoval Orozco", "Ándele, así."),
        ("name", "Juventino Sandoval Orozco", "Sí, ése."),
        ("plate", "K R A 9 0 7", "Esas son."),
        ("plate", "K R A 9 0 7", "Correcto, esas."),
        ("integer", "1173", "Ese es."),
        ("email", "juve punto sandoval arroba yahoo punto com", "Ese es."),
        ("name", "Juventino Sandoval Orozco", "sí, Juventino"),
    ],
)
def test_confirming_words_are_a_yes_and_never_a_new_value(type_name: str, said: str, reply: str) -> None:
    heard = answer(type_name, said, reply, **(PLATE if type_name == "plate" else {}))
    assert heard.event == "yes"


def test_a_name_said_in_syllables_is_one_word() -> None:
    slot_type = slot_types.get("name")
    assert slot_type is not None
    assert slot_type.extract("Me llamo Ro-ber-to Sánchez", "es-MX") == "Roberto Sánchez"
    assert slot_type.extract("Ana Pérez-Ortega", "es-MX") == "Ana Pérez-Ortega"  # a compound surname stays


def test_one_letter_said_at_a_plate_read_back_begins_it_anew_even_when_the_plate_has_it() -> None:
    heard = answer("plate", "L Y M 8 1 7", "I griega.", **PLATE)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == "Y"


@pytest.mark.parametrize(
    ("said", "reply", "locale"),
    [
        ("T N K 3 4 0", "No, ka, ka de kilo.", "es-MX"),
        ("L Y M 8 1 7", "No, ye de yate.", "es-MX"),
        ("R B D 5 5 2", "No, be. Be de burro.", "es-MX"),
        ("T N K 3 4 0", "No, K. K as in kilo.", "en-US"),
    ],
)
def test_a_no_with_one_letter_the_plate_has_made_clear_reads_it_back_again_unchanged(
        said: str, reply: str, locale: str) -> None:
    # the caller disputes how a letter sounded (they heard "C de casa" for K), not the plate's start: the
    # plate is read back again, never dictated anew from that letter
    heard = answer("plate", said, reply, locale, **PLATE)
    assert heard.event == "corrected"
    assert heard.accumulator is not None and heard.accumulator.so_far() == said


@pytest.mark.parametrize(
    ("said", "reply", "begun"),
    [
        ("T N C 3 4 0", "No, ka.", "K"),  # a letter the plate lacks: the caller dictates it anew from there
        ("K N T 3 4 0", "No, ka de kilo.", "K"),  # the plate's own first letter: a new start
        ("A B C 1 2 3 4", "No, be.", "B"),  # one bare letter: the caller dictates the plate again from it
        ("L Y M 8 1 7", "No, i griega.", "Y"),
    ],
)
def test_a_no_with_a_letter_the_plate_lacks_or_starts_with_begins_it_anew(said: str, reply: str, begun: str) -> None:
    heard = answer("plate", said, reply, **PLATE)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == begun


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "event", "value"),
    [
        # another value before the yes: that value
        ("integer", "7174", "Setenta y cuatro, sí.", "corrected", "74"),
        ("integer", "7174", "Seventy four, yes.", "corrected", "74"),
        # the value read back before the yes, or a name part of it: a yes
        ("integer", "74", "Setenta y cuatro, sí.", "yes", None),
        ("name", "Juan Pérez", "Juan, sí.", "yes", None),
        ("plate", "K R A 9 0 7", "Ka, erre, a, nueve, cero, siete, sí.", "yes", None),
        ("plate", "K R A 9 0 7", "Bueno, sí.", "yes", None),
    ],
)
def test_a_value_said_before_the_yes_is_the_value_confirmed(type_name: str, said: str, reply: str, event: str,
                                                             value: str | None) -> None:
    locale = "en-US" if reply.startswith("Seventy") else "es-MX"
    heard = answer(type_name, said, reply, locale, **(PLATE if type_name == "plate" else {}))
    assert (heard.event, heard.value) == (event, value)


def test_a_number_of_several_digits_after_the_yes_is_not_the_value_taken_twice() -> None:
    # "quinientos veinte" heard twice gave 520520; "sí, quinientos veinte" says it is 520
    assert (answer("integer", "520520", "Sí, quinientos veinte.").value) == "520"
    assert answer("integer", "444", "sí, puro cuatro").event == "yes"  # one digit said for them all


def test_a_spelling_note_of_several_letters_after_a_name_is_not_part_of_it() -> None:
    heard = answer("name", "Wilfrido Yáñez", "Yáñez, con ye griega y eñe.")
    assert heard.value == "Wilfrido Yáñez" and heard.event in ("corrected", "yes")
    slot_type = slot_types.get("name")
    assert slot_type is not None
    assert slot_type.extract("Wilfrido Yáñez, con ye griega y con eñe", "es-MX") == "Wilfrido Yáñez"


@pytest.mark.parametrize(
    ("reply", "so_far"),
    [
        ("juan punto pérez", "juan punto perez"),
        ("No, juan punto pérez arroba", "juan punto perez arroba"),
    ],
)
def test_another_address_begun_at_the_read_back_is_never_a_yes(reply: str, so_far: str) -> None:
    heard = answer("email", "efra punto solorio arroba outlook punto com", reply)
    assert heard.event == "no"
    assert heard.accumulator is not None and heard.accumulator.so_far() == so_far


def test_the_address_read_back_said_again_in_part_is_a_yes() -> None:
    assert answer("email", "efra punto solorio arroba outlook punto com", "efra punto solorio").event == "yes"


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        ("1173", "No, el tercer número es ocho.", "es-MX", "corrected", "1183"),
        ("1173", "no, el último es cuatro", "es-MX", "corrected", "1174"),
        ("1173", "no, the last digit is four", "en-US", "corrected", "1174"),
        # the digit already there: read back again, unchanged
        ("1173", "no, el tercer número es siete", "es-MX", "corrected", "1173"),
    ],
)
def test_a_digit_of_a_number_corrected_by_its_position(said: str, reply: str, locale: str, event: str,
                                                       value: str) -> None:
    heard = answer("integer", said, reply, locale)
    assert (heard.event, heard.value) == (event, value)


def test_a_number_corrected_by_its_end_and_then_spelled_whole_is_the_whole_number() -> None:
    heard = answer("integer", "doscientos dieciséis", "No, diecisiete, dos uno siete.")
    assert (heard.event, heard.value) == ("corrected", "217")


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        # a yes with digits placed where the number has them: the yes stands, never the number cut to them
        ("1401", "Sí, con uno al final.", "es-MX", "yes", None),
        ("1401", "sí, termina en uno", "es-MX", "yes", None),
        ("1401", "Sí, empieza con catorce.", "es-MX", "yes", None),
        ("1401", "Sí, al final lleva un uno.", "es-MX", "yes", None),
        ("2738", "yes, it ends in an eight", "en-US", "yes", None),
        ("2738", "Yep, with a two up front.", "en-US", "yes", None),
        ("1400", "Sí, con dos ceros al final.", "es-MX", "yes", None),
        ("1400", "yes, double zero at the end", "en-US", "yes", None),
        # the end said otherwise: that end of the number corrected, its length kept
        ("1401", "No, termina en dos.", "es-MX", "corrected", "1402"),
        ("1401", "no, al final es un siete", "es-MX", "corrected", "1407"),
        ("1401", "No, empieza con quince.", "es-MX", "corrected", "1501"),
        ("2738", "no, it ends with a five", "en-US", "corrected", "2735"),
        ("2738", "No, it starts with three.", "en-US", "corrected", "3738"),
        ("1405", "No, termina en doble cero.", "es-MX", "corrected", "1400"),
        # traps: a yes with another whole number is still that number; "al final" with no digits is a yes
        ("1401", "Sí, perdón, mil cuatrocientos diez.", "es-MX", "corrected", "1410"),
        ("1401", "sí, al final", "es-MX", "yes", None),
    ],
)
def test_digits_said_with_where_they_go_describe_or_correct_that_end_of_a_number(
        said: str, reply: str, locale: str, event: str, value: str | None) -> None:
    heard = answer("integer", said, reply, locale)
    assert heard.event == event
    if value is not None:
        assert heard.value == value


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        # the end of another thing (a plate, the next number): this number is never changed to fit it, nor cut
        # down to that digit; a yes said with it confirms the number read back
        ("4521", "Sí, mi placa termina en ocho.", "es-MX", "yes", None),
        ("4521", "No, la placa termina en tres.", "es-MX", "no", None),
        ("4521", "Sí, y el siguiente termina en tres.", "es-MX", "yes", None),
        ("1401", "yeah, my plate ends in an eight", "en-US", "yes", None),
        # digits placed and then denied: the caller says what is wrong, not what it is
        ("1401", "No, el cuatro al principio no va.", "es-MX", "no", None),
        ("1401", "no, the one at the end is wrong", "en-US", "no", None),
        ("1401", "No, el uno al final no va.", "es-MX", "no", None),
        ("1401", "no el uno al final no", "es-MX", "no", None),
        # without a "no" before it, still no yes ("va" after "no" is "does not go", never the Mexican "okay")
        ("487", "El cuatro al principio no va.", "es-MX", "no_match", None),
        ("487", "Oiga, el siete al final no va.", "es-MX", "no_match", None),
        # the truck's part named may be the number's own (at the trailer's read-back): its end is corrected
        ("4521", "No, la caja termina en ocho.", "es-MX", "corrected", "4528"),
        ("4521", "No, el remolque termina en ocho.", "es-MX", "corrected", "4528"),
        ("4521", "the trailer ends in an eight", "en-US", "corrected", "4528"),
    ],
)
def test_an_end_said_of_another_thing_or_denied_never_corrects_that_end(said: str, reply: str, locale: str,
                                                                        event: str, value: str | None) -> None:
    heard = answer("integer", said, reply, locale)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("said", "reply", "locale", "event", "value"),
    [
        # digits said to be too many at an end the number has them at: taken off
        ("487", "El siete al final sobra.", "es-MX", "corrected", "48"),
        ("4487", "No, el cuatro al principio está de más.", "es-MX", "corrected", "487"),
        ("1401", "no, the one at the end is extra", "en-US", "corrected", "140"),
        ("2738", "The two up front shouldn't be there.", "en-US", "corrected", "738"),
        # trap: the digit is not at that end: nothing taken off, the number is asked again
        ("123", "El cuatro al principio sobra.", "es-MX", "no_match", None),
    ],
)
def test_digits_said_to_be_too_many_at_an_end_are_taken_off_it(said: str, reply: str, locale: str,
                                                              event: str, value: str | None) -> None:
    heard = answer("integer", said, reply, locale)
    assert (heard.event, heard.value) == (event, value)


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        # a place said not to hold a character it does not hold ("no es be" where the D is)
        ("plate", "D N U 4 1 1 0", "No, la primera no es be.", "es-MX"),
        ("plate", "D N U 4 1 1 0", "la segunda letra no es eme", "es-MX"),
        ("plate", "D N U 4 1 1 0", "No, el último no es seis.", "es-MX"),
        ("plate", "D N U 4 1 1 0", "No, the first one isn't a B.", "en-US"),
        ("plate", "D N U 4 1 1 0", "no, the last number is not a six", "en-US"),
        # one more of a letter the address already holds twice in a row
        ("email", "rarreola punto g arroba outlook punto com", "No, le faltó una erre.", "es-MX"),
        ("email", "pepe punto garrido arroba gmail punto com", "falta otra erre", "es-MX"),
        ("email", "jarrett at gmail dot com", "No, you missed an R.", "en-US"),
        ("email", "kelly dot ann at yahoo dot com", "you're missing an L", "en-US"),
    ],
)
def test_a_remark_on_a_mishearing_the_value_does_not_have_reads_it_back_unchanged(
        type_name: str, said: str, reply: str, locale: str) -> None:
    options = PLATE if type_name == "plate" else {}
    pending = slot_types.feed(slot_types.get(type_name).start(locale, options), said).state.value  # type: ignore[union-attr]
    heard = answer(type_name, said, reply, locale, **options)
    assert (heard.event, heard.value) == ("corrected", pending)  # read back again, unchanged


@pytest.mark.parametrize(
    ("type_name", "said", "reply", "locale"),
    [
        # traps: the place does hold the character said not to be there: the value is turned down
        ("plate", "B N U 4 1 1 0", "No, la primera no es be.", "es-MX"),
        ("plate", "D N U 4 1 1 6", "No, el último no es seis.", "es-MX"),
        ("plate", "B N U 4 1 1 0", "No, the first one isn't a B.", "en-US"),
        # a letter missing where the address has it once, or not at all: never read back as it is
        ("email", "rareola punto g arroba outlook punto com", "No, le faltó una erre.", "es-MX"),
        ("email", "mario arroba gmail punto com", "no, le falta una ele", "es-MX"),
        ("email", "jaret at gmail dot com", "No, you missed an R.", "en-US"),
    ],
)
def test_trap_a_remark_true_of_the_value_is_never_read_back_as_settled(
        type_name: str, said: str, reply: str, locale: str) -> None:
    options = PLATE if type_name == "plate" else {}
    pending = slot_types.feed(slot_types.get(type_name).start(locale, options), said).state.value  # type: ignore[union-attr]
    heard = answer(type_name, said, reply, locale, **options)
    assert heard.event != "yes"
    assert (heard.event, heard.value) != ("corrected", pending)


@pytest.mark.parametrize(
    ("said", "reply", "value"),
    [
        # said with what goes there, it is a real correction still
        ("D N U 4 1 1 0", "No, la primera no es de, es be.", "BNU-4110"),
        ("D N U 4 1 1 0", "the first one isn't a D, it's a B", "BNU-4110"),
    ],
)
def test_a_place_said_not_to_hold_a_character_with_the_right_one_corrects_it(said: str, reply: str,
                                                                               value: str) -> None:
    locale = "en-US" if "it's" in reply else "es-MX"
    heard = answer("plate", said, reply, locale, **PLATE)
    assert (heard.event, heard.value) == ("corrected", value)
