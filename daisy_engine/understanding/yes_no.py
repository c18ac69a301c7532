"""The `yes_no` slot and `classify_yes_no`: confirmations, denials, and "no" + a corrected value.

The first answer phrase in the turn decides ("no, es cincuenta y seis" -> no, rest "es cincuenta y
seis"), matched longest-first so "no es correcto" is a no and "no sé" is no answer at all. A "no" that
opens a turn wins over a later "está bien"/"bien": for a confirmation, a wrong "yes" saves bad data
while a wrong "no" only costs a re-ask. A self-correction after the answer ("no, perdón, sí") flips it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .busy_going_on import only_busy
from .intent_grievances import denied_hang_up_at, only_takes_leave
from .letters import letter_name
from .normalize import (
    FILLERS,
    THANKED_BY,
    THANKS,
    Lang,
    clean,
    fold,
    fold_aligned,
    join_backchannels,
    lang_of,
    wordset,
)
from .numbers import is_number_word
from .turn_cache import turn_cache

Answer = Literal["yes", "no"]


@dataclass(frozen=True)
class YesNo:
    """answer: "yes"/"no", or None when the turn is not a yes/no; rest: what followed the answer."""

    answer: Answer | None
    rest: str


# What the caller can do for her, asked as the go-ahead ("¿qué necesitas?", "¿qué se le ofrece?", "what do you
# need?"): a yes to a question that reads no value back ("¿tiene un par de minutos?"); at a read-back it checks
# nothing (`classify_yes_no(of_value=...)`).
_ASKED_GO_AHEAD_SAID: dict[Lang, tuple[str, ...]] = {
    "es": ("que necesitas", "que necesita", "que necesitan", "que ocupas", "que ocupa", "que se te ofrece",
           "que se le ofrece", "en que te ayudo", "en que le ayudo", "en que te puedo ayudar", "en que le puedo ayudar",
           "que me ocupas", "que me necesitas", "que ocupabas", "que necesitabas", "para que soy bueno",
           "que se ofrece"),
    "en": ("what do you need", "what you need", "whatcha need", "what do ya need", "what can i do for you",
           "how can i help you", "how can i help", "what do you need from me"),
}
_ASKED_GO_AHEAD = frozenset(tuple(p.split()) for said in _ASKED_GO_AHEAD_SAID.values() for p in said)
# A hedge of one who is nearly sure, said as the whole answer to a read-back ("If I'm not mistaken.", "Yeah... if
# memory serves"): a hedged yes. Beside a value or a statement ("it's 453, if I'm not mistaken", "if I'm not mistaken
# the trailer is 7782") it hedges what it is said with - a change, no yes (see `classify_yes_no`).
_HEDGE_YES_SAID = ("if im not mistaken", "if i am not mistaken", "if i remember correctly", "if i recall correctly",
                   "if i recall right", "if memory serves", "if memory serves me right", "if memory serves me")
_HEDGE_YES = frozenset(tuple(p.split()) for p in _HEDGE_YES_SAID)
_YES: dict[Lang, tuple[str, ...]] = {
    "es": (
        "si", "sii", "sip", "sis", "que si", "claro que si", "claro", "correcto", "es correcto", "esta correcto",
        "asi es", "aja", "exacto", "exactamente", "eso es", "afirmativo", "por supuesto", "esta bien",
        "todo bien", "okey", "ok", "oki", "sale", "orale", "andale", "simon", "efectivamente", "de acuerdo",
        "perfecto", "cierto", "es cierto", "sep", "creo que si", "yes", "si es", "si esta bien", "va", "sale y vale",
        "ajam", "mjm", "mhm", "aha", "uhhuh",
        "asi mero", "eso mero", "mero", "correctisimo", "clarisimo", "asi esta bien",
        # ... and "mero" made small ("eso merito", "así merito", "merito, jefa")
        "merito", "asi merito", "eso merito", "esa merita", "esos meritos", "esas meritas", "mero mero",
        # northern Mexican "ey" ("ey, así está"), and "así está" / "tal cual" for "that's how it is"
        "ey", "eey", "eyy", "ey ey", "asi esta", "tal cual", "asi mismo", "en efecto",
        "esta perfecto", "todo correcto", "todo esta bien",
        # Mexican "no, pues sí": the "no" is a discourse marker ("well"), the answer is yes
        "no pues si", "no pos si", "no pues claro", "no pos claro", "no claro que si", "no pues claro que si",
        "no si claro", "no pues si es", "no pues si esta bien",
        # Mexican go-aheads at a permission question ("¿le puedo hacer unas preguntas?" - "a ver, dígame")
        "digame", "dime", "digame usted", "mande digame", "mande usted digame", "adelante", "pregunte",
        "pregunteme", "con confianza",
        # ... "go on" ("dale", "dale pues", "sale, dale") and what the caller can do for her, asked (`_ASKED_GO_AHEAD`)
        "dale", "dale pues", "pues dale", *_ASKED_GO_AHEAD_SAID["es"],
        # the one read back pointed at, said with what it is ("esa es la buena", "eso, eso"; more in _POINTING)
        "eso eso", "esa es la buena", "ese es el bueno", "esa es la correcta", "ese es el correcto", "ese mero",
        # "exactly that" in everyday words
        "al cien", "justo asi", "de pelos", "clavado", "le atinaste", "le atino",
        # Mexican "¿cómo no?" is "of course" (only as an answer of its own: see _CLOSED)
        "como no",
        # Mexican slang and "that's settled": "simona (la mona)", "sobres", "arre", "ahí quedó", "ya estuvo"
        "simona", "simona la mona", "simon que si", "sobres", "arre", "va que va", "vientos", "a huevo",
        "ahi quedo", "ahi quedo bien", "ya quedo", "ya quedo bien", "ahi estuvo", "ya estuvo",
        # radio talk for yes ("copiado", "enterado")
        "copiado", "enterado", "afirmativo mi jefe",
        # ... and "positivo" ("positivo, mi jefe", "es positivo"), the radio's yes beside its "negativo"
        "positivo", "es positivo", "positivo mi jefe",
        # "there it is" and "it adds up" ("pos ahí está, ya cuadró", "sí cuadra"; "ahí está" only as an answer of
        # its own: see _CLOSED)
        "ahi esta", "ahi estan", "ya cuadro", "ya cuadra", "si cuadra", "todo cuadra", "cuadra bien", "ya cuadraron",
        # "okay" as the recogniser writes it in Spanish ("Oquei", "okei", "okis") and "cabal" ("exactly right")
        "oquei", "okei", "oquey", "okay", "okis", "oki doki", "cabal", "cabalito", "asi cabal",
    ),
    "en": (
        "yes", "yeah", "yep", "yup", "yea", "ya", "sure", "yah", "yeh", "aye", "you bet", "okie", "okey",
        "okey dokey", "okie dokie", "okey doke", "correct", "thats correct", "thats right", "right",
        "exactly", "absolutely", "affirmative", "uh huh", "uhhuh", "mhm", "mm hmm", "ok", "okay",
        "of course", "you got it", "definitely", "that is correct", "that is right", "perfect",
        "sounds good", "all good", "indeed", "si", "yes sir", "all right", "alright", "that works", "thats it",
        "that is it", "yes maam", "looks good", "go ahead", "go for it", "shoot", "fire away",
        # what the caller can do for her, asked as the go-ahead (`_ASKED_GO_AHEAD`)
        *_ASKED_GO_AHEAD_SAID["en"],
        # trucker radio talk ("10-4" is "ten four"; see _RADIO for when it counts)
        "roger", "roger that", "copy that", "ten four", "10 4", "thats a ten four", "thats a 10 4",
        "big ten four", "big 10 4", "thats affirmative", "affirmative on that", "thats a yes",
        # ... and "positive" ("positive, boss", "that's a positive")
        "positive", "thats a positive", "thats positive",
        # "yes" and the courtesy said as one word ("Yessir", "Yes'm")
        "yessir", "yesir", "yassir", "yessiree", "yes siree", "yesm", "yesmaam", "yeah sir",
        # "it is exactly that" in everyday words
        "spot on", "dead on", "bang on", "on the nose", "bingo", "nailed it", "you nailed it", "you got it right",
        # it adds up ("that checks out", "yep, it all adds up")
        "that checks out", "checks out", "it checks out", "that adds up", "it all adds up", "all adds up",
        # a hedged yes of one who is nearly sure ("if I'm not mistaken", "if memory serves"; only said alone:
        # `_HEDGE_YES`)
        *_HEDGE_YES_SAID,
        # "there it is", "there you go" (as "ahí está": only as an answer of its own, see _CLOSED)
        "there it is", "there they are", "there you go", "there you have it",
    ),
}
# "Of course not": a yes word made a stronger no; each is a no of `_NO` too (`_STRONG_NO` below).
_STRONG_NO_SAID: dict[Lang, tuple[str, ...]] = {
    "es": ("claro que no", "pues claro que no", "por supuesto que no", "desde luego que no", "obvio no",
           "obvio que no", "obviamente no", "seguro que no", "para nada que no",
           # the slang yes made a stronger no ("¡a huevo que no!"); never "a huevo, no hay bronca" (a yes and
           # "no problem")
           "a huevo que no"),
    "en": ("of course not", "absolutely not", "definitely not", "certainly not", "obviously not", "surely not",
           "course not", "sure not"),
}
_NO: dict[Lang, tuple[str, ...]] = {
    "es": (
        "no", "nel", "nop", "nones", "negativo", "incorrecto", "esta mal", "estas mal", "no es correcto",
        "no es asi", "no esta bien", "equivocado", "esta equivocado", "para nada", "nada que ver", "nope",
        "mal", "creo que no", "eso no", "tampoco", "no no",
        # "nombre" is Mexican "no, hombre"; a value that does not even look like it ("ni se parece")
        "nombre", "no hombre", "ni se parece", "no se parece", "ni parecido", "ni de chiste", "ni de broma",
        # "chueco" is crooked, wrong ("está bien chueco eso": "bien" there is "very", see _BIEN_INTENSIFIED)
        "chueco", "chueca", "chuecos", "chuecas", "esta chueco", "esta chueca", "al reves", "esta al reves",
        # "of course not": the yes word only makes the no stronger (_STRONG_NO: "claro que no", "por supuesto
        # que no"); with "es" after it, no strong no of its own
        *_STRONG_NO_SAID["es"], "claro que no es",
        # Mexican slang for no, and "not even close" ("neh, ni al caso", "nel pastel", "ni maíz")
        "neh", "nel pastel", "ni al caso", "ni a caso", "ni maiz", "ni madres", "nanay", "ni por asomo",
        # far from it ("ni de cerca", "ni cerca", "ni de lejos", "estás lejos")
        "ni de cerca", "ni cerca", "ni de lejos", "ni se acerca", "estas lejos", "esta lejos", "ni tantito",
        # the value read back not even known as the caller's ("ésa ni la conozco", "ese número no lo conozco")
        "ni la conozco", "ni lo conozco", "ni las conozco", "ni los conozco", "no la conozco", "no lo conozco",
        "no las conozco", "no los conozco", "ni la reconozco", "ni lo reconozco", "no la reconozco",
        "no lo reconozco",
    ),
    "en": (
        "no", "nope", "nah", "wrong", "thats wrong", "incorrect", "not right", "thats not right",
        "thats not correct", "not correct", "negative", "not really", "no way", "not quite", "uh uh",
        "that is wrong", "that is not right", "that is not correct", "its wrong", "its not",
        "not spot on", "not dead on", "not bang on", "not on the nose",
        # "not everything's correct", "not all good": the whole said not to be right, as "no todo está bien"
        "not everything", "not everythings", "not all", "not all of it", "not every",
        # "of course not": the yes word only makes the no stronger (_STRONG_NO)
        *_STRONG_NO_SAID["en"], "hell no", "heck no", "neh", "naw", "nuh uh",
        # trucker radio talk for no ("negatory on that", "that's a negative")
        "negatory", "thats a negative", "thats a negatory", "thats a no", "negative on that", "no can do",
        # far from it ("not even close, ma'am", "nowhere near", "way off")
        "not even close", "not even", "nowhere near",
        # not now ("not right now" is no "not right": the time, not the value)
        "not now", "not right now", "not at the moment", "not today",
        # no longer so ("not anymore, I took another job": a no with its reason, as "ya no, conseguí otro")
        "not anymore", "not any more", "not any longer", "not no more",
        "nowhere close", "not even in the ballpark", "way off",
        # the value read back not known as the caller's ("never seen that one", "I don't recognize that")
        "never seen that", "never seen it", "never seen that one", "never heard of it", "never heard of that",
        "dont recognize that", "dont recognize it", "dont recognize that one", "i dont recognize that",
        "i dont recognize it", "i dont recognize that one",
        "far from it", "not by a long shot", "not by a mile", "not even near", "thats way off", "youre way off",
    ),
}
# "Of course not": a yes word made a stronger no (see `classify_yes_no`: "claro que no hay problema" is a yes).
_STRONG_NO = frozenset(tuple(p.split()) for said in _STRONG_NO_SAID.values() for p in said)
_UNSURE: dict[Lang, tuple[str, ...]] = {
    "es": ("no se", "no estoy seguro", "no estoy segura", "quien sabe", "no me acuerdo", "no recuerdo",
           "a lo mejor", "tal vez", "quizas", "quiza", "no entendi", "mande", "como",
           # "mande" alone is "pardon?"; "dígame otra vez" asks for a repeat, not a go-ahead
           "digame otra vez", "digame de nuevo", "digamelo otra vez", "dime otra vez", "dime de nuevo"),
    "en": ("im not sure", "not sure", "i dont know", "dunno", "maybe", "what", "pardon",
           "i am not sure", "no idea", "go ahead and repeat", "shoot again"),
}
# In a confirmation, leading "no ... <yes phrase>" stays a no ("no, está bien así" is rare; "no está
# bien" is common), so the negated yes phrases above are listed as no phrases.
_CORRECTION: dict[Lang, tuple[str, ...]] = {
    # "no, bueno, sí": "bueno" between two answers takes the first back
    "es": ("perdon", "digo", "mejor dicho", "no perdon", "bueno",
           # "no, espera, sí": a hold between two answers is the caller thinking again; the answer after it counts
           "espera", "esperame", "espere", "espereme", "no espera", "aguanta"),
    "en": ("sorry", "i mean", "actually", "wait", "no wait", "oh wait", "hold on", "hang on"),
}
# The holds among them: what follows a hold is a turn of its own ("sí, espera, no hay problema", "yeah, hold on, no
# worries", "sí, espérame, no cuelgues"), decided as a whole, never by its first word alone
_HOLDS: dict[Lang, frozenset[tuple[str, ...]]] = {
    "es": frozenset(tuple(p.split()) for p in ("espera", "esperame", "espere", "espereme", "no espera", "aguanta")),
    "en": frozenset(tuple(p.split()) for p in ("wait", "no wait", "oh wait", "hold on", "hang on")),
}
# "10-4" / "ten four" is an answer only when it opens the turn and no more digits follow it
# ("it's 10 4 5 7" is a number being dictated, not "okay").
_RADIO = frozenset({("ten", "four"), ("10", "4"),
                    # "positivo" answers only first: "salí positivo en el antidoping", "I tested positive" tell news
                    *(tuple(p.split()) for p in ("positivo", "es positivo", "positivo mi jefe", "positive",
                                                 "thats a positive", "thats positive"))})
# "Roger" is also a name ("roger at gmail dot com"): alone (or "roger that") it is a yes.
_ALONE = frozenset({("roger",)})
# "Ahí está" is "there it is" said, "are you there?" asked.
_THERE_IT_IS = frozenset({("ahi", "esta"), ("ahi", "estan")})
# An unaccented "si" before these opens a condition put to the agent ("si se ofrece algo me hablas", "si
# necesitas algo me llamas", "si gustas, vuelve a intentarle"): "if", no yes. Only the agent's verbs and
# "hay"/"se ofrece": "sí puedo", "sí tengo", "sí, quiero" are the caller's own yes.
# So do the circumstances the caller's answer hangs on ("si hay tráfico llego tarde", "si no hay tráfico llego a
# las cinco", "si me da chance", "si me dejan pasar", "si Dios quiere", "si todo sale bien"): a condition, whatever
# follows it; a yes said after it still answers ("si no hay tráfico, sí").
_IF_OPENS = frozenset({*(tuple(p.split()) for p in (
    "se ofrece", "se te ofrece", "se le ofrece", "algo", "hay algo", "necesitas", "ocupas", "quieres",
    "gustas", "puedes", "tienes", "requieres", "te hace", "le hace", "te falta", "le falta", "te sirve",
    "le sirve", "quiere", "gusta", "necesita", "ocupa", "requiere", "hay", "no hay", "no me", "no nos", "no se",
    "me da", "me das", "me dan", "nos da", "nos dan", "me deja", "me dejas", "me dejan", "nos dejan", "dios quiere",
    "todo sale", "sale todo", "todo va", "me alcanza", "alcanzo", "no llueve", "llueve", "me toca", "nos toca",
    "no me agarra", "me agarra", "me va bien", "el trafico", "la carretera", "el camino"))})
# Room for the call said to be there ("sí hay chance", "sí hay tiempo"): the yes to whether there is a minute.
_ROOM = wordset("chance chanza chancita tiempo tiempito oportunidad manera modo forma problema bronca pedo")
# ... and "no problem" in its other words, the yes that waves a worry away ("sí, no hay ningún problema", "sí, no hay
# cambios", "si no hay de otra")
_NO_TROUBLE = wordset("inconveniente inconvenientes cambios cambio falla fallas error errores pendiente pex")
# What may follow the room said and leave it the yes: a go-ahead, a "now", the one spoken to ("si hay chance ahorita",
# "sí, no hay ningún problema, adelante", "si me da tiempo, dígame"); anything else is what the condition brings ("si
# hay tiempo llego", "si no hay problema llego a las cinco").
_GO_AHEAD = wordset("ahorita orita ahora ya adelante digame dime diga digale dale pues claro si senorita senora senor "
                    "joven jefe jefa amigo amiga todo bien correcto esta asi es sale va vale gracias mija mijo")


def _room_said(after: list[str], size: int) -> bool:
    """Whether the words after an unaccented "si" say there is room for the call or no problem, and nothing the
    condition would bring ("sí hay chance ahorita", "sí, no hay ningún problema", "si me da tiempo, adelante")."""
    lead = tuple(after[:size])
    k = size
    if lead in (("hay",), ("no", "hay")):
        k += 1 if after[k : k + 1] in (["ningun"], ["ninguna"], ["algun"], ["mucho"], ["un"]) else 0
        nouns = _ROOM | _NO_TROUBLE if lead == ("no", "hay") else _ROOM
        if after[k : k + 2] == ["de", "otra"]:
            k += 1  # "si no hay de otra": the grudging yes
        elif k >= len(after) or after[k] not in nouns:
            return False
    elif lead not in (("me", "da"), ("nos", "da")) or after[k : k + 1] != ["tiempo"]:
        return False
    return all(word in _GO_AHEAD for word in after[k + 1 :])


# (what the caller is let do is no grant of the agent's: "si me dejan pasar en la caseta" is "if")
_CIRCUMSTANCE_LEADS = frozenset({"me", "nos", "no", "hay"})
# ... and, at a read-back, the agent's wish alone ("si quiere", "si gusta"): "if you like" says nothing of whether the
# value is right (at an offer, "¿tiene un par de minutos?", it is a grudging yes)
_IF_YOU_LIKE = frozenset({("quiere",), ("quieres",), ("gusta",), ("gustas",), ("usted quiere",), ("tu quieres",)})


# ... but a condition that only hedges how sure the caller is of what was read back, said alone ("si no me
# equivoco", "si recuerdo bien", "si alcanzo a llegar" at the arrival read back): a hedged yes. The value is his,
# as he knows it; asking again would only get the same hedge.
_ONLY_HEDGES = frozenset(tuple(p.split()) for p in (
    "no me equivoco", "no me equivoco yo", "recuerdo bien", "me acuerdo bien", "no me falla la memoria",
    "alcanzo a llegar", "alcanzo a llegar a esa hora", "llego a tiempo", "la hago", "me da tiempo de llegar",
    "no se me hace tarde"))


def _opens_condition(after: list[str], of_value: bool = False, first: bool = True) -> bool:
    """Whether the words after an unaccented "si" open a condition with more said after it (see `_IF_OPENS`;
    "si quieres" alone is a grudging yes at an offer, no answer at a read-back: `of_value`). `first`: nothing but
    fillers before the "si" - a hedge is a yes only said so ("si no me equivoco"); after a value it hedges the value
    ("es el 453, si no me equivoco": a change)."""
    if of_value and tuple(after) in _IF_YOU_LIKE:
        return True
    if of_value and first and tuple(after) in _ONLY_HEDGES:
        return False
    size = 2 if tuple(after[:2]) in _IF_OPENS else 1 if tuple(after[:1]) in _IF_OPENS else 0
    if size == 1 and after[0] == "algo" and len(after) > 1 and after[1] in _SOMETHING_LIKE:
        return False  # "si algo así", "si, algo como a las cinco": "yes, something like it", a hedged yes
    if not 0 < size < len(after):
        return False
    if _room_said(after, size):
        return False  # "sí hay chance", "sí me da tiempo" alone: there is time - the yes ("si hay tiempo llego")
    if (after[size] in _WHAT_A_YES_SAYS and after[0] not in _CIRCUMSTANCE_LEADS) or "razon" in after[size : size + 3]:
        return False  # "si, tienes razón", "si, puedes seguir": the yes and what it grants, no "if"
    if after[size:] == ["mas"]:
        return False  # "si, ¿algo más?": a yes and "what else?", no condition left open
    return 0 < size < len(after)


# "Algo" after a yes that hedges it rather than opening a condition ("sí, algo así", "sí, algo como eso").
_SOMETHING_LIKE = wordset("asi como parecido por aproximado")
# ... or what the yes grants ("sí, tienes razón", "sí, puedes seguir", "sí, le puedes continuar").
_WHAT_A_YES_SAYS = wordset("razon seguir continuar avanzar proseguir pasar anotar anotarlo ponerlo")


# "Nombre" (Mexican "no, hombre") answers only first and before more denial ("nombre, ni se parece"); elsewhere
# it is "name" ("nombre completo: ...").
_FIRST = frozenset({("nombre",)})
# "¿Cómo no?" answers yes only said on its own or before another answer ("cómo no, joven", "cómo no, así
# es"); "como no me acuerdo ..." is "since I don't remember" and "¿cómo no sabes?" a question.
_CLOSED = frozenset({("como", "no"), *(tuple(p.split()) for p in (
    # "ahí quedó" / "ya estuvo" ("that's settled") too: "ahí quedó mal" is no yes
    "ahi quedo", "ya quedo", "ahi estuvo", "ya estuvo", "ahi quedo bien", "ya quedo bien",
    # "ahí está el problema", "¿ahí está el jefe?" point at something else
    "ahi esta", "ahi estan",
    # "there it is again", "there you go again": the caller points at a problem
    "there it is", "there they are", "there you go", "there you have it"))})
# ... or before telling the agent it is wrong ("nombre, andas bien perdida", "nombre, estás mal")
_AFTER_FIRST = wordset("ni no nada nel para pues que como eso esa ese esas esos hombre nunca jamas es son era va lleva "
                        "te le cual asi mal andas anda andan andamos estas equivocado equivocada equivocaste")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_MAX_TOKENS = 60
# Pointing at the value read back is saying yes to it: "ése es", "esas son", "así están", "ándele, así",
# "that's the one", "those are them". ("Ese" alone is left out: it is also the letter S.)
_POINTING: dict[Lang, tuple[str, ...]] = {
    "es": (
        "ese es", "esa es", "esos son", "esas son", "ese mismo", "esa misma", "esos mismos", "esas mismas",
        "esa mera", "esas meras", "esos meros", "ese merito", "esa merita", "eso", "asi estan", "asi son",
        "asi queda", "asi quedan", "asi va", "asi van", "andele", "andele asi", "andale asi", "andale pues asi",
        "andele pues asi", "ajale", "esa merita es", "ese mero es", "esa mera es",
    ),
    "en": (
        # ("yessir" is a yes of its own, pointing at nothing: "Yessir, matches my paperwork")
        "thats the one", "that is the one", "thats them", "that is them", "those are them", "those are the ones",
        "thats the right one", "thats it right there", "thats how it is",
    ),
}


# "Está bien chueco", "está bien mal", "están bien equivocados": "bien" before an adjective is "very", and
# the phrase is no "está bien" (fine) but the adjective's verdict: wrong, a no.
_WRONG_ES = ("chueco", "chueca", "chuecos", "chuecas", "mal", "equivocado", "equivocada", "equivocados",
             "equivocadas", "errado", "errada", "incorrecto", "incorrecta", "revuelto", "revuelta", "cambiado",
             "cambiada", "mocho", "mocha", "incompleto", "incompleta", "al reves")
_BIEN_INTENSIFIED: dict[Lang, tuple[str, ...]] = {
    "es": tuple(f"{verb} bien {wrong}" for verb in ("esta", "estan", "todo") for wrong in _WRONG_ES),
    "en": (),
}
# The same "bien" before any other adjective ("está bien pesado el tráfico", "está bien largo"): a remark,
# neither yes nor no.
_OTHER_ES = ("pesado", "pesada", "largo", "larga", "dificil", "complicado", "complicada", "feo", "fea", "bonito",
             "bonita", "padre", "chido", "chida", "caro", "cara", "lento", "lenta", "rapido", "rapida", "cansado",
             "cansada", "ocupado", "ocupada", "canijo", "canija", "duro", "dura", "gacho", "gacha", "loco", "loca",
             "cargado", "cargada", "lleno", "llena", "tardado", "tardada", "lejos", "cerca", "facil", "raro", "rara")
_BIEN_REMARK: dict[Lang, tuple[str, ...]] = {
    "es": tuple(f"{verb} bien {other}" for verb in ("esta", "estan", "todo") for other in _OTHER_ES),
    "en": (),
}


def _table(lang: Lang) -> list[tuple[tuple[str, ...], Answer | None]]:
    rows: list[tuple[tuple[str, ...], Answer | None]] = []
    rows += [(tuple(p.split()), "yes") for p in _YES[lang] + _POINTING[lang]]
    rows += [(tuple(p.split()), "no") for p in _NO[lang] + _BIEN_INTENSIFIED[lang]]
    rows += [(tuple(p.split()), None) for p in _UNSURE[lang] + _BIEN_REMARK[lang]]
    rows.sort(key=lambda r: len(r[0]), reverse=True)
    return rows


_TABLES = {lang: _table(lang) for lang in ("es", "en")}


def _by_first_word(rows: list[tuple[tuple[str, ...], Answer | None]]) -> dict[str, tuple]:
    out: dict[str, list] = {}
    for phrase, answer in rows:  # longest first, as in the table
        out.setdefault(phrase[0], []).append((phrase, answer))
    return {k: tuple(v) for k, v in out.items()}


# Every word is looked up at each position: only the phrases that start with it are tried.
_FIRST_WORD = {lang: _by_first_word(rows) for lang, rows in _TABLES.items()}
_BIEN_T = {lang: frozenset(tuple(p.split()) for p in _BIEN_INTENSIFIED[lang] + _BIEN_REMARK[lang])
           for lang in ("es", "en")}
_POINTING_T = {lang: frozenset(tuple(p.split()) for p in phrases) for lang, phrases in _POINTING.items()}
# What may follow a yes and only point at the value ("sí, ese", "correcto, esas", "yes, that one").
_POINTED: dict[Lang, frozenset[tuple[str, ...]]] = {
    "es": frozenset(tuple(p.split()) for p in (
        "ese", "esa", "eso", "esos", "esas", "asi", "pues asi", "pues", "ese mero", "esa mera", "esas meras",
        "esos meros", "ese mismo", "esa misma", "esos mismos", "esas mismas")),
    "en": frozenset(tuple(p.split()) for p in ("that one", "those", "that", "thats it", "thats the one",
                                               "those ones", "thats them")),
}


def _points(words: list[str], start: int, end: int, lang: Lang) -> bool:
    """Whether the yes just read (words[start:end]) points at the value, or words after it do."""
    return tuple(words[start:end]) in _POINTING_T[lang] or _pointed(words[end:], lang)


def _pointed(after: list[str], lang: Lang) -> bool:
    phrase = tuple(w for w in after if w not in _THANKS[lang] and w not in FILLERS[lang])
    return not phrase or phrase in _POINTED[lang] or phrase in _POINTING_T[lang] or phrase in _YES_T[lang] \
        or phrase in _SETTLED[lang]


_THANKS: dict[Lang, frozenset[str]] = {lang: THANKS[lang] | THANKED_BY[lang] for lang in THANKS}
_THANKS_ONLY = THANKS["es"] | THANKS["en"]


_YES_T = {lang: frozenset(tuple(p.split()) for p in phrases) for lang, phrases in _YES.items()}
_CORR_T = {k: tuple(tuple(p.split()) for p in v) for k, v in _CORRECTION.items()}


def _prepare(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    cleaned = clean(text)
    aligned = fold_aligned(cleaned).replace("'", "")  # apostrophes: "that's" -> "thats"
    # removing apostrophes shifts positions; rebuild a map from aligned-without-apostrophes to cleaned
    positions = [i for i, c in enumerate(fold_aligned(cleaned)) if c != "'"]
    tokens = [(m.group(0), positions[m.start()], positions[m.end() - 1] + 1) for m in _TOKEN_RE.finditer(aligned)]
    return cleaned, _joined_backchannels(tokens[:_MAX_TOKENS])


def _joined_backchannels(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"uh huh", "mm-hmm", "um hum" as the one token "uhhuh" (a yes), never "uh" + "huh?"."""
    out: list[tuple[str, int, int]] = []
    for tok in tokens:
        if out and join_backchannels(f"{out[-1][0]} {tok[0]}") == "uhhuh":
            out[-1] = ("uhhuh", out[-1][1], tok[2])
        elif join_backchannels(tok[0]) == "uhhuh":
            out.append(("uhhuh", tok[1], tok[2]))
        else:
            out.append(tok)
    return out


