"""Which language a caller speaks (`understanding.language`): a call follows the caller into another of the
flow's languages only when the caller clearly speaks it or asks for it.

The rule is proved on the data: every caller turn of every recorded and blind Spanish call, fed turn after
turn as a call feeds them, never switches to English; no Spanish eval line is taken for English; no English
eval line is taken for Spanish."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from daisy_engine.understanding.language import (
    MARKERS,
    Language,
    asked_language,
    caller_language,
    foreign_numbers,
    rest_of_ask,
    turn_language,
    with_digits,
)
from daisy_engine.understanding.normalize import fold
from daisy_engine.understanding.numbers import NUMBER_WORDS_OF

DATA = Path(__file__).resolve().parents[1] / "data"
LANGS = ("es", "en")
# The calls of the blind batches whose driver speaks English from the first word (the old agent answered in
# English): the only calls where the call is expected to switch.
# The English drivers of blind batch 20, found by `recorded_calls` as every call whose recorded agent spoke
# English (a batch written later may hold more: they are found the same way, not listed here).
ENGLISH_CALLS = {"room-hruWMLEzussG", "room-nmJ4cJcPp4hw", "room-La7wjK8D2K5a"}
# Call batches committed sealed and untraced (the same as NOT_YET_TRACED in tests/realcalls/test_blind_call_replay.py):
# their misses are the next round's work, so only their overall figure is held there, not how soon a call follows
# an English driver. Their Spanish calls are still held never to switch.
# (blind_calls_28 taken out when traced, in the round from 2b5fbae3: its English driver, room-LblOtlvdx09x, is
# followed at "J like John", his fifth answer; blind_calls_32 put in, sealed: its English driver room-tvDh9VrazNv3,
# "Hello?" - "Yeah, Cody Marsh." - "M A R S H." - "Yes ma'am." - "One twenty six.", is followed at his sixth answer)
UNTRACED_BATCHES: set[str] = {"blind_calls_32"}


def follow(turns: list[str], current: str = "es") -> list[tuple[int, Language]]:
    """Where a call in `current` would switch, turn by turn, as `Conversation` keeps the caller's last turns."""
    switches, recent = [], ()
    for at, turn in enumerate(turns):
        recent = (*recent, turn)[-3:]
        heard = caller_language(recent, current, LANGS)
        if heard is not None:
            switches.append((at, heard))
            current, recent = heard.lang, ()
    return switches


def _agent_spoke_english(items: list[dict]) -> bool:
    """Whether the recorded agent spoke English in this call (its lines hold more English marker words than
    Spanish ones): the call of an English-speaking driver."""
    said = " ".join(" ".join(c for c in item["content"] if isinstance(c, str))
                    for item in items if item.get("role") == "assistant" and item.get("content"))
    words = re.findall(r"[a-z']+", fold(said))
    return sum(w in MARKERS["en"] for w in words) > sum(w in MARKERS["es"] for w in words)


def recorded_calls() -> Iterator[tuple[str, str, list[str], bool]]:
    """Every recorded call of tests/data: its folder, room, caller turns, and whether it is an English driver's."""
    for folder in sorted(DATA.glob("*calls*")):
        for path in sorted((folder / "transcripts").glob("*.json")):
            room = "room-" + path.name.split("room-")[1].split("_")[0]
            items = json.loads(path.read_text(encoding="utf-8"))["transcript"]["items"]
            turns = [" ".join(c for c in item["content"] if isinstance(c, str))
                     for item in items if item.get("role") == "user" and item.get("content")]
            yield folder.name, room, turns, _agent_spoke_english(items)


