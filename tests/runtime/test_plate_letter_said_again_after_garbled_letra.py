"""A letter heard only through a garbled "letra" ("le traca" = letra ka, "le tragé", "le traené") is the
caller's first try at it: the letter said clearly in the next turn is the same letter said again, or puts
it right when the garbled syllables may have been that letter too. So is a letter said whole after a garbled
"letra" ("me trae ele", "le trae ese", "litra eme"). Anything else is the next letter.

Making such a letter sure is the caller's progress, not a failed attempt: after garbled turns ("Le trae a." -
"Nitra" - "Detrae." - "A de árbol.") the dictation goes on from the letter, never started over without it."""

from __future__ import annotations

from runtime_helpers import heard_plate, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore
from daisy_engine.understanding import letter_lead_only
from daisy_engine.understanding.types.plate import PlateAccumulator


def _fed(*turns: str) -> PlateAccumulator:
    """The turns as the accumulator reads them (the first answer at a plate question)."""
    acc = PlateAccumulator("plate", "es-MX", {})
    for turn in turns:
        acc.feed(turn)
    return acc


def test_the_same_letter_said_clearly_after_a_garbled_letra_is_one_letter() -> None:
    heard, acc = heard_plate("es-MX", "Le traca.", "Ka.")
    assert acc.so_far() == "K"
    assert heard[-1].event == "partial"  # nothing new was said, but the letter is sure now: no failed attempt
    _, acc = heard_plate("es-MX", "Le traca.", "Ka.", "Letra erre", "Ade árbol.", "Novecientos siete.")
    assert acc.value == "KRA-907"
    assert _fed("Le trayé", "Y griega", "Efe de fuego.").so_far() == "Y F"


def test_a_letter_said_whole_after_a_garbled_letra_and_then_clearly_is_one_letter() -> None:
    heard, acc = heard_plate("es-MX", "Letra T.", "Me trae ele.", "Letra ele.")
    assert acc.so_far() == "T L"
    assert heard[-1].event == "partial"  # nothing new was said, but the letter is sure now: no failed attempt
    assert heard_plate("es-MX", "Le trae ese.", "Ese de Sonora.", "Letra pe.")[1].so_far() == "S P"
    assert heard_plate("es-MX", "Litra eme.", "Letra eme.")[1].so_far() == "M"
    _, acc = heard_plate("es-MX", "Letra T.", "Me trae ele.", "Letra ele.", "Letra ce.", "Noventa y uno.", "Sí.")
    assert acc.so_far() == "T L C 9 1"


def test_once_said_again_clearly_the_letter_is_sure_and_a_sound_alike_next_is_the_next_letter() -> None:
    # G and H sound alike: "hache de hotel" after "ge" said clearly is the plate's next letter
    assert heard_plate("es-MX", "Me trae ge.", "Ge.", "Ache de hotel.")[1].so_far() == "G H"
    assert heard_plate("es-MX", "Le tragé.", "Ge.", "Jota de Jalisco.")[1].so_far() == "G J"


def test_after_a_garbled_letra_another_letter_or_another_one_is_a_second_letter() -> None:
    assert heard_plate("es-MX", "Me trae ele.", "Erre.")[1].so_far() == "L R"
    assert _fed("Le trae ese.", "Otra ese.").so_far() == "S S"
    # the same letter said clearly twice is two letters
    assert heard_plate("es-MX", "Letra T.", "Letra ele.", "Letra ele.")[1].so_far() == "T L L"


def test_a_sound_alike_named_with_a_word_puts_the_garbled_letter_right() -> None:
    # "le tragé" heard as G; "jota de Juárez" says which of G / J it was
    _, acc = heard_plate("es-MX", "Le tragé", "Letra jota de Juárez.")
    assert acc.so_far() == "J"


def test_what_the_garbled_syllables_may_also_have_been_puts_it_right() -> None:
    # "le traené": letra ene, or letra e with a syllable lost
    _, acc = heard_plate("es-MX", "Le tragé", "Letra jota de Juárez.", "Le traené", "Letra e.", "Letra doble u.",
                    "Seis, tres, nueve.", "Sí.")
    assert acc.value == "JEW-639"


def test_a_different_letter_after_a_garbled_letra_is_the_next_letter() -> None:
    assert heard_plate("es-MX", "Le traca.", "Erre.")[1].so_far() == "K R"
    # M and N sound alike, but a bare "letra N" after "ni traeme" is the caller's next letter
    assert heard_plate("es-MX", "Ni traeme?", "Letra N", "Letra equis")[1].so_far() == "M N X"
    assert _fed("Le traene.", "Letra equis").so_far() == "N X"


def test_a_sound_alike_said_bare_after_a_garbled_letra_is_the_next_letter() -> None:
    assert heard_plate("es-MX", "Le tragé", "Jota.")[1].so_far() == "G J"


def test_a_letter_name_cut_in_the_garbled_letra_does_not_swallow_the_next_letter() -> None:
    # "le traen": "en" starts ene and eme alike; the caller's "letra N" may be the next letter
    assert heard_plate("es-MX", "Le traen.", "Letra N")[1].so_far() == "N N"


def test_a_letter_said_twice_clearly_is_two_letters() -> None:
    assert heard_plate("es-MX", "Ele.", "Ele.")[1].so_far() == "L L"
    assert heard_plate("es-MX", "Letra ka.", "Ka.")[1].so_far() == "K K"


def test_another_one_after_a_garbled_letra_is_a_second_letter() -> None:
    assert _fed("Le traca.", "Otra ka.").so_far() == "K K"


def test_the_clear_letter_may_come_with_more_of_the_plate() -> None:
    _, acc = heard_plate("es-MX", "Le tragé", "Jota de Jalisco, e, doble u.")
    assert acc.so_far() == "J E W"