def _answer_at(words: list[str], i: int, lang: Lang, first: bool = True) -> tuple[int, Answer | None] | None:
    if i >= len(words):
        return None
    for phrase, answer in _FIRST_WORD[lang].get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            if phrase in _RADIO and not _radio_ok(words, i + len(phrase), lang, first):
                continue
            if phrase in _ALONE and not (first and i + len(phrase) == len(words)):
                continue
            if phrase in _FIRST and not (first and _denies_after(words, i + 1, lang)):
                continue
            if phrase in _CLOSED and not _closed(words, i + len(phrase), lang):
                continue
            return len(phrase), answer
    return None


# Words calling the agent's attention ("nombre, oiga, ésa ni la conozco"): said to her, like a courtesy word; "name"
# is never followed by them.
_HEY: dict[Lang, frozenset[str]] = {"es": wordset("oiga oye mire mira fijese fijate"), "en": frozenset()}


# The words of a "not even known" no ("ni la conozco", "never seen that one"), and what may come before them when
# they are said of the value read back (a pointing word, the value's name, a word to the agent).
_UNKNOWN_WORDS = frozenset({"conozco", "reconozco", "recognize", "seen", "heard"})
_BEFORE_UNKNOWN: dict[Lang, frozenset[str]] = {
    "es": wordset("ese esa eso esos esas este esta esto estos estas el la los las lo de del y pero pues no nombre"
                  " oiga oye mire mira jefa jefe senorita senor numero placa placas correo hora caja tractor dato"
                  " direccion nombre apellido uy ah a ver"),
    "en": wordset("that this one the no nah nope hmm uh um oh i ive and but well man number plate plates address email"
                  " unit trailer time name"),
}


