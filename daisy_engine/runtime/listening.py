"""From a caller's turn to the one event the engine raises for it.

Intents come first (restricted to what the current step handles), then the step's listen mode decides:
yes/no, a slot value (possibly in pieces), one dictated character, or a confirmation that may carry a
correction. The caller's words are only ever data here.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from daisy_engine import understanding
from daisy_engine.compiler.table import CompiledFlow, Edge, Step
from daisy_engine.flow.model import BUILTIN_INTENTS, Flow
from daisy_engine.runtime.slot_types import Accumulator, SlotTypes, notion
from daisy_engine.runtime.turn_parts import mentions, naming, qualifiers, split_time
from daisy_engine.understanding import types as slot_types
from daisy_engine.understanding.accumulators import missing_unsaid, says_missing, wanted_symbol
from daisy_engine.understanding.callback_times import parse_calling_hours
from daisy_engine.understanding.choices import choice_map
from daisy_engine.understanding.intents import IntentPhrases, OpenQuestion
from daisy_engine.understanding.letters import SI_WRITTEN_AS_LETTERS, heard_alone, letter_name
from daisy_engine.understanding.normalize import Lang, fold, lang_of
from daisy_engine.understanding.numbers import is_number_word


@dataclass(frozen=True)
class Heard:
    """What a turn meant: the event to raise and, for filled/corrected, the new pending value."""

    event: str
    value: Any = None
    minutes: float | None = None
    # For a partial fix of the pending value ("la última es 7"): the accumulator that now holds it.
    accumulator: Accumulator | None = None
    # For an intent: how sure the understanding layer is (1.0: the words of a phrase; below: a turn that
    # only sounds like one).
    score: float = 1.0


DICTATION_TURNS = 60
"""Turns one value may take while it is dictated in pieces, whatever happens; then it is exhausted."""


@dataclass
class Dictation:
    """How the dictation of one value is going (plates, e-mails): kept per slot by the call.

    A turn is progress only when it leaves the characters in a state not seen before in this dictation:
    a turn that restates them ("O K" again and again, the same letters twice) is a failed attempt. While
    the caller makes progress the attempts start over, so a cooperating caller never loses the call to a
    few garbled fragments; the number of turns is bounded all the same (`DICTATION_TURNS`)."""

    seen: set[str] = field(default_factory=set)
    turns: int = 0
    restarted: bool = False

    def progress(self, so_far: str) -> bool:
        new = so_far not in self.seen
        self.seen.add(so_far)
        return new

    def too_long(self) -> bool:
        return self.turns > DICTATION_TURNS


def dictated(flow: Flow, step: Step, types: SlotTypes) -> bool:
    """Whether the step takes a value that is dictated in pieces: its type is `spellable` (a plate, an
    e-mail, a project's own type that says so)."""
    slot = flow.slots.get(step.slot) if step.slot else None
    return slot is not None and step.kind in ("ask", "spell") and types.of(slot).spellable


def intent_phrases(flow: Flow) -> IntentPhrases:
    """The flow's own intent phrases, `{intent: {locale: [phrases]}}`, as `detect_intent` takes them."""
    return IntentPhrases({
        name: {locale: list(phrases) for locale, phrases in intent.phrases.items()}
        for name, intent in flow.intents.items()
        if intent.phrases
    })


def hear_intent(flow: Flow, step: Step, text: str, locale: str,
                phrases: Mapping[str, Mapping[str, Sequence[str]]], now: datetime | None = None,
                calling_hours: str | None = None, when_alone: bool = False, *, outbound: bool = False,
                only_outbound: bool = False, question: OpenQuestion | None = None,
                hinted: Collection[str] = ()) -> Heard | None:
    """An intent the step has an edge for, or None.

    `now` (the call's local time) turns a callback asked for a day or a part of the day ("llámeme
    mañana", "el lunes en la tarde") into minutes from now, inside `calling_hours` ("09:00-20:00", the
    call's `calling_hours` context variable; the understanding layer's default when absent or not of
    that shape). With `when_alone` (see `asks_about_calling_back`) a turn that only names a time
    ("no, mejor en la noche") asks for a callback then. `outbound_only` intents (a voicemail greeting)
    are heard only on `outbound` calls; `only_outbound` listens for nothing else. `question`: the question the
    step asks, for the rules that weigh it (see `precedence.open_question`). `hinted`: the hint intents
    (`understanding.HINTS`: "busy") the call has already answered in place; heard again, a hint is taken at
    its word, as the intent it stands for ("¿Bueno? Voy manejando" - "seré breve..." - "Es que voy
    manejando": the callback)."""
    names = [
        name for name in step.edges
        if (name in flow.intents and (outbound or not flow.intents[name].outbound_only)
            and (not only_outbound or flow.intents[name].outbound_only))
        or (name in BUILTIN_INTENTS and name not in flow.intents and not only_outbound)
    ]
    if hinted:
        names = [name for name in names if name not in hinted or understanding.HINTS.get(name) is None]
    if not names:
        return None
    match = understanding.detect_intent(text, locale, enabled=names, extra_phrases=phrases or None, now=now,
                                        calling_hours=parse_calling_hours(calling_hours), when_alone=when_alone,
                                        question=question)
    if match is None or match.name not in step.edges:
        return None
    minutes = match.minutes
    if isinstance(minutes, float) and minutes.is_integer():
        minutes = int(minutes)  # "10 minutos" reads back as 10, not 10.0
    return Heard(match.name, minutes=minutes, score=match.score)


def asks_about_calling_back(compiled: CompiledFlow, step: Step) -> bool:
    """Whether `step` is a yes/no question about when to talk: one of its answers schedules a callback
    ("¿le llamo en 15 minutos?" - yes), or its "no" leads to a question whose "yes" does ("¿tiene un
    par de minutos?" - no - "¿le llamo más tarde?"). There "el lunes" or "no, mejor en la noche" is
    a callback for then; at other yes/no questions ("¿confirma su cita del lunes?" - "sí, el lunes")
    a day is just part of the answer."""
    if step.listen != "yes_no":
        return False
    for event in ("yes", "no"):
        for edge in step.edges.get(event, ()):
            if _schedules(compiled, edge):
                return True
            target = compiled.steps.get(edge.dest)
            if event == "no" and target is not None and target.listen == "yes_no" and target is not step \
                    and any(_schedules(compiled, e) for e in target.edges.get("yes", ())):
                return True
    return False


def offers_callback(compiled: CompiledFlow, step: Step) -> bool:
    """Whether `step` is a yes/no question whose "yes" schedules a callback ("¿le parece si le llamo en 15
    minutos?"): a delay said alone there ("Treinta", "an hour") is the callback for then."""
    return step.listen == "yes_no" and any(_schedules(compiled, edge) for edge in step.edges.get("yes", ()))


def offers_callback_on_no(compiled: CompiledFlow, step: Step) -> bool:
    """Whether `step` is a yes/no question whose "no" leads to another that offers a callback ("¿tiene un par de
    minutos?" - no - "¿le parece si le llamo en 15 minutos?"): there a callback asked for with no time ("luego",
    "later", "llámame más tarde") is that "no", and the offer asks when."""
    if step.listen != "yes_no":
        return False
    for edge in step.edges.get("no", ()):
        target = compiled.steps.get(edge.dest)
        if target is not None and target is not step and target.listen == "yes_no" \
                and any(_schedules(compiled, e) for e in target.edges.get("yes", ())):
            return True
    return False


def _schedules(compiled: CompiledFlow, edge: Edge) -> bool:
    target = compiled.steps.get(edge.dest)
    actions = edge.actions + (target.on_enter if target is not None else ())
    return any(action.verb == "reschedule" for action in actions)


@dataclass(frozen=True)
class Routed:
    """What of a turn is for the value asked (`own`: the words to hear, None when none are), the values
    it gave for other slots of the same collect still to be asked (`kept`, by slot), and new values it
    gave for slots already confirmed (`earlier`: the caller goes back to correct one)."""

    own: str | None
    kept: dict[str, Accumulator] = field(default_factory=dict)
    earlier: dict[str, Accumulator] = field(default_factory=dict)


# Words a caller uses for the parts of a dictated value ("los números son 905"): they name the value asked.
_PART_WORDS = frozenset({"letra", "letras", "numero", "numeros", "digito", "digitos",
                         "letter", "letters", "number", "numbers", "digit", "digits"})


def names_only_another(slot: str, text: str, group: list[str], names: dict[str, frozenset[str]]) -> bool:
    """Whether the turn names another value of the collect by a word only that value is called by, and
    none of the words of `slot` ("es una caja rentada, no traigo los papeles" at the arrival time: the
    trailer, not the time): a "no lo traigo" in it is about that other value, never a reason to skip
    this one."""
    # "la", "una": every question has them; "número", "letras": any dictated value has parts so called
    words = {w for w in re.findall(r"[a-z]+", fold(text)) if len(w) >= 4} - _PART_WORDS
    own = names.get(slot, frozenset())
    others = [names.get(other, frozenset()) for other in group if other != slot]
    if words & own:
        return False  # "no traigo caja, voy nada más con el tractor" at the trailer: about the trailer
    return bool(words & {w for o in others for w in o if w not in own})


# Words beside another value's name that say only that the caller stops or that it is wrong ("espera, no, el
# nombre", "no, the arrival time is wrong"): no word of any value.
_WAIT_OR_WRONG = frozenset({"espera", "espere", "esperame", "espereme", "perame", "pereme", "momento", "wait", "hold",
                            "esta", "estan", "malo", "mala", "incorrecto", "incorrecta", "equivocado", "equivocada",
                            "wrong", "incorrect", "isnt", "right", "bien", "okay", "yeah", "tambien", "also"})


def names_another_alone(slot: str, text: str, group: list[str], names: dict[str, frozenset[str]]) -> bool:
    """Whether every word of the turn (but the short ones and those of `_WAIT_OR_WRONG`) is a word another value of
    the collect is called by, and none of `slot`'s ("sí, espera, no, el nombre" at the e-mail read-back): the turn
    names that other value and says nothing of any. "Sí, está bien" names none."""
    words = {w for w in re.findall(r"[a-z]+", fold(text)) if len(w) >= 4} - _PART_WORDS - _WAIT_OR_WRONG
    own = names.get(slot, frozenset())
    others = {w for other in group if other != slot for w in names.get(other, frozenset())}
    return bool(words) and not words & own and words <= others


def route_turn(flow: Flow, step: Step, text: str, locale: str, group: list[str], still_open: set[str],
               names: Mapping[str, frozenset[str]], start: Callable[[str], Accumulator],
               types: SlotTypes, confirmed: Mapping[str, Any] | None = None, first_ask: bool = False) -> Routed:
    """Which words of a turn answer the value asked, and which answer another question of the same
    collect (`group`, in the flow's order), so that an answer to another question is never dictated into
    this value:
    - a time of arrival said at a plate, unit-number or e-mail question ("y llego como a las cinco",
      "llego a las 15:50", "sí, a las doce") is kept for the time slot when it is still to be asked; the
      rest of the turn ("soy Araceli Domínguez, ..., llego como a las tres") is still heard for the
      value asked;
    - a statement naming another slot ("el tráiler es el noventa" at the tractor's plates, "... y las
      placas son ene de Nápoles, 712" at the tractor number) is kept for the first slot still to be asked
      that it names (`names`: the words each slot is called by) and whose value it gives; this value
      takes only the statements that name it or nothing ("el tractor es el noventa y uno");
    - so is a part that starts talking about another slot by its name, whatever joins it ("quinientos
      doce y de una vez las placas, erre te de ...", "el 310, placas ve te ene 550", "número 74, lleva las
      placas ...", "es la caja ochenta y dos" while the tractor's plate is dictated);
    - a new value for a slot already `confirmed` ("sí. Oye, el número del tractor era otro, es el 815")
      is returned in `earlier`, for the call to read back; so is a fix in words of the value confirmed just
      before ("No, espérame. La primera es efe."), said alone when this value is asked the first time
      (`first_ask`: nothing of it heard or turned down yet).
    `start(slot)` gives a new accumulator for a slot; `types` are the flow's slot types."""
    slot = flow.slots.get(step.slot) if step.slot else None
    if slot is None:
        return Routed(text)
    confirmed = confirmed or {}
    kept: dict[str, Accumulator] = {}
    earlier: dict[str, Accumulator] = {}
    said = text
    # A time slot is one whose type reads the call's clock ("en dos horas"): the type says, not its name,
    # so a project's own time type is routed the same way.
    # (a date slot `with_time` hears the time of its day itself: "a las 5" after "el martes")
    if not types.of(slot).needs_clock and not slot.options().get("with_time") \
            and understanding.time_phrase(text, locale):
        times = [other for other in group if other != step.slot and types.of(flow.slots[other]).needs_clock]
        cut = split_time(text, locale)
        for other in times:
            value = _value_for(start(other), cut[0]) if cut is not None else None
            # "mañana a las 10" at a date's question: the day is this slot's, the time the time slot's - the
            # words worded as a time are heard by both
            # (only a type that counts days, `needs_today`: the words of a time are no part of any other value)
            shared = types.of(slot).needs_today and (value is not None or _value_for(start(other), text) is not None)
            shared = shared and _value_for(start(slot.name), cut[0] if cut is not None else text) is not None
            if value is None:
                value = _value_for(start(other), text)
                if value is not None and not shared:
                    return Routed(None, {other: value} if other in still_open else {})
                if value is None:
                    continue
            if other in still_open:
                kept[other] = value
            assert cut is not None or shared
            said = text if shared or cut is None else cut[1]
            break
        if not _bare_words(said):
            return Routed(None, kept)
    beside = _beside_a_choice(flow, step, said, locale, group, still_open, start, types)
    if beside is not None:
        other, value, said = beside
        kept[other] = value
    own_words = names.get(step.slot or "", frozenset()) | (_PART_WORDS if types.of(slot).spellable else frozenset())
    later = group[group.index(step.slot) + 1:] + group[: group.index(step.slot)] if step.slot in group else group
    others_by = {other: names.get(other, frozenset()) for other in later if other != step.slot}
    own: list[str] = []
    changed = said != text

    def give(part: str, candidates: list[str]) -> bool:
        """Give `part` to the first candidate it has a value for: kept, or a correction of a confirmed one."""
        for other in candidates:
            if other in still_open and other not in kept:
                value = _value_for(start(other), part)
                if value is not None:
                    kept[other] = value
                    return True
            elif other in confirmed and other not in earlier:
                value = _value_for(start(other), part) or _edit_of(start(other), confirmed[other], part)
                if value is not None:
                    if value.value != confirmed[other]:
                        earlier[other] = value
                    return True
        return False

    afterthought = _afterthought(step.slot or "", said, group, confirmed, start)
    if afterthought is not None:
        # "Ruiz. Es ochenta." right after "Juan Pérez" was confirmed: the surname left out, then this answer
        slot_before, value, said = afterthought
        earlier[slot_before] = value
        changed = True
        if not _bare_words(said):
            return Routed(None, kept, earlier)
    # parts that start talking about another slot by its name, whatever joins them, first: such a part
    # runs to the next one or the end ("la placa de la caja, el último es ocho, no seis")
    pieces = _by_mention(said, own_words, others_by, give, spelled=types.of(slot).spellable)
    if pieces != [said]:
        changed = True
        said = " ".join(p.strip() for p in pieces if p.strip())
    for said_of, part in understanding.statements(said, locale):
        subject = naming(said_of)
        # the slots this statement names, the one named by most of its words first ("las placas de la
        # caja" is the trailer's plates, not the tractor's), then in the flow's order
        others = sorted((other for other in group if other != step.slot and subject & names.get(other, frozenset())),
                        key=lambda other: -len(subject & names.get(other, frozenset())))
        best = len(subject & names.get(others[0], frozenset())) if others else 0
        # this value's own names win ties; a word for a part of it ("los números son 905") only when the
        # statement names nothing else by more words ("el número del tractor era otro" at the plates)
        own_named = len(subject & names.get(step.slot or "", frozenset()))
        if not subject or not others or own_named >= best or (best <= 1 and subject & own_words):
            own.append(part)
            continue
        # a statement about another value, given to it; one that gives none of it is no answer to this
        # one either
        changed = True
        give(part, others)
    if first_ask and not kept and not earlier:
        # a fix in words of the value confirmed just before, said alone at this question's first asking: not
        # after this value was heard or turned down ("no" to its read-back, then "el último es ocho": its own fix),
        # nor when the turn names the value it fixes (given to it above)
        fixed = _fix_of_value_before(step.slot or "", text, group, confirmed, start, locale)
        if fixed is not None:
            return Routed(None, kept, {fixed[0]: fixed[1]})
    if not changed and not kept:
        return Routed(text)
    heard = " ".join(p.strip() for p in own if p.strip())
    return Routed(heard if _bare_words(heard) else None, kept, earlier)


def _listed_span(text: str, options: Mapping[str, Any]) -> tuple[str, int, int] | None:
    """The one choice whose listed words the folded `text` says as whole words (the longest phrase), with where:
    (key, start, end); None when it names none, or more than one."""
    found: dict[str, tuple[int, int, int]] = {}
    for key, phrases in choice_map(options).items():
        for phrase in phrases:
            folded = fold(phrase).replace("_", " ").strip()
            if not folded:
                continue
            # a plural said of what is listed in the singular ("tres hawaianas", "two larges") names it too
            m = re.search(rf"(?<![a-z0-9]){re.escape(folded)}(?:e?s)?(?![a-z0-9])", text)
            if m and (key not in found or len(folded) > found[key][0]):
                found[key] = (len(folded), m.start(), m.end())
    if len(found) != 1:
        return None
    key, (_, begin, end) = next(iter(found.items()))
    return key, begin, end


# Words that may stand between a count and what it counts ("dos de pepperoni", "two large ones", "tres grandes de
# hawaiana"): at most this many
_COUNT_GAP = 2


def _counts(before: str, lang: Lang) -> bool:
    """Whether the words before a choice end with a number said as its count (a number, then at most `_COUNT_GAP`
    words before the choice)."""
    words = re.findall(r"[a-z0-9]+", before)
    last = max((k for k, w in enumerate(words) if w.isdigit() or is_number_word(w, lang)), default=None)
    return last is not None and len(words) - 1 - last <= _COUNT_GAP


def _digits_in(text: str, lang: Lang) -> bool:
    return any(w.isdigit() or is_number_word(w, lang) for w in re.findall(r"[a-z0-9]+", text))


def _beside_a_choice(flow: Flow, step: Step, said: str, locale: str, group: list[str], still_open: set[str],
                     start: Callable[[str], Accumulator], types: SlotTypes) -> tuple[str, Accumulator, str] | None:
    """A value for a later question of the collect said beside this one's answer, where a choice tells the two
    apart: a later choice named in its own listed words ("two, and a king please" at the number of guests, "el
    martes porque tiene dentista" at the day), or a number said beside this question's choice ("dos de pepperoni"
    at the flavour, the quantity still to come). (that slot, its value, the words left for this question), or None:
    the answer that fills a later question is kept for it, and this question hears the rest. Only when the rest
    still answers this question, and the words can be nobody else's (a phrase both choices list stays here)."""
    slot = flow.slots.get(step.slot or "")
    if slot is None or step.slot not in group:
        return None
    own = types.of(slot)
    if own.name != "choice" and own.holds not in ("int", "float"):
        return None  # the rest is heard folded: a name or a text would lose its accents and capitals
    folded = fold(said)
    mine = _listed_span(folded, slot.options()) if types.of(slot).name == "choice" else None
    for other in group[group.index(step.slot) + 1:]:
        if other not in still_open:
            continue
        other_slot = flow.slots[other]
        kind = types.of(other_slot)
        if kind.name == "choice":
            theirs = _listed_span(folded, other_slot.options())
            if theirs is None or (mine is not None and not (theirs[2] <= mine[1] or mine[2] <= theirs[1])):
                continue  # none named, or the same words are this question's choice too
            rest = f"{folded[: theirs[1]]} {folded[theirs[2]:]}"
            if _listed_span(rest, other_slot.options()) is None and _value_for(start(step.slot or ""), rest):
                value = _value_for(start(other), folded[theirs[1]: theirs[2]])
                if value is not None:
                    return other, value, rest
        elif mine is not None and kind.holds == "int" and not kind.spellable:
            # the number is what is left of the turn once this question's choice is taken out of it - said as the
            # count of the choice, right before it ("dos de pepperoni", "two large pepperoni"): a number after it is
            # another thing's ("pepperoni para la mesa 4", "de pepperoni, a las 3", "pepperoni, in 20 minutes")
            before = folded[: mine[1]]
            if not _counts(before, lang_of(locale)) or _digits_in(folded[mine[2]:], lang_of(locale)):
                continue
            value = _value_for(start(other), before)
            if value is not None and any(ch.isdigit() for ch in str(value.value)):
                return other, value, folded[mine[1]: mine[2]]
    return None


def fits_later(flow: Flow, step: Step, text: str, locale: str, group: list[str], still_open: set[str],
               start: Callable[[str], Accumulator], types: SlotTypes) -> dict[str, Accumulator]:
    """A turn that is no answer to the value asked but is exactly one of a slot still to come in the same
    collect (`group`, in the flow's order): a bare number at the name question, an e-mail address or a
    clock time at a unit-number question, plate letters at a name or number question ("pe de Puebla": the
    first characters of the plates, the first value dictated in characters still to come). {that slot:
    its value}, or {} when it fits none.

    Only values a listener could not take for anything else count: a number, a time worded as one, a
    value dictated in characters (whole, or begun and plainly spelled) - never free words
    a name or a text would take. While a value is dictated in characters, only another dictated value
    that is whole counts: a bare number there is part of the value being dictated."""
    slot = flow.slots.get(step.slot) if step.slot else None
    if slot is None or step.slot not in group or not text.strip():
        return {}
    current = types.of(slot)
    first = True
    for other in group[group.index(step.slot) + 1:]:
        if other not in still_open:
            continue
        kind = types.of(flow.slots[other])
        next_one = first and kind.spellable  # the first value dictated in characters still to come
        first = first and not kind.spellable
        if kind.name == current.name or (current.spellable and not kind.spellable):
            continue
        if not (kind.spellable or kind.holds in ("int", "float")
                or (kind.needs_clock and understanding.time_phrase(text, locale))):
            continue
        # the whole turn, else what follows a sentence said first ("¡Que sí, ya voy! Perdón. Es jota ce
        # olvera ...": the caller spoke to someone else before the address); `_SENTENCE_END` is below
        fed = slot_types.feed(start(other), text)  # (`start` gives a new state alike each time: one feed of the turn)
        for said in [text, *(text[m.end():] for m in _SENTENCE_END.finditer(text))]:
            whole = fed if said == text else slot_types.feed(start(other), said)
            if whole.state.complete and whole.state.value is not None and whole.status in ("complete", "partial"):
                return {other: whole.state}
        if next_one and kind.spellable and not current.spellable and fed.status == "partial" \
                and _spelled(fed.state.so_far()) and spells_characters(text, locale):
            return {other: fed.state}
    return {}


# A character spelled with a word: "pe de Puebla", "oh de Oaxaca", "letra ka", "B as in boy".
_SPELLING = re.compile(r"\b(?:(?P<head>[a-z]{1,5}) (?:de|del|como|as in|for) (?P<key>[a-z]{3,})|letras?|letters?)\b")


def spells_characters(text: str, locale: str) -> bool:
    """Whether a turn plainly spells characters ("pe de Puebla", "letra ka", "oh de Oaxaca", "B as in
    boy"): the word before "de" is a letter's name, or a short sound with the key word's initial ("oh
    de Oaxaca"). "Juan de Dios" spells nothing."""
    lang = lang_of(locale)
    for m in _SPELLING.finditer(fold(text)):
        head, key = m.group("head"), m.group("key")
        if head is None or letter_name(head, lang) is not None or (len(head) <= 3 and head[0] == key[0]):
            return True
    return False


def _spelled(so_far: str) -> bool:
    """Characters only ("P", "R T 4"): no word a caller said that a dictated value kept whole."""
    tokens = so_far.split()
    return bool(tokens) and all(len(token) == 1 for token in tokens)


def _by_mention(part: str, own_words: frozenset[str], others_by: dict[str, frozenset[str]],
                give: Callable[[str, list[str]], bool], *, spelled: bool = False) -> list[str]:
    """`part` less the pieces of it that start talking about another slot by its name and give that
    slot a value (see `turn_parts.mentions`; `spelled`: the value asked is dictated in characters); those
    pieces are given."""
    found = mentions(part, own_words, others_by, spelled=spelled)
    if not found:
        return [part]
    keep: list[str] = []
    cuts = [at for at, _ in found] + [len(part)]
    keep.append(part[: cuts[0]])
    for k, (at, word) in enumerate(found):
        piece = part[at: cuts[k + 1]]
        # the slots the word names, the one the piece's first words name most first ("la placa de la
        # caja, ..." is the trailer's plate), then in the order given
        head = {w for w in re.findall(r"[a-z]+", fold(re.split(r"[,.;:!?]", piece, maxsplit=1)[0])) if len(w) > 3}
        named = sorted((other for other, words in others_by.items() if word in words),
                       key=lambda other: -len(head & others_by[other]))
        # words before it that name the value asked too say which of them ("la placa del tractor" at the
        # trailer's plates: the tractor's plates, never its number; "el número económico del tractor")
        said_before = qualifiers(piece, word, own_words)
        named = [other for other in named if said_before <= others_by[other]]
        if not named:
            keep[-1] += piece  # "el número de placas es ...": no other value is called so, the part runs on
        elif not give(piece, named):
            keep.append(piece)
    return keep if any(_bare_words(k) for k in keep) else [""]


_SENTENCE_BREAK = re.compile(r"(?<=[.;!?…])\s+")


# "(La primera) es de Saltillo", "vienen de Monterrey": where something is from or whose it is, said at the next
# question; never a letter put right in passing ("la segunda es de, de dado" names the D itself).
_SAID_WHERE_FROM = re.compile(r"\b(?:es|son|era|eran|viene|vienen) de (?!de\b)[a-z]{3,}")


def _fix_of_value_before(slot: str, said: str, group: list[str], confirmed: Mapping[str, Any],
                         start: Callable[[str], Accumulator], locale: str) -> tuple[str, Accumulator] | None:
    """ "No, espérame. La primera es efe. Efe de Francia." right after the plates were read back and confirmed: a
    turn that corrects in so many words the value confirmed just before this question, and gives this one
    nothing: that slot and its value put right (read back, then this question asked again). None otherwise."""
    if not understanding.corrects(said, locale) or _SAID_WHERE_FROM.search(fold(said)):
        return None  # no fix; or "La primera es de Saltillo": where a thing is from, no letter spelled with a place
    return _edit_of_value_before(slot, said, group, confirmed, start)


def _afterthought(slot: str, said: str, group: list[str], confirmed: Mapping[str, Any],
                  start: Callable[[str], Accumulator]) -> tuple[str, Accumulator, str] | None:
    """A first sentence that adds to the value confirmed just before this question ("Ruiz." after "Juan
    Pérez", then "Es ochenta." for the tractor): that slot, its value with the addition, and the rest of the
    turn. Only a sentence that gives the value asked nothing, followed by the answer to it, and that the value
    before reads as a correction of itself (its type's edit: the name's part picked up). None otherwise."""
    if slot not in group or group.index(slot) == 0 or group[group.index(slot) - 1] not in confirmed:
        return None
    first, *rest = _SENTENCE_BREAK.split(said.strip(), maxsplit=1)
    if not rest or not _bare_words(first) or not slot_types.feed(start(slot), rest[0]).state.so_far():
        return None  # (a sentence alone, "¿qué siguen?", is no afterthought: the turn must go on to this answer)
    fixed = _edit_of_value_before(slot, first, group, confirmed, start)
    return (*fixed, rest[0]) if fixed is not None else None


def _edit_of_value_before(slot: str, part: str, group: list[str], confirmed: Mapping[str, Any],
                          start: Callable[[str], Accumulator]) -> tuple[str, Accumulator] | None:
    """The value confirmed just before this question (the slot before `slot` in `group`) put right by `part`:
    that slot and its edited value, when `part` is no question, gives the value asked nothing, and reads as
    a correction of the value before (its type's edit) that changes it. The one test behind `_afterthought`
    (a first sentence) and `_fix_of_value_before` (a whole turn with words of correction). None otherwise."""
    if slot not in group or group.index(slot) == 0 or "?" in part:
        return None
    before = group[group.index(slot) - 1]
    if before not in confirmed or slot_types.feed(start(slot), part).state.so_far():
        return None
    value = _edit_of(start(before), confirmed[before], part)
    return (before, value) if value is not None and value.value != confirmed[before] else None


def _edit_of(accumulator: Accumulator, value: Any, text: str) -> Accumulator | None:
    """`value` (a confirmed value, given again to a new `accumulator`) with the correction `text` holds
    ("el último es ocho, no seis" at GLE-226), when it holds one; else None."""
    fed = slot_types.feed(accumulator, str(value))
    if not fed.state.complete or fed.state.value != value:
        return None
    edited = slot_types.edit(fed.state, text)
    return edited if edited is not None and edited.complete and edited.value is not None else None


def _bare_words(text: str) -> bool:
    return bool(text and text.strip(" \t,.;:!?¿¡…-–—y"))


_JINJA = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)