async def test_in_a_call_the_letter_said_again_clearly_is_kept_sure(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "Me trae ge.", "Ge.", "Ache de hotel.",
                 "Letra T.", "Setenta y dos."]:
        last = said(await conv.user_turn(turn))
    assert "G de" in last and "H de" in last and "T de" in last
    await conv.user_turn("sí")
    assert conv.slots["tractor_plate"] == "GHT-72"


async def test_a_garbled_letter_made_sure_after_garbled_turns_keeps_the_dictation(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Ramiro Estrada Fuentes", "sí", "dieciocho", "sí", "Le trae a.", "Nitra", "Detrae."):
        await conv.user_turn(turn)
    reply = said(await conv.user_turn("A de árbol."))
    assert "de nuevo" not in reply and "Llevo A." in reply
    for turn in ("De de dado.", "Doble ve."):
        await conv.user_turn(turn)
    assert "A de árbol, D de dedo, W de Washington, 2, 2, 0, 7" in said(await conv.user_turn("Dos dos cero siete."))


async def test_the_letters_said_again_from_the_first_after_garbled_ones_begin_the_plate_anew(
        daisy: CompiledFlow) -> None:
    # Y and T heard only through garbled "letra"s; "Ye de yate." after them is a third letter for now, until
    # "Te de Tomás." shows the caller began again from the first: Y T, and the C next
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Saúl Yáñez Coronado", "sí", "seiscientos uno", "sí", "Le traye.", "Mi trate.", "Detecé.",
                 "Ye de yate."):
        await conv.user_turn(turn)
    assert "Llevo Y T." in said(await conv.user_turn("Te de Tomás."))
    await conv.user_turn("Ce de casa.")
    assert "Y de yate, T de tomate, C de casa, 8, 8, 0" in said(await conv.user_turn("Ochocientos ochenta."))


def test_a_sound_alike_with_its_word_after_a_letter_heard_whole_past_the_garble_is_the_next_letter() -> None:
    # only "letra" was misheard ("litra", "me trae", "nitra"); the letter's own name came whole after it, so a
    # sound-alike named with its word is the caller's next letter, as after the letter said clearly
    assert heard_plate("es-MX", "Le trae de.", "Litra ge.", "Letra", "Jota de jarro.")[1].so_far() == "D G J"
    assert heard_plate("es-MX", "Me trae ge.", "Jota de Jalisco.")[1].so_far() == "G J"
    assert heard_plate("es-MX", "Nitra be.", "Ve de Veracruz.")[1].so_far() == "B V"
    assert heard_plate("es-MX", "Litra eme.", "Ene de Nayarit.")[1].so_far() == "M N"
    # run into the garble the letter's syllables are unsure: the sound-alike still puts it right
    assert heard_plate("es-MX", "Le tragé", "Jota de Jalisco.")[1].so_far() == "J"


async def test_in_a_call_a_sound_alike_after_a_letter_heard_whole_past_the_garble_is_kept(daisy: CompiledFlow) -> None:
    conv = Conversation(daisy, locale="es-MX", store=MemoryStore())
    await conv.start()
    for turn in ("sí", "Gilberto Nava", "sí", "ochenta y siete", "sí", "Le trae de.", "Litra ge.", "Letra"):
        await conv.user_turn(turn)
    assert "Llevo D G J." in said(await conv.user_turn("Jota de jarro."))
    await conv.user_turn("Novecientos")
    reply = said(await conv.user_turn("nueve."))
    assert "D de dedo, G de gato, J de jirafa, 9, 0, 9" in reply
    await conv.user_turn("sí")
    assert conv.slots["tractor_plate"] == "DGJ-909"


def test_a_lone_letra_or_its_garble_names_no_letter_yet() -> None:
    for lead in ("Letra", "Nitra", "Litra.", "Le trae", "Me tra", "Mitra", "Letter."):
        assert letter_lead_only(lead), lead
    for turn in ("Letra jota.", "Le trae a.", "Nitra ge.", "Le tres.", "le", "Trae", "Letter B."):
        assert not letter_lead_only(turn), turn


async def test_a_lone_letra_cut_by_a_pause_costs_the_plates_no_attempt(daisy: CompiledFlow) -> None:
    """ "Nitra" - "Litra" - "Le trae" (each cut before its letter) at the plates: the caller is starting a letter;
    the question is asked again each time, never "vamos despacio" nor the plates given up on, and the letters
    that follow make the plate."""
    for locale, opening, leads, plate, value in (
            ("es-MX", ("sí", "Ramiro Solís Cantú", "sí", "setenta y cuatro", "sí"), ("Nitra", "Litra", "Le trae"),
             ("Ye de yate.", "Ge de gato.", "Hache.", "Doscientos doce."), "YGH-212"),
            ("es-MX", ("sí", "Ana López", "sí", "cuatro cinco dos", "sí", "Letra ese."), ("Letra", "Me tra"),
             ("Eme.", "Ye.", "Dos dos cinco cero."), "SMY-2250"),
            ("en-US", ("yes", "Kyle Brandt", "yes", "three thirty one", "yes"), ("Letter", "Letter."),
             ("V as in Victor.", "H.", "E.", "Six oh six."), "VHE-606")):
        conv = Conversation(daisy, locale=locale, store=MemoryStore())
        await conv.start()
        for turn in opening:
            await conv.user_turn(turn)
        for lead in leads:
            reply = said(await conv.user_turn(lead))
            assert "despacio" not in reply and "slowly" not in reply and "final" not in reply, reply
        for turn in plate:
            reply = said(await conv.user_turn(turn))
        await conv.user_turn("sí" if locale == "es-MX" else "yes")
        assert conv.slots["tractor_plate"] == value, reply
