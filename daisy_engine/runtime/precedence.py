"""Which wins when one caller turn holds both an intent and an answer to the question asked.

Intents are listened for first (`listening.hear_intent`), so without a rule an intent heard anywhere in a turn
takes it whole, and the value said beside it is lost: "Ya te lo dije como tres veces, a las cinco" at the
arrival time, "Se te cortó la voz. A las cinco", "No te oigo bien... es la 4512", "¿Está el jefe? Soy Juan
Pérez" at the name. The rule, the same for every flow and every slot type:

- An intent that would only ask the question again (its edge `then: return`: repeat, a complaint, a remark
  off the subject, a flow's own such intent), or that would move the call but was not asked for in so many
  words (`understanding.asked_outright`: an activity or a time that suits better instead of "llámame ...", a
  question whether a boss is there instead of "quiero hablar con una persona"), gives way to an answer that
  fits the question, said apart from it: a clause of the turn with no intent of its own in which the step
  hears a value (a value, a piece of one being dictated, or a new value at a read-back), with the intent
  in the rest of the turn; or the words after the greeting or small talk the turn opens with.
  The answer is heard; an intent handled in place keeps its `say` and `actions` (a complaint is still logged)
  without asking the question again, one that would have moved the call is dropped.
- An intent asked for in so many words that moves the call still wins: "llámame en una hora, a las cinco
  llego", "no me vuelvas a llamar", "quiero hablar con una persona".
- At a read-back, thanks and a blessing after a yes ("Sí, gracias, bendiciones", "Yes, thanks, God bless")
  are politeness: the yes confirms the value and the call goes on. A yes with a farewell ("sí, gracias, hasta
  luego", "yes, bye, I have to go") confirms the value and ends the call.

The intent layer is told the question too (`understanding.OpenQuestion`), for what only it can weigh: at a
question for a time, "mañana mejor, como a las siete" is the time, not a callback.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daisy_engine import understanding
from daisy_engine.compiler.table import Edge, Step
from daisy_engine.flow.model import Flow
from daisy_engine.runtime.slot_types import SlotTypes
from daisy_engine.understanding.intents import OpenQuestion
from daisy_engine.understanding.normalize import drop_fillers, fold, lang_of, strip_filler_phrases, words

# Where a turn's clauses meet ("Se te cortó la voz. A las cinco", "No te oigo bien... es la 4512", "¿Está el
# jefe? Soy Juan Pérez"): an answer said apart from an intent is said in a clause of its own. Each clause keeps
# its marks (a question is heard as one); a dot inside a word ("juan.perez") cuts nothing.
_CLAUSE_END = re.compile(r"([,;:!?\u2026]+|\.+(?=\s|$))")
_CLAUSE_OPENING = re.compile(r"([\u00bf\u00a1])")
_TRAILS_OFF = re.compile(r"(?:\.\.+|\u2026)(?=\s|$)")  # a clause of the answer trailing off ("Quin... ¿bueno?")
# Where clauses meet with no mark, by a word that joins them ("me rebotaron entonces llego a las ocho", "they
# turned me away so I'll be there at eight", "llego a las ocho pero me tuvieron esperando"): tried only when no
# cut at a mark gave the answer. The joining word belongs to neither part.
_JOINED_BY = re.compile(
    r"\s+(?:entonces|as[ií] que|por eso|pero|pues|y|so|but|and|anyway|then)\s+", re.IGNORECASE)
# ... or by a word that concedes ("llego a las cinco aunque ya les dije que no", "I'll be there at five even though I
# told dispatch no"): the word stays with the clause it opens, a grievance said so is heard whole.
# "When" / "cuando" concede so only before what the caller said against it ("I'll be there at 5 when I told them
# no", "llego a las cinco cuando ya les dije que no"): elsewhere it is the answer's own ("at 5 when they load me").
_CONCEDING = re.compile(r"\s+(?=(?:aunque|y eso que|even though|although|even after|though)\s+"
                        r"|when\s+i\s+(?:already\s+)?(?:said|told)\s|cuando\s+ya\s)", re.IGNORECASE)
# Where a choice is offered ("por WhatsApp o al correo juan arroba gmail punto com", "whatsapp me, or else john at
# gmail dot com"): beside an intent that says there is none of the value, the value offered as the other choice is
# given after all. The word of the choice belongs to neither part.
_OR_ELSE = re.compile(r"[\s,;]+(?:o\s+si\s+no|o\s+bien|or\s+else|o|or)\s+", re.IGNORECASE)


def open_question(flow: Flow, step: Step, types: SlotTypes) -> OpenQuestion:
    """The question `step` asks, as the intent layer weighs it."""
    slot = flow.slots.get(step.slot) if step.slot else None
    if slot is None:
        return OpenQuestion(listen=step.listen)
    kind = types.of(slot)
    return OpenQuestion(listen=step.listen, slot_type=kind.name, clock=kind.needs_clock)


def gives_way(intent: str, edge: Edge, text: str, locale: str) -> bool:
    """Whether the intent heard in `text` gives way to an answer said beside it (see the module's rule)."""
    return edge.resume or not understanding.asked_outright(intent, text, locale)


def split_clauses(text: str) -> list[str]:
    """The turn's clauses, each with its marks (see `_CLAUSE_END`); a turn of one clause cut at its joining words
    instead ("no tengo correo pero me llamo Ana López", see `_JOINED_BY`)."""
    parts = _clauses(text)
    if len(parts) > 1:
        return parts
    return [part.strip() for part in _JOINED_BY.split(text) if part.strip()] or parts


def _clauses(text: str) -> list[str]:
    marked = _CLAUSE_OPENING.sub("\x00\\1", _CLAUSE_END.sub("\\1\x00", text))
    return [part.strip() for part in marked.split("\x00") if part.strip(" .,;:!?\u2026\u00bf\u00a1")]


def answer_apart(step: Step, text: str, locale: str, *, intent_in: Callable[[str], str | None],
                 yields: Callable[[str, str], bool], fits: Callable[[str], bool],
                 after_greeting: bool = True, run_on: bool = False,
                 begins: Callable[[str], bool] | None = None) -> str | None:
    """The words of `text` that answer the question apart from the intent heard in it, else None.

    `intent_in(words)`: the intent the step hears in those words (None for none); `yields(intent, words)`:
    whether that intent gives way (`gives_way`); `fits(words)`: the step hears an answer in them. Tried in
    order: each way of cutting the turn into two at a clause mark, the answer after the intent first ("Se te
    cortó la voz. A las cinco"), then before it ("Juan Pérez, ¿está el jefe?"), the part with the intent
    holding one that gives way too; in a turn of one clause, the same at a joining word ("me rebotaron entonces
    llego a las ocho"); then (`after_greeting`) the words after the greeting or small talk the turn opens with.
    Without `after_greeting` (an intent that says there is none of the value) the value offered as another choice
    is tried first ("por WhatsApp o al correo juan arroba gmail punto com"). With `run_on`, a turn of one clause
    is also cut right after the intent's first words ("al whatsapp juan arroba gmail punto com"; the caller sets it
    for an intent that would move the call, with no time of its own). `begins(words)`: the step hears the start of
    an answer in them - enough after a greeting alone, which is only how the caller opens ("Qué onda, soy
    Baltazar" cut by a pause: the given name, the surnames still to come)."""
    if step.listen not in ("slot", "char", "confirm") or not step.slot:
        return None
    parts = _clauses(text)
    cuts = [(" ".join(parts[:k]), " ".join(parts[k:])) for k in range(1, len(parts))] if len(parts) <= 8 else []
    found = None
    if not after_greeting:
        # an intent that says there is none of the value (`then: absent`), the value offered beside it as the
        # other choice ("por WhatsApp o al correo juan arroba gmail punto com"): the caller has one
        found = _apart(_or_cuts(text), intent_in, yields, fits)
    found = found if found is not None else _apart(cuts, intent_in, yields, fits)
    if found is None and step.listen in ("slot", "char") and len(parts) == 1:
        # no mark between them: "me rebotaron entonces llego a las ocho". The answer's side tells no story of
        # what happened ("estuve en el andén 4 y me rebotaron", "me tuvieron esperando y eran las ocho": the
        # complaint's own number or time, no answer)
        found = _apart(_joined_cuts(text), intent_in, yields,
                       lambda words: not understanding.tells_what_happened(words, locale) and fits(words))
    if found is None and run_on and len(parts) == 1:
        # nor a joining word: "al whatsapp juan arroba gmail punto com" - the value said right after the intent's
        # own first words, with no mark between (the intent's side is the shortest that holds it); at a read-back
        # only a whole value is such an answer (see `fits`). Never a time: "llámame en diez minutos" is the
        # callback's own (no tractor number 10)
        found = _apart(_after_intent_words(text, intent_in), intent_in, yields,
                       lambda words: not understanding.time_phrase(words, locale)
                       and not understanding.tells_what_happened(words, locale) and fits(words))
    if found is not None:
        return found
    if after_greeting and step.listen in ("slot", "char"):
        # "Hi how are you this is Bart": a greeting run into the answer with no mark between them
        rest = understanding.after_greeting(text, locale)
        if rest is not None and intent_in(rest) is None and fits(rest):
            return rest
        # begun only: when the intent is the greeting's own ("Qué onda" small talk), never one the words after it
        # carried ("I had an accident": the "I" peeled off leaves "had an accident", no e-mail begun)
        opener = text[: len(text) - len(rest)] if rest is not None and text.endswith(rest) else ""
        if rest is not None and begins is not None and opener and intent_in(rest) is None \
                and intent_in(opener) is not None and begins(rest):
            return rest
    return None


def yes_apart(step: Step, text: str, locale: str, *, intent_in: Callable[[str], str | None],
              in_place: Callable[[str], bool]) -> bool:
    """At a yes/no question or a read-back, whether the turn opens (or closes) with a yes said apart from an intent
    handled in place ("Sí soy yo, y qué bueno que hablan, me descontaron una caseta que pagué yo", "Yeah that's
    right, and my settlement's short again"): the yes answers, the complaint or remark is still heard.
    `intent_in(words)`: the intent the step hears in those words; `in_place(intent)`: its edge resumes the question
    (`then: return`). A request to repeat is none: "Sí, ¿cómo dijiste?" did not hear what it would say yes to."""
    if step.listen not in ("yes_no", "confirm"):
        return False
    parts = _clauses(text)
    cuts = [(" ".join(parts[:k]), " ".join(parts[k:])) for k in range(1, len(parts))] if 1 < len(parts) <= 8 \
        else _joined_cuts(text) if len(parts) == 1 else []
    # the intent's own words: the last cut with it after and none before, so that what is said between the yes and
    # it is weighed with the yes ("Sí, pero ahorita no, me tienen esperando en la báscula")
    for yes, rest in reversed(cuts):
        said = intent_in(rest)
        if said is None or said == "repeat" or not in_place(said) or intent_in(yes) is not None:
            continue
        # the words before the intent as said, a joining word the cut left out included ("sí pero | ahorita no ...")
        before = text[: text.rfind(rest)] if rest and rest in text else yes
        return not _QUALIFIED.search(fold(before)) and _only_yes(yes, cuts[0][0], locale)
    # ... or after it, the last thing said ("me tienen esperando tres horas, pero sí, correcto", "my settlement's
    # short again, but yes, that's right"): the grievance or remark first, then the yes that answers
    for said_first, yes in cuts:
        said = intent_in(said_first)
        if said is None or said == "repeat" or not in_place(said) or intent_in(yes) is not None:
            continue
        plain = _LEADING_JOIN.sub("", yes)
        pieces = _clauses(plain)
        return bool(pieces) and _only_yes(plain, pieces[0], locale)
    return False


# What may open the yes said after an intent and leave it a plain yes ("..., pero sí, correcto", "..., but yes").
_LEADING_JOIN = re.compile(r"^\s*(?:(?:pero|y|e|aunque|igual|but|and|anyway|still)\b[\s,]*)+", re.IGNORECASE)


# What may stand between a yes and what follows it and leave it a plain yes: the joining word ("Sí, y oye, ...").
_JOINING_ONLY = frozenset({"y", "e", "and", "pero", "but"})
# "but" said last before the intent's words: what follows it qualifies the yes ("sí pero ahorita no me tienen
# esperando", cut at the "pero" when the recogniser wrote no comma), so the yes is no plain go-ahead
_QUALIFIED = re.compile(r"\b(?:pero|but)[ ,]*$")


def _only_yes(said: str, first: str, locale: str) -> bool:
    """Whether the words before an intent say yes and nothing more: a yes all of them ("Sí soy yo, y qué bueno que
    hablan"), or a yes (`first`, the turn's first piece) and after it only fillers, joining words or more yes ("Sí, y
    oye, ...", "Sí, correcto, y ..."). A yes taken back or qualified in between is none: "Sí, pero ahorita no, ...",
    "Sí, pero el apellido está mal, ...", "Yes, but that's the trailer number, ...", "Sí, bueno no, ...". """
    if understanding.classify_yes_no(said, locale).answer == "yes":
        return True
    if understanding.classify_yes_no(first, locale).answer != "yes":
        return False
    lang = lang_of(locale)
    for piece in re.split(r"[,;:.!?\u2026\u00bf\u00a1]+|" + _JOINED_BY.pattern, said[len(first):]):
        tokens = drop_fillers(words(strip_filler_phrases(fold(piece), lang)), lang)
        if any(t not in _JOINING_ONLY for t in tokens) \
                and understanding.classify_yes_no(piece, locale).answer != "yes":
            return False
    return True


def _apart(cuts: list[tuple[str, str]], intent_in: Callable[[str], str | None],
           yields: Callable[[str, str], bool], fits: Callable[[str], bool]) -> str | None:
    """The answer of the first cut with the intent on one side and an answer on the other (after it first)."""
    for intent_part, answer in [*cuts, *((b, a) for a, b in reversed(cuts))]:
        said = intent_in(intent_part)
        if said is None or not yields(said, intent_part) or intent_in(answer) is not None or _TRAILS_OFF.search(answer):
            continue  # (an answer trailing off, "Quin... ¿bueno? Se está cortando", was cut short by the line)
        if fits(answer):
            return answer
    return None


def _cuts_at(text: str, *marks: re.Pattern[str]) -> list[tuple[str, str]]:
    """Each way of cutting `text` in two where one of `marks` matches (what it matched left out), the first six
    with words on both sides."""
    cuts = [(text[: m.start()].strip(), text[m.end():].strip()) for mark in marks for m in mark.finditer(text)]
    return [(a, b) for a, b in cuts if a and b][:6]


def _joined_cuts(text: str) -> list[tuple[str, str]]:
    """Each way of cutting a clause in two at a joining word (see `_JOINED_BY`), the word left out; then before a
    conceding one (`_CONCEDING`), the word kept."""
    return _cuts_at(text, _JOINED_BY, _CONCEDING)


# The most words an intent said first, with no mark after it, is looked for in (`_after_intent_words`).
_INTENT_WORDS_MAX = 5
_ANSWER_WORDS_MIN = 3


def _after_intent_words(text: str, intent_in: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """The turn cut after the fewest words that hold an intent ("al whatsapp | juan arroba gmail punto com"),
    with enough words left for a value; none when no such opening holds one."""
    said = text.split()
    for k in range(1, min(_INTENT_WORDS_MAX, len(said) - _ANSWER_WORDS_MIN) + 1):
        if intent_in(" ".join(said[:k])) is not None:
            return [(" ".join(said[:k]), " ".join(said[k:]))]
    return []


def _or_cuts(text: str) -> list[tuple[str, str]]:
    """Each way of cutting a turn in two where a choice is offered (see `_OR_ELSE`), the word left out."""
    return _cuts_at(text, _OR_ELSE)


def thanks_after_yes(text: str, locale: str) -> bool:
    """Whether what follows a yes is only thanks and a blessing ("Sí, gracias, bendiciones"): politeness, no
    farewell. The caller has checked the yes."""
    return not understanding.asked_outright("end_call", text, locale)


__all__ = ["answer_apart", "gives_way", "open_question", "split_clauses", "thanks_after_yes", "yes_apart"]