def slot_names(compiled: CompiledFlow, prompts: Any, locale: str) -> dict[str, frozenset[str]]:
    """The words each slot of the flow is called by in `locale`, from the flow itself: the slot's name
    ("trailer_number"), its description, and the words of the prompt that asks for it in that locale
    ("¿Cuál es el número de la caja?"). Calls take it from their flow's `FlowAssets`, which builds it once."""
    texts: dict[str, list[str]] = {name: [name.replace("_", " "), slot.description or ""]
                                   for name, slot in compiled.flow.slots.items()}
    for step in compiled.steps.values():
        if step.kind == "ask" and step.slot in texts and step.say:
            try:
                source = prompts.path(step.say, locale).read_text("utf-8")
            except (OSError, AttributeError, ValueError):
                continue
            texts[step.slot].append(_JINJA.sub(" ", source))
    return {name: _with_singulars(re.findall(r"[a-z]+", fold(" ".join(parts)))) for name, parts in texts.items()}


def _with_singulars(words: list[str]) -> frozenset[str]:
    """The words and, for a plural, its singular: a prompt asks for "las placas", a caller says "la placa"."""
    out = set(words)
    out.update(w[:-1] for w in words if len(w) > 4 and w.endswith("s") and not w.endswith("ss"))
    return frozenset(out)