def _denies_after(words: list[str], k: int, lang: Lang) -> bool:
    """What follows a _FIRST phrase ("nombre") lets it answer: nothing, or a word of more denial or of telling the
    agent she is wrong (`_AFTER_FIRST`), after the courtesy said to her ("nombre, jefa, me las cambiaste todas").
    A courtesy word said right after "nombre" is the answer's own: "name" is never followed by "jefa"."""
    courtesy = (_THANKS[lang] - _THANKS_ONLY) | _HEY[lang]
    addressed = False
    while k < len(words) and words[k] in courtesy:
        k, addressed = k + 1, True
    if addressed and k < len(words):
        # ... unless a yes of its own follows the courtesy ("nombre, señorita, eso está bien": "nah, it's fine")
        return classify_yes_no(" ".join(words[k:]), "es-MX" if lang == "es" else "en-US").answer != "yes"
    return k == len(words) or words[k] in _AFTER_FIRST or addressed


def _closed(words: list[str], end: int, lang: Lang) -> bool:
    """Nothing follows a _CLOSED phrase but courtesy, fillers or another yes ("cómo no, así es"); a no after
    it ("ahí quedó mal") makes it no yes."""
    rest = [w for w in words[end:] if w not in FILLERS[lang] and w not in _THANKS[lang]]
    if not rest:
        return True
    hit = _answer_at(rest, 0, lang, first=False)
    return hit is not None and hit[1] == "yes"


def radio_yes(text: str, locale: str) -> bool:
    """Whether the turn opens with trucker radio talk that answers yes ("Ten four.", "10-4, good buddy"): its
    number words are the yes said, never digits of the value read back (no plate ...-104)."""
    lang = lang_of(locale)
    words = [w for w in (t[0] for t in _prepare(text)[1]) if w not in FILLERS[lang]]
    return any(tuple(words[: len(p)]) == p and _radio_ok(words, len(p), lang, True) for p in _RADIO
               if p[0] in ("ten", "10"))


def _radio_ok(words: list[str], end: int, lang: Lang, first: bool) -> bool:
    nxt = words[end] if end < len(words) else ""
    return first and not (nxt.isdigit() or is_number_word(nxt, lang) or nxt in ("oh", "o"))


# "Yo no te pedí el correo", "¿por qué no te presentas?": a "no" inside a sentence, straight before a
# pronoun or a verb, negates that verb; it answers nothing. (A "no" that opens the turn, or stands
# between commas as in "cuatro, no, letra T", still answers, and so does "la placa no es esa": "es"
# and "está" after a "no" deny the value read back.)
_NEGATED_NEXT: dict[Lang, frozenset[str]] = {
    "es": wordset(
        "te le les me lo la los las se nos hay estoy estaba tengo tiene tienen "
        "quiero quiere puedo puede pude pudo sabe se sabia entiendo entiende entendi dije dijo dijiste pedi "
        "pidio pediste va van voy hace hizo hice habla hablas hablo sirve funciona alcanzo llego llega"
    ),
    "en": wordset(
        "i you he she we they it me him her us them do does did have has had can could "
        "will would should need want know think see get go"
    ),
}
# After "claro que no", "of course not": a thing denied ("not a problem", "no problema"), not the value.
_NEGATED_THING: dict[Lang, frozenset[str]] = {
    "es": wordset("problema problemas bronca pedo hay un una ningun ninguna"),
    "en": wordset("a an any problem problems issue issues worries big bad much that too"),
}
_WHY: dict[Lang, tuple[tuple[str, ...], ...]] = {"es": (("por", "que"), ("porque",)), "en": (("why",),)}
# "No oí bien", "no te entendí", "no, no le caché": a "no" before not hearing or catching what was said
# denies nothing read back, even opening the turn; the caller asks to hear it again.
_NOT_HEARD: dict[Lang, frozenset[str]] = {
    "es": wordset("oi oigo escuche escucho entendi entiendo alcance capte cache agarre oimos escuchamos entendimos"),
    "en": frozenset(),
}
_HEARD_OBJECT = wordset("te le lo la se les los las")