def eval_lines(prefix: str) -> list[str]:
    lines = []
    for path in sorted(DATA.glob("eval*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if str(case.get("locale", "")).startswith(prefix) and isinstance(case.get("text"), str):
                    lines.append(case["text"])
    return lines


def test_no_turn_of_a_spanish_call_switches_it_to_english() -> None:
    turns = wrong = 0
    for folder, room, call_turns, english in recorded_calls():
        if english:
            continue
        turns += len(call_turns)
        switched = follow(call_turns)
        assert switched == [], (folder, room, [call_turns[at] for at, _ in switched])
        wrong += len(switched)
    assert turns > 7000 and wrong == 0


def test_an_english_driver_on_a_spanish_call_is_followed_within_his_first_answers() -> None:
    calls = {room: turns for folder, room, turns, english in recorded_calls()
             if english and folder not in UNTRACED_BATCHES}
    assert set(calls) >= ENGLISH_CALLS
    for room, turns in calls.items():
        switched = follow(turns)
        assert [heard.lang for _, heard in switched] == ["en"], room
        assert switched[0][0] <= 4, (room, turns[: switched[0][0] + 1])


def test_no_spanish_eval_line_is_taken_for_english() -> None:
    lines = eval_lines("es")
    assert len(lines) > 3000
    assert [line for line in lines if (heard := turn_language(line, LANGS)) and heard.lang == "en"] == []


def test_no_english_eval_line_is_taken_for_spanish_and_most_long_ones_are_english() -> None:
    lines = eval_lines("en")
    heard = [turn_language(line, LANGS) for line in lines]
    assert [line for line, h in zip(lines, heard, strict=True) if h is not None and h.lang == "es"] == []
    assert sum(1 for h in heard if h is not None and h.lang == "en") > len(lines) // 3


@pytest.mark.parametrize("turn", [
    "Yes, that is right.", "L as in Larry, N as in Nancy", "I don't have those on me.",
    "About an hour and a half.", "My name is Kevin Pruitt", "the truck number is four fifty one",
    "I'm on the road right now, can you call me back?",
])
def test_a_clear_english_turn_is_english(turn: str) -> None:
    assert turn_language(turn, LANGS) == Language("en")


@pytest.mark.parametrize("turn", [
    "Sí, así está bien.", "Es la ciento veinte", "No tengo las placas a la mano",
    "Mi nombre es José Luis Hernández", "Llego como a las cinco de la tarde", "Okay, está bien, gracias",
])
def test_a_clear_spanish_turn_is_spanish(turn: str) -> None:
    assert turn_language(turn, LANGS) == Language("es")


@pytest.mark.parametrize("turn", [
    "ok", "Yes.", "Bye", "Sorry", "Hello?", "Correct.", "bai", "Okay, bye", "Yes, sorry",  # loan words, one word
    "Bantering", "Baby papá", "Freightliner Cascadia del 2019", "Marcus Delgado.", "gmail punto com",
    "No, i latina, no i griega.", "Yes, ok", "sorry, ¿qué?", "Dwayne Hollis", "Four fifty",  # two words only
    "se lo deletreo en inglés: alpha, bravo, charlie",
])
def test_a_short_loan_word_a_name_or_garbage_is_no_language(turn: str) -> None:
    heard = turn_language(turn, LANGS)
    assert heard is None or heard.lang == "es"


@pytest.mark.parametrize("turn, lang", [
    ("Do you speak English?", "en"), ("In English please", "en"), ("English, please", "en"),
    ("can we talk in english", "en"), ("¿Habla inglés?", "en"),
    ("¿Habla español?", "es"), ("en español por favor", "es"), ("Spanish please", "es"),
    ("Do you speak Spanish?", "es"), ("¿Puede hablar en español?", "es"),
    ("I don't speak English", "es"), ("no hablo inglés", "es"), ("hable en inglés", "en"),
    ("Sorry, I don't understand Spanish", "en"), ("no le entiendo el inglés", "es"),
])
def test_an_explicit_ask_names_the_language_wanted(turn: str, lang: str) -> None:
    assert asked_language(turn, LANGS) == lang
    assert turn_language(turn, LANGS) == Language(lang, asked=True)  # type: ignore[arg-type]


@pytest.mark.parametrize("turn", ["la placa es inglesa", "my english teacher", "el inglés de la caja",
                                  "Sorry, my English", "Es inglés", "Hello, English teacher"])
def test_a_language_only_named_is_no_ask(turn: str) -> None:
    assert asked_language(turn, LANGS) is None


def test_short_english_answers_in_a_row_settle_it_together_but_a_spanish_word_between_resets() -> None:
    assert follow(["It's", "twenty seven."]) == [(1, Language("en"))]
    assert follow(["Yeah", "it's Dwayne Hollis."]) == [(1, Language("en"))]
    assert follow(["Four fifty", "sí, el cuatro cincuenta", "one."]) == []
    assert follow(["ok", "yes", "bye"]) == []
    # "like" naming a letter is English: with the English numbers before it, the short answers say it
    assert follow(["Eighty eight.", "Yes.", "J like John"]) == [(2, Language("en"))]
    assert follow(["Ochenta y ocho.", "Yes.", "J like John"]) == []


def test_a_call_in_english_follows_a_driver_into_spanish() -> None:
    assert follow(["Hello?", "Sí, aquí estoy, dígame"], current="en") == [(1, Language("es"))]
    assert follow(["Yes, sorry, ok"], current="en") == []


def test_a_turn_in_the_calls_own_language_switches_nothing() -> None:
    assert caller_language(["Sí, así está bien."], "es", LANGS) is None
    assert caller_language(["¿Habla español?"], "es", LANGS) is None


@pytest.mark.parametrize("turn", [
    "Juan de la Cruz", "Yes, Juan de la Cruz", "José de la Garza", "Maria de los Santos", "De la Rosa",
    "Transportes de la Garza", "Luis del Valle", "El Paso, Las Cruces",
])
def test_a_spanish_name_or_place_on_an_english_call_is_no_spanish(turn: str) -> None:
    # "de", "la", "los", "el" make up names and places English-speaking drivers say: no switch to Spanish
    assert caller_language([turn], "en", LANGS) is None


@pytest.mark.parametrize("turns", [
    ["Tractor y tráiler"], ["tráiler y tractor"], ["Tractor", "tráiler también"], ["el tráiler", "tractor y tráiler"],
])
def test_tractor_and_trailer_are_spanish_words_too(turns: list[str]) -> None:
    assert follow(turns) == []


@pytest.mark.parametrize("turn", [
    "Es en inglés", "Se escribe en inglés", "Lo deletreo en inglés", "Mi nombre en inglés", "En inglés es Kevin",
    "Sí, es en inglés", "It's in Spanish", "the name in Spanish",
])
def test_saying_what_is_in_a_language_is_no_ask(turn: str) -> None:
    # the name or the spelling is in English: the caller asks for nothing, the call keeps its language
    assert asked_language(turn, LANGS) is None


@pytest.mark.parametrize("turn, lang", [
    ("Inglés, por favor", "en"), ("En inglés mejor", "en"), ("Sí, en inglés", "en"), ("in Spanish, please", "es"),
    ("Español", "es"), ("Sorry, English.", "en"), ("English?", "en"), ("Hello, English?", "en"),
    ("Perdón, español.", "es"), ("Disculpe, ¿inglés?", "en"), ("Uh, Spanish please", "es"),
])
def test_a_short_ask_without_a_verb_still_asks(turn: str, lang: str) -> None:
    assert asked_language(turn, LANGS) == lang


@pytest.mark.parametrize("turns", [
    ["thank you, thank you, thank you"], ["ok thank you thank you thank you"], ["Okay, thank you, see you"],
    ["ok, thank you", "2045", "thank you, thank you"], ["thank you", "ABC 1234", "ok thank you"],
    ["3 pm", "email", "email?"], ["ABC 1234", "ok", "email"], ["email", "Juan Pérez", "email"],
])
def test_thank_you_or_email_said_again_and_again_is_no_english(turns: list[str]) -> None:
    # Mexican drivers say "thank you", "see you" and "email" inside Spanish: however often, no switch to English
    assert follow(turns) == []


@pytest.mark.parametrize("turn, current, numbers", [
    ("One oh six.", "es", "en"), ("A B C one two three", "es", "en"), ("twenty seven.", "es", "en"),
    ("ten twenty nine", "es", "en"), ("four four seven, X R", "es", "en"),
    ("uno cero seis.", "en", "es"), ("a b c uno dos tres", "en", "es"), ("veintisiete", "en", "es"),
    ("cuatro cuatro siete", "en", "es"),
])
def test_number_words_alone_are_no_language_but_are_understood(turn: str, current: str, numbers: str) -> None:
    assert turn_language(turn, LANGS) is None
    assert follow([turn, turn], current) == []
    assert foreign_numbers(turn, current, LANGS) == numbers
    assert not any(word in NUMBER_WORDS_OF[numbers] for word in with_digits(turn, numbers).split())


@pytest.mark.parametrize("turns, current, at", [
    (["One oh six.", "Yup."], "es", 1), (["It's", "twenty seven."], "es", 1),
    (["ten twenty nine", "that's right"], "es", 1), (["uno cero seis", "sí, es correcto"], "en", 1),
    (["cuatro cuatro siete", "eso es"], "en", 1),
])
def test_numbers_then_a_word_of_their_language_switch(turns: list[str], current: str, at: int) -> None:
    assert [spot for spot, _ in follow(turns, current)] == [at]


@pytest.mark.parametrize("turns, current, at", [
    (["Hello?", "Marcus Bell.", "No, Bell. B E L L.", "Yes.", "It's unit"], "es", 4),
    (["Jake Doyle.", "D O Y L E, that's it."], "es", 1),
    (["Hey.", "Carl Nunez.", "N U N E Z, it is."], "es", 2),
    (["¿Bueno?", "Raúl Peña.", "P E Ñ A.", "Sí.", "La unidad"], "en", 4),
    (["José Ortiz.", "O R T I Z, eso es."], "en", 1),
])
def test_a_name_spelled_letter_by_letter_does_not_hide_the_words_around_it(turns: list[str], current: str,
                                                                           at: int) -> None:
    # the letters of a spelled name are in no language: counted as words they outweighed the few words that
    # tell the caller's ("It's unit", "eso es"), and the call went on in the wrong language a turn longer
    assert [spot for spot, _ in follow(turns, current)] == [at]


@pytest.mark.parametrize("turn", ["Sí, y a las 5.", "Bueno, y a la 1.", "Claro, y a las 4."])
def test_one_letter_words_side_by_side_are_words_not_spelled_letters(turn: str) -> None:
    # "y a", "o a": Spanish words of one letter, not a name spelled; left out of the count, the turn was too short
    # to tell its language and an English call went on in English
    heard = turn_language(turn, LANGS)
    assert heard is not None and heard.lang == "es"


@pytest.mark.parametrize("turn, current", [("unit one oh six", "es"), ("la unidad ciento seis", "en")])
def test_the_word_each_language_calls_the_tractor_tells_the_language(turn: str, current: str) -> None:
    # "unit" / "unidad" is said only by drivers of its language, as "number" and "truck" are ("number one oh six")
    heard = turn_language(turn, LANGS)
    assert heard is not None and heard.lang != current


@pytest.mark.parametrize("turn, current", [
    ("Juan Diez García", "en"), ("Maria Dos Santos", "en"), ("Tres Hermanos Trucking", "en"),
    ("Five Star Trucking", "es"), ("Jimmy Nine Smith", "es"),
])
def test_a_name_holding_a_number_word_of_the_other_language_is_no_dictated_number(turn: str, current: str) -> None:
    assert foreign_numbers(turn, current, LANGS) is None


@pytest.mark.parametrize("turn, current", [
    ("Kenworth one oh six", "es"), ("Diez", "en"), ("A B C uno dos tres", "en"), ("Tres y media.", "en"),
    ("Efe, ge, erre, seiscientos sesenta y uno.", "en"), ("Alpha Bravo, one two three", "es"), ("Ponle siete.", "en"),
])
def test_numbers_and_letters_of_the_other_language_are_a_dictated_number(turn: str, current: str) -> None:
    assert foreign_numbers(turn, current, LANGS) is not None


@pytest.mark.parametrize("turn", ["es el one oh six", "la placa es A B C one two three", "ten en cuenta"])
def test_english_numbers_in_a_spanish_turn_are_left_to_spanish(turn: str) -> None:
    assert foreign_numbers(turn, "es", LANGS) is None


@pytest.mark.parametrize("turn", [
    "hablo poquito inglés", "hablo un poco de inglés", "entiendo algo de inglés", "hablo tantito inglés",
    "I speak a little Spanish", "I speak a little bit of Spanish", "I understand some Spanish",
    "I can speak a little English",
])
def test_saying_how_much_of_a_language_one_speaks_is_no_ask(turn: str) -> None:
    assert asked_language(turn, LANGS) is None
    assert turn_language(turn, LANGS) is None or turn_language(turn, LANGS) == Language("en")


@pytest.mark.parametrize("turn, lang", [
    ("Do you speak a little Spanish?", "es"), ("Can you speak some Spanish?", "es"),
    ("Do you speak some English?", "en"), ("¿Hablas algo de español?", "es"), ("¿Usted habla poquito inglés?", "en"),
    ("hablo poquito inglés, ¿usted habla español?", "es"),
])
def test_asking_whether_the_agent_speaks_a_little_of_a_language_asks_for_it(turn: str, lang: str) -> None:
    assert asked_language(turn, LANGS) == lang


@pytest.mark.parametrize("turn, lang", [("no hablo mucho inglés", "es"), ("I don't speak much Spanish", "en")])
def test_saying_one_does_not_speak_much_of_it_still_asks_for_the_other(turn: str, lang: str) -> None:
    assert asked_language(turn, LANGS) == lang


@pytest.mark.parametrize("turns, current", [
    (["sí", "sí", "sí"], "en"), (["Sí.", "Sí, sí.", "sí", "ok", "no"], "en"), (["Sí", "No", "Sí"], "en"),
    (["Yeah.", "Yeah, yeah.", "yeah"], "es"), (["yup", "ok", "yup", "no", "yup"], "es"),
])
def test_one_short_answer_said_again_and_again_is_no_language(turns: list[str], current: str) -> None:
    assert follow(turns, current) == []


@pytest.mark.parametrize("turn", [
    "okay thank you have a good one", "Ok thanks, take care", "alright, bye bye", "Thank you, have a nice day",
    "ok gracias, have a safe trip", "goodbye, thank you",
])
def test_leave_taking_in_english_is_no_english(turn: str) -> None:
    assert turn_language(turn, LANGS) is None
    assert follow(["sí", turn], "es") == []


@pytest.mark.parametrize("turn, rest", [
    ("Do you speak English? My name is John Smith", "My name is John Smith"),
    ("do you speak English my name is Kyle Brennan", "my name is Kyle Brennan"),
    ("English please. It's four fifty one.", "It's four fifty one."),
    ("¿Habla español? Me llamo Juan Pérez.", "Me llamo Juan Pérez."),
    ("¿Habla español? Es el ciento seis.", "Es el ciento seis."),
    ("Can we do this in Spanish? mi nombre es Juan López", "mi nombre es Juan López"),
    ("In English please", ""), ("Uh hi. Do you speak English?", ""), ("Oiga, ¿habla inglés?", ""),
    ("Do you speak English? I don't speak Spanish.", ""), ("English, please.", ""),
])
def test_what_an_ask_says_besides_the_ask(turn: str, rest: str) -> None:
    assert rest_of_ask(turn, LANGS) == rest


@pytest.mark.parametrize("turn", [
    "En inglés. Uno dos tres.", "In English. Es A B C uno dos tres.", "Inglés. Es la uno.",
    "In Spanish. One two three.", "En español. It's the one oh six.",
])
def test_a_language_named_before_what_goes_on_in_the_other_is_no_ask(turn: str) -> None:
    assert asked_language(turn, LANGS) is None


@pytest.mark.parametrize("turn, lang", [
    ("En inglés, por favor. Es que no entiendo.", "en"), ("English please. I'm Darnell Price.", "en"),
    ("¿Habla inglés? Uno dos tres.", "en"), ("En español por favor. Uno dos tres.", "es"),
])
def test_a_sentence_that_asks_for_a_language_asks_whatever_follows(turn: str, lang: str) -> None:
    assert asked_language(turn, LANGS) == lang


@pytest.mark.parametrize("turn, current", [("once more please", "en"), ("it dies down", "en"), ("one dose", "en"),
                                           ("ten cuidado", "es"), ("ten", "es")])
def test_a_number_word_that_is_a_word_of_the_call_s_language_is_no_number(turn: str, current: str) -> None:
    assert foreign_numbers(turn, current, LANGS) is None


def test_like_counts_for_english_only_where_it_names_a_letter() -> None:
    # "J like John" is the English way of naming a letter; "sure, like, dígame" is Spanglish, no English
    for spanglish in ("Sure, like, dígame.", "Right, like, ándale pues.", "Yeah, like, bueno."):
        assert turn_language(spanglish, ("es", "en")) is None, spanglish
    assert follow(["Sure, like, dígame."]) == []
    assert follow(["Eighty eight.", "Yes.", "J like John"]) == [(2, Language("en"))]