def _value_for(accumulator: Accumulator, text: str) -> Accumulator | None:
    fed = slot_types.feed(accumulator, text)
    return fed.state if fed.state.complete and fed.state.value is not None else None


def hear_yes_no(text: str, locale: str, *, of_value: bool = False,
                read: Callable[[], Mapping[str, Accumulator]] | None = None) -> Heard:
    """The answer to a yes/no question that reads back no single value being collected ("¿Tiene un par de
    minutos?", a summary): a yes with a hedge ("sí, creo", "yeah, pretty much") is a yes here; only of an
    exact value read back is it none. `of_value`: the question reads values back (a summary), so "no, así
    está bien" keeps them; else it offers something ("¿Le llamo en diez minutos?") and the same words
    decline it. `read`: builds the values it reads back, by slot (see `corrected_values`), called only for a turn
    with a yes's "but" (building them is the costly part of a summary turn): a turn that corrects one
    of them ("Sí, pero lleva punto entre lety y bravo" at letybravo77@...) is a no to the values as read,
    the value to fix then taken from it; a yes whose "but" describes one as it already is (the same words at
    lety.bravo77@...: the caller answers a read-back heard without the dot) is the yes it opens with."""
    answer = understanding.classify_yes_no(text, locale, approximate=True, of_value=of_value).answer
    # only what a yes's "but" says ("Punto com." alone at the summary confirms an ending, it moves no dash)
    but = understanding.after_yes_but(text, locale) if read is not None else None
    values = read() if read is not None and but is not None else {}
    if values and but is not None and answer != "no" and corrected_values(values, but):
        return Heard("no")
    if answer in ("yes", "no"):
        return Heard(answer)
    # (only of a value the detail can be of: "there's an L before the numbers" names no part of ana@gmail.com,
    # whose type would call it "a character it does not have", so it is true of nothing read back)
    if values and but is not None and not says_missing(but) \
            and any(_already_so(acc, but) and not notion(acc, "not_held") and slot_types.spoken_of(acc, but)
                    for acc in values.values()):
        return Heard("yes")
    return Heard("no_match")