def _not_heard(words: list[str], i: int, lang: Lang) -> bool:
    """Whether the "no" at words[i] (or a "no, no" starting there) only says the caller did not hear."""
    k = i + 1
    if k < len(words) and words[k] == "no":
        k += 1
    if k < len(words) and words[k] in _HEARD_OBJECT:
        k += 1
    return k < len(words) and words[k] in _NOT_HEARD[lang]


def _negates_a_verb(words: list[str], tokens: list[tuple[str, int, int]], i: int, cleaned: str,
                    lang: Lang, opens: bool = True) -> bool:
    """Whether the "no" at words[i] negates what follows it. `opens`: one that opens the turn answers."""
    fillers = FILLERS[lang]
    if opens and all(w in fillers for w in words[:i]):
        return False  # the turn opens with it: an answer
    before = tuple(words[:i])
    if any(before[-len(w):] == w for w in _WHY[lang]):
        return True  # "¿por qué no ...?"
    if i + 1 >= len(words) or words[i + 1] not in _NEGATED_NEXT[lang] \
            and not (not opens and words[i + 1] in _NEGATED_THING[lang]):
        return False
    between = cleaned[tokens[i][2] : tokens[i + 1][1]]
    return not any(c in between for c in ",.;:!?¿¡")


def _tag_question(words: list[str], tokens: list[tuple[str, int, int]], i: int, end: int, cleaned: str,
                  lang: Lang) -> bool:
    """The "no" at words[i:end] is a tag that turns what was said before it into a question ("Es 4512, ¿no?",
    "son ka erre, ¿o no?", "it's 4512, no?"): it ends the turn before a question mark and follows words that
    are no answer themselves. It denies nothing; what it asks about is the caller's own statement."""
    if end < len(words) or not cleaned[tokens[end - 1][2] :].lstrip().startswith("?"):
        return False
    before = [w for w in words[:i] if w not in FILLERS[lang] and w != "o" and w != "or"]
    return bool(before) and _answer_at(before, 0, lang) is None


def _after_a_hold(cleaned: str, tokens: list[tuple[str, int, int]], end: int, resumed: int, answer: Answer,
                  locale: str, approximate: bool, of_value: bool) -> YesNo | None:
    """The answer of a turn whose first answer (its words end at `end`) is followed by a hold ("no, espera, sí",
    "yes, wait, no"): what is said after the hold (from the word `resumed`) decides, as a turn of its own - "sí,
    espera, no hay problema" and "yes, hold on, no worries" are no "no". A yes then a hold then the Mexican
    reassuring "no" before a go-on ("sí, espera, no, dale", "yeah, hold on, no, go ahead") stays the yes, as "sí,
    no, dale" does. None: what follows the hold answers nothing."""
    again = classify_yes_no(cleaned[tokens[resumed][1] :], locale, approximate, of_value=of_value)
    if again.answer is None:
        return None
    if answer == "yes" and again.answer == "no" and tokens[resumed][0] in ("no", "nope", "nah") and again.rest \
            and resumed + 1 < len(tokens) and any(c in cleaned[tokens[resumed][2] : tokens[resumed + 1][1]]
                                                  for c in ",.;:!…"):
        # the hold taken out: "sí, no, dale" is the yes and its go-on; "sí, no" alone is the yes taken back (and
        # "sí, espera, no tengo los papeles", "yes, wait, not right now", "sí, espera, nombre, ni se parece" deny
        # in words of their own)
        joined = classify_yes_no(f"{cleaned[: tokens[end - 1][2]]}, {cleaned[tokens[resumed][1] :]}", locale,
                                 approximate, of_value=of_value)
        if joined.answer == "yes":
            return joined
    return again


# A pure function of the turn (its answer is frozen): a turn is often read for a yes or no at more than one place
# (the opening's permission before the question it answers), and a bare "sí" comes again and again in a call.
@turn_cache(1024)
def classify_yes_no(text: str, locale: str, approximate: bool = False, *, of_value: bool = True) -> YesNo:
    """Yes, no, or neither, and the text after the answer (for "no, es 56" the new value "es 56").

    A yes that only hedges ("sí, más o menos", "yeah, give or take") confirms a value given roughly (an
    arrival time: `approximate`); said of an exact value (a plate, an address) it is no confirmation.
    `of_value`: the question reads a value back, so "no, así está bien" keeps it (a yes); at an offer or
    a request ("¿Le llamo en diez minutos?", "Can I call you back?") the same words decline it (a no)."""
    lang = lang_of(locale)
    cleaned, tokens = _prepare(text)
    words = [t[0] for t in tokens]
    fillers = FILLERS[lang]
    i = 0
    paused = [k > 0 and any(c in cleaned[tokens[k - 1][2] : tokens[k][1]] for c in ",.;:!?¿¡…")
              for k in range(len(tokens))]
    acknowledged = _acknowledged(words, paused, lang, of_value)
    if acknowledged is not None:
        if acknowledged or approximate:
            return YesNo("yes", "")
        return YesNo(None, cleaned)
    if _no_si_then_stall(words, cleaned, tokens, lang):
        return YesNo(None, cleaned)
    mx_yes = _no_then_yes(words, lang)
    if mx_yes is not None:
        rest = cleaned[tokens[mx_yes - 1][2] :]
        return YesNo("yes", rest.strip(" \t,.;:!?¡¿-…"))
    while i < len(words):
        if words[i] in fillers and not _answer_at(words, i, lang):
            i += 1
            continue
        hit = _answer_at(words, i, lang, first=all(w in fillers for w in words[:i]))
        if hit is None:
            i += 1
            continue
        used, answer = hit
        if used == 3 and tuple(words[i : i + 3]) in _BIEN_T[lang] \
                and any(c in cleaned[tokens[i + 1][2] : tokens[i + 2][1]] for c in ",.;:!?\u2026"):
            # "está bien, chueco no": the pause makes "bien" the answer, not "very"
            hit = _answer_at(words[: i + 2], i, lang, first=all(w in fillers for w in words[:i]))
            if hit is None:
                i += 1
                continue
            used, answer = hit
        if answer == "no" and _UNKNOWN_WORDS & set(words[i : i + used]) \
                and not all(w in fillers or w in _BEFORE_UNKNOWN[lang] for w in words[:i]):
            # "ni la conozco", "never seen that one" deny the value read back only when said of it ("ésa ni la
            # conozco", "ese número no lo conozco"); after other words they tell of something else ("es el
            # cuatro cinco dos, el otro no lo conozco")
            # (read as the words were before: the "no" alone, "no lo conozco" a verb it negates)
            hit = _answer_at(words[: i + 1], i, lang, first=all(w in fillers for w in words[:i]))
            if hit is None:
                i += 1
                continue
            used, answer = hit
        if answer == "no" and (held := denied_hang_up_at(words[i:], lang)):
            i += held  # "no te voy a colgar", "don't hang up": the caller stays on the line, no answer
            continue
        if answer == "no" and used == 1 and _negates_a_verb(words, tokens, i, cleaned, lang):
            i += 1
            continue
        if answer == "no" and all(w == "no" for w in words[i : i + used]) and _not_heard(words, i + used - 1, lang):
            i += used
            continue
        if answer == "no" and tuple(words[i : i + used]) in _STRONG_NO \
                and _negates_a_verb(words, tokens, i + used - 1, cleaned, lang, opens=False):
            # "claro que no hay problema", "of course, not a problem": the "no" negates what follows it; the
            # yes word before it is the answer
            hit = _answer_at(words[: i + used - 1], i, lang, first=all(w in fillers for w in words[:i]))
            if hit is None:
                i += used
                continue
            used, answer = hit
        if answer == "no" and _tag_question(words, tokens, i, i + used, cleaned, lang):
            i += used
            continue
        if answer is None or answer == "yes" and of_value and tuple(words[i : i + used]) in _ASKED_GO_AHEAD:
            return YesNo(None, cleaned)
        end = i + used
        if answer == "yes" and tuple(words[i:end]) in _THERE_IT_IS \
                and ("?" in cleaned[tokens[end - 1][2] : tokens[end - 1][2] + 2]
                     or "\u00bf" in cleaned[max(0, tokens[i][1] - 2) : tokens[i][1]]):
            return YesNo(None, cleaned)  # "¿Ahí está?": asked whether the agent is there, a line check
        if answer == "yes" and tuple(words[i:end]) in _HEDGE_YES \
                and not all(w in fillers for w in (*words[:i], *words[end:])):
            i = end  # "it's 453, if I'm not mistaken", "if memory serves, it's 453": the hedge of what is said
            continue
        if answer == "yes" and words[i:end] == ["si"] and end < len(words) and not paused[end] \
                and _opens_condition(words[end:], of_value, first=all(w in fillers for w in words[:i])):
            # "si se ofrece algo me hablas", "si necesitas algo me marcas": "if", a condition, no yes - nor is the
            # "no" of "si no hay tráfico" a no
            i = end + (1 if words[end] == "no" else 0)
            continue
        if answer == "yes" and tuple(words[i:end]) in _THERE_IT_IS and not of_value \
                and words[end : end + 1] != ["bien"]:
            # "there it is" is a verdict on a value shown or read back; at an offer or a request ("¿Tiene un par de
            # minutos?") nothing was, and a bare "ahí está" is "are you there?" with its marks lost ("ahí está
            # bien", "that's fine", still agrees). Only the phrase is set aside: what follows it answers ("ahí está,
            # sí", "ahí está, dígame")
            i = end
            continue
        if answer == "yes" and words[i:end] in (["va"], ["van"], ["queda"], ["quedan"]) and i > 0 \
                and words[i - 1] == "no" and not paused[i]:
            return YesNo(None, cleaned)  # "el cuatro al principio no va": "does not go", a change, no "okay"
        if answer == "yes" and words[i:end] in (["va"], ["van"]) and end < len(words) and not paused[end] \
                and _goes_how(words[end : end + 4], lang):
            return YesNo(None, cleaned)  # "va sin la ele", "van juntos": how it is written, not "okay"
        if answer == "yes" and words[i:end] in (["va"], ["van"]) and _after_a_place(words, paused, i) \
                and end < len(words) and not paused[end] and _a_part_goes(words[end : end + 4], lang):
            return YesNo(None, cleaned)  # "después de espinoza va noventa": where it goes, not "okay"
        if _hedged(words[i + 1 :], answer, lang):
            return YesNo(None, cleaned)  # before the repeats below: "no, no sé" is doubt, not "no no"
        # "no no no" / "sí, sí" - repeated answers are one answer
        while end < len(words) and (again := _answer_at(words, end, lang)) and again[1] == answer and \
                words[end] in ("si", "no", "yes", "nope", "yeah", "yep"):
            end += again[0]
        # "no, perdón, sí": the caller corrected their own answer
        for corr in _CORR_T[lang]:
            if tuple(words[end : end + len(corr)]) == corr:
                after = _answer_at(words, end + len(corr), lang)
                if after and after[1] is not None and corr in _HOLDS[lang]:
                    held = _after_a_hold(cleaned, tokens, end, end + len(corr), answer, locale, approximate,
                                         of_value)
                    if held is not None:
                        return held
                    break  # what follows the hold is no answer ("sí, espera, no te oigo"): as if not said again
                if after and after[1] is not None:
                    answer, end = after[1], end + len(corr) + after[0]
                break
        rest = cleaned[tokens[end - 1][2] :] if end > 0 else cleaned
        if answer == "yes" and _only_rough(words[end:], lang, conditions=approximate):
            return YesNo("yes", "") if approximate else YesNo(None, cleaned)
        if answer == "yes" and _yes_but(words[end:], rest, lang):
            return YesNo(None, cleaned)
        if answer == "yes" and _rest_fine_beside_a_change(words, lang):
            return YesNo(None, cleaned)
        back = end
        while back < len(words) and words[back] in fillers and words[back] != "no":
            back += 1
        sorry = next((len(c) for c in _CORR_T[lang] if tuple(words[back + 1 : back + 1 + len(c)]) == c), 0) \
            if back < len(words) and words[back] == "no" else 0
        if back > end and not sorry:
            # the yes is taken back after a filler only with a "sorry" ("Sí, este... no, perdón, ..."): "sí, este,
            # no, no, está bien" is the hesitation and the Mexican "no, no" of reassurance, a yes
            back = end
        if answer == "yes" and back < len(words) and words[back] == "no" and paused[back] \
                and (back + 1 == len(words) or paused[back + 1]):
            # "Sí... no, está mal", "yeah... no, that's wrong": the yes taken back by a "no" of its own; what
            # follows decides ("sí, no, todo bien" is a yes), and alone the "no" leaves the turn undecided
            if sorry and _answer_at(words, back + 1 + sorry, lang, first=False) is None:
                # "Sí, este... no, perdón, el siete va antes del dos": the caller takes his own yes back ("no,
                # sorry") to say what to change - no answer of its own, like "sí, pero ..."
                return YesNo(None, cleaned)
            after = classify_yes_no(cleaned[tokens[back][2] :], locale, approximate, of_value=of_value)
            if after.answer is None and _goes_on(words[back + 1 :], lang):
                return YesNo("yes", "")  # "sí, no, dale", "yeah, no, you're good": the Mexican "sí, no" before a go-on
            return after if after.answer is not None else YesNo(None, cleaned)
        if answer == "yes" and _praised(words[end:], lang):
            rest = ""  # "yeah buddy, you read it back perfect": nothing but praise follows the yes
        if answer == "yes" and words[end:] and (not _without_emphasis(words[end:], lang)
                                                or tuple(words[end:]) in _SETTLED[lang]):
            rest = ""  # "así es, ni más ni menos": nothing follows the yes but its emphasis
        if answer == "yes" and words[end:] and _points(words, i, end, lang):
            # "correcto, esa", "sí, ésas son": the yes points at the value read back; "eso está mal",
            # "ese es el problema": the pointing word opens a sentence that is no yes
            after = classify_yes_no(rest, locale)
            # "Ese es. Ya, ¿es todo?": said as a sentence of its own, the pointing is the whole yes; what
            # follows is another sentence, not what it points at
            # - a question ("¿es todo?", "are we done?"); a statement after it ("Esa es. La última es
            # siete.", "That's the one. Almost.") may be a change, and the yes is not taken on its own
            ended = any(c in cleaned[tokens[end - 1][2] : tokens[end][1]] for c in ".!?¿¡…") \
                and any(c in cleaned[tokens[end][1] :] for c in "?¿")
            if after.answer == "no" or tuple(words[i:end]) in _POINTING_T[lang] and after.answer is None \
                    and not _pointed(words[end:], lang) and not ended:
                return YesNo(after.answer, after.rest if after.answer else cleaned)
            if _pointed(words[end:], lang):
                rest = ""
        if answer == "yes" and words[end:] and words[end] != "no" and _CALLED_WRONG[lang].search(after_yes := " ".join(
                words[end:])) and not _WRONG_BEFORE[lang].search(after_yes):
            return YesNo(None, cleaned)  # "sí, está mal", "yes, you got it wrong": no confirmation
        return YesNo(answer, rest.strip(" \t,.;:!?¡¿-…"))
    if words and _praised(words, lang):
        return YesNo("yes", "")  # "lo dijiste bien", "you got it all right": the read-back praised
    if words and _rest_fine_alone(words, lang):
        return YesNo("yes", "")  # "the rest is fine" said alone: nothing left to change
    return YesNo(None, cleaned)


