"""The blind call batches: calls in the format of the real ones, written by people who never saw the engine,
replayed turn by turn through Daisy.

Each call is one test: its caller turns go, in order, to a `Conversation` as the console sends them, and
no call may end because of understanding while the caller keeps answering. The per-field figure over each
batch is held at least where the README reports it (see "Real calls" there), next to the old system's.
The batches (`tests/data/blind_calls*/`; their READMEs say how they were written) were holdouts when
written: each measured the engine on speech nobody here wrote before its misses were fixed, by class,
never by line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from daisy_engine.compiler import CompiledFlow, compile_flow
from daisy_engine.flow import load_flow
from daisy_engine.testing.replay import replay_labelled

from .call_checks import check_call_keeps_going

ROOT = Path(__file__).resolve().parents[2]
BATCHES = ("blind_calls", "blind_calls_2", "blind_calls_3", "blind_calls_4", "blind_calls_5", "blind_calls_6",
           "blind_calls_7", "blind_calls_8", "blind_calls_9", "blind_calls_10", "blind_calls_11", "blind_calls_12",
           "blind_calls_13", "blind_calls_14", "blind_calls_15", "blind_calls_16", "blind_calls_17",
           "blind_calls_18", "blind_calls_19", "blind_calls_20", "blind_calls_21", "blind_calls_22",
           "blind_calls_23", "blind_calls_24", "blind_calls_25", "blind_calls_26", "blind_calls_27",
           "blind_calls_28", "blind_calls_29", "blind_calls_30", "blind_calls_31", "blind_calls_32",
           "blind_calls_33")
# Batches committed with their misses not yet traced (the next round's work): only their overall figure is held.
# The per-call and per-field checks below are what fixing a batch makes true (tests/understanding/test_language.py
# holds the same set as UNTRACED_BATCHES: how soon an English driver is followed).
NOT_YET_TRACED: frozenset[str] = frozenset({"blind_calls_32"})
LABELS: dict[str, dict[str, Any]] = {
    batch: json.loads((ROOT / "tests" / "data" / batch / "labels.json").read_text("utf-8")) for batch in BATCHES
}

# The figures the README reports for each batch (exact fields, rounded down); the suite keeps them from
# going down. Before any fix: batch 1 84/156 (54 %) at a324576; batches 2, 3 and 4 123/201 (61 %), 62/83 (75 %)
# and 57/82 (70 %) at 0400886; batches 5, 6 and 7 68/94 (72 %), 85/102 (83 %) and 82/99 (83 %) at e065c14 (batch
# 7, sealed through two rounds of fixes, 88/99 before its own); the old system's are 148/156, 192/201, 78/83,
# 79/82, 89/94, 96/102 and 92/99. Batches 8, 9 and 10 92/102 (90 %), 86/100 and 90/100 at 0893f94 (batch 9, sealed
# through the first fixes of its round, still 86/100 before its own; batch 10, sealed through two, 92/100); the
# old system's are 98/102, 94/100 and 91/100. Batch 11, written during that round and sealed to its end: 82/100 at
# 0893f94, 87/100 at the end of the round (the old system 95/100), 100/100 once its misses were fixed as classes.
# Batch 12, written at the start of the round from 0ee37d2 and sealed through its first fixes: 86/99 at 0ee37d2,
# 92/99 after them (the old system 94/99); 98/99 once its plate misses and e-mail read-back corrections were
# fixed as classes. Batch 13, written with batch 12 and sealed to the end of that round: 82/100 at 0ee37d2 and
# 82/100 at the end (the old system 97/100); 97/100 once its misses were fixed as classes in the round from
# 1e7c6cc. Batch 14, written at the start of that round: 92/99 at 1e7c6cc (the old system 93/99), 97/99 once fixed.
# Batch 15, written with batch 14 and sealed through every fix of that round: 87/100 at 1e7c6cc and 87/100
# after them (the old system 93/100); 95/100 once three classes traced from it at the end were fixed. Batch 16,
# written at the start of the round from b9a7da2: 90/102 at b9a7da2 (the old system 97/102), 102/102 once its
# misses were fixed as classes. Batch 17, written with batch 16 and sealed through every fix of that round: 97/100
# at b9a7da2 and 97/100 after them (the old system 96/100); 99/100 once traced at the end, 100/100 once a letter
# heard through a garbled "letra" yields its room to a clear one (r18values). Batch 18, written at the
# start of the round from 202c058: 83/98 at 202c058 (the old system 94/98); 97/98 once its calls that ran out of
# step were fixed as classes (plates at their read-back) and its other misses (r18calls18b, r18values). Batch 20,
# written at the start of the round from 8f76437 as messy as the real calls: 34/78 at 8f76437 (the old system
# 71/78), 39/78 once the replay counted a question cut off before its topic as asked (fe16dd1); 64/78 once its
# Spanish misses were traced and fixed as classes (r19calls20: numbers and plates cut by a pause, letters lost
# before a cut "de", plates said as they are after a "no", e-mail words after their spelled start), its other 14
# misses its three English calls heard in Spanish; 76/78 once the call follows the caller's language (r19language).
# Batch 19 (sealed through the round from 202c058, 87/93 traced at its end): 93/93 once its six misses were
# fixed as classes in the round from 8f76437 (r19values). Batch 21, written with batch 20 and sealed through every
# fix of that round: 49/80 at 8f76437 and 67/80 after them (the old system 75/80); committed untraced. 73/80 once
# traced and fixed as classes (r20calls21: "Sorry, English." an ask for English, not a name; American given names
# ask for the surname; numbers said in pairs over a pause; times ended by the part of the day after a pause; an
# e-mail ending after a pause; garbled "letra" letters made sure or dictated again from the first); its seven
# remaining misses are replay artefacts: a "no" to an old agent's misread our read-back never made (room-HMPX...,
# S E S D for SFD-9041, and the five fields after it; room-6eZD... "restrada80"; room-bZUN... 2318 for 2380).
# blind_calls_22 (15 calls as messy as the real ones, three English) was written at the start of the round from
# b9ae3dc and sealed through its fixes: 73/86 at b9ae3dc, 74/86 after them (the old system 79/86); committed untraced.
# 85/86 once traced and fixed as classes (r21calls22: less frequent given names alone ask for the surnames, and a
# one-word name read back takes them; digits said one by one over pauses; a unit joined to the tens at a plate's
# read-back; "As in whiskey." after its letter; "B as in boy, not P" replaces the P; "No zero." at a read-back; a
# yes with what the arrival depends on; "Full." no name; a lead-in cut before its value, "La primera es la", no
# failed attempt; the hour read with "mañana temprano" said before it); its remaining miss is a replay artefact:
# room-fT3W... answers the old agent's "comienza de nuevo" for tractor plates our Daisy read back right, so its
# dictation goes to our trailer number question and "Es la 3 0 5 2." comes at the trailer plates.
# blind_calls_23 (15 calls, three English) was written at the start of the round from 9edb385 and sealed through its
# fixes: 71/90 at 9edb385, 71/90 after them (the old system 84/90); committed untraced. 79/90 once its calls
# room-Dj..., room-qu..., room-mQ... and room-rQ... were traced and fixed as classes (r22calls23b: digits said one by
# one cut by a pause go on, "Dos dos" - "cero ocho." 2208; a name's last part cut by a pause finished in lower case,
# "Leonel Cas" - "tañeda."; "Bebe grande." one sized B; another slot's number said before the plate's letters
# leaves the plate's own number to come, ZRT-218; "Araceli termina con i latina" inside a part run together; "No
# be." after a correction that took the B out); 89/90 with r22calls23a's calls traced too. The remaining miss is a
# replay artefact: room-Dj... tractor plates - our Daisy read 740 back at once and the replay said "sí" for the
# caller, whose "Sí, ese." to the old read-back then comes at the plates (an S), and "Quítale la ene del principio"
# answers the old agent's N our Daisy never read. Traced for the per-call check too (r22trace23): a busy caller who
# names no time ("Ahorita no, estoy cargando diésel.", room-8Dx...) is called back at the flow's default, a callback
# the caller asked for; "Mejor por WhatsApp." at the summary (room-z6y...) is noted and the summary asked again, no
# failed attempt.
# blind_calls_24 (15 calls, two English) was written at the start of the round from 371d766 and sealed through its
# fixes: 77/88 at 371d766, 77/88 after them (the old system 78/88); committed untraced. 88/88 once traced and fixed
# as classes (r23calls24b: a vowel drawn out, "Aa.", one letter - read as A A it began room-z1i...'s plate anew and
# its next four answers landed on the wrong questions; letters spelled one by one no words of a language and
# "unit" English, so its English driver is followed at "It's unit"; r23calls24a: its other calls).
# blind_calls_25 (15 calls, three English) was written at the start of the round from 7d37e76 and sealed through
# its fixes: 66/77 at 7d37e76, 66/77 after them (the old system 68/77); committed untraced. 72/77 once its calls
# room-0of..., room-i6e... and room-Rm6... were traced and fixed as classes (r24calls25b: a round number said alone
# with a full stop, "Setecientos." / "Trescientos veinte.", goes on with a smaller one at its read-back, 720 and
# 321; "Aldeáguila" / "al de águila" is A; an address's first letter joined by a symbol, "y.cardenas", is no "and";
# "punto em equis" is .mx; "Las cinco." first in a turn is an hour, read back for the arrival time left for later,
# never the start of the address); 77/77 with r24calls25a's (an e-mail symbol said missing that the address has is
# read back again, its place said alone; "first one's a B" a place in the value, never a name; "No, no es i. Es ye."
# read whole; a yes with only a stop on the road after its "pero" confirms).
# blind_calls_27 (15 calls, two English) was written at the start of the round from 7c78f30 and traced in it:
# 70/82 at 7c78f30 (the old system 77/82), 77/82 once its misses were fixed as classes (r24calls27: numbers cut
# across turns, "Quinientos" - "cuatro." 504, "Dos" - "cincuenta y ocho." 258; "No, van dos eses." no digit; "Sí,
# pero la de es te."; "Uvedoble"; a plate's letters said again after its digits). Left: room-aGJ... name, a replay
# artefact (the recorded agent never asked it - the caller gave it at the greeting - so the replay answers our name
# question "No lo tengo a la mano" and the name lands at the tractor question); room-GenH... plates and ETA (an
# English driver heard in Spanish until "P as in Peter", and "It's 90." - "Ninety." split by our read-back);
# room-guRa... plates ("Te de" cut by a pause keeps the D, not the T); room-7DhS... VGG-1240 ("Ge." - "Trae" -
# "Letra ge.": one G or two, the transcript does not settle it). 79/82 with r25calls29: room-GenH...'s "Ninety." at
# the plates is the number just confirmed said again, asked again, and its plates and ETA come right. 80/82 with
# r27calls30: room-aGJ...'s name, said at the tractor question right after the replay put it off, is read back.
# blind_calls_26 (15 calls, two English) was written at the start of the round from 7c78f30 and sealed through
# its fixes: 67/83 at 7c78f30, 68/83 after them (the old system 77/83); committed untraced. 73/83 once its calls
# room-Aa7..., room-UPd... and room-oEx... were traced and fixed as classes in the round from 546c367e (r25calls26b:
# "Ahorita no tengo caja enganchada." no trailer, both its values settled - its ETA and e-mail had gone to the
# trailer plates; "Mañana temprano." - "A las seis y cuarto." 06:15 even past six; "Sí, pero falta una letra." -
# "Al final, la ere." TPR-151; "Lo mismo que el tractor, pero con E al final." HYE-505 and "la E en vez de la de"
# bare a replacement; "Le falta el punto mx." at a domain alone no part before the "@"), 82/83 with the other
# calls' classes (r25calls26a: a sound-alike after "Litra ge." the next letter, not a correction; "Otra vez a. Tres
# aes." one more A; "sin el cero. Doscientos tres." the number said last; "no es ache, es ge de Chihuahua" at a C;
# "lety punto bm" - "B de burro, eme de mamá." taken once). Left: room-VHE... name, heard and unconfirmed when the
# caller asked for a callback in the same breath (kept to read back on the callback, never passed as confirmed).
# blind_calls_29 (15 calls, three English) was written at the start of the round from 546c367e and traced in it:
# 74/87 at 546c367e (the old system 77/87), 87/87 once its misses were fixed as classes (r25calls29: the value just
# confirmed said again at the next question, "Cuatro doce." at the plates, "Nueve en punto." at the e-mail, asked
# again; "Hijede gato" a mangled name run into its de; "Ge" - "de gato. 91 17." the letter's word, not the keypad's
# "gato"; "Voy en vacío." at the arrival time about the trailer; "Letra ye, de" - "yegua." the comma's D the frame;
# "Ceeme." two letters; "Uno." - "No, U de uva." the digit replaced; "7" - "0 5." 705).
# blind_calls_28 (15 calls, three English) was written at the start of the round from 546c367e and sealed through
# its fixes: 70/82 at 546c367e, 70/82 after them (the old system 72/82); committed untraced. Traced in the round from
# 2b5fbae3: 77/82 once its misses were fixed as classes by r26calls28a and r26calls28b (r26calls28b: "Doce" - "cero
# siete." 1207, zero-led digits the pair's next places; "Sí, pero con punto." at an address with the dot a yes; "J
# like John" English; "I'll text them to dispatch" a value put off; "Es de Sonora la placa." where the plate is from,
# no S). Left of r26calls28b's calls: room-LblOtlvdx09x ETA and e-mail and room-AhxTFhopqhz2 trailer number, replay
# artefacts (turns said to the recorded agent's questions landing on ours). 78/82 in the round from 649b71d7
# (r27calls30: "Sí, pero lleva punto entre lety y bravo." at the summary, room-FP9x..., a yes where the value has
# the dot - it had run the call out of attempts; room-AhxT...'s "El siete." at the plates, just after the trailer
# number was put off, that number). Left: room-JObf... e-mail, room-FP9x... plates ("Nitra." alone), room-Lbl...
# ETA and e-mail.
# blind_calls_31 (15 calls, three English) was written at the start of the round from 2b5fbae3 and traced in it:
# 70/84 at 2b5fbae3 (the old system 80/84), 83/84 once its misses were fixed as classes (r26calls31: "Uve de" cut -
# "Uve." one V; the plate's digits or the whole plate said again alone at the trailer number, and a value said
# again a second time, never the next value's start; "I don't have 'em on me."; "Qué onda, soy Baltazar" cut by a
# pause keeps the given name; "Name's Cody Ramirez." on a Spanish call; the replay counts a value the recorded
# agent read back as asked). Left: room-Kaq... trailer number, a replay artefact ("No, there's a zero. Zero four
# six one." answers the old agent's read-back of the plates without their zero, one our Daisy never made).
# blind_calls_30 (15 calls, two English) was written at the start of the round from 2b5fbae3 and sealed through its
# fixes: 77/83 at 2b5fbae3, 77/83 after them (the old system 77/83); committed untraced. Traced in the round from
# 649b71d7: 83/83 once its misses were fixed as classes (r27calls30: "Trecientos treinta." 330, a hundreds word
# without its s; "Yup." at the e-mail question a go-ahead, no "yup" before the address; "antes de los números va
# una ele" inserted before the digits; "No me lo sé de memoria." - "Déjame ver." - "Doscientos once." at the
# plates the number just put off; "Le traen" N yielding its room to the clear "Ye de yegua", ASY).
# blind_calls_33 (15 calls, three English) was written at the start of the round from 649b71d7 and traced in it:
# 79/83 at 649b71d7 (the old system 76/83), 83/83 once its misses were fixed as classes (r27calls33: "Juan Carlos"
# cut by a pause - "Treviño Salas." at its read-back the surnames of the two given names; "Sí, pero llámame en diez
# minutos" at a read-back a yes, then the callback; "Mil" - "cuatrocientos." (read back) - "Dos." 1402; "Nitra" -
# "Litra" before any letter no failed attempt, never the plates given up on).
# blind_calls_32 (15 calls, two English) was written at the start of the round from 649b71d7 and sealed through its
# fixes: 76/82 at 649b71d7, 76/82 after them (the old system 77/82); committed untraced.
FLOOR_OVERALL = {"blind_calls": 0.98, "blind_calls_2": 0.96, "blind_calls_3": 0.97, "blind_calls_4": 0.99,
                 "blind_calls_5": 0.98, "blind_calls_6": 0.99, "blind_calls_7": 0.97, "blind_calls_8": 0.99,
                 "blind_calls_9": 0.99, "blind_calls_10": 0.99, "blind_calls_11": 0.99,
                 "blind_calls_12": 0.98, "blind_calls_13": 0.97, "blind_calls_14": 0.97, "blind_calls_15": 1.0,
                 "blind_calls_16": 1.0, "blind_calls_17": 1.0, "blind_calls_18": 0.98, "blind_calls_19": 1.0,
                 "blind_calls_20": 0.97, "blind_calls_21": 0.91, "blind_calls_22": 0.98,
                 "blind_calls_23": 0.98, "blind_calls_24": 1.0, "blind_calls_25": 1.0,
                 "blind_calls_26": 0.98, "blind_calls_27": 0.97,
                 "blind_calls_28": 0.95, "blind_calls_29": 1.0, "blind_calls_30": 1.0, "blind_calls_31": 0.98,
                 "blind_calls_32": 0.92, "blind_calls_33": 1.0}


@pytest.fixture(scope="module")
def daisy() -> CompiledFlow:
    return compile_flow(load_flow(ROOT / "flows" / "daisy.yaml"))


CALLS = [(batch, call) for batch in BATCHES if batch not in NOT_YET_TRACED for call in sorted(LABELS[batch])]


@pytest.mark.parametrize(("batch", "call"), CALLS)
def test_a_blind_call_never_ends_over_understanding_while_the_caller_keeps_answering(
        daisy: CompiledFlow, batch: str, call: str) -> None:
    check_call_keeps_going(daisy, ROOT / "tests" / "data" / batch, LABELS[batch], call)


@pytest.mark.parametrize("batch", BATCHES)
def test_the_blind_call_figure_holds(daisy: CompiledFlow, batch: str) -> None:
    data = ROOT / "tests" / "data" / batch
    report = replay_labelled(daisy, data / "labels.json", data / "transcripts", opening=("sí",))
    overall = report.overall()
    assert overall.total == sum(len(entry["labels"]) for entry in LABELS[batch].values())
    assert overall.engine / overall.total >= FLOOR_OVERALL[batch], report.table()
    if batch in NOT_YET_TRACED:
        return
    fields = report.per_field()
    # Names and tractor numbers, asked first, are taken nearly as well as the old system took them.
    for name in ("name", "tractor_number"):
        assert fields[name].engine >= fields[name].old - 1, report.table()