def corrected_values(read: Mapping[str, Accumulator], text: str, *, sure: bool = False) -> dict[str, Accumulator]:
    """The values of `read` (by slot) the turn's correction changes, each with the correction applied ("Sí,
    pero lleva punto entre lety y bravo": the e-mail with its dot; "yes, but the second letter is a B": every
    value with a second letter to change). Only corrections of characters a value's type reads
    (`slot_types.edit`); empty when the turn corrects none. A value the detail is not said of
    (`slot_types.spoken_of`: "termina en cinco" names no address) is left out where another changes; where it
    alone would, it is kept unless `sure` (the summary is then a no, and which value is asked, never guessed)."""
    changed: dict[str, Accumulator] = {}
    unsaid: dict[str, Accumulator] = {}
    for name, acc in read.items():
        edited = slot_types.edit(acc, text)
        if edited is not None and edited.complete and edited.value not in (None, acc.value):
            (changed if slot_types.spoken_of(acc, text) else unsaid)[name] = edited
    return changed or ({} if sure else unsaid)


def hear_slot(accumulator: Accumulator, text: str) -> Heard:
    """Feed a turn to the value being built: the whole value (filled), a piece of it, or nothing.

    The turn is tried on a copy. A piece counts (`partial`) only when it changed what was collected and
    the result can still become a valid value (the accumulator refuses digits already above an integer's
    `max`);
    otherwise the turn is a failed attempt (`no_match`) and what was collected stays as it was, so the
    reprompt ladder and `exhausted` work for "siete" against `max: 6` said again and again.
    """
    before = accumulator.so_far()
    fed = slot_types.feed(accumulator, text)
    trial = fed.state
    if before and fed.status == "nothing" and getattr(trial, "missing_said", False):
        # "Sí, pero falta una letra": not done (no read-back yet), where and which may come next (see `hear_char`)
        return Heard("partial", accumulator=trial)
    if fed.status in ("complete", "corrected") and trial.complete:
        return Heard("filled", trial.value, accumulator=trial)
    if fed.status in ("partial", "corrected") and trial.so_far() != before:
        _mark_let_go(accumulator, trial)
        return Heard("partial", accumulator=trial)
    if fed.status == "nothing":
        restored = _yes_to_value_let_go(accumulator, text)
        if restored is not None:
            return restored
    if before and fed.status == "nothing" and _describes_as_is(accumulator, trial, text):
        # "No, ve chica, de Veracruz" or "nomás una eme" where the value has just that: it is as the caller
        # says; a valid value is read back (like a pause after it), else the dictation goes on from it.
        closed = close(accumulator)
        if closed is not None:
            return Heard("filled", closed.value, accumulator=closed)
    if fed.closing:
        # A turn that closes the dictation ("eso es todo", "that's it") after a value given in pieces:
        # the value when what was heard is valid, else a failed attempt that keeps what was heard
        # (the caller goes on from there, in spell mode if that comes next).
        closed = close(accumulator)
        if closed is not None:
            return Heard("filled", closed.value, accumulator=closed)
        if notion(trial, "missing_part") != notion(accumulator, "missing_part"):
            # "jorge punto nicolas" then "No, sería todo.": still a failed attempt, but the state that heard
            # it knows which part is missing (the domain), so the question asks for that, not "what's next?"
            return Heard("no_match", accumulator=trial)
    if fed.status == "nothing" and (getattr(trial, "restated", False) or _no_room(trial)):
        # the last character said again (see `hear_char`): nothing new, the value goes on from the state
        # that heard it; so does one with no room ("Be larga." after all the letters): the question says so
        return Heard("no_match", accumulator=trial)
    return Heard("no_match")


def _no_room(accumulator: Accumulator) -> bool:
    """Whether the last turn said characters the value has no room for (`Accumulator.no_room`)."""
    return bool(notion(accumulator, "no_room"))


def _describes_as_is(accumulator: Accumulator, fed: Accumulator, text: str) -> bool:
    """Whether a turn that changed nothing describes the value as it already is: a letter it has named to
    make it clear (the accumulator marks it `described`), or a correction in words it already satisfies."""
    if getattr(fed, "described", False):
        return True
    locale = getattr(accumulator, "locale", None)
    return isinstance(locale, str) and understanding.corrects(text, locale) and _already_so(accumulator, text)


def close(accumulator: Accumulator) -> Accumulator | None:
    """`accumulator` once the caller says the value is complete: a new state, taken only when it then
    holds a valid value (see `understanding.types.close`)."""
    return slot_types.close(accumulator)