# "Lo demás está bien", "the rest is fine": only a part of the value is fine. Said beside anything else ("Sin la
# ene, lo demás está bien", "yeah, the rest is good, just drop the N") the other part is a change - no
# confirmation; said alone the caller has nothing to change.
_THE_REST: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:todo )?(?:lo demas|lo otro|el resto|los demas|las demas|lo de mas)\b"),
    "en": re.compile(r"\b(?:the rest(?: of it)?|everything else|all the rest|all else|rest of it)\b"),
}
_REST_FINE_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("todo lo demas otro el resto los las de mas esta estan bien correcto correcta perfecto bien esta"
                  " ok okey si va sale orale andale asi es exacto gracias todos todas bye adios"),
    "en": wordset("the rest of it everything else all is its are looks look good fine right correct ok okay perfect"
                  " yes yeah yep sure thanks great so that thats bye"),
}


def besides_the_rest(text: str, locale: str) -> str | None:
    """What the turn says besides "the rest is fine" ("Empieza con la eme, lo demás sí" -> "Empieza con la eme"),
    when it says both (no yes of its own, `classify_yes_no`): of the other part - when the value is already so, the
    rest is confirmed with it. None when the turn does not say the rest is fine, or says nothing besides."""
    lang = lang_of(locale)
    if not _rest_fine_beside_a_change([t[0] for t in _prepare(text)[1]], lang):
        return None
    clauses = [fold(c) for c in re.split(r"[,;.:!?\u2026]+", text) if c.strip()]
    rest = [c for c in clauses if _THE_REST[lang].search(c)]
    if not rest or not all(w in _REST_FINE_WORDS[lang] or w in FILLERS[lang]
                           for c in rest for w in re.findall(r"[a-z]+", c)):
        # "El nombre sí, lo demás está mal", "the letters are right, the rest is wrong": the rest is said
        # wrong, not fine - the part said right confirms nothing of it
        return None
    kept = [c for c in re.split(r"[,;.:!?\u2026]+", text) if c.strip() and not _THE_REST[lang].search(fold(c))]
    return ", ".join(c.strip() for c in kept) or None


def _rest_fine_alone(words: list[str], lang: Lang) -> bool:
    """The turn says only that the rest is fine ("the rest is fine", "rest of it's good"), after a part was put
    right: with a word that calls it fine (`_FINE`), and nothing besides."""
    return _THE_REST[lang].search(" ".join(words)) is not None and any(w in _FINE[lang] for w in words) \
        and not _rest_fine_beside_a_change(words, lang)


def _rest_fine_beside_a_change(words: list[str], lang: Lang) -> bool:
    """The turn says the rest is fine (`_THE_REST`) and something else besides: the change that part needs."""
    if _THE_REST[lang].search(" ".join(words)) is None:
        return False
    return any(w not in _REST_FINE_WORDS[lang] and w not in FILLERS[lang] for w in words)


def _no_si_at(words: list[str], lang: Lang) -> int | None:
    """Where a Spanish turn opens with "no, sí" after its fillers (`_no_then_yes`, `_no_si_then_stall`), else None."""
    if lang != "es":
        return None
    i = 0
    while i < len(words) and words[i] in FILLERS[lang]:
        i += 1
    return i if words[i : i + 2] == ["no", "si"] else None


def _no_si_then_stall(words: list[str], cleaned: str, tokens: list[tuple[str, int, int]], lang: Lang) -> bool:
    """Mexican "no, sí..." (hesitation, `_no_then_yes`) and then a hold or the read-back asked for again ("no, sí...
    espérame, ¿cómo la leíste?", "no, sí, ¿me lo repites?"): the caller has not checked it yet, like "sí,
    espérame" (`_yes_but`). A "no" with no "sí" after it still denies."""
    i = _no_si_at(words, lang)
    if i is None or i + 2 >= len(words):
        return False
    after = words[i + 2 :]
    if not _STALL_FIRST[lang].isdisjoint(after) \
            and any(tuple(after[k : k + len(p)]) == p for k in range(len(after)) for p in _STALL[lang]):
        return True
    from .intents import detect_intent  # intents reads yes/no answers too: imported when needed

    rest = cleaned[tokens[i + 1][2] :]
    return detect_intent(rest, "es-MX", enabled=("repeat",)) is not None


def _no_then_yes(words: list[str], lang: Lang) -> int | None:
    """Mexican "no, sí, así está bien": the "no" is a discourse marker and the answer is the yes after it.
    Only when nothing but a yes follows ("no, sí es la ka" may be correcting); returns where it ends."""
    i = _no_si_at(words, lang)
    if i is None:
        return None
    fillers = FILLERS[lang]
    end = i + 2
    while end < len(words) and words[end] == "si":
        end += 1
    if end == len(words):
        return end
    hit = _answer_at(words, end, lang, first=False)
    if hit is None or hit[1] != "yes":
        return None
    end += hit[0]
    if not all(w in _AFTER_NO_YES or w in fillers for w in words[end:]):
        return None
    return len(words)


def _first_words(phrases: dict[Lang, tuple[tuple[str, ...], ...]]) -> dict[Lang, frozenset[str]]:
    """The words the phrases of each language begin with: a word that begins none starts none of them here (a set
    lookup before the phrases are tried at each word of a turn, most of which begin none)."""
    return {lang: frozenset(phrase[0] for phrase in listed) for lang, listed in phrases.items()}


# "Fine as it is": after a "no" that only waves a change away ("no, así está bien", "no le hace", "no pasa
# nada, así está bien", "nope, that's fine", "no, leave it like that"), a yes to the value read back. A bare
# "no, está bien" is left a no: it is as often "no (that is wrong), (the rest) is fine".
_AS_IS: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "asi esta bien", "esta bien asi", "asi estan bien", "estan bien asi", "asi esta", "asi estan",
        "asi esta perfecto", "esta perfecto asi", "asi esta correcto", "esta correcto asi", "asi dejalo",
        "dejalo asi", "asi dejelo", "dejelo asi", "asi dejalos", "dejalos asi", "asi dejelos", "dejelos asi",
        "asi queda", "asi quedo", "asi quedo bien", "asi queda bien", "asi va", "asi va bien", "asi le dejamos",
        "asi lo dejamos", "asi dejele", "asi dejale", "asi ponle", "asi pongale", "todo bien asi",
        "le hace", "le hace asi",
        # everything said to be right ("no, todo bien", "no, está todo correcto"): "no (problem), all good"
        "todo bien", "todo correcto", "todo esta bien", "esta todo bien", "todo esta correcto", "esta todo correcto",
        "todo perfecto", "todo en orden", "todo esta perfecto", "esta todo perfecto", "todo bien todo correcto")),
    "en": tuple(tuple(p.split()) for p in (
        "thats fine", "its fine", "that is fine", "it is fine", "thats fine as is", "its fine as is",
        "thats fine like that", "its fine like that", "thats good as is", "its good as is", "its good like that",
        "thats good like that", "leave it", "leave it like that", "leave it as is", "leave it as it is",
        "keep it like that", "keep it as is", "thats ok as is", "its ok as is", "thats okay as is",
        "its okay as is", "its all good", "thats all good", "all good", "its good", "thats good", "thats ok",
        "thats okay", "its ok", "its okay", "it is ok", "it is okay", "thats alright", "its alright",
        "thats all right", "its all right", "that works",
        "everything is fine", "everythings fine", "everything is good", "everythings good", "everything is correct",
        "everythings correct", "everything looks good", "everything looks fine", "all fine", "all correct")),
}
_AS_IS_FIRST = _first_words(_AS_IS)
# A change waved away with no word of the value ("no pasa nada", "no problem", "no worries"): said of a
# question that reads back nothing or only a rough value, a yes; of an exact value (a name, a plate) no
# answer, and the value is read back again rather than kept on a courtesy.
_WAVED: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "no pasa nada", "no hay problema", "no hay bronca", "no hay pedo", "no hay cuidado", "no te preocupes",
        "no se preocupe", "no se apure", "no te apures", "ningun problema", "sin problema", "sin bronca",
        "no hay fijon", "no hay clavo",
        # the timing said not to be bad (`busy_going_on.bad_time_denied`): never its busy words
        "no es mal momento", "no es un mal momento", "no es mala hora", "no me agarraste en mal momento",
        "no me agarras en mal momento")),
    "en": tuple(tuple(p.split()) for p in (
        "no worries", "no problem", "no problemo", "no prob", "no probs", "no biggie", "no big deal",
        "not a problem", "no sweat", "no worry", "no worries at all", "no problem at all", "never mind",
        "nevermind", "dont worry", "dont worry about it", "no stress",
        # the timing said not to be bad (`busy_going_on.bad_time_denied`): never its busy words
        "not a bad time", "its not a bad time", "not a bad time at all", "thats not a bad time",
        "you didnt catch me at a bad time")),
}
_WAVED_FIRST = _first_words(_WAVED)
# "Leave it (as it is)": at an offer ("Can I call you back?") it waves the offer away, never accepts it.
_LEAVE_WORDS = frozenset(("dejalo", "dejelo", "dejalos", "dejelos", "dejale", "dejele", "dejamos", "hace", "leave",
                          "keep"))
# The leads that say no ("no, así está bien"), not those that agree ("cool, that's fine").
_NEGATIVE_LEADS = frozenset(("no", "nel", "nop", "nope", "nah"))
_LEADS: dict[Lang, frozenset[str]] = {
    "es": wordset("no nel nop"),
    "en": wordset("no nope nah cool great nice ok okay oh"),
}


# A value named right ("las placas están bien", "el nombre está correcto", "the plates are fine", "my name's right").
_THE: dict[Lang, frozenset[str]] = {"es": wordset("el la los las mi mis su sus lo del de"),
                                    "en": wordset("the my his her that those")}
_IS: dict[Lang, frozenset[str]] = {"es": wordset("esta estan"), "en": wordset("is are s")}
_FINE: dict[Lang, frozenset[str]] = {
    "es": wordset("bien correcto correcta correctos correctas perfecto perfecta perfectos perfectas"),
    "en": wordset("fine good right correct ok okay perfect"),
}


def _named_fine(words: list[str], k: int, lang: Lang) -> int:
    """How many words from `k` name a value and say it is right ("las placas están bien"), else 0."""
    if k >= len(words) or words[k] not in _THE[lang]:
        return 0
    for end in range(k + 2, min(k + 6, len(words))):
        if words[end] in _IS[lang]:
            rest = words[end + 1 :]
            k_fine = 1 if rest[:1] and rest[0] in ("muy", "todo", "all", "just") else 0
            if len(rest) > k_fine and rest[k_fine] in _FINE[lang]:
                return end + 2 + k_fine - k
            return 0
        if words[end] in _FINE[lang] or words[end] in ("no", "not"):
            return 0
    return 0


def _acknowledged(words: list[str], paused: list[bool], lang: Lang, of_value: bool = True) -> bool | None:
    """True: the turn waves a change away and keeps the value as it is ("no, así está bien", "no le hace",
    "nope, that's fine", "sí, no hay problema"); False: it only waves it away ("no worries", "cool, no
    problem"); None: neither. Only leading words ("no", "cool"), yes words, courtesy and fillers may stand
    around it. `paused[k]`: punctuation stands before words[k] ("no, está bien así" waves a change away;
    "no está bien así" says it is wrong). Not `of_value` (an offer), "fine as it is" after a "no" or a
    waved-away change, or "leave it" alone, declines: None, and the "no" stands ("¿Le llamo más tarde?" "No,
    así está bien"); "leave it", "así déjalo" alone are then no yes either."""
    skip = FILLERS[lang] | _THANKS[lang]
    waved = as_is = said_yes = said_no = left = False
    previous = ""
    k = 0
    while k < len(words):
        word = words[k]
        if word in skip:
            k += 1
            continue
        size = max((len(p) for p in _WAVED[lang] if tuple(words[k : k + len(p)]) == p), default=0) \
            if word in _WAVED_FIRST[lang] else 0
        if size:
            waved, previous, k = True, words[k + size - 1], k + size
            continue
        size = max((len(p) for p in _AS_IS[lang] if tuple(words[k : k + len(p)]) == p), default=0) \
            if word in _AS_IS_FIRST[lang] else 0
        # ("no está bien así", "no todo está bien" said straight on, no pause after the "no": what is said is wrong)
        if size and not (previous == "no" and word in ("esta", "estan", "todo") and not paused[k]):
            left = left or any(w in _LEAVE_WORDS for w in words[k : k + size])
            as_is, previous, k = True, words[k + size - 1], k + size
            continue
        if word in _LEADS[lang]:
            said_no = said_no or word in _NEGATIVE_LEADS
            previous, k = word, k + 1
            continue
        size = _named_fine(words, k, lang) if k > 0 and (paused[k] or words[k - 1] in _NEGATIVE_LEADS) else 0
        if size:
            # "no, las placas están bien", "no, the name is fine": a value named right in a clause of its own,
            # nothing named wrong - the "no" waves a change away
            as_is, previous, k = True, words[k + size - 1], k + size
            continue
        if (word,) in _YES_T[lang]:
            said_yes, previous, k = True, word, k + 1
            continue
        return None
    if as_is and not of_value and (said_no or waved or left) and not said_yes:
        return None
    if as_is or waved and said_yes:
        return True
    return False if waved else None


# What follows "va" / "van" said of how a value is written ("va sin la ele antes de la u", "va con zeta", "van
# juntos"): the verb "goes", not the Mexican "va" (okay). A word that places a letter ("sin", "con", "antes",
# "la") says so only before a letter's name: "va con eso", "va sin problema", "va al cien", "va la neta" are
# the okay.
_GOES_HOW = wordset("junto junta juntos juntas separado separada separados pegado pegada")
_PLACES_A_LETTER = wordset("sin con antes despues entre primero primera al la el las los una un doble letra")


# Where a part goes, said alone after "va" ("la ele va antes", "ése va al final"): a change, no "okay".
_GOES_WHERE = wordset("antes despues primero primera al final principio inicio mero hasta de todo ultimo ultima")


# A place named before "va" in its clause ("después de espinoza va noventa", "antes del arroba va un guion",
# "al final va un cinco"): the verb "goes", saying where a part is; never the Mexican "va" (okay).
_PLACE_BEFORE_GOES = (("despues", "de"), ("despues", "del"), ("antes", "de"), ("antes", "del"), ("luego", "de"),
                      ("luego", "del"), ("al", "final"), ("al", "principio"), ("al", "inicio"), ("en", "medio"),
                      ("hasta", "atras"), ("hasta", "adelante"))


def _after_a_place(words: list[str], paused: list[bool], at: int) -> bool:
    """Whether the clause before words[at] (back to the last pause) names a place (`_PLACE_BEFORE_GOES`)."""
    start = at
    while start > 0 and not paused[start]:
        start -= 1
    return any(tuple(words[k : k + 2]) in _PLACE_BEFORE_GOES for k in range(start, at - 1))


# What "va" says goes somewhere ("va noventa", "va un guion bajo", "van dos eles", "va una a"): a number, a
# symbol or a letter's name, after an article or a count. Anything else after it ("al final va bien", "después
# de todo va, gracias", "al final va a ser ese") leaves "va" the okay.
_PART_ARTICLES = wordset("un una el la los las otro otra")
_SYMBOL_WORDS = wordset("punto guion arroba raya diagonal barra subrayado")
_VOWEL_WORDS = wordset("a e i o u y")
_LETTER_SAID = wordset("latina griega mayuscula minuscula")


def _a_part_goes(after: list[str], lang: Lang) -> bool:
    """Whether the words after a "va" placed by `_after_a_place` name a part of a value."""
    at = 1 if after and after[0] in _PART_ARTICLES else 0
    if at >= len(after):
        return False
    word, rest = after[at], after[at + 1 :]
    if word.isdigit() or is_number_word(word, lang) or word in _SYMBOL_WORDS:
        return True
    if letter_name(word, lang, nato=False) is None:
        return False
    # a letter's name ends the clause or is spelled out ("ge de gato", "i latina"); "va de nuevo", "va ese
    # mero", "va a ser" use the same words as everyday ones
    said_as_letter = not rest or rest[0] in _LETTER_SAID or rest[0] == "de" and len(rest) > 1
    return said_as_letter and (bool(at) or word not in _VOWEL_WORDS or bool(rest) and rest[0] != "de")


def _goes_how(after: list[str], lang: Lang) -> bool:
    """Whether the words after a "va" say how the value is written (see `_GOES_HOW`)."""
    if not after or after[0] in _GOES_HOW:
        return bool(after)
    if after[0] in ("antes", "despues", "primero", "primera", "al", "hasta") and all(w in _GOES_WHERE for w in after):
        return True
    if after[0] not in _PLACES_A_LETTER:
        return False
    for word in after[1:]:
        if word in ("de", "del"):
            continue  # "va con la be de burro"; "va la de hoy" names no letter
        if letter_name(word, lang, nato=False) is not None:
            return True  # a letter's name ("ele", "zeta", "i latina")
        if word not in _PLACES_A_LETTER:
            return False
    return False


# What may follow "no, sí, está bien" and leave it a plain yes.
_AFTER_NO_YES = wordset("asi si pues senorita senor jefe jefa gracias todo bien correcto")


# A read-back answered "sí, pero va sin la n" or "yes, except the last letter" changes the value, and
# "sí, ¿o no?" / "that's right, isn't it?" questions it: neither is a confirmation.
_BUT: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "pero", "nomas que", "nada mas que", "solo que", "excepto", "salvo", "menos", "aunque", "sin embargo",
        "en vez de", "en lugar de", "le falta", "le sobra", "falta", "sobra",
        # a change asked for, to "usted" or to "tú" ("sí, nomás cámbiale el siete por un uno")
        "cambie", "cambiele", "cambia", "cambiale", "cambialo", "cambiela", "cambialos", "corrija", "corrijale",
        "corrige", "corrigele", "quite", "quitele", "quita", "quitale", "agregue", "agreguele", "agrega", "agregale",
        "anade", "anadele", "anada", "anadale", "borra", "borrale", "borre",
        "borrele", "reemplaza", "reemplazale", "reemplace", "reemplacele", "sustituye", "sustituya", "arregla",
        "arreglale", "arregle", "arreglele", "en lugar del", "en vez del", "no va la", "no va el", "no lleva la",
        "no lleva el", "mas bien")),
    "en": tuple(tuple(p.split()) for p in (
        "but", "except", "only that", "just that", "although", "though", "however", "instead of", "other than",
        "missing", "minus", "change", "take out", "remove", "add",
        # a change asked for ("yeah, just swap the seven for a one", "yes, make that last one a B")
        "swap", "switch", "replace", "fix", "make that", "make the", "supposed to be", "its actually",
        "it was actually")),
}
_BUT_FIRST = _first_words(_BUT)
_TAGS: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in ("o no", "verdad", "no", "cierto", "seguro", "o si", "a poco", "no es asi")),
    "en": tuple(tuple(p.split()) for p in (
        "right", "or not", "isnt it", "is it", "correct", "no", "yeah", "am i right", "dont you think", "or what")),
}


# A yes that says the value is only roughly so: "sí, más o menos", "yeah, give or take".
_ROUGH: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "mas o menos", "maso menos", "mas menos", "mas o menitos", "aproximadamente", "aproximado", "aprox",
        "por ahi", "como por ahi", "por ahi va", "algo asi", "algo por el estilo", "mas o menos a esa hora",
        "como a esa hora", "a esa hora mas o menos", "si no hay trafico", "primero dios", "dios mediante",
        "si dios quiere", "casi", "calculo", "calculo que", "mas o menos por ahi", "mas o menos eso")),
    "en": tuple(tuple(p.split()) for p in (
        "more or less", "give or take", "roughly", "approximately", "about that", "around that", "about then",
        "around then", "or so", "ish", "something like that", "somewhere around there", "thereabouts",
        "round about", "close enough", "pretty much", "roughly that", "give or take a bit",
        "if traffic cooperates", "god willing", "about", "around", "more or less that")),
}
_ROUGH_FIRST = _first_words(_ROUGH)