def hear_char(accumulator: Accumulator, text: str, locale: str) -> Heard:
    """Dictation one character at a time ("B de burro", "cuatro"; several in one turn are fine too).

    A plate like MN-089 is already valid while the caller is still dictating MNO-890, so the value is
    taken only when it cannot take another character, or when the caller closes the dictation: a "yes"
    ("eso es todo") or a turn that adds nothing ("listo") once the value is valid.

    A correction ("no, la segunda es V de vaca", "borra eso") is applied by the accumulator to the
    characters collected so far. A character that does not fit what was collected (a fourth letter on
    a plate of at most three) is refused (`no_match`): it never wipes what the caller dictated before.
    """
    verdict = understanding.classify_yes_no(text, locale)
    turn: list[slot_types.Fed] = []  # the whole turn fed to `accumulator`, once (a feed leaves it as it was)

    def fed_whole() -> slot_types.Fed:
        if not turn:
            turn.append(slot_types.feed(accumulator, text))
        return turn[0]

    if accumulator.so_far() and missing_unsaid(text, locale) is not None:
        # "Sí, pero falta una letra", "you're missing one": not done, whatever the yes says; where and which
        # may come next ("al final, la ere"), read with it by the value that heard this turn
        fed = fed_whole()
        if getattr(fed.state, "missing_said", False):
            return Heard("partial", accumulator=fed.state)
    if accumulator.so_far() and (verdict.answer == "yes" or fed_whole().closing):
        closed = close(accumulator)
        if closed is not None:
            return Heard("filled", closed.value, accumulator=closed)
        restored = _yes_to_value_let_go(accumulator, text)
        if restored is not None:
            return restored
        trial = fed_whole()
        if trial.closing and trial.status == "nothing" \
                and notion(trial.state, "missing_part") != notion(accumulator, "missing_part"):
            # "Letra ka", "ese", "listo": done, says the caller, with a part still missing (an address's
            # domain): a failed attempt whose state knows which part the question asks for (as `hear_slot`)
            return Heard("no_match", accumulator=trial.state)
    before = accumulator.so_far()
    if before and understanding.corrects(text, locale) and _already_so(accumulator, text):
        # "No, la última no es ese, es ce de casa" at N B C 3 1 7: compared with the value as at a
        # read-back, the correction describes it as it already is (or names a character it does not
        # have): the caller answered another read-back or misheard ours. Nothing changes; a valid value
        # is read back, else the dictation goes on from what was collected.
        closed = close(accumulator)
        if closed is not None:
            return Heard("filled", closed.value, accumulator=closed)
        return Heard("no_match")
    # The character alone when there is one: accumulators read a bare letter name ("erre") as a
    # word, which an e-mail address may contain.
    char = understanding.extract_char(text, locale)
    single: Accumulator | None = None
    single_fed: slot_types.Fed | None = None
    if char is not None:
        single_fed = slot_types.feed(accumulator, char)
        single = single_fed.state
        if single_fed.status == "nothing" or (before and single_fed.status == "corrected"):
            single = None  # one character cannot correct anything: it started the value over
    # The whole turn: an edit of what was collected ("la última es V"), a command, several characters.
    whole_fed: slot_types.Fed | None = fed_whole()
    assert whole_fed is not None
    whole = whole_fed.state
    if before and whole_fed.status == "nothing" and getattr(whole, "described", False):
        # "No, ve chica, de Veracruz" at N V L 4 4 9: a letter the value has, named to make it clear
        closed = close(accumulator)
        if closed is not None:
            return Heard("filled", closed.value, accumulator=closed)
        return Heard("no_match")
    if whole_fed.status == "nothing" and _no_room(whole):
        # "Be larga." after all the letters the plate takes: nothing added, and the question says the letter
        # has no room (`no_room`) rather than dropping it silently
        return Heard("no_match", accumulator=whole)
    if getattr(whole, "restated", False):
        # "Letra ele." - "¿Él de león?": the last character said again to make it clear, not a second one.
        # Nothing new, but the value goes on from the state that heard it: a letter a garbled "letra" left
        # unsure ("me trae ge" - "ge") is sure now, and no sound-alike next ("hache de hotel") puts it right.
        # Making such a letter sure is the caller's progress, not a failed attempt ("Le trae a." - "Nitra" -
        # "Detrae." - "A de árbol.": the A stays, and the dictation is not started over without it).
        return Heard("partial" if getattr(whole, "clarified", False) else "no_match", accumulator=whole)
    if whole_fed.status == "corrected" and before and single is None and char is not None \
            and whole.so_far() == _fed_copy(accumulator, char).so_far():
        whole_fed = None  # the turn is that one character, and it would start the value over
    elif whole_fed.status == "nothing":
        whole_fed = None
    elif whole_fed.status == "corrected" and before and not whole.complete \
            and whole.so_far() == _fed_copy(fresh_copy(accumulator), text).so_far() \
            and not _starts_over(accumulator, text):
        # Several characters that do not fit what was collected ("uno uno uno" after a single J) and are
        # no edit of it: refused, like one character that does not fit. They never wipe the dictation.
        whole_fed = None
    if whole_fed is not None and (whole_fed.status == "corrected" or single is None
                                  or getattr(whole, "continued", False)  # "y tres" after "setenta": 73
                                  # "letra jota de Juárez" puts right the G of a garbled "le tragé"
                                  or getattr(whole, "clarified", False)):
        chosen = whole
    elif single is not None:
        # the same characters either way: the whole turn's reading knows how the letter was said ("le
        # tragé" heard through a garbled "letra" may be put right by the next turn; "jota de..." leaves the
        # word of its spelling to come)
        agree = whole_fed is not None and single_fed is not None and whole_fed.status == single_fed.status \
            and whole.so_far() == single.so_far() \
            and (getattr(whole, "unsure", "") or getattr(whole, "hanging", "") or getattr(whole, "framed", "")
                 # "otra ka" after "ka": the K alone would be the same letter said again, the words say a second
                 or getattr(single, "said_alone_again", False) != getattr(whole, "said_alone_again", False))
        chosen = whole if agree else single
    else:
        return Heard("no_match")
    if chosen.complete and not _goes_on(chosen, text, locale):
        # "ciento veintidós" (or "122" written as one number) ends the digits: read the plate back
        return Heard("filled", chosen.value, accumulator=chosen)
    _mark_let_go(accumulator, chosen)
    return Heard("partial", accumulator=chosen)


def _mark_let_go(before: Accumulator, after: Accumulator) -> None:
    """When a turn let a valid value go for a dictation begun anew (`after` holds what the turn began, not a
    continuation of `before`), `after` remembers it, with what was begun: see `_yes_to_value_let_go`."""
    if not before.complete or before.value is None or after.complete:
        return
    began, had = _squeezed(after.so_far()), _squeezed(before.so_far())
    if not began or began.startswith(had) or had.endswith(began):
        return  # more of the value, or the part of it kept by a correction ("las letras están mal")
    with contextlib.suppress(AttributeError):  # an accumulator that takes no marks is read as before
        after.let_go = (copy.deepcopy(before), after.so_far())  # type: ignore[attr-defined]


def _yes_to_value_let_go(accumulator: Accumulator, text: str) -> Heard | None:
    """ "Sí, esas son." right after the turn that let a valid value go for a dictation begun anew (a letter
    heard as a new start, "nomás una eme" misread): the caller holds the value as settled and says yes to
    it, not to the piece begun. The value let go is taken back and read back again, so the caller's next
    answers go to their own questions rather than into this value. None for any other turn."""
    mark = getattr(accumulator, "let_go", None)
    if not mark or mark[1] != accumulator.so_far() or accumulator.complete:
        return None
    locale = getattr(accumulator, "locale", None)
    if not isinstance(locale, str):
        return None
    verdict = understanding.classify_yes_no(text, locale)
    if verdict.answer != "yes" or reads_something(accumulator, verdict.rest or ""):
        return None
    earlier: Accumulator = copy.deepcopy(mark[0])
    return Heard("filled", earlier.value, accumulator=earlier)


def _goes_on(accumulator: Accumulator, text: str, locale: str) -> bool:
    """Whether a valid value may still take what the caller says next. A type that knows tells
    (`may_go_on`: a plate after "uno, dos" or "setenta", not after "ochenta y uno"); else the value
    goes on while a character can still be added and the turn did not end with a whole number."""
    may_go_on = getattr(accumulator, "may_go_on", None)
    if callable(may_go_on):
        try:
            return bool(may_go_on())
        except Exception:  # understanding must never end a call: read the value back
            return False
    return _can_grow(accumulator) and not understanding.ends_with_whole_number(text, locale)



def reads_something(accumulator: Accumulator, text: str) -> bool:
    """Whether a value of `accumulator`'s kind, started afresh, takes anything from `text` ("ok" is O K
    to a plate, "mmm" nothing)."""
    return slot_types.feed(fresh_copy(accumulator), text).status != "nothing"


def fresh_copy(accumulator: Accumulator) -> Accumulator:
    """A new state like `accumulator` with nothing collected."""
    return slot_types.emptied(accumulator)


def starts_over(accumulator: Accumulator, text: str) -> bool:
    """The turn says to start the value over ("otra vez", "start over")."""
    return slot_types.starts_over(accumulator, text)


_starts_over = starts_over


def _fed_copy(accumulator: Accumulator, text: str) -> Accumulator:
    return slot_types.feed(accumulator, text).state


# One letter and one digit: if neither extends the value, no character can (tried on copies).
_PROBES = ("A", "0")


def _can_grow(accumulator: Accumulator) -> bool:
    length = len(accumulator.so_far())
    for probe in _PROBES:
        fed = slot_types.feed(accumulator, probe)
        if fed.status in ("partial", "complete") and len(fed.so_far) > length:
            return True
    return False


def hear_confirmation(text: str, locale: str, pending: Any, accumulator: Accumulator,
                      fresh: Callable[[], Accumulator]) -> Heard:
    """As `_hear_confirmation`; also, at the read-back that follows the caller's correction, one letter the
    value has, said on its own ("I de iglesia." after "no, la primera es la i" was read back as I G A ...;
    "Ve de Veracruz." after "en vez de la be es ve"), is the caller saying their correction again: the value
    is read back again, never let go for a dictation begun anew from that letter. The caller's announcement that
    the value is said again ("te lo repito: 4 5 2") is no part of the answer."""
    text = understanding.without_said_again(text, locale)
    if heard_alone(fold(text), lang_of(locale)) is not None:
        # "Hora." is jota heard as a word only amid a dictation; at a read-back it is a word said, no answer
        # (never a yes, nor a plate begun anew from J)
        return Heard("no_match")
    if pending is not None and getattr(accumulator, "fix_read_back", None) == pending:
        again = _correction_said_again(text, locale, pending, accumulator, fresh)
        if again is not None:
            return again
    heard = _hear_confirmation(text, locale, pending, accumulator, fresh)
    if heard.event == "corrected" and heard.accumulator is not None:
        # marked with the value read back for the correction: an accumulator reset and dictated anew,
        # or holding another value, is not at that read-back any more
        with contextlib.suppress(AttributeError):  # an accumulator that takes no marks is read as before
            heard.accumulator.fix_read_back = heard.value  # type: ignore[attr-defined]
    return heard


def _correction_said_again(text: str, locale: str, pending: Any, accumulator: Accumulator,
                           fresh: Callable[[], Accumulator]) -> Heard | None:
    """The value read back again when `text` is only one letter it has (see `hear_confirmation`), else None."""
    if not getattr(accumulator, "_piecewise", False) or understanding.classify_yes_no(text, locale).answer:
        return None
    if not understanding.dictates(text, locale):
        return None
    fed = slot_types.feed(fresh(), text)
    said = _squeezed(fed.state.so_far())
    if fed.status not in ("partial", "complete") or len(said) != 1 or not said.isalpha():
        return None
    if said not in _squeezed(accumulator.so_far()):
        return None
    return Heard("corrected", pending, accumulator=accumulator)


# A turn opening with a yes ("sí, pero con punto", "yes, with a dash"): with a symbol it only turns down an address
# read back (`_hear_confirmation`); at the plates (XYK-1234) it is no word against them.
_YES_LED = re.compile(r"\s*(?:si|yes|yeah|yep)\b")