# What the value depends on, said after a yes ("sí, más o menos, depende de la caseta", "yeah, depending on
# traffic", "sí, a menos que me agarre la lluvia"): a hedge however it goes on, since what follows the opener only
# names the condition.
_CONDITION: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "depende", "dependiendo", "segun como", "segun el", "segun la", "a menos que", "salvo que", "siempre y cuando",
        "si no hay")),
    "en": tuple(tuple(p.split()) for p in (
        "depends", "depending", "it depends", "unless", "as long as", "if traffic", "if the traffic", "if theres no",
        "if there is no", "if nothing", "if i dont")),
}


def _only_rough(after: list[str], lang: Lang, *, conditions: bool = False) -> bool:
    """The words after a yes are nothing but a hedge of how exact the value is (and fillers), or (`conditions`:
    of a value given roughly, a time) end with the condition it depends on (`_CONDITION`); of an exact value
    such words are read as any others."""
    fillers = FILLERS[lang]
    k, found = 0, False
    while k < len(after):
        if after[k] in fillers:
            k += 1
            continue
        if conditions and any(tuple(after[k : k + len(p)]) == p for p in _CONDITION[lang]):
            # unless the caller goes on to give another value ("sí, dependiendo, mejor a las seis"): that one is
            # the answer, read as any other
            return not any(w.isdigit() or is_number_word(w, lang) for w in after[k:])
        size = max((len(p) for p in _ROUGH[lang] if tuple(after[k : k + len(p)]) == p), default=0) \
            if after[k] in _ROUGH_FIRST[lang] else 0
        if not size:
            return False
        k, found = k + size, True
    return found


def only_hedges(text: str, locale: str) -> bool:
    """Whether the whole turn only says how rough a value is ("Más o menos.", "Aproximadamente.", "Give or take."):
    a remark on the value just given, said late at the next question - never a value of its own."""
    lang = lang_of(locale)
    return _only_rough([t[0] for t in _prepare(text)[1]], lang)


# Emphasis after a yes that holds a "but" word without one: "así es, ni más ni menos", "órale, ni una letra de
# más ni de menos", "yep, not a digit more, not a digit less".
_UNIT_ES = r"(?:(?:un|una|ni un|ni una) (?:letra|letrita|numero|numerito|digito|cosa|punto|coma|espacio) )?"
_UNIT_EN = r"(?:(?:a|one|not a|not one) (?:letter|digit|number|thing) )"
_EMPHASIS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bni " + _UNIT_ES + r"(?:de )?mas (?:ni|y) " + _UNIT_ES + r"(?:de )?menos\b"),
    "en": re.compile(r"\b(?:(?:no|nothing) more (?:and )?(?:no|nothing) less|" + _UNIT_EN + r"more (?:and )?"
                     + _UNIT_EN + r"less|not (?:one|a) (?:letter|digit|number|thing) (?:more|extra|missing|off))\b"),
}


def _without_emphasis(after: list[str], lang: Lang) -> list[str]:
    """The words after a yes with its emphasis taken out (see `_EMPHASIS`)."""
    joined = " ".join(after)
    m = _EMPHASIS[lang].search(joined)
    if m is None:
        return after
    before = joined[: m.start()].split()
    return before + after[len(before) + len(m.group(0).split()):]
# ... or, as all that follows it, its "that's it, settled" ("eso, ya", "correcto, es todo", "yep, that's all").
_SETTLED: dict[Lang, frozenset[tuple[str, ...]]] = {
    "es": frozenset(tuple(p.split()) for p in (
        "ya", "ya esta", "ya con eso", "con eso", "es todo", "eso es todo", "ya es todo", "ya quedamos")),
    "en": frozenset(tuple(p.split()) for p in (
        "thats all", "that is all", "thats all of it", "done", "all done", "were done", "were good")),
}
# ... or its go-on ("sí, no, dale", "sí, no, así", "sí, no, nada más", "yeah, no, you're good"), after "sí, no".
_GO_ON: dict[Lang, frozenset[tuple[str, ...]]] = {
    "es": frozenset(tuple(p.split()) for p in (
        "dale", "pasale", "sigale", "sigue", "asi", "nada mas", "nomas", "asi nada mas", "asi nomas", "andale pues")),
    "en": frozenset(tuple(p.split()) for p in (
        "youre good", "you are good", "youre fine", "were good", "we are good", "all set", "were all set",
        "keep going", "carry on")),
}


def _goes_on(after: list[str], lang: Lang) -> bool:
    """Whether the words only settle the yes or tell the agent to go on (`_SETTLED`, `_GO_ON`)."""
    phrase = tuple(w for w in after if w not in _THANKS[lang] and w not in FILLERS[lang])
    return bool(phrase) and (phrase in _SETTLED[lang] or phrase in _GO_ON[lang])


# The value called wrong after a yes ("sí, está mal", "yes, you got it wrong"): the yes was no confirmation
# ("sí, no está mal" and "yes, nothing's wrong" are).
_CALLED_WRONG: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?<!\bno )(?<!\bnada )\b(?:esta|estan|estas|quedo|quedaron|va|van|lo tienes|la tienes|lo dijiste"
                     r"|la dijiste|lo anotaste|la anotaste) (?:bien |muy |todo )?(?:mal|equivocad[oa]s?|chuec[oa]s?"
                     r"|incorrect[oa]s?|revuelt[oa]s?)\b"),
    "en": re.compile(r"(?<!\bnot )(?<!\bnothing )(?<!\bnothings )(?<!\bnothing is )(?<!\bno )(?<!\bisnt )"
                     r"(?<!\baint )\b(?:wrong|incorrect|messed up|mixed up)\b"),
}
# ... but the wrong one is an earlier value or the caller's own slip, and the yes stands ("sí, así es, la anterior
# está mal", "yeah that's right, I said it wrong earlier", "yes, that one, the other was wrong").
_WRONG_BEFORE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:anterior|anteriores|antes|la otra vez|la primera vez|la vez pasada|hace rato|estaba|estaban"
                     r"|era|eran|yo (?:lo|la|los|las|me)|me equivoque)\b"),
    "en": re.compile(r"\b(?:earlier|before|last time|the first time|(?:the|that) (?:other|old|last|first|previous)"
                     r" (?:one |ones )?(?:was|were)|the other one|i|my bad|not the)\b"),
}
# A yes that puts the read-back on hold ("sí, espérame que estoy viendo la tarjeta", "yeah, hold on, let
# me check") or asks for it again ("sí... ¿me repites las letras?"): the caller has not checked it yet.
_STALL: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "esperame", "espereme", "esperenme", "espera", "espere", "esperate", "esperese", "esperame tantito",
        "permiteme", "permitame", "aguantame", "aguanteme", "aguanta", "aguantate", "aguantese", "tantito",
        "dejame ver", "dejeme ver", "dejame checar", "dejeme checar", "deja veo", "deja checo",
        "deja reviso", "dejame revisar", "un momento", "un momentito", "un segundo", "un segundito",
        "estoy viendo", "estoy checando", "voy a checar", "voy a ver", "ahorita te digo", "ahorita le digo")),
    "en": tuple(tuple(p.split()) for p in (
        "hold on", "wait", "hang on", "one sec", "one second", "a sec", "a second", "just a minute",
        "let me check", "let me look", "let me see", "lemme check", "lemme see", "give me a sec",
        "give me a second", "gimme a sec", "hold up")),
}
_STALL_FIRST = _first_words(_STALL)


# Doubt said after the answer ("creo que sí, no estoy seguro", "no, sí... bueno, no sé", "yeah, I think,
# not sure"): the caller has not decided. After a yes any doubt undoes it (a wrong yes keeps bad data);
# after a no only doubt that ends the turn ("no, no sé, es la ka" still denies and corrects).
_HEDGES: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "no se", "no estoy seguro", "no estoy segura", "quien sabe", "no me acuerdo", "no recuerdo", "a lo mejor",
        "tal vez", "quizas", "quiza", "no sabria decir", "no sabria decirte", "no sabria decirle", "ni idea",
        "no tengo idea", "puede que")),
    "en": tuple(tuple(p.split()) for p in (
        "im not sure", "not sure", "i dont know", "dunno", "maybe", "i am not sure", "no idea", "i guess",
        "not a hundred percent", "not one hundred percent", "i cant remember", "i dont remember", "who knows")),
}
# "no se" is also "no se preocupe": doubt only when nothing but doubt follows it ("no sé", "no sé bien").
_HEDGE_AMBIGUOUS = {("no", "se")}
_AFTER_AMBIGUOUS = wordset("bien la verdad exactamente si no pero seguro muy ni")
# What may close the doubt and leave it the end of the turn ("no sé bien", "no estoy seguro, la verdad").
_DOUBT_TRAILERS = wordset("bien la verdad exactamente muy honestly really for sure exactly to be honest")


_HEDGE_FIRST = _first_words(_HEDGES)


def _hedged(after: list[str], answer: Answer, lang: Lang) -> bool:
    if _HEDGE_FIRST[lang].isdisjoint(after):
        return False  # most answers: no doubt word at all
    fillers = FILLERS[lang]
    for k in range(len(after)):
        for phrase in _HEDGES[lang]:
            if tuple(after[k : k + len(phrase)]) == phrase:
                following = [w for w in after[k + len(phrase) :] if w not in fillers]
                if phrase in _HEDGE_AMBIGUOUS and following and following[0] not in _AFTER_AMBIGUOUS:
                    continue
                if answer == "yes" or all(w in _DOUBT_TRAILERS for w in following):
                    return True
    return False


# What names a part of a value, by its place or its kind ("el último número", "la primera", "the final number", "the
# last one"): a part said to be in fact something else is a correction; the whole value said to be so is a yes.
_PART_WORD_ES = (r"(?:primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta"
                 r"|sexto|sexta|septimo|septima|octavo|octava|ultimo|ultima|penultimo|penultima|letra|letras|numero"
                 r"|numeros|digito|digitos|caracter|enmedio|final|principio|inicio)")
_PART_WORD_EN = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final|middle|letter|letters|number"
                 r"|numbers|digit|digits|character|characters)")


# A part of the value said to be something else ("sí, nomás el número del final es un siete, no un uno",
# "yes, only the last one is a B", "sí, es un siete, no un uno"): a correction after the yes.
_PART_RESTATED: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:nomas|namas|nada mas|solo|solamente|unicamente) (?:que )?(?:el|la|los|las|lo|ese|esa|este|esta)"
        r" (?:\w+ ){0,4}?(?:es|era|son|eran|va|lleva|seria|serian|debe ser|tiene que ser|no es|no va)\b"
        # a part said to be in fact something ("sí, todo bien, el último número en realidad es nueve"): a correction
        # of that part, however fine the rest
        # - a part by its place or kind: "sí, de hecho el nombre es ese", "sí, en realidad la placa es de Sonora" say
        # how the whole value is, and stand as a yes
        r"|\b(?:el|la|los|las|ese|esa|este|esta) (?:\w+ ){0,3}?" + _PART_WORD_ES + r" (?:\w+ ){0,2}?(?:en realidad"
        r"|realmente|de hecho|la neta) (?:es|era|son|eran|va|lleva)\b(?! (?:correcto|correcta|bien|asi)\b)"
        r"|\b(?:en realidad|de hecho|la neta) (?:el|la|los|las) (?:\w+ ){0,3}?" + _PART_WORD_ES
        + r" (?:\w+ ){0,2}?(?:es|era|son|eran|va|lleva)\b(?! (?:correcto|correcta|bien|asi)\b)"
    ),
    "en": re.compile(
        r"\b(?:only|just) (?:that )?(?:the|that|this) (?:\w+ ){0,4}?(?:is|was|are|were|should be|has to be|isnt"
        r"|is not|goes|needs to be)\b"
        # ... in fact ("yeah, all good till the end, the final number's actually a nine")
        # ("the whole thing is actually right" praises it)
        # - a part by its place or kind: "yes, that actually sounds right", "yes, the plate is actually from Texas" say
        # how the whole value is, and stand as a yes
        r"|\b(?:the|that|this) (?:\w+ ){0,3}?" + _PART_WORD_EN + r" (?:\w+ )?(?:is |s |was |are |were )?actually "
        r"(?!(?:all )?(?:right|correct|good|fine|perfect|ok|okay|spot on)\b)(?:a |an |the )?\w+"
        r"|\bactually (?:the|that|this) (?:\w+ ){0,3}?" + _PART_WORD_EN + r" (?:\w+ )?(?:is|was|are|were|s)\b"
        r"(?! (?:all )?(?:right|correct|good|fine|perfect|ok|okay|spot on)\b)"
    ),
}
_SAID_NOT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:^|\b(?:es|era|son|seria|va|lleva) )(?:un |una |el |la |con )?(\w+) no (?:es |era |va )?"
                     r"(?:un |una |el |la |con )?(\w+)\b"),
    "en": re.compile(r"(?:^|\b(?:is|was|its|thats|should be) )(?:an? |the )?(\w+) not (?:an? |the )?(\w+)\b"),
}


def _part_restated(after: list[str], lang: Lang) -> bool:
    joined = " ".join(after)
    if _PART_RESTATED[lang].search(joined):
        return True
    for m in _SAID_NOT[lang].finditer(joined):
        a, b = m.group(1), m.group(2)
        if a != b and all(w.isdigit() or is_number_word(w, lang) or letter_name(w, lang, nato=False) for w in (a, b)):
            return True
    return False


# "Así es, todo junto menos el punto", "yes, all one word except the dot": after words saying how a value is
# written, "except" says what else it has - how it is, no contrast to the yes ("sí, todo bien menos la ele"
# still is one).
_EXCEPT: dict[Lang, frozenset[tuple[str, ...]]] = {
    "es": frozenset((("menos",), ("excepto",), ("salvo",))),
    "en": frozenset((("except",), ("but",), ("except", "for"))),
}
_RUN_TOGETHER: dict[Lang, frozenset[str]] = {
    "es": frozenset(("junto", "juntos", "junta", "juntas", "pegado", "pegados", "pegada", "pegadas", "seguido")),
    "en": frozenset(("together", "word")),
}


_ARTICLES: dict[Lang, frozenset[str]] = {
    "es": frozenset(("el", "la", "los", "las", "un", "una")),
    "en": frozenset(("the", "a", "an")),
}


_SYMBOL_NAMES: dict[Lang, frozenset[str]] = {
    "es": frozenset(("punto", "puntos", "guion", "guiones", "bajo", "medio", "arroba", "el", "la", "los", "las", "un",
                     "una")),
    "en": frozenset(("dot", "dots", "period", "underscore", "hyphen", "dash", "at", "the", "a", "an")),
}


def _but_for_a_symbol(after: list[str], k: int, size: int, lang: Lang) -> bool:
    """Whether the "except" at `after[k]` says how a value run together is written: right after a word
    saying so ("todo junto menos el punto", "all one word except the dot"), with nothing after it but the
    symbol left out of the run ("el guion bajo", "the underscore"). "Sí, todo seguido, salvo el cuatro que
    es nueve", "yes, one word but it's with a K": what follows is a change, and the yes is taken back."""
    rest = after[k + size :]
    return k > 0 and after[k - 1] in _RUN_TOGETHER[lang] and bool(rest) and len(rest) <= 3 \
        and all(w in _SYMBOL_NAMES[lang] for w in rest) and not all(w in _ARTICLES[lang] for w in rest)


# The read-back praised ("lo dijiste bien", "te quedó perfecto", "you read it back perfect", "you got it all
# right"): a yes, said with one or on its own.
_PRAISE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"(?:(?:si |ya )?(?:lo |la |los |las |me lo |me la |me los |me las |te |le )?(?:dijiste|dijo|leiste|leyo"
        r"|anotaste|anoto|apuntaste|apunto|repetiste|repitio|tienes|tiene|entendiste|entendio|agarraste|agarro"
        r"|quedo|quedaron|queda|quedan|escribiste|escribio)(?: todo| todos| todas)? (?:bien|muy bien|perfecto"
        r"|perfectamente|correcto|correctamente|exacto|al cien|clarito|tal cual)"
        r"|(?:esta|estan|quedo|quedaron) (?:todo )?(?:perfecto|perfectos|perfecta|perfectas|correcto|correctos"
        r"|correcta|correctas|al cien))"
    ),
    "en": re.compile(
        r"(?:(?:you|ya|u) )?(?:(?:just|have|got|did) )?(?:read|said|got|have|had|wrote|put|typed|heard|repeated|nailed)"
        r"(?: (?:it|that|them|those|everything|all|it all|them all|all of it|all of them|em))?(?: (?:back|down))?"
        r"(?: (?:right|perfect|perfectly|correct|correctly|good|fine|spot on|exactly|just right|dead on|on the nose))?"
        r"|(?:its|thats|that is|it is|everything is|everythings|all) (?:all )?(?:perfect|spot on|dead on|right on)"
    ),
}


def _praised(after: list[str], lang: Lang) -> bool:
    """Whether the words (after a yes, or the whole turn) only praise the read-back (`_PRAISE`)."""
    said = " ".join(w for w in after if w not in _THANKS[lang] and w not in FILLERS[lang])
    m = _PRAISE[lang].fullmatch(said)
    # (a bare verb, "you read it back", is a request to hear it when said alone: a word of praise must be there)
    return m is not None and any(w in said.split() for w in _PRAISE_WORDS)


_PRAISE_WORDS = wordset("bien perfecto perfectamente correcto correctamente exacto cien clarito cual perfectos "
                        "perfecta perfectas correctos correcta correctas right perfect perfectly correct correctly "
                        "good fine spot exactly dead nose nailed")


# "Sí, pero rápido", "sure, but make it quick": the "but" only asks for speed - the yes stands (why it must be
# quick may follow: "sí, pero rapidito que voy manejando").
_QUICK: dict[Lang, tuple[tuple[str, ...], ...]] = {
    "es": tuple(tuple(p.split()) for p in (
        "rapido", "rapidito", "que sea rapido", "que sea rapidito", "breve", "que sea breve", "cortito",
        "que sea corto", "de volada", "apurale", "apurate", "apuresele", "sin tardar", "en corto", "rapido porfa",
        "apurele", "apurenle", "apurese", "apurese porfa", "aprisa", "aprisita", "a la carrera", "rapidin",
        "deprisa", "de prisa",
        # ... or to be let go ("Simón, quedó, pero ya córtale que viene la curva"): the call cut short, the yes stands
        "cortale", "ya cortale", "ya corta", "ya corte", "cortele", "ya cortele", "cuelgale", "ya cuelgale",
        "ya cuelga", "cuelguele", "ya cuelguele", "ya le cortamos", "ya le colgamos", "ya te dejo", "ya lo dejo")),
    "en": tuple(tuple(p.split()) for p in (
        "make it quick", "quick", "quickly", "real quick", "be quick", "make it fast", "fast", "hurry",
        "hurry up", "keep it short", "make it snappy", "quick please", "make it short", "keep it quick",
        "hurry it up", "speed it up", "step on it", "make it quick please",
        # ... or to be let go ("yes, that's right, but wrap it up, I'm coming to a curve")
        "wrap it up", "lets wrap it up", "wrap it up please", "let me go", "let me go please", "cut it short")),
}
# Words that only urge before the hurry itself ("pero ya apúrale", "pero ándale, rápido", "but c'mon, hurry up").
_URGING_FIRST: dict[Lang, frozenset[str]] = {"es": wordset("ya andale orale"), "en": wordset("cmon just now")}
_WHY_QUICK: dict[Lang, frozenset[str]] = {
    "es": wordset("que porque pues ya"),
    "en": wordset("because cause cuz im i we since theres"),
}



# Words that say what the value is or that it is wrong ("pero apúrele, que la ce es una de", "but hurry up, the
# last one is a B"): a reason of that kind is a change, no hurry only.
_SAYS_HOW_IT_IS: dict[Lang, frozenset[str]] = {
    "es": wordset("es son era eran seria mal equivocado equivocada incorrecto incorrecta lleva empieza termina"),
    "en": wordset("is are was its thats wrong not isnt incorrect starts ends"),
}

def _but_quick(after: list[str], lang: Lang) -> bool:
    """The words after a "but" only ask for speed (`_QUICK`), and may say why; or only say what keeps the caller
    busy ("ajá, pero orita voy en la caseta": why now is a bad time, no doubt of the value), or that the caller has
    to go ("pero ya me tengo que ir")."""
    said = [w for w in after if w not in FILLERS[lang] and w not in _THANKS[lang]]
    if said and (only_busy(said, lang) or only_takes_leave(said, lang)):
        # ("pero ya me tengo que ir, eh", "but I gotta go": the caller has to leave, no doubt of the value)
        return True
    size = max((len(p) for p in _QUICK[lang] if tuple(said[: len(p)]) == p), default=0)
    while not size and len(said) > 1 and said[0] in _URGING_FIRST[lang]:
        said = said[1:]  # "pero ya apúrale que voy manejando", "but c'mon, hurry up": the urging word adds no doubt
        size = max((len(p) for p in _QUICK[lang] if tuple(said[: len(p)]) == p), default=0)
    return bool(size) and (size == len(said) or said[size] in _WHY_QUICK[lang]
                           and _SAYS_HOW_IT_IS[lang].isdisjoint(said[size:]))


def hurried_only(text: str, locale: str) -> bool:
    """Whether every "but" of `text` (what followed a yes) only asks for speed ("pero apúrele porque ando en
    carretera", "but hurry it up, I'm driving"): a remark, no doubt of the value."""
    lang = lang_of(locale)
    said = [t[0] for t in _prepare(text)[1]]
    buts = [k for k, w in enumerate(said) if w in ("pero", "but")]
    return bool(buts) and all(_but_quick(said[k + 1 :], lang) for k in buts)


def _yes_but(after: list[str], rest: str, lang: Lang) -> bool:
    """The words after a yes take it back: a contrast ("pero ..."), a questioning tag ("¿o no?"), a hold
    ("espérame") or a request to hear it again ("¿me repites las letras?")."""
    after = _without_emphasis(after, lang)
    for k in range(len(after) if not _STALL_FIRST[lang].isdisjoint(after) else 0):
        for phrase in _STALL[lang]:
            if tuple(after[k : k + len(phrase)]) == phrase:
                return True
    if after and _praised(after, lang):
        return False  # "yeah buddy, you read it back perfect": no request to hear it again
    if after:
        from .intents import detect_intent  # intents reads yes/no answers too: imported when needed

        asked = detect_intent(rest, "es-MX" if lang == "es" else "en-US", enabled=("repeat",))
        if asked is not None:
            return True
    for k in range(len(after) if not _BUT_FIRST[lang].isdisjoint(after) else 0):
        for phrase in _BUT[lang]:
            if tuple(after[k : k + len(phrase)]) == phrase and not (
                    phrase in _EXCEPT[lang] and _but_for_a_symbol(after, k, len(phrase), lang)) \
                    and not _but_quick(after[k + len(phrase) :], lang):
                return True
    if _part_restated(after, lang):
        return True
    if "?" in rest:
        for tag in _TAGS[lang]:
            if len(after) >= len(tag) and tuple(after[-len(tag) :]) == tag:
                return True
    return False



# A yes, then "but" and what follows ("Sí, pero con punto.", "yes, but with the dot"): see `after_yes_but`.
_YES_BUT_RE = re.compile(r"^(?P<yes>[^,.;]*?)[\s,.;]+(?:pero|but)\b[\s,]*(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)


def after_yes_but(text: str, locale: str) -> str | None:
    """What follows the "but" of a turn that opens with a plain yes and then a "but" ("Sí, pero con punto." ->
    "con punto"; "yeah, but with a dash" -> "with a dash"), or None. Such a turn is no yes by itself (the "but"
    may change the value: `classify_yes_no`); the listener compares what follows with the value read back."""
    m = _YES_BUT_RE.match(text.strip())
    if m is None or not m.group("rest").strip(" .!?"):
        return None
    verdict = classify_yes_no(m.group("yes"), locale)
    return m.group("rest") if verdict.answer == "yes" and not (verdict.rest or "").strip(" .,!?") else None