def _hear_confirmation(text: str, locale: str, pending: Any, accumulator: Accumulator,
                       fresh: Callable[[], Accumulator]) -> Heard:
    """yes / no / corrected (a "no" with a new value, or a bare new value) / no_match.

    Any words at a read-back beyond a plain yes that change or question the value are not a
    confirmation:
    - a correction of one character by reference ("sí, pero va sin la n", "en vez de la letra P sería la
      letra T", "no, la P está mal, es la T") or of one part of the value ("no, Peña, con pe" at "Julián
      Ortega Beña") is applied to the value read back, which is read back again;
    - a yes followed by a different value of the slot's type ("sí, como a las dos y media" at 12:00, "sí,
      Ernesto Galindo Reyes" at "Ernesto Galindo") is that value, read back; a yes that only repeats
      the value or a part of it ("sí, Raymundo", "sí, a las cinco" at 17:00) is a yes;
    - a "no" followed by a value is the caller's value, read back again even when it is the value just
      read (the caller heard it otherwise; a "no" never confirms);
    - a "no" that keeps what was right ("las letras están bien, los números no. Son 8813") keeps it and
      takes the rest of the value from the same turn;
    - other words after a yes that question the value ("sí, pero ...") are not a confirmation;
    - the answer is compared with the value read back: a correction the value already satisfies, or that
      names a character it does not have ("después de la erre sigue la a" at K R A ..., "no hay ninguna
      eme" with none), reads it back again unchanged (the caller answered another read-back), or takes
      the whole value the turn restates; a "no" with the whole value restated in a sentence of its own is
      that value ("No, el tercer número es siete. Uno, uno, siete, tres." -> 1173, never 71173); a value
      said before a plain yes ("Setenta y cuatro, sí." at 7174) is that value;
    - a start-over ("otra vez desde el principio", "está todo revuelto") restarts the dictation, and
      characters dictated at the read-back of a value built in pieces ("I griega.") begin it anew;
    - a yes that only hedges ("sí, más o menos") confirms a value given roughly (a time), never an exact one;
    - a turn that obviously goes on with the value (`Accumulator.goes_on`: "cuarenta." at "Mil" cut by a
      pause) is fed to it, and the longer value read back again (1040)."""
    slot_type = slot_types.get(getattr(accumulator, "slot_type", "") or "")
    verdict = understanding.classify_yes_no(text, locale, approximate=bool(slot_type and slot_type.approximate))
    # what may go on with the value: the whole turn, or what follows a yes ("sí, y media" at "3 de la tarde")
    going_on = text if verdict.answer is None else (verdict.rest or text) if verdict.answer == "yes" else ""
    if going_on and accumulator.goes_on(going_on):
        # "Mil" (read back at once) - "cuarenta.": the caller was still saying the number; one number, read
        # back again (1040), not a correction to 40; "A las tres" - "y media, sí": 15:30 read back, not 15:00
        # taken
        fed = slot_types.feed(accumulator, going_on)
        # after a yes, a rest that changes nothing ("Sí, de la tarde." at 5:45 de la tarde) only says the yes again
        if _whole(fed) and (verdict.answer is None or fed.state.value != pending):
            return Heard("corrected", fed.state.value, accumulator=fed.state)
    asserted = _asserted_against(text, locale, bare=not getattr(accumulator, "reads_denials", False)) \
        if verdict.answer != "yes" else None
    if asserted is not None:
        # "Es 4512, no 4521", "Es guion bajo, no guion medio": what comes before the "no" is what the caller
        # says the value is, what follows it is ruled out - a correction that reads both ("es ele, no erre":
        # the R becomes an L) is applied; otherwise the turn is "no, <what was asserted>"
        if _already_so(accumulator, text):
            return Heard("corrected", pending, accumulator=accumulator)  # read back again, unchanged
        edited = _edited(accumulator, text)
        if edited is not None and edited.complete and edited.value != pending:
            return Heard("corrected", edited.value, accumulator=edited)
        if _says_something_of(asserted, locale):
            text, verdict = asserted, understanding.YesNo("no", asserted)
    said = verdict.rest if verdict.answer else text
    if verdict.answer != "yes" and said.strip() and _starts_over(accumulator, said):
        # "Otra vez desde el principio", "está todo revuelto": the value is dictated again from the start
        # (from what the same turn already says of it, if anything)
        again = slot_types.feed(fresh(), understanding.after_start_over(said, locale))
        if _whole(again):
            return Heard("corrected", again.state.value, accumulator=again.state)
        return Heard("no", accumulator=again.state)
    part = understanding.besides_the_rest(text, locale) if verdict.answer is None else None
    if part and not _TAKES_AWAY.search(fold(part)) and (
            _already_so(accumulator, part)
            or (slot_types.describes(accumulator, part) is None and _edited(accumulator, part) is None
                and not _says_other_than(part, pending, fresh))):
        # "Empieza con la eme, lo demás sí" at M R F ...: the part is so (or changes nothing: no correction, no
        # character the value lacks - "es cuatro cinco tres, lo demás bien" at 452, "the C is a D, the rest is
        # fine" change it), the rest is fine
        return Heard("yes")
    if verdict.answer == "yes" and callable(getattr(accumulator, "mark_wrong", None)) \
            and "@" in str(pending) and (symbol := wanted_symbol(text)) is not None \
            and symbol not in str(pending).rpartition("@")[0]:
        # "Sí, pero con punto", "sí, lleva guion bajo" at analopez@...: the yes only goes with a symbol the value
        # read back lacks where it is dictated (a dot in the domain is no answer to it) - turned down as "no, lleva
        # punto" is, and where it goes asked next; one it has ("Sí, pero con punto" at isma.quintero@...) is a yes.
        # Only at an address: "sí, con guion" at plates XYK-1234 is the plates' own dash, a yes
        return Heard("no")
    if said.strip() and (_already_so(accumulator, said) or said != text and verdict.answer != "yes"
                         and _already_so(accumulator, text)):
        if verdict.answer == "yes":
            return Heard("yes")  # "sí, Marisol", "sí, después de la erre va la a": it is as read back
        but = understanding.after_yes_but(text, locale) if verdict.answer is None else None
        if but is not None and _already_so(accumulator, but) and not notion(accumulator, "not_held") \
                and not says_missing(but):
            # "Sí, pero con punto." at isma.quintero@...: the yes stands, and the "but" asks for what the value read
            # back already has (the caller answered a read-back heard without it) - no change to read back again.
            # Not a "but" naming a character the value does not hold ("sí, pero la de es te" at K E B: read back
            # saying there is no D, `not_held`), nor one saying the read-back was missing something ("sí, pero
            # falta el punto mx" at ...com.mx): the caller heard it otherwise, and hears it read back again.
            return Heard("yes")
        # The correction describes the value read back as it is ("después de la erre sigue la a" at K R A
        # ..., "sin la ele" where there is none): the caller answered another read-back or misheard
        # ours. Nothing is changed; the value is read back again - or the whole value the turn restates
        # is taken when it is another one.
        restated = _restated(said, fresh)
        if restated is not None and restated.value != pending \
                and not slot_types.restates(accumulator, pending, restated.value, said):
            return restated
        # "No, ese, i, ele, ve, a... silva setenta arroba gmail punto com" at silva@gmail.com: a spelling the value
        # has, then the whole other value it is part of - read whole, the turn says that value
        # (one sentence that describes the value - "no, el tercer número es siete" at 1173 - says no other value)
        whole = _whole_value(said, fresh) if verdict.answer == "no" and len(_sentences(said)) > 1 else None
        if whole is not None and whole.value != pending \
                and not slot_types.restates(accumulator, pending, whole.value, said):
            return whole
        return Heard("corrected", pending, accumulator=accumulator)
    edited, edit_text = _edited(accumulator, said) or _edited_by_sentence(accumulator, said), said
    if verdict.answer == "no" and said != text:
        # "no cero, uno tres" at ABC-103: the "no" is part of what the caller takes away ("no zero"), not the
        # answer before a new value ("cero, uno tres" would be 013): a character taken out, read from the whole
        # turn, is the correction
        whole = _edited(accumulator, text)
        if whole is not None and whole.complete and len(whole.so_far()) < len(accumulator.so_far()):
            edited, edit_text = whole, text
        elif whole is not None and whole.complete and edited is not None and whole.value != pending \
                and len(whole.so_far()) == len(accumulator.so_far()) < len(edited.so_far()):
            # "no, empieza con ka" at "Lacey": the "no" refuses the letter read back there - one put in its
            # place (Kacey), read from the whole turn, is the correction, never one only put before it (Klacey)
            edited, edit_text = whole, text
    if edited is None and verdict.answer and verdict.rest != text \
            and not (verdict.answer == "yes" and understanding.radio_yes(text, locale)):
        # the correction may sit before the yes/no word ("las letras están bien, los números no"); "Ten four."
        # is the yes itself, its numbers no digits of the value
        edited, edit_text = _edited(accumulator, text), text
    if edited is not None and edited.complete and edited.value != pending:
        return Heard("corrected", edited.value, accumulator=edited)
    if edited is not None and edited.complete and verdict.answer != "yes" and getattr(edited, "restated", False):
        # "No, Juventino." at "Juventino Sandoval Orozco": only a part the value has, said again; the value
        # stands and is read back again (the caller heard it otherwise), never cut down to that part
        return Heard("corrected", pending, accumulator=edited)
    if edited is not None and not edited.complete:
        # "No, las letras no están bien, los números sí": a "no" that keeps what was right; the caller
        # goes on from what is left - in the same turn too ("..., los números no. Son 8813").
        completed = _completed(accumulator, edited, edit_text)
        if completed is not None:
            return Heard("corrected", completed.value, accumulator=completed)
        return Heard("no", accumulator=edited)
    if verdict.answer == "yes":
        if verdict.rest and understanding.doubts_value(verdict.rest, locale):
            return Heard("no_match")
        if verdict.rest and understanding.hurried_only(verdict.rest, locale):
            # "Ajá, pero orita voy en la caseta": why now is a bad time, no value ("orita" is no name)
            return Heard("yes")
        if verdict.rest and verdict.rest.strip():
            heard = _whole_value(verdict.rest, fresh)
            if heard is not None and heard.value != pending \
                    and not slot_types.restates(accumulator, pending, heard.value, verdict.rest):
                return heard
        before = _said_before_yes(text, locale)
        if before:
            # "Setenta y cuatro, sí." at 7174: the value said before the yes is the one confirmed
            heard = _whole_value(before, fresh)
            if heard is not None and heard.value != pending \
                    and not slot_types.restates(accumulator, pending, heard.value, before):
                return heard
        return Heard("yes")
    rest = verdict.rest if verdict.answer == "no" else text
    if verdict.answer == "no" and getattr(accumulator, "reads_denials", False):
        # "Es el 815, no el 851" at 851, "no es mil veinte, es mil doscientos": the "no" is inside what the
        # caller says of the value, and the slot's extractor reads it (what follows the "no" alone would be
        # the number ruled out, or both numbers run together)
        whole = _whole_value(text, fresh)
        if whole is not None and whole.value != pending:
            return whole
    if rest and rest.strip():
        heard = _restated(rest, fresh) or _new_value(rest, accumulator, fresh)
        if heard is not None:
            if heard.value != pending or verdict.answer == "no" \
                    or not slot_types.restates(accumulator, pending, heard.value, rest):
                # After a "no" the value the caller says is theirs, even the one just read back: a
                # listener reads it back again rather than dropping it ("no, cuarto para las cinco de
                # la tarde" at 16:45 - the caller heard something else). So when the slot type says the same
                # value said so repeats nothing the caller heard ("Mejor dos horas" at 17:00 when it is 15:00:
                # a duration, the clock it comes to never heard)
                return heard
            return Heard("yes")  # the same value on its own confirms it ("ABC 1234")
        begun = _begun_anew(rest, accumulator, fresh)
        if begun is not None:
            return begun
    if verdict.answer is None and callable(getattr(accumulator, "mark_wrong", None)) \
            and (wanted_symbol(text) is not None and ("@" in str(pending) or not _YES_LED.match(fold(text)))
                 or missing_unsaid(text, locale) is not None):
        # "Le falta el guion bajo", "you forgot the dot" with no "no" before it: the value lacks that symbol
        # (one it already has was read back again above), turned down as "no, le falta ..." is; where it goes
        # may come next
        return Heard("no")
    return Heard("no") if verdict.answer == "no" else Heard("no_match")


# "X, no Y": a value asserted against another it rules out ("son ciento noventa, no ciento nueve", "it's an
# underscore, not a dash"). "X, no, Y" (a pause after the "no") and "X... no, perdón, Y" are the caller
# taking X back, and "X, ¿no?" is a question: neither is this.
_CONTRAST_RE = re.compile(r"^(?P<asserted>.*?[^\W_])\s*[,;]\s*(?:no|not)\s+(?P<ruled_out>[^\s,.;:!?¿¡].*)$",
                          re.IGNORECASE | re.DOTALL)
_TAKEN_BACK = re.compile(r"\b(?:perdon|digo|mejor dicho|o sea|sorry|i mean|actually|no se|me equivoque|"
                         r"i dont know|not sure)\b")


# "Gmail no hotmail", "es ele no erre", "it's Salas not Zalas": one word set against another with no pause
# written (the recogniser leaves the comma out); a contrast as "X, no Y" is. Not for a value whose extractor
# reads its own "no" ("55 no 58" said in one breath is a number taken back).
_BARE_CONTRAST_RE = re.compile(r"^(?:(?:es|era|seria|its|it is|it's|thats|that's)\s+)?(?P<asserted>[^\W_]+)\s+"
                               r"(?:no|not)\s+(?P<ruled_out>[^\W_]+)[\s.!]*$", re.IGNORECASE)


def _asserted_against(text: str, locale: str, bare: bool = False) -> str | None:
    """What the caller asserts in "X, no Y" at a read-back (X), else None; `bare`: also in "X no Y" of one
    word each, with no comma (see `_BARE_CONTRAST_RE`)."""
    if "?" in text or "¿" in text:
        return None
    m = _CONTRAST_RE.match(text.strip()) or (_BARE_CONTRAST_RE.match(text.strip()) if bare else None)
    if m is None:
        return None
    asserted = m.group("asserted").strip()
    if _TAKEN_BACK.search(fold(text)):
        return None
    if understanding.classify_yes_no(asserted, locale).answer is not None:
        return None  # "sí, no hay problema", "no, no": the answer opens the turn
    return asserted if re.search(r"[a-z0-9]", fold(asserted)) else None


def _says_something_of(text: str, locale: str) -> bool:
    """Whether `text`, before the "no" of "X, no Y", asserts anything: "Es 4512" does; "Gracias" or "Bueno"
    (an acknowledgement before "no hay problema", "no worries") does not."""
    return fold(text).strip(" .,;:!") not in _LEAD_WORDS and not understanding.only_acknowledges(text, locale)


# Words a caller opens a remark with, before a "no" that is no contrast ("Bueno, no hay problema", "Cool, no
# worries", "A ver, no sé"): never the value asserted.
_LEAD_WORDS = frozenset((
    "bueno", "pues", "oye", "mira", "a ver", "ahorita", "orale", "sale", "listo", "perfecto", "gracias",
    "muchas gracias", "great", "cool", "nice", "good", "fine", "ok", "okay", "well", "thanks", "thank you",
    "alright", "all right",
))


# Where one sentence of a turn ends and the next begins ("No, el tercer número es siete. Uno, uno, siete,
# tres."); a dot inside a word ("juan.perez") ends none.
_SENTENCE_END = re.compile(r"[.;!?…]+(?:\s+|$)")


def _sentences(text: str) -> list[str]:
    return [s for s in (part.strip(" ,") for part in _SENTENCE_END.split(text)) if s]


_CLAUSE = re.compile(r"[,.;:!?…]+")


def _said_before_yes(text: str, locale: str) -> str:
    """What a turn that ends with a plain yes says before it, in clauses of its own ("Setenta y cuatro, sí."
    -> "Setenta y cuatro"); "" when the yes opens the turn or that part is itself an answer."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    if len(clauses) < 2:
        return ""
    last = understanding.classify_yes_no(clauses[-1], locale)
    if last.answer != "yes" or last.rest:
        return ""
    before = ", ".join(clauses[:-1])
    return "" if understanding.classify_yes_no(before, locale).answer is not None else before


# A clause that rules a character out ("no de vaca", "no es be de burro", "not V as in Victor").
_RULES_OUT = re.compile(r"^\W*(?:(?:it\W?s|its|it is) )?(?:no|not)\b(?! (?:se|hay|va|lleva)\b)")


def _ruled_out_half(accumulator: Accumulator, clauses: list[str], i: int) -> bool:
    """Whether clause `i` is the half of a contrast that rules a character out, and the contrast read whole
    describes the value as it is: "es be de burro, | no de vaca" and "no es be de burro, | es ve de vaca"
    at a value with the letter asserted and not the one ruled out. Alone, "no de vaca" would read as a
    correction to V ("no, de vaca"); with the clause it is set against, it changes nothing."""
    if not _RULES_OUT.match(fold(clauses[i])):
        return False
    pairs = [f"{clauses[i - 1]},{clauses[i]}"] if i else []
    if i + 1 < len(clauses):
        pairs.append(f"{clauses[i]},{clauses[i + 1]}")
    return any(slot_types.describes(accumulator, pair) is True for pair in pairs)


# A part described as taken away ("sin la ele", "drop the N"): where the value has none, the caller may have
# heard another read-back - it is read back again, even with "the rest is fine" beside it.
# So is a part said to be wrong or missing ("la de en medio no, lo demás bien"), whatever its words.
_TAKES_AWAY = re.compile(r"\b(?:sin|without|quita|quitale|quitele|no|not|drop|remove|take out|minus|mal|wrong"
                         r"|incorrect[oa]?|falta|faltan|missing|sobra|extra)\b")


def _already_so(accumulator: Accumulator, text: str) -> bool:
    """Whether the turn corrects the value read back only with corrections that describe it as it already
    is or name a character it does not have (`SlotType.describes`, sentence by sentence), and changes it
    in no other way: a sentence that edits the value, or a clause of it that does, is a real correction."""
    found = False
    sentences = _sentences(text)
    # "Es guion, no punto. Guion medio, entre zúñiga y transp.": a sentence that alone would change the
    # value, made precise by the next, which places it where the value already is so
    placed = len(sentences) > 1 and slot_types.describes(accumulator, text) is True
    for sentence in sentences:
        described = slot_types.describes(accumulator, sentence)
        if described is False and (not placed or _edited(accumulator, sentence) is not None):
            # ("No, no es i. Es ye." at M Y C ...: "es ye" alone is no whole plate, yet it changes nothing of
            # it; the turn read whole sets the Y against the I, and the Y is there)
            return False
        if described is not True:
            if not placed and _edited(accumulator, sentence) is not None:
                return False
            continue
        found = True
        clauses = sentence.split(",")
        if any(slot_types.describes(accumulator, clause) is False and _edited(accumulator, clause) is not None
               and not _ruled_out_half(accumulator, clauses, i)
               for i, clause in enumerate(clauses) if i):
            return False  # "no, después de la erre va la a, y la última es ocho": a real change too
    # "No, no es i. Es ye.": a contrast split by a pause, each half saying nothing alone - the whole turn says it
    return found or placed


def _restated(text: str, fresh: Callable[[], Accumulator]) -> Heard | None:
    """The whole value restated in one sentence of a turn of several ("No, el tercer número es siete. Uno,
    uno, siete, tres."; "Seiscientos sesenta y seis. Le faltó un seis."), where reading the whole turn as one
    value would glue every number of it together; None when no sentence alone is a whole value, or the
    turn read whole says the same as one of them. Of several, the longest (a restatement is the whole
    value, an explanation names one character of it); of equals, the last."""
    sentences = _sentences(text)
    if len(sentences) < 2:
        return None
    whole = slot_types.feed(fresh(), text)
    found: list[Heard] = []
    for sentence in sentences:
        fed = slot_types.feed(fresh(), sentence)
        if _whole(fed):
            found.append(Heard("corrected", fed.state.value, accumulator=fed.state))
    if not found or (_whole(whole) and any(h.value == whole.state.value for h in found)):
        return None
    return max(reversed(found), key=lambda h: len(str(h.value)))


def _begun_anew(text: str, accumulator: Accumulator, fresh: Callable[[], Accumulator]) -> Heard | None:
    """Characters dictated at the read-back of a value built in pieces ("I griega." at the plates read back,
    "juan punto pérez" at another address), that are not a part of the value read back: the caller is
    dictating the value anew, from them. The value read back is let go and the dictation goes on."""
    if not getattr(accumulator, "_piecewise", False) or not understanding.dictates(text, accumulator.locale):
        return None
    words = set(re.findall(r"\w+", fold(text)))
    if lang_of(accumulator.locale) == "es" and words and words <= SI_WRITTEN_AS_LETTERS:
        return None  # "C.", "C, C." alone at the read-back: the recogniser's "sí", no address begun with a C
    fed = slot_types.feed(fresh(), text)
    begun = fed.state.so_far()
    if fed.status not in ("partial", "complete") or not begun:
        return None
    if len(_squeezed(begun)) > 1 and _squeezed(begun) in _squeezed(accumulator.so_far()):
        return None  # "dos, dos, seis" at GLE-226: a part of the value said again (one character begins it)
    if not fed.state.complete:
        with contextlib.suppress(AttributeError):  # a plain yes next takes the value read back (see above)
            fed.state.let_go = (copy.deepcopy(accumulator), fed.state.so_far())  # type: ignore[attr-defined]
    return Heard("no", accumulator=fed.state)


def _squeezed(so_far: str) -> str:
    return "".join(so_far.split()).lower()


def fix_of(denied: Accumulator, text: str) -> Heard | None:
    """A correction of the value the caller just turned down ("No." - "solo le falta el Mario al
    principio", "no." - "va sin la n"): that value with the fix applied, to read back again; None when
    the turn is not such a correction (it is then heard as the start of a new value).

    Characters turned down while still dictated ("Llevo B 4." - "No." - "No es be, es ve de vaca."; "la última es
    un cinco") are fixed the same way, and the dictation goes on from them as fixed."""
    edited = _edited(denied, text)
    if not denied.complete:
        if (edited is None or edited.so_far() == denied.so_far()) and denied.goes_on(text):
            # "juan" - "No." - "No, guion bajo.": the "no" was one not done yet, never "juan" turned down; the
            # dictation goes on from what was held (`Accumulator.goes_on`)
            fed = slot_types.feed(copy.deepcopy(denied), text)
            return Heard("partial", accumulator=fed.state) if fed.status in ("partial", "complete") else None
        if edited is None or edited.so_far() == denied.so_far():
            return None
        return Heard("partial", accumulator=edited)
    if edited is not None and edited.complete and edited.value is not None and edited.value != denied.value:
        return Heard("filled", edited.value, accumulator=edited)
    if getattr(denied, "described_after_no", False) and denied.complete and denied.value is not None \
            and _already_so(denied, text):
        # "No," - "nomás ochocientos ochenta y ocho" at JKL-888: the correction says the value as it already
        # is (the caller answered another read-back, or misheard ours), as "No, nomás 888" said in one turn
        # does: the same value is read back again, never a new dictation begun from its digits
        return Heard("filled", denied.value, accumulator=copy.deepcopy(denied))
    return _continued(denied, text)


def _continued(denied: Accumulator, text: str) -> Heard | None:
    """The rest of a value read back before the caller had finished it ("K E Z 6 1?" - "No." - "Noventa y
    tres."; "No." - "Y luego el cuatro."): the turned-down value with the turn added, when the turn cannot
    start a value of its own (a plate does not start with its digits) and the value is then whole; None
    otherwise (a turn that starts a value is a new dictation)."""
    if not text or not text.strip() or not denied.so_far():
        return None
    if slot_types.feed(slot_types.emptied(denied), text).state.so_far():
        return None
    fed = slot_types.feed(denied, text)
    state = fed.state
    if fed.status not in ("partial", "complete") or not state.complete or state.value is None \
            or state.value == denied.value or not _squeezed(state.so_far()).startswith(_squeezed(denied.so_far())):
        return None
    return Heard("filled", state.value, accumulator=state)


def _edited(accumulator: Accumulator, text: str) -> Accumulator | None:
    """A copy of `accumulator` with a one-character correction applied, when the turn holds one."""
    if not text or not text.strip():
        return None
    trial = slot_types.edit(accumulator, text)
    return trial if trial is not None and trial.so_far() else None


def _restarted_left_out(sentences: list[str], accumulator: Accumulator | None = None) -> list[str]:
    """The sentences without those the next one starts over with ("Jacinto. Jacinto Medrano Lira.", "Cuatro.
    Cuatro cinco dos."): the caller began the value, stopped and said it whole; the start is no correction of
    its own (never "Jacinto" added to the name read back). A value said in pieces (`accumulator`, a plate) starts
    over with the same characters in other words too ("C, V as in Victor, N. C, V, N, three fifty-five")."""
    words = [re.findall(r"\w+", fold(s)) for s in sentences]
    chars: dict[int, str] = {}

    def said(k: int) -> str:
        if k not in chars:
            fed = slot_types.feed(fresh_copy(accumulator), sentences[k]) if accumulator is not None else None
            chars[k] = _squeezed(fed.state.so_far()) if fed is not None and fed.status != "nothing" else ""
        return chars[k]

    def begins(k: int) -> bool:
        if words[k] and len(words[k + 1]) > len(words[k]) and words[k + 1][: len(words[k])] == words[k]:
            return True
        return accumulator is not None and getattr(accumulator, "_piecewise", False) and bool(said(k)) \
            and len(said(k + 1)) > len(said(k)) and said(k + 1).startswith(said(k))

    return [s for k, s in enumerate(sentences) if not (k + 1 < len(sentences) and begins(k))]


def _edited_by_sentence(accumulator: Accumulator, text: str) -> Accumulator | None:
    """The corrections of a turn of several sentences applied one sentence at a time ("La de en medio no es
    efe, es ese. De, ese, o."), when the turn read whole holds none; None when no sentence is one."""
    # (a line check asked between the value begun and the value said again, "C, V, N... hello? C, V, N, 355", is
    # a pause, no sentence between them)
    locale = getattr(accumulator, "locale", None)
    said = understanding.line_checks_as_pauses_kept(text, locale) if isinstance(locale, str) else text
    sentences = _restarted_left_out(_sentences(said), accumulator)
    if len(sentences) < 2:
        return None
    edited = None
    for sentence in sentences:
        step = _edited(edited or accumulator, sentence)
        edited = step or edited
    return edited


# Where the rest of a turn may begin after a correction: after a clause ("..., los números no. Son ...").
_CLAUSE_END = re.compile(r"[,.;:!?]+\s*")


def _completed(accumulator: Accumulator, edited: Accumulator, text: str) -> Accumulator | None:
    """`edited` (the value with the caller's correction applied, not complete yet) completed by what
    the turn says after the correction ("los números no. Son ocho, ocho, uno, tres"); None when the
    rest of the turn does not complete it."""
    for m in _CLAUSE_END.finditer(text):
        head, tail = text[: m.start()], text[m.end():]
        if not tail.strip():
            break
        head_edit = _edited(accumulator, head)
        if head_edit is None or head_edit.so_far() != edited.so_far():
            continue  # the correction is not over yet at this point of the turn
        fed = slot_types.feed(edited, tail)
        if fed.status in ("complete", "partial", "corrected") and fed.state.complete:
            return fed.state
        return None
    return None


def _whole_value(text: str, fresh: Callable[[], Accumulator]) -> Heard | None:
    """A whole value of the slot's type in `text` ("como a las dos y media"), else None."""
    fed = slot_types.feed(fresh(), text)
    if _whole(fed):
        return Heard("corrected", fed.state.value, accumulator=fed.state)
    return None


def _says_other_than(text: str, pending: Any, fresh: Callable[[], Accumulator]) -> bool:
    """Whether `text` says a piece of a value that `pending` does not hold ("la ce es una de" at ABC-123: the D;
    "es cuatro cinco tres" at 452: the 3) - a change meant, even where no correction reads it."""
    fed = slot_types.feed(fresh(), text)
    if fed.status not in ("complete", "corrected", "partial"):
        return False
    held = "".join(re.findall(r"[a-z0-9]+", fold(str(pending))))
    return any(piece not in held for piece in re.findall(r"[a-z0-9]+", fold(fed.so_far or str(fed.value or ""))))


def _whole(fed: slot_types.Fed) -> bool:
    """A turn at a read-back that leaves a valid value: the caller answers the read-back, so a value that
    could still grow ("B E T ocho uno", `partial` while dictating) is what the caller says it is."""
    return fed.status in ("complete", "corrected", "partial") and fed.state.complete \
        and fed.state.value is not None


def _new_value(text: str, accumulator: Accumulator, fresh: Callable[[], Accumulator]) -> Heard | None:
    """A whole new value ("es ABC 123"), else a fix of the pending one ("la última es 7")."""
    fed = slot_types.feed(fresh(), text)
    candidate = fed.state
    if _whole(fed):
        return Heard("corrected", candidate.value, accumulator=candidate)
    # A fix ("la última es 7") or the rest of the value ("y un dos"; "cuatro" at "CAC-12": the caller was
    # still dictating when it was read back), tried on a copy: a turn that is neither must leave the value
    # as it was.
    said = candidate.so_far()
    fed = slot_types.feed(accumulator, text)
    candidate = fed.state
    if _whole(fed):
        if candidate.so_far() == accumulator.so_far() and said \
                and (len(_squeezed(said)) == 1 or _squeezed(said) not in _squeezed(accumulator.so_far())):
            # "juan punto pérez" at efra.solorio@...: left as it was, yet no part of it was said; nor is one
            # letter said alone ("ele" at juan@gmail.com: the L of "gmail" is no part the caller pointed at)
            return None
        return Heard("corrected", candidate.value, accumulator=candidate)
    return None
