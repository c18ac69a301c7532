"""The `name` slot: "mi nombre es josé pérez" -> "José Pérez".

Works on the original spelling (accents are part of a name; ASR that dropped them is kept as said).
Lead-ins, greetings, roles ("el operador"), fillers and sign-offs are peeled off both ends; what is
left must look like a name: 1-6 words of letters, none of them an everyday word.
Particles (de, del, la, y, van...) stay lower-case inside a name: "José de la Cruz".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from .busy_going_on import CALLS_SAID, busy_said_apart
from .emails import BESIDE_EDGE_NOTE, EdgeNote, edge_note_in, edge_vowel_in_doubt, spelled_with
from .intent_rules import after_greeting, only_go_ahead_words
from .letters import SI_WRITTEN_AS_LETTERS, letter_at, letter_name
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, GIVEN_NAMES, SPANISH_GIVEN_NAMES
from .normalize import (
    FILLERS,
    Lang,
    clean,
    fold,
    fold_aligned,
    lang_of,
    last_correction_end,
    line_checks_as_pauses_kept,
    wordset,
)
from .numbers import is_number_word
from .plates import extract_char
from .turn_cache import turn_cache

_WORD_RE = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|\d+")
_MAX_WORDS = 6
_CLAUSE_RE = re.compile(r"[,;:.!?¿¡]+")

# Phrases peeled off the start (folded, as token tuples), longest first.
# Lead-ins of a part of the name, the one a name read back lacks ("sí, le falta el Villalobos", "mi segundo
# apellido es Soto"): said after the rest of the name in the same turn ("Juan Pérez, el otro apellido es
# López"), the part goes after it.
_PART_LEADS = (
    "falta", "le falta", "me falta", "te falta", "falto", "le falto", "te falto", "faltaria", "le faltaria",
    "falta el", "le falta el", "me falta el", "te falto el", "le falto el", "falto el",
    "el segundo apellido es", "mi segundo apellido es", "y el segundo apellido es", "el segundo apellido",
    "mi segundo apellido", "el otro apellido es", "mi otro apellido es", "y el otro apellido es",
    "el otro apellido", "mi otro apellido", "el otro es", "y el otro", "segundo apellido", "segundo apellido es",
    "otro apellido", "otro apellido es", "y mi segundo apellido es", "y mi segundo apellido", "y mi otro apellido es",
    "y mi otro apellido", "y el segundo apellido", "y el otro apellido", "y el otro es",
)
_LEADS: dict[Lang, tuple[str, ...]] = {
    "es": (
        "mi nombre completo es", "mi nombre es", "el nombre es", "mi nombre", "yo me llamo", "me llamo",
        "se llama", "yo soy", "soy yo", "soy", "le habla", "les habla", "te habla", "habla", "de parte de",
        "con", "aqui", "aqui habla", "si", "claro", "ok", "okey", "hola", "buenas tardes", "buenos dias",
        "buenas noches", "buenas", "bueno", "pues", "el operador", "el chofer", "el conductor", "el trailero",
        "el transportista", "operador", "chofer", "conductor", "don", "dona", "senor", "senora", "sr", "sra",
        "licenciado", "ingeniero", "lic", "ing", "y", "ah", "oiga", "mire", "a sus ordenes", "para servirle",
        "le atiende", "lo atiende", "le saluda", "lo saluda", "quien habla es", "mucho gusto",
        # titles and roles said with their article ("aquí habla el señor Pedro Ortiz")
        "el senor", "la senora", "la senorita", "senorita", "el joven", "joven", "el licenciado",
        "la licenciada", "licenciada", "el ingeniero", "la ingeniera", "ingeniera", "el profe", "el compa",
        "la operadora", "operadora", "la chofer", "el tractorista", "el operador de la unidad",
        # "está hablando con Francisco", "habla con Lupita"
        "esta hablando con", "estas hablando con", "esta usted hablando con", "hablando con", "habla con",
        "hablas con", "le contesta", "contesta",
        # "aquí tiene a Ramiro Salas": the caller handing themselves over
        "tiene a", "aqui tiene a", "tienes a", "aqui tienes a", "aqui esta", "aqui anda",
        # "sí, aquí ando. Fidel Castañeda": the caller is on the line
        "aqui ando", "aqui andamos", "aqui estoy", "aqui estamos", "aca ando", "aca estoy",
        # "aquí reportándose Gumaro Tovar", "presente, Gumaro Tovar": the caller reporting in, as to a roll call
        "reportandose", "reportandome", "reportando", "me reporto", "se reporta", "presente", "aqui presente",
        "reportandose con usted", "reportandome con usted",
        # "me puede poner como Toño Ledesma": how to write the caller down
        "me puede poner como", "me puedes poner como", "ponme como", "pongame como", "pongale",
        "me puede anotar como", "anoteme como", "anotame como", "apunteme como", "apuntame como",
        "a nombre de", "esta a nombre de", "viene a nombre de",
        # a correction at the read-back: "no, es María López"
        "es", "seria", "mas bien", "perdon", "perdone",
        # "nomás Bart", "solo Bart", "me dicen Bart", "ponga Juan Pérez"
        "nomas", "namas", "solo", "solamente", "nada mas", "me dicen", "me dice", "dime", "digame",
        "me puede decir", "me puedes decir", "ponga", "ponle", "anote", "anota", "apunte", "apunta", "escriba",
        "escribe", "aqui", "pero", "pero es", "pero mi nombre es", "pero me llamo", "puede poner", "puedes poner",
        "le puede poner", "a nombre", "mi primer nombre es", "mi primer nombre", "el nombre de la persona es",
        "el nombre del operador es", "el nombre del chofer es", "nombre", "nombre completo", "nombre completo es",
        "el nombre completo es", "es nomas", "soy nomas",
        # "pon ahí Baldomero Ugalde", "ahí apúntale Juan Pérez": how to write the caller down, said to the agent
        *(f"{where}{verb}{there}" for verb in (
            "pon", "ponle", "ponga", "pongale", "ponme", "pongame", "anota", "anote", "anotale", "anotele",
            "apunta", "apunte", "apuntale", "apuntele", "escribe", "escriba", "escribele", "escribale")
          for where, there in (("", " ahi"), ("", " ahi nomas"), ("ahi ", ""), ("nomas ", ""), ("", " nomas"))),
        "pon", "escribele", "escribale", "anotale", "anotele", "apuntale", "apuntele",
        # "sí, le falta el Villalobos", "mi segundo apellido es Soto": the part the name read back lacks
        *_PART_LEADS,
        # an English driver's lead-in before the call follows him ("Name's Cody Ramirez." at the first question:
        # one English word is no language yet) - never the start of a name
        "names", "my names", "the names", "name is", "my name is", "the name is",
    ),
    "en": (
        "my full name is", "my name is", "the name is", "name is", "names", "my names", "this is", "it is",
        "its", "i am", "im", "call me", "me", "yes", "yeah", "yep", "sure", "okay", "ok", "hi", "hello",
        "hey", "well", "oh", "the driver", "driver", "mr", "mrs", "ms", "miss", "sir", "it s", "you can call me",
        "just call me", "they call me", "everybody calls me",
        # "you're talking to James Anderson"
        "youre talking to", "youre speaking with", "youre speaking to", "you are talking to",
        "you are speaking with", "you are speaking to", "talking to", "speaking with", "this here is",
        "its me", "it is me",
        # "just Bart", "I go by Bart", "put me down as Bart Simpson"
        "just", "its just", "it is just", "simply", "only", "the names", "the name is", "i go by", "go by",
        "everyone calls me", "everybody calls me", "people call me", "folks call me", "you can write",
        "you can put", "write", "write down", "put", "put down", "put me down as", "put me down for",
        "put me as", "my first name is", "first name is", "first name", "hi this is", "hey this is", "hello this is",
        "yes this is", "yeah this is", "this is just", "im just", "name", "its just", "call me just",
        "you can", "you could", "can you put", "please put", "just put", "go ahead and put", "put it under",
        "under", "under the name", "the name", "you can put down", "you can write down", "i meant", "i mean",
        "but", "but its", "but it is", "but my name is",
        # "you got Dwayne Holloway here": the caller handing themselves over
        "you got", "youve got", "you have", "ya got", "yeah you got", "you got me", "you have got",
        # "checking in, Dale Parker", "reporting in, this is Dale Parker": the caller reporting in
        "checking in", "reporting", "reporting in", "reporting for duty", "present",
    ),
}
_TRAILS: dict[Lang, tuple[str, ...]] = {
    "es": ("para servirle", "a sus ordenes", "a sus ordenes senorita", "mucho gusto", "un gusto",
           "gracias", "al habla", "servidor", "su servidor", "regresando su llamada", "devolviendo su llamada",
           "regresandole la llamada", "devolviendole la llamada", "nada mas", "nomas", "y ya", "reportandose",
           "reportandome", "reportando", "se reporta", "presente", "aqui presente", "reportandose con usted",
           "es mi nombre", "ese es mi nombre", "por favor", "porfa", "esta bien", "nada mas eso",
           # the caller's role after the name: "Brenda Olvera, la operadora"
           "la operadora", "el operador", "operador", "operadora", "el chofer", "la chofer", "chofer",
           "el conductor", "conductor", "el de la unidad", "de la unidad", "el trailero", "trailero",
           # where the caller is: "aquí tiene a Wendell Pruitt en la línea", "habla Juan Pérez al aparato" ("Rubén al
           # teléfono" stays no name: it may hand the phone over)
           "en la linea", "aqui en la linea", "al aparato"),
    "en": ("speaking", "here", "thanks", "thank you", "nice to meet you", "returning your call",
           "returning the call", "calling you back", "calling back", "returning your message",
           "is fine", "is good", "works", "is ok", "is okay", "will do", "calling", "here calling",
           "is my name", "thats my name", "thats me", "thats it", "please", "thanks a lot",
           "the driver", "driver", "your driver", "the operator", "owner operator", "the owner operator",
           "checking in", "checking in here", "reporting", "reporting in", "here reporting", "reporting for duty",
           # where the caller is: "you got Wendell Pruitt on the line", "this is Dale Parker on this end"
           "on the line", "here on the line", "on this end"),
}
# Said after the name when the caller told the agent to write it down ("put Lyle Brannigan down", "póngale
# Ramiro Salas ahí"): only after such a lead, so "down" or "ahí" never leaves a name said otherwise.
_WRITE_VERBS: dict[Lang, frozenset[str]] = {
    "es": frozenset({"pon", "ponle", "ponga", "pongale", "ponme", "pongame", "anota", "anote", "anotale",
                     "anotele", "apunta", "apunte", "apuntale", "apuntele", "escribe", "escriba", "escribele",
                     "escribale", "poner", "anotar", "apuntar", "escribir"}),
    "en": frozenset({"put", "write", "jot", "mark", "take"}),
}
_WRITE_TRAILS: dict[Lang, tuple[str, ...]] = {
    "es": ("ahi", "ahi nomas", "nomas ahi", "ahi por favor", "en la lista", "en el reporte", "en la hoja"),
    "en": ("down", "down for me", "down please", "on there", "in there", "on the list", "on the sheet",
           "on the form", "for the record"),
}
# The part of the name named between two words of it, with no verb ("Rubén Tello, segundo apellido Garza",
# "Ernesto Lara, second last name Ibarra"): the words naming it are no part of the name.
_PART_NAMED_RE: dict[Lang, re.Pattern[str]] = {
    # (after a word of the name, never after the lead-in's own "mi", "el": "Mi segundo apellido es Soto")
    "es": re.compile(r"(?<=\w)(?<!\bmi)(?<!\bel)(?<!\bsu)(?<!\by)(?<!\bes)[\s,;.]+(?:y\s+)?(?:(?:mi|el|su)\s+)?"
                     r"(?:segundo|otro|primer)\s+(?:apellido|nombre)(?:\s+(?:es|seria))?[\s,:;.]+(?=\w)"),
    "en": re.compile(r"(?<=\w)(?<!\bmy)(?<!\bthe)(?<!\band)(?<!\bis)[\s,;.]+(?:and\s+)?(?:(?:my|the)\s+)?"
                     r"(?:second last name|other last name)(?:\s+(?:is|its))?[\s,:;.]+(?=\w)"),
}
# Between given name and surname ("Raúl y mi apellido es Medina").
_JOINERS: dict[Lang, tuple[str, ...]] = {
    "es": ("y mi apellido es", "mi apellido es", "y de apellido", "de apellido", "apellido", "y mis apellidos son",
           "mis apellidos son", "y mi apellido", "mi apellido", "y mis apellidos", "y el apellido es",
           # ("Ramiro Eusebio... ah, y el apellido, Benavides")
           "y el apellido", "el apellido es", "el apellido", "y los apellidos son", "y los apellidos", "los apellidos"),
    "en": ("and my last name is", "my last name is", "last name", "surname", "and my last name", "and the last name is",
           "last name is", "and last name", "and the last name", "the last name is", "the last name",
           "and the surname", "and my surname", "my surname is", "and my surname is",
           # ("John Michael... oh, and the last name, Carter": "oh" is no filler elsewhere)
           "oh and the last name", "oh and the last name is", "oh and my last name", "oh and my last name is",
           "oh the last name", "oh last name"),
}
# Lead-ins specific enough to mark where a name starts even in the middle of a turn.
_INNER_LEAD_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:me llamo|mi nombre (?:completo )?es|mi nombre|le habla|quien habla es)\b"),
    # ("is the boss there this is John Smith": a question before it with no mark to end it)
    "en": re.compile(r"\b(?:my name is|my full name is|my names|the name is|this is)\b"),
}
# Mexican phone imperatives, usually with a clitic ("espéreme", "pásele", "dígame", "permítame",
# "fíjese"): hold requests and courtesies, never a name. Matched on folded words: stem + a/e + clitics.
_IMPERATIVE_ES = re.compile(
    r"^(?:esper|pas|dig|permit|dej|oig|fij|aguant|disculp|dispens|perdon|escuch|comuniqu|comunic|marqu|"
    r"llam|habl|avis|ayud|regal|apunt|anot|chequ|mir|ech|pong|tom|sig|vay|veng|hag|mand|repit|contest|"
    r"salg|entiend|ocup|acompan|aguard|deten|deteng|dem?)"
    r"[ae]?(?:me|le|les|nos|se|te)(?:lo|la|los|las)?$|^(?:espere|esperese|permita|pase|aguanta|aguante)$"
    # the bare imperatives of writing down ("pon ahí", "anota el número"): said to the agent, never a name
    r"|^(?:pon|ponga|anota|anote|apunta|apunte|escribe|escriba)$"
)
# Sounds and words that are never a name but are not in the shared lexicon (which plates also use to
# tell words from spelled letters): agreeing noises ("uh-huh", "ajá") and English/Spanish strays.
_NOT_NAMES: dict[Lang, frozenset[str]] = {
    "es": wordset("aja ajam mjm mhm uhhuh uh huh hum mmhmm mm hmm um yes reportandose nomas namas "
                  "ey eyy ei hey quiubo quihubo epale orale orales andale andele andeles andales ajale "
                  # what the caller says of talking now ("ando manejando, es peligroso"): a remark
                  "peligroso peligrosa riesgoso riesgosa arriesgado arriesgada complicado complicada imposible "
                  "ilegal prohibido "
                  # "Ando manejando": where the caller is, said first
                  "ando andamos vengo venimos"),
    "en": wordset("uh huh uhhuh hum hmm mm mhm mmhmm um uhm umm er erm ah oh aha aja yes fine works nah naw nope "
                  "yup dangerous unsafe risky illegal tricky"),
}
# Departments and desks ("This is dispatch", "habla tráfico") answer for a role, not a person. Never part of
# a name, but still words a caller's sentence may hold around one ("transfer me to dispatch").
_DESKS: dict[Lang, frozenset[str]] = {
    "es": wordset("despacho despachador despachadora trafico monitoreo vigilancia seguridad logistica "
                  "mantenimiento recepcion almacen dispatch"),
    "en": wordset("dispatch dispatcher dispatching security receiving shipping maintenance logistics safety "
                  "warehouse"),
}
# Roles and posts a caller answers with instead of a name ("soy el encargado del turno", "this is the
# night supervisor"): never a word of a name.
_ROLES: dict[Lang, frozenset[str]] = {
    "es": wordset("encargado encargada supervisor supervisora gerente jefe jefa coordinador coordinadora "
                  "responsable ayudante auxiliar velador veladora mecanico secretaria dueno duena patron "
                  "administrador administradora capataz mayordomo checador checadora turno"),
    "en": wordset("manager supervisor foreman forewoman boss owner lead coordinator assistant mechanic "
                  "secretary clerk superintendent"),
}
_ROLE_MODIFIERS = wordset("shift night day yard night-shift")
# A caller who will not give a name ("no le voy a dar mi nombre", "I ain't giving my name to a robot"):
# nothing in the turn is a name, least of all the "nah" before it.
_REFUSAL_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:te |le |les )?(?:voy a |pienso |quiero )?(?:dar|doy|decir|digo|dare|dire)"
                     r"(?: (?:te|le|les))? (?:mi|el) nombre\b|\bpara que quiere[ns]? (?:mi|el) nombre\b"),
    "en": re.compile(r"\b(?:not|aint|ain t|won ?t|wont|don ?t|dont|never) (?:gonna |going to |be )?"
                     r"(?:giving|give|tell|telling|say|saying|share|sharing)(?: (?:you|it))? (?:my|the|you my) name\b"
                     r"|\bnone of your business\b|\bwhy do you need my name\b"),
}
_NEGATED_RE = re.compile(r"\b(?:no|not|isnt|isn't)\s*$")
# What the caller has none of, another value's answer ("no manejo correo", "no tengo e-mail", "I don't do email"):
# never a name, nor is a call said to be made ("cualquier cosa te marco", `CALLS_SAID`). A clause that says either
# is set aside; the name said beside it is kept ("No manejo correo, soy Juan Pérez").
_NONE_OF_ANOTHER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\bno (?:manejo|tengo|uso|ocupo|traigo|cuento con|se usar|uso el|tengo el|manejo el)"
                     r" (?:correo|mail|email|e mail|imeil|gmail|hotmail|celular|whatsapp)\b"),
    "en": re.compile(r"\b(?:dont|do not|never|cant|cannot) (?:have|use|do|check|got)(?: an| a| any| no)?"
                     r" (?:email|e mail|mail|gmail|cell|whatsapp)\b|\bno (?:email|e mail)\b"),
}


def _without_other_business(text: str, lang: Lang) -> str:
    """The turn without its clauses that say a call will be made or a value of another question is not had
    ("cualquier cosa te marco", "no manejo correo"): from the lead of a name said after one in its clause
    ("no manejo correo soy Juan Pérez"), else the clause is dropped whole."""
    if not _other_business(fold(text), lang):
        return text  # most turns
    kept: list[str] = []
    start = 0
    for m in [*_CLAUSE_RE.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        clause = text[start:end]
        start = m.end() if m is not None else end
        if not _other_business(fold(clause), lang):
            kept.append(clause)
            continue
        aligned = fold_aligned(clause)
        leads = sorted(x.start() for x in [*_INNER_LEAD_RE[lang].finditer(aligned), *_SOY[lang].finditer(aligned)])
        # the lead of the name after what the clause says of calls or e-mail ("no manejo correo soy ..."), or
        # before it, up to it ("soy Juan Pérez y te marco a las cinco")
        after = [x for x in leads if not _other_business(fold(clause[x:]), lang)]
        if after:
            kept.append(clause[after[0]:])
        elif leads and (said := _business_start(aligned, lang)) is not None and said > leads[0]:
            kept.append(_JOINED_LAST.sub("", clause[leads[0]:said]))
    return ", ".join(k.strip() for k in kept if k.strip())


_JOINED_LAST = re.compile(r"\s+(?:y|e|pero|and|but|so)\s*$", re.IGNORECASE)


def _business_start(aligned: str, lang: Lang) -> int | None:
    """Where in the folded clause (apostrophes kept) a call or an e-mail not had is first said."""
    kept = [i for i, c in enumerate(aligned) if c != "'"]
    probe = "".join(aligned[i] for i in kept)
    found = [m.start() for m in (_NONE_OF_ANOTHER[lang].search(probe), CALLS_SAID[lang].search(probe)) if m]
    return kept[min(found)] if found else None


def _other_business(folded: str, lang: Lang) -> bool:
    probe = folded.replace("'", "")
    return _NONE_OF_ANOTHER[lang].search(probe) is not None or CALLS_SAID[lang].search(probe) is not None


_SOY: dict[Lang, re.Pattern[str]] = {"es": re.compile(r"\b(?:soy|habla)\b"),
                                    "en": re.compile(r"\b(?:i'?m|i am|it'?s|this is)\b")}
_VOWEL_RE = re.compile(r"[aeiouy]")
_PARTICLES = wordset("de del la las los y e da di du van von der den dos")
NAME_PARTICLES = _PARTICLES  # the small words inside a name ("José de la Cruz"), folded


def _phrases(table: dict[Lang, tuple[str, ...]]) -> dict[Lang, tuple[tuple[str, ...], ...]]:
    return {k: tuple(sorted((tuple(p.split()) for p in v), key=len, reverse=True)) for k, v in table.items()}


_LEAD_T, _TRAIL_T, _JOIN_T = _phrases(_LEADS), _phrases(_TRAILS), _phrases(_JOINERS)
_WRITE_TRAIL_T = _phrases(_WRITE_TRAILS)


def _by_first(table: dict[Lang, tuple[tuple[str, ...], ...]]) -> dict[Lang, dict[str, tuple[tuple[str, ...], ...]]]:
    out: dict[Lang, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for lang, phrases in table.items():
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:  # already longest first
            index.setdefault(p[0], []).append(p)
        out[lang] = {k: tuple(v) for k, v in index.items()}
    return out


_LEAD_FIRST, _JOIN_FIRST = _by_first(_LEAD_T), _by_first(_JOIN_T)
_PART_LEAD_FIRST = _by_first(_phrases({"es": _PART_LEADS}))


def _match_at(folded: list[str], i: int, phrases: Mapping[str, tuple[tuple[str, ...], ...]]) -> int:
    if i >= len(folded):
        return 0
    for p in phrases.get(folded[i], ()):
        if tuple(folded[i : i + len(p)]) == p:
            return len(p)
    return 0


def _title(word: str, first: bool, lang: Lang = "es") -> str:
    if not first and fold(word) in _PARTICLES:
        if lang == "en" and word[:1].isupper() and word[1:].islower():
            return word  # "Rusty Van Hollen", "Tony De Luca": English writes such a particle as said
        return word.lower()
    if word[:1].isupper() and not word.isupper() and any(c.isupper() for c in word[1:]) \
            and "-" not in word and "'" not in word:
        return word  # "McAllister", "DeShawn": capitals inside the word, written as said
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"(['\-])", word))


# A note on how the name is written, after it: "Bart with a B", "Ana con acento", "Cruz con zeta", "Eriberto, sin
# hache" (a letter it has not).
# Several letters may be named, joined by "y"/"and" or commas: "Yáñez con ye griega y eñe".
_NOTE_MARK = (r"(?:(?:a|an|one|double|doble|dos|two|una|la|el|un|su)\s+)?(?:i griega|y griega|ye griega|i latina"
              r"|doble u|doble ve|be grande|be larga|ve chica|ve corta|[a-z]|be|ve|ce|che|de|efe|ge|hache|jota|ka"
              r"|ele|elle|eme|ene|pe|cu|erre|ere|ese|te|uve|equis|zeta|ye|acento|tilde|accent|dieresis)"
              r"(?:\s+(?:grande|chica|alta|baja|larga|corta|at the end|al final|al principio|en medio"
              r"|de \w+|en la \w+|en el \w+|on the \w+))?")
_SPELLING_NOTE_RE = re.compile(
    rf"[\s,]+(?:with|con|sin|without)\s+{_NOTE_MARK}(?:(?:\s*,\s*|\s+(?:y|and|e)\s+|\s*,\s*(?:y|and)\s+)"
    rf"(?:(?:with|con|sin|without)\s+)?{_NOTE_MARK})*\s*[.!]?$"
)
# A check asked after the note ("Aguilar con ge, ¿ya?", "Kowalski with a K, got it?"): no part of the note, nor of
# the name (the note is read without it).
_CHECK_AFTER_NOTE_RE = re.compile(
    r"[\s,]*\u00bf?\s*(?:ya|va|sale|si|ok|okey|okay|verdad|me explico|entendido|lo tienes|got it|got that|you got"
    r" (?:it|that)|right|okay|ok|alright)\s*\?+\s*$"
)
# ... said inside the name, set off by pauses, the rest of the name after it ("Evaristo Quintanilla, con cu,
# Quintanilla Rocha": the word the note is about often said again to go on from it).
_NOTE_INSIDE_RE = re.compile(rf"[\s,]+(?:with|con|sin|without)\s+{_NOTE_MARK}\s*[,.;]+\s*(?=[^\W\d_])")


def _without_note_inside(text: str) -> str:
    """`text` without a spelling note said between two parts of the name, and without the word before it said
    again right after it ("Evaristo Quintanilla, con cu, Quintanilla Rocha" -> "Evaristo Quintanilla Rocha")."""
    m = _NOTE_INSIDE_RE.search(fold_aligned(text))
    if m is None or m.start() == 0:
        return text
    before, after = text[: m.start()], text[m.end() :]
    said, goes_on = _WORD_RE.findall(before), _WORD_RE.findall(after)
    if not said or not goes_on:
        return text
    if fold(said[-1]) == fold(goes_on[0]):
        after = after[after.index(goes_on[0]) + len(goes_on[0]) :]
    elif len(said) < 2 or fold(said[-1]) in {fold(w) for w in goes_on}:
        # "Espinosa con ese, Aurelio Espinosa": the surname and its note first, then the whole name - left to the
        # note after a name and the name said again
        return text
    return f"{before} {after.lstrip(' ,')}"


# A note on how the name ends or begins, after it ("Anabel termina con i latina", "Omar con hache al principio",
# "Lacey ends with a y"): read as an address's is (`emails.edge_note_in`). The letter is put there (see
# `emails.spelled_with`: "anabel" + i -> Anabeli, "nancy" + i latina -> Nanci) - never a word of the name
# ("Anabel Termina").
# A note that a part of the name is one word, after it: "Villaseñor, todo junto, un solo apellido",
# "Vanhollen, all one word". Cut where it starts (its words would pass for more of the name).
_JOINED_NOTE_RE = re.compile(
    r"[\s,;.]+(?:(?:es|va|se escribe|it'?s|is|that'?s)\s+)?(?:todo\s+)?(?:junto|pegado|una sola palabra"
    r"|en una (?:sola )?palabra|un solo apellido|all one word|one word|together|no space)\b.*$"
)
# What follows a name in a business introduction: "This is Mike from dispatch", "Ana de parte de TransNorte".
_AFFILIATION_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\s+(?:de parte de|de la empresa|de la compania|de la linea|de transportes|de la oficina)\b"),
    "en": re.compile(r"\s+(?:from|with|at|over at)\s"),
}
_CONJUNCTION_RE = re.compile(r"\s+(?:pero|but|aunque|though)\s+")
# The caller's company after the name, said after a pause or not: "Margarito Ibarra, de Transportes Ibarra",
# "Mike Sullivan with Sullivan Trucking". Cut before anything else (its words may pass for a surname).
_COMPANY_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"[\s,;.]+(?:de|del|con|para) (?:la |el |los )?(?:empresa|compania|linea|transportes|autotransportes|fletes"
        r"|transportadora|logistica|grupo|trucking|express|servicios|cargas|mudanzas|transporte)\b"
    ),
    "en": re.compile(
        r"[\s,;.]+(?:from|with|at|over at|of) (?:[\w'&-]+ ){0,3}?(?:trucking|transport|transportation|logistics"
        r"|freight|express|lines|carriers?|inc|llc|company|hauling|transit)\b"
    ),
}
# Where the caller is or comes from, after the name: "Pedro Salas, vengo de Monterrey", "…, aquí en
# Hermosillo", "…, desde Tijuana". Cut where it starts (its words are capitalised like a surname).
_ORIGIN_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"[\s,;.]+(?:y )?(?:(?:(?:yo )?(?:vengo|venimos|voy|vamos|soy|somos|ando|andamos|estoy|estamos|salgo|sali"
        r"|salimos|radico|vivo|llego)(?: saliendo| llegando)? (?:de|del|desde|en|a|al|para|por|rumbo))"
        r"|desde|aqui en|aca en|de aqui de|de alla de|de por|por el rumbo de|del rumbo de|originario)\b"
    ),
    "en": re.compile(r"[\s,;.]+(?:out of|coming from|based in|i'?m in|i'?m from|heading to|headed to)\s"),
}
# "de <place>" after a pause: "Fausto Carrillo Beltrán, de Navojoa". A surname of its own rarely follows a
# pause ("Pedro Salas de León" is said in one breath), so after a full name (three words besides its
# particles: a given name and both surnames) such a clause is where the caller is from; after a shorter
# name only when it names a Mexican state or a trucking city that is no surname as well (León, Juárez,
# Hidalgo, Morelos are).
_PAUSED_DE_RE = re.compile(r"\s*[,;.]+\s*(?:de|del)\s+")
_PLACES = wordset(
    "aguascalientes baja california sonora sinaloa chihuahua coahuila nuevo durango zacatecas nayarit jalisco "
    "michoacan guanajuato queretaro potosi tamaulipas veracruz tabasco campeche yucatan quintana roo chiapas "
    "oaxaca guerrero puebla tlaxcala mexico cdmx monterrey guadalajara tijuana mexicali ensenada hermosillo "
    "navojoa obregon nogales guaymas culiacan mazatlan mochis torreon saltillo monclova piedras negras "
    "reynosa laredo tampico victoria cancun merida veracruz xalapa coatzacoalcos villahermosa toluca "
    "cuernavaca pachuca irapuato silao manzanillo lazaro cardenas tepic morelia uruapan ensenada "
    "tuxtla tapachula acapulco chilpancingo ojinaga delicias parral fresnillo lagos tepatitlan "
    "apodaca escobedo guadalupe santa catarina altamira matehuala ecatepec tlalnepantla naucalpan "
    "texcoco tulancingo queretaro sanjuan"
) - wordset("leon juarez hidalgo morelos valle paz guadalupe victoria santa obregon cardenas lazaro nuevo baja "
            "negras piedras lagos")
_PLACE_PHRASES = ("nuevo leon", "baja california", "san luis potosi", "ciudad juarez", "ciudad obregon",
                  "ciudad victoria", "piedras negras", "lazaro cardenas", "estado de mexico", "ciudad de mexico",
                  "lagos de moreno", "santa catarina", "nuevo laredo", "la paz baja")
_FULL_NAME_WORDS = 3
# Words of a place or a company a caller may say at the opening question in place of a name (a name given
# outright there must be plainly a person's): "Sí, Laredo Texas", "San Antonio", "Fletes Monterrey",
# "Martínez Hermanos", "Grupo Bimbo", "Dallas Texas".
_NOT_A_PERSON = wordset(
    "san texas dallas houston phoenix tucson arizona california nevada chicago atlanta memphis oklahoma "
    "kansas denver fletes transportes autotransportes transporte transportadora grupo hermanos logistica "
    "logistics trucking freight express transport lines carriers inc llc company cargas mudanzas servicios"
)
# Places that are common surnames too ("Juan Guerrero", "Pedro Escobedo", "Luis Altamira"): a person's, after
# a given name; and a "san" only opens a place ("San Antonio"), inside a name it is a surname's ("Martín San Juan").
_PLACE_SURNAMES = wordset("guerrero escobedo altamira merida apodaca nogales reynosa reinosa guadalajara veracruz "
                          "ojinaga durango puebla toluca")


# A name said again after a pause and a restart word: "Aquí el Pollo... bueno, Apolinar Méndez",
# "Junior, I mean, Roberto Salas". The later name is the one to write down.
_RESTART_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"[,.;:!?\u2026]+\s*(?:bueno|o sea|digo|mas bien|mejor dicho|en realidad|la verdad)\b[\s,.]*"),
    "en": re.compile(r"[,.;:!?\u2026]+\s*(?:well|actually|i mean|or rather|rather|really)\b[\s,.]*"),
}
# A nickname before the given name it shortens: "Big Mike, Mike Sullivan", "el Güero Beto, Beto Ruiz".
_NICKNAME_WORDS: dict[Lang, frozenset[str]] = {
    "es": wordset("guero guera gordo gorda flaco flaca chato chata chino china negro negra chaparro chaparra "
                  "compa profe pollo"),
    "en": wordset("big little lil old young fat slim skinny tall shorty junior red"),
}


# Cached: a pure function of the turn, read at the name question and again where a name given outright is
# looked for (`name_given_outright`), in the same turn.
@turn_cache(1024)
def extract_name(text: str, locale: str) -> str | None:
    lang = lang_of(locale)
    text = line_checks_as_pauses_kept(clean(text).replace("\u2019", "'"), lang)
    if _REFUSAL_RE[lang].search(fold_aligned(text).replace("'", " ")):
        return None
    text = _without_other_business(text, lang)
    if not text:
        return None
    if lang == "es":
        text = _capital_piece_joined(_compound_surnames(text))
    text = _spelled_out(text, lang)
    for m in reversed(list(_PART_NAMED_RE[lang].finditer(fold_aligned(text)))):
        named = re.match(r"[^\W\d_]+", text[m.end():])
        if named is not None and fold(named.group()) in re.findall(r"\w+", fold(text[: m.start()])):
            # "Rubén Tello Garza, segundo apellido Garza": the part named is one already said, not another
            text = f"{text[: m.start()]} {text[m.end() + named.end():]}"
            continue
        text = f"{text[: m.start()]} {text[m.end():]}"  # "Rubén Tello, segundo apellido Garza": Rubén Tello Garza
    joined_note = _JOINED_NOTE_RE.search(fold_aligned(text))
    if joined_note is not None and joined_note.start() > 0:
        text = text[: joined_note.start()]  # "Villaseñor es todo junto": how the name is written, after it
    if _only_an_edge_note(text, lang):
        return None  # "sí, termina en erre": how a name read back is written, no name of its own
    edge_note = _edge_note_after(text, lang)
    edge: tuple[str, str, str, bool, bool, Lang] | None = None
    if edge_note is not None:
        letter = extract_char(edge_note.said, "es-MX" if lang == "es" else "en-US")
        said = [w for w in re.findall(r"[^\W\d_]+", text[: edge_note.start]) if fold(w) not in _BEFORE_NOTE]
        if letter is not None and letter.isalpha() and len(said) == 1:
            # the word the note is about, said alone before it ("Anabel termina con i latina"); after a whole
            # name ("Anabel López, termina con i") which part it means is not clear: only the note is cut
            edge = (said[0], letter.lower(), edge_note.edge, edge_note.exact, edge_note.refused, lang)
            if edge_note.exact and not edge_note.refused and edge_vowel_in_doubt(fold(said[0]), *edge[1:3], lang):
                return None  # "Anabeli termina con e" with no "no" read here: Anabele or Anabelie, not clear
        if edge_note.exact or (letter is not None and letter.isalpha()):
            text = text[: edge_note.start]
        elif not edge_note.exact:
            # "Juan Pérez al final", "López at the end": no letter - a word of the name said to go last (first);
            # the words saying where are no part of it ("Alfinal")
            text = text[: edge_note.mark]
    text = _without_note_inside(text)
    checked = _CHECK_AFTER_NOTE_RE.search(fold_aligned(text))
    note = _SPELLING_NOTE_RE.search(fold_aligned(text[: checked.start()] if checked is not None else text))
    if note is not None and note.start() > 0:
        text = text[: note.start()]
    cut = last_correction_end(fold_aligned(text), lang)
    if cut is not None and _name_from(text[cut:], lang):
        text = text[cut:]
    restart = list(_RESTART_RE[lang].finditer(fold_aligned(text)))
    if restart and restart[-1].start() > 0 and _name_from(text[restart[-1].end() :], lang):
        text = text[restart[-1].end() :]
    company = _COMPANY_RE[lang].search(fold_aligned(text))
    if company is not None and company.start() > 0 and _name_from(text[: company.start()], lang):
        text = text[: company.start()]
    text = _without_origin(text, lang)
    text = _without_preamble(text, lang)
    text = _without_afterthought(_without_nickname_clause(text, lang), lang)
    name = _restated(text, lang) or _nickname_after(text, lang) or _nickname_before(text, lang) \
        or _name_from(text, lang)
    if name is None:
        # "me dicen el güero, pero me llamo Raúl Medina": a lead-in said mid-sentence marks the name
        # better than any clause does
        aligned = fold_aligned(text)
        for m in reversed(list(_INNER_LEAD_RE[lang].finditer(aligned))):
            if _NEGATED_RE.search(aligned[: m.start()]):
                continue  # "no me llamo Juan"
            tail = text[m.start() :]
            # "me llamo Juan Pérez pero me dicen el Güero": the name ends where the sentence turns
            name = _name_from(tail, lang) or _name_from(_CONJUNCTION_RE.split(_CLAUSE_RE.split(tail)[0])[0], lang)
            if name:
                break
    if name is None:
        affiliation = _AFFILIATION_RE[lang].search(fold_aligned(text))
        if affiliation is not None:
            name = _name_from(text[: affiliation.start()], lang)
    if name is None:
        # "soy el mismo, Leonardo Castro": the name stands in a clause of its own. A clause that a
        # real lead-in opens wins over a later one ("no, es Ana María, con acento": not "Acento").
        found = [(c, got) for c in _CLAUSE_RE.split(text) if (got := _name_from(c, lang))]
        led = [got for c, got in found if _strong_lead(c, lang)]
        if led or found:
            name = (led or [got for _, got in found])[-1]
            whole = [got for c, got in found if not _part_lead(c, lang)]
            if whole and name not in whole and any(got == name and _part_lead(c, lang) for c, got in found):
                # "Juan Pérez, el otro apellido es López": the part said after the rest of the name
                name = f"{whole[-1]} {name}"
    if name is None:
        name = _lone_unknown_run(text, lang)
    if name is not None and (_remark_on_being_busy(name, text, lang) or _state_reported(name, text, lang)):
        return None
    if name is not None and only_go_ahead_words([fold(w).replace("'", "") for w in _WORD_RE.findall(name)], lang):
        return None  # "Bueno, a ver, dale.", "alright, shoot": the caller tells the agent to go on
    if name is not None and edge is not None:
        name = _with_edge_letter(name, *edge)
    return name


def _edge_note_after(text: str, lang: Lang) -> EdgeNote | None:
    """The note closing `text`, after something said before it, on how a word ends or begins ("Nanci termina con
    i"); None when there is none."""
    aligned = fold_aligned(text)
    note = edge_note_in(aligned, lang)
    if note is None or not aligned[: note.start].strip(" ,") or aligned[note.end :].strip(" .!,"):
        return None
    return note


def _only_an_edge_note(text: str, lang: Lang) -> bool:
    """Whether a turn is only a note on how a word ends or begins, with nothing beside it but a yes or no or a
    hesitation ("sí, termina en erre", "no, last letter's a y"): it names no one."""
    folded = fold(text)
    note = edge_note_in(folded, lang)
    if note is None or folded[note.end :].strip(" .!?,"):
        return False
    return all(not clause.strip() or BESIDE_EDGE_NOTE.fullmatch(clause.strip())
               for clause in re.split(r"[,.;!?¿¡]", folded[: note.start]))


def notes_an_edge(text: str, locale: str) -> bool:
    """Whether a turn ends with a note on how the name said before it ends or begins ("Nanci termina con i")."""
    return _edge_note_after(clean(text), lang_of(locale)) is not None


def edge_noted(text: str, name: str, locale: str) -> str | None:
    """A one-word `name` as a turn that is only a note on how it ends or begins has it written ("Anabel" -
    "termina con i latina": Anabeli; "Omar" - "no, empieza con hache": Homar); None when the turn is no such note,
    the name has more words (which one it means is not clear; "the first letter is" is its first word's) or is
    already so toward that edge; the name as it is when the very letter said is already there ("No, last letter's
    a y" at "Lacey"). Beside the note the turn may only say yes or no, hesitate or say the letter again ("empieza
    con hache, hache de hotel")."""
    folded, lang = fold(clean(text)), lang_of(locale)
    note = edge_note_in(folded, lang)
    if note is None:
        return None
    # "the first letter is a k" at "Lacey Smith": the name's first letter is its first word's; which word a note
    # on how one ends (or begins) means is not clear
    word = name.split()[0] if note.placed and note.edge == "start" else name
    if len(word.split()) != 1:
        return None
    letter = extract_char(note.said, locale)
    if letter is None or not letter.isalpha():
        return None
    for clause in re.split(r"[,.;!?]", folded[: note.start] + "," + folded[note.end :]):
        clause = clause.strip()
        if clause and not BESIDE_EDGE_NOTE.fullmatch(clause) and extract_char(clause, locale) != letter:
            return None
    if note.exact and not note.refused and edge_vowel_in_doubt(fold(word), letter.lower(), note.edge, lang):
        # "termina con e" at "Anabeli" with no "no" in what is read here (a read-back's "no" is read apart):
        # whether the e goes in place of the i or after it is the refusal's to say (see `_with_edge_letter`)
        return None
    new = _with_edge_letter(name, word, letter.lower(), note.edge, note.exact, note.refused, lang, note.placed)
    return new if new != name or note.exact else None



# Words that may lead the part a note is about ("No, Nanci termina con i", "mi nombre termina con i").
_BEFORE_NOTE = wordset("no si es el la mi nombre pues bueno it its is my name the yes")


def _with_edge_letter(name: str, word: str, letter: str, edge: str, exact: bool, refused: bool = False,
                      lang: Lang | None = None, placed: bool = False) -> str:
    """`name` with the one part a note names (`word`) written as the note has it ("Anabel" + "termina con i
    latina" -> Anabeli, "Nancy" -> Nanci); unchanged when that part is not in it once."""
    parts = name.split(" ")
    at = [k for k, p in enumerate(parts) if fold(p) == fold(word)]
    if len(at) != 1:
        return name
    part = parts[at[0]]
    spelled = spelled_with(fold(part), letter, edge, exact=exact, refused=refused, lang=lang, placed=placed)
    if refused and len(spelled) == len(part):
        # "Mari" - "no, termina con o": the letter was not heard (Mario), not heard wrong, when only that makes
        # a name the lexicon knows (so "Lucí" - "la última es con a": Lucia)
        added = spelled_with(fold(part), letter, edge, exact=exact)
        if added in GIVEN_NAMES and spelled not in GIVEN_NAMES:
            spelled = added
    elif refused and edge == "start" and len(spelled) > len(part):
        # "Pam" - "no, empieza con ese": the S lost before the P (Spam) only where the P heard wrong makes no name
        # the lexicon knows (Sam)
        swapped = letter + fold(part)[1:]
        if swapped in GIVEN_NAMES and spelled not in GIVEN_NAMES:
            spelled = swapped
    elif exact and len(spelled) > len(part):
        # "Rosi" - "(no,) termina con a": the i heard wrong (Rosa), not a letter lost after it, when only that
        # makes a name the lexicon knows
        replaced = spelled_with(fold(part), letter, edge, exact=exact, refused=True)
        if replaced in GIVEN_NAMES and spelled not in GIVEN_NAMES:
            spelled = replaced
    if spelled == fold(part):
        return name
    if len(spelled) == len(part):  # a letter in place of another: the rest as said (its accents kept)
        k = next(i for i, (a, b) in enumerate(zip(fold(part), spelled, strict=True)) if a != b)
        new = part[:k] + spelled[k] + part[k + 1 :]
    else:  # a letter put before or after it
        new = spelled[0] + part.lower() if edge == "start" else part + spelled[-1]
    parts[at[0]] = new[:1].upper() + new[1:]
    return " ".join(parts)


_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
_SAID_APOSTROPHE = "\u2019"
_SAID_APOSTROPHE_SUB = "\\1\u2019"
_BETWEEN_LETTERS_RE = re.compile("[\\s,;.\\-]*\u2019?[\\s,;.\\-]*")
_VOWEL_RE = re.compile(r"[aeiouy]")
# The apostrophe said between two letters of a spelling ("O, apostrophe, B", "O apóstrofe B").
_SPOKEN_APOSTROPHE_RE = re.compile(
    r"\b([^\W\d_])[\s,.;-]+(?:apostrophe|ap[oó]strofe|ap[oó]strofo)[\s,.;-]+(?=[^\W\d_])", re.IGNORECASE)
_NOTE_LEADS = wordset("con sin with without")
# How alike a word must be to the spelling after it to be that word misheard ("Arriola" / "Arreola": 86)
_SPELLED_ALIKE = 75
_SPELLED_MIN = 3  # letters: fewer are initials ("J. R."), or a short word ("A ver")
_STRONG_MIN = 2  # named letters among three ("a, e, o" may be talk); one among more ("ese, o, te, o")


def _spelled_out(text: str, lang: Lang) -> str:
    """`text` with a part of the name spelled letter by letter written as the word: "A, erre, erre, e, o,
    ele, a" is "Arreola", "ese, o, te, o" "Soto". After the word itself ("Arreola, con e. A, erre, erre, e, o,
    ele, a") the spelling only says again how the word is written, and is left out; its letter names would
    otherwise pass for a surname ("Ele")."""
    # "O, apostrophe, B, R...": the apostrophe said between two letters is written
    # (written as the closing quote while the spelling is read, so that a word's own apostrophe - "I'm",
    # "It's" - joins no letters; `clean` has made every other one "'")
    text = _SPOKEN_APOSTROPHE_RE.sub(_SAID_APOSTROPHE_SUB, text)
    # a word that folds to nothing (a letter or numeral of another script) is no letter of a spelling
    found = [m for m in _LETTER_WORD_RE.finditer(text) if fold(m.group()).replace("'", "")]
    if len(found) < _SPELLED_MIN:
        return text.replace(_SAID_APOSTROPHE, "'")
    tokens = [fold(m.group()).replace("'", "") for m in found]
    # where a pause (a comma, a period) comes before a token (see `_letter_here`)
    paused = [k for k in range(1, len(found)) if re.search(r"[,;.]", text[found[k - 1].end() : found[k].start()])]
    runs: list[tuple[int, int, str]] = []  # (first token, last token, the word the letters spell)
    i = 0
    while i < len(tokens):
        if i and text[found[i - 1].end() : found[i].start()] == "'":
            i += 1  # "It's O, apostrophe, N...": the end of a word written with its apostrophe, no letter
            continue
        if i and tokens[i - 1] in _NOTE_LEADS:
            i += 1  # "con e. A, erre...": the letter of a spelling note ("Arreola, con e"), then the spelling
            continue
        start, letters, strong, k = i, "", 0, i
        while k < len(tokens) and (got := _letter_here(tokens, k, paused, lang)) is not None and len(got[0]) == 1 \
                and (k == start or _BETWEEN_LETTERS_RE.fullmatch(text[found[k - 1].end() : found[k].start()])):
            named = found[k].group().lower()
            if k > start and _SAID_APOSTROPHE in text[found[k - 1].end() : found[k].start()]:
                letters += "'"  # "O' B R I E N": O'Brien
            letters += "ñ" if named in ("eñe", "ñ") else got[0].lower()
            strong += got[1]
            k += got[3]
        if k - start > 2 and (tokens[start] in _SPELLING_LEADS and start + 1 not in paused
                              and _verb_leads(tokens[start - 1] if start else "", fold(letters))
                              or len(tokens[start]) > 1 and fold(letters[1:]) == tokens[start]):
            # "es A, ene, a": the verb before the spelling; "Eva, e, ve, a": the word, then its spelling
            start, letters = start + 1, letters[1:]
        if (len(letters) >= _SPELLED_MIN and strong >= _STRONG_MIN or len(letters) > _SPELLED_MIN and strong) \
                and _VOWEL_RE.search(fold(letters)):
            # (letters with no vowel spell no word: "J. R. R. Tolkien" are initials)
            runs.append((start, k - 1, letters))
        i = max(k, i + 1)
    for first, last, word in reversed(runs):
        # said before as one word, or as the pieces the recogniser split it in ("O'Neil", "Mc Donald")
        said_before = any("".join(tokens[j : j + n]) == fold(word) for n in (1, 2, 3) for j in range(first - n + 1)) \
            or first > 0 and len(tokens[first - 1]) > len(word) and tokens[first - 1].startswith(fold(word))
        # (or the spelling of the word just said, cut short: "Ximena, equis, i, eme")
        start = found[first - 1].end() if said_before and first else found[first].start()
        if not said_before and first and fuzz.ratio(fold(found[first - 1].group()), fold(word)) >= _SPELLED_ALIKE:
            # "Arriola. A, erre, erre, e, o, ele, a": the word the recogniser wrote, spelled right after it
            start, said_before = found[first - 1].start(), False
        written = "'".join(part.capitalize() for part in word.split("'"))
        text = text[:start] + ("" if said_before else written) + text[found[last].end() :]
    text = text.replace(_SAID_APOSTROPHE, "'")  # "D apostrophe Angelo": D'Angelo
    return text.strip() if runs else text


def _letter_here(tokens: list[str], k: int, paused: list[int], lang: Lang) -> tuple[str, bool, bool, int] | None:
    """The letter named at token k (`letter_at`). A letter named with a word reaches past a pause only to a
    word that is no letter's name: "be, de burro" is B, but "e, de, erre" are three letters (not "e de
    erre", one E)."""
    got = letter_at(tokens, k, lang, nato=False)
    if got is not None and got[3] > 1 and any(k < p < k + got[3] for p in paused) \
            and letter_name(tokens[k + got[3] - 1], lang, nato=False) is not None:
        return letter_at(tokens[: next(p for p in paused if p > k)], k, lang, nato=False)
    return got


# Words a recogniser writes as a letter's name that lead a spelling as a verb ("es A, ene, a", "is A, N, N")
_SPELLING_LEADS = wordset("es is are")


def _verb_leads(before: str, letters: str) -> bool:
    """Whether the "es" first of spelled `letters` is the verb, not the letter S: unless the word just said
    is spelled with the S ("Sánchez, es a ene ce hache e zeta" spells Sánchez whole)."""
    return not before or fuzz.ratio(before, letters) <= fuzz.ratio(before, letters[1:])


# "Me reporto enfermo", "checking in late": how the caller reports in, one word written in lower case right after
# the words of reporting in - no name ("Me reporto, Gumaro Tovar", "presente, Tomasa" are written as names).
_REPORTING_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:me reporto|se reporta|reportandose|reportandome|reportando|presente)\W+([^\W\d_]+)"),
    "en": re.compile(r"\b(?:checking in|reporting(?: in)?|present)\W+([^\W\d_]+)"),
}


def _state_reported(name: str, text: str, lang: Lang) -> bool:
    if " " in name:
        return False
    for m in _REPORTING_RE[lang].finditer(fold_aligned(text)):
        if m.group(1) == fold(name) and text[m.start(1)].islower():
            return True
    return False


# "Ando manejando, es peligroso", "I'm driving, it's risky": a word said of the situation after the caller says
# he is busy - a remark, never a name, unless the recogniser wrote it as one ("voy manejando, es Bravo"). Only one
# word after a copula is read so: "Ando manejando. Es Julián Bravo." gives a name.
_COPULA_BEFORE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"\b(?:es|esta|son|estan|seria|se pone|se me hace)"
                     r"(?: (?:bien|muy|re|super|algo|medio|mas|un poco))? ([a-z]+)\W*$"),
    "en": re.compile(r"\b(?:its|it is|thats|that is|is|gets)(?: (?:so|too|very|really|pretty|kinda|a bit|real))?"
                     r" ([a-z]+)\W*$"),
}


def _remark_on_being_busy(name: str, text: str, lang: Lang) -> bool:
    words = name.split()
    if len(words) != 1:
        return False
    folded = fold(text).replace("'", "")
    m = _COPULA_BEFORE[lang].search(folded)
    if m is None or m.group(1) != fold(words[0]):
        return False
    said = _WORD_RE.findall(text)
    if said and said[-1][:1].isupper() and not all(w[:1].isupper() for w in said):
        return False  # "Voy manejando, es Bravo": written as a name amid words that are not, it is one
    return busy_said_apart(folded[: m.start()].split(), lang) is not None


# Where a sentence of a turn ends ("Ah, el registro. Apolinar Guzmán Ríos."); a dot inside a word ends none.
_SENTENCE_END_RE = re.compile(r"[.!?\u2026]+(?:\s+|$)|¿|¡")


def _without_preamble(text: str, lang: Lang) -> str:
    """The turn without the sentences before the name that hold no word a name could have: "Ah, el
    registro. Apolinar Guzmán Ríos." (the caller placing the call before answering), "Sí, claro, con
    gusto. Jacinto Robles.". Read whole, such a sentence's everyday words would open the name ("Registro
    Apolinar ..."): the word is capitalised after the sentence break like a surname. A sentence with
    any other word ("Juan. Pérez López.") is kept: it may be a part of the name."""
    breaks = [m.end() for m in _SENTENCE_END_RE.finditer(text) if m.start() > 0 and m.end() < len(text)]
    start = 0
    for end in breaks:
        head = text[start:end]
        folded = [fold(w).replace("'", "").replace("-", "") for w in _WORD_RE.findall(head)]
        if not folded or not all(_everyday(f) for f in folded):
            break
        if _name_from(text[end:], lang) is None:
            break
        start = end
    return text[start:]


# What people call the caller, said after the full name ("Soy Filiberto Nava, pero me dicen el Chino", "Name's
# Travis Whitfield, folks call me Tex"): the nickname is what friends say, the name is the one before it.
_NICKNAME_CLAUSE_RE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"[\s,;.]+(?:pero |y |aunque |nomas que |aca |alla |aqui )?(?:todos |mis compas |mis amigos "
                     r"|los compas |en la base |en la linea |aqui |alla )?(?:me dicen|me conocen como|me apodan"
                     r"|me hablan de|de apodo|mi apodo es)\b"),
    "en": re.compile(r"[\s,;.]+(?:but |and |though )?(?:folks|people|everybody|everyone|they|friends|my friends"
                     r"|the guys|the boys|most folks|most people|everybody here|the drivers) (?:call|calls) me\b"
                     r"|[\s,;.]+(?:but |and )?(?:i go by|my nickname is|my nickname s)\b"),
}


def _without_nickname_clause(text: str, lang: Lang) -> str:
    """The turn without what the caller is called by others, said after a full name of two words or more (see
    `_NICKNAME_CLAUSE_RE`); a bare "me dicen Bart" is the name the caller gives."""
    m = _NICKNAME_CLAUSE_RE[lang].search(fold_aligned(text))
    if m is None or m.start() == 0:
        return text
    head = text[: m.start()]
    # the name may stand in the head's last clause ("No, soy Filiberto Nava, pero me dicen ..." at a read-back)
    full = _name_from(head, lang) or _name_from(_CLAUSE_RE.split(head)[-1], lang)
    return head if full is not None and len(full.split()) >= 2 else text


def _without_afterthought(text: str, lang: Lang) -> str:
    """The turn without the clauses after the name made only of everyday words: an acknowledgement or a
    remark ("This is Bart, sounds good", "Juan Pérez, perfecto", "Bart, cool"). Read whole, its words
    would be taken for surnames. A clause with any other word ("Juan, Pérez López") is kept."""
    while True:
        cuts = [m for m in _CLAUSE_RE.finditer(text) if m.start() > 0 and m.end() < len(text)]
        if not cuts:
            return text
        tail = text[cuts[-1].end() :]
        folded = [fold(w).replace("'", "").replace("-", "") for w in _WORD_RE.findall(tail)]
        if not folded or not all(_everyday(f) for f in folded) or _name_from(text[: cuts[-1].start()], lang) is None:
            return text
        text = text[: cuts[-1].start()]


def _everyday(folded: str) -> bool:
    """Whether a folded word is one no name is made of: an everyday word, filler or agreeing noise, of
    either language (callers mix them: "Oh, la llegada.")."""
    return folded in EVERYDAY_WORDS or folded.isdigit() \
        or any(folded in table[other] for table in (COMMON_WORDS, FILLERS, _NOT_NAMES) for other in ("es", "en"))


def _without_origin(text: str, lang: Lang) -> str:
    """The turn without where the caller is from or is, said after the name (see `_ORIGIN_RE`,
    `_PAUSED_DE_RE`)."""
    aligned = fold_aligned(text)
    origin = _ORIGIN_RE[lang].search(aligned)
    if origin is not None and origin.start() > 0 and _name_from(text[: origin.start()], lang):
        text, aligned = text[: origin.start()], aligned[: origin.start()]
    if lang != "es":
        return text
    for m in _PAUSED_DE_RE.finditer(aligned):
        head = _name_from(text[: m.start()], lang)
        if head is None:
            continue
        words = [w for w in fold(head).split() if w not in _PARTICLES]
        tail = [w for w in re.findall(r"[a-z]+", aligned[m.end():]) if w not in _PARTICLES]
        if len(words) >= _FULL_NAME_WORDS or (tail and tail[0] in _PLACES) \
                or " ".join(tail[:3]).startswith(_PLACE_PHRASES):
            return text[: m.start()]
    return text


def _restated(text: str, lang: Lang) -> str | None:
    """"Johnson, Mike Johnson": a later clause that holds every word of an earlier one restates it.
    "Mike Johnson. Johnson.", "Mike Johnson, Mike": a later clause made of words of an earlier name
    repeats part of it (to be heard, or before a spelling note); the name is the fuller one."""
    clauses = [c for c in _CLAUSE_RE.split(text) if c.strip()]
    if len(clauses) < 2:
        return None
    last = _name_from(clauses[-1], lang)
    if last is None:
        return None
    last_words = set(fold(last).split())
    first = fold(last).split()[0]
    for clause in clauses[:-1]:
        earlier = _name_from(clause, lang)
        if earlier and set(fold(earlier).split()) < last_words:
            return last
        if earlier and last_words < set(fold(earlier).split()) and clause is clauses[-2]:
            return earlier
        said = fold(earlier).split() if earlier else []
        nicknames = _NICKNAME_WORDS[lang]
        if len(last_words) >= 2 and said and (all(w in nicknames for w in said)
                                              or (len(said) == 2 and said[-1] == first and said[0] in nicknames)):
            return last  # "Big Mike, Mike Sullivan", "el Flaco, Rubén Lara": the nickname, then the name
        if len(last_words) >= 2 and len(said) == 1 and clause is clauses[-2] and _shortens(said[0], first):
            return last  # "Danny... Daniel Ortega", "Beto, Roberto Salas": the short form taken back
    return None


def _nickname_after(text: str, lang: Lang) -> str | None:
    """"Salvador Ríos. Chava, pues.", "James Whitfield. Jimmy is fine.": a one-word short form of the given
    name said after the full name is what to call the caller, not a part of the name."""
    clauses = [c for c in _CLAUSE_RE.split(text) if c.strip() and not _only_fillers(c, lang)]
    if len(clauses) < 2:
        return None
    said = [fold(w) for w in _WORD_RE.findall(clauses[-1])]
    said = [f for f in said if f not in FILLERS[lang] and f not in _AFTER_NICKNAME]
    full = _name_from(clauses[-2], lang)
    if full is None or len(said) != 1:
        return None
    words = fold(full).split()
    if len(words) >= 2 and said[0].isalpha() and _shortens(said[0], words[0]):
        return full
    return None


def _nickname_before(text: str, lang: Lang) -> str | None:
    """"It's Ray, Raymond Cortez.", "Soy Chava, Salvador Ríos": a one-word short form of the given name said
    first, then the full name in a clause of its own: the full name (the short form is not a part of it)."""
    clauses = [c for c in _CLAUSE_RE.split(text) if c.strip() and not _only_fillers(c, lang)]
    if len(clauses) != 2:
        return None
    full = _name_from(clauses[1], lang)
    said = [f for f in (fold(w) for w in _WORD_RE.findall(clauses[0]))
            if f not in FILLERS[lang] and f not in _LEAD_WORDS[lang]]
    if full is None or len(said) != 1:
        return None
    words = fold(full).split()
    if len(words) >= 2 and said[0].isalpha() and _shortens(said[0], words[0]):
        return full
    return None


_AFTER_NICKNAME = wordset("pues nomas namas mejor asi ya de carino is fine works okay ok me dicen call me just")


def _only_fillers(clause: str, lang: Lang) -> bool:
    folded = [fold(w) for w in _WORD_RE.findall(clause)]
    return all(f in FILLERS[lang] or f in _AFTER_NICKNAME for f in folded)


_SHORT_SKELETON = 2


def _skeleton(word: str) -> str:
    """A name's consonants in order, doubles and h dropped: "Tommy" -> "tm", "Thomas" -> "tms"."""
    out = ""
    for c in word:
        if c in "aeiouyh" or (out and out[-1] == c):
            continue
        out += c
    return out


# Short forms that share too little with the given name to be told by their letters (folded).
_HYPOCORISMS: dict[str, frozenset[str]] = {
    "salvador": wordset("chava chavo chavita"), "jesus": wordset("chuy chucho chuyito"),
    "jose": wordset("pepe chepe pepito"), "francisco": wordset("paco pancho panchito kiko"),
    "guillermo": wordset("memo"), "eduardo": wordset("lalo"), "enrique": wordset("quique kike"),
    "alfonso": wordset("poncho"), "gregorio": wordset("goyo"), "lorenzo": wordset("lencho"),
    "ramon": wordset("moncho"), "crescencio": wordset("chencho"), "anastasio": wordset("tacho"),
    "mercedes": wordset("meche"), "consuelo": wordset("chelo"), "concepcion": wordset("concha conchita"),
    "rosario": wordset("chayo"), "refugio": wordset("cuca cuco"), "ignacio": wordset("nacho"),
    "william": wordset("bill billy will willy"), "robert": wordset("bob bobby rob robbie"),
    "richard": wordset("dick rick ricky rich"), "john": wordset("jack johnny"), "margaret": wordset("peggy maggie"),
    "edward": wordset("ted teddy ed eddie ned"), "henry": wordset("hank"), "charles": wordset("chuck charlie"),
    "elizabeth": wordset("betty liz beth lizzie"), "james": wordset("jim jimmy jamie"),
}


# What a surname built on a given name adds to it (folded): "Martín" - "Martínez", "Ana" - "Anaya", "Dan" -
# "Daniels", "John" - "Johnson".
_SURNAME_ENDINGS = wordset("ez es s z ya aya son sen")


def _shortens(short: str, given: str) -> bool:
    """Whether a one-word name is a short form of a given name: its consonants come in the given name's
    order ("Tommy"/"Thomas", "Beto"/"Roberto", "Lupe"/"Guadalupe", "Nacho"/"Ignacio", "Toño"/"Antonio"),
    or it is a known one ("Chava"/"Salvador", "Bill"/"William")."""
    if short == given:
        return False
    if short in _HYPOCORISMS.get(given, ()):
        return True
    if len(short) >= 3 and given.startswith(short):
        # "Ray"/"Raymond", "Fer"/"Fernando": the given name cut short; "Ana"/"Anaya", "Martín"/"Martínez",
        # "Dan"/"Daniels": a surname made of that given name (its ending is a surname's), the name is both
        return given[len(short):] not in _SURNAME_ENDINGS
    if given.endswith("ez"):
        return False  # "Rodrigo"/"Rodríguez", "Gonzalo"/"González": the surname made of the given name
    small, full = _skeleton(short), iter(_skeleton(given))
    return len(small) >= _SHORT_SKELETON and all(c in full for c in small)


_MAX_PHRASE_WORDS = 10


def _lone_unknown_run(text: str, lang: Lang) -> str | None:
    """"Bart's my name", "I think they wrote it as Bart Simpson": a short turn of everyday words around
    one run of capitalised other words; that run is the name. The shared lexicon only holds everyday
    words, so the capitals (which recognisers give proper names) must mark it too, in a turn that is not
    capitalised throughout. Two separate runs are not guessed at: the flow asks again."""
    words = [w.replace("'s", "").replace("'S", "") for w in _WORD_RE.findall(text)]
    if not 0 < len(words) <= _MAX_PHRASE_WORDS:
        return None
    if all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return None
    common, fillers, other = COMMON_WORDS[lang], FILLERS[lang], _NOT_NAMES[lang]
    folded = [fold(w).replace("'", "").replace("-", "") for w in words]
    unknown = [not (f in common or f in fillers or f in other or f.isdigit()) for f in folded]
    runs: list[list[str]] = []
    i = 0
    while i < len(words):
        if not unknown[i]:
            i += 1
            continue
        run = [words[i]]
        i += 1
        while i < len(words):
            if unknown[i]:
                run.append(words[i])
                i += 1
            elif folded[i] in _PARTICLES and i + 1 < len(words) and unknown[i + 1]:
                run.append(words[i])  # "José de la Cruz"
                i += 1
            elif folded[i] in _PARTICLES and i + 2 < len(words) and folded[i + 1] in _PARTICLES and unknown[i + 2]:
                run.extend(words[i : i + 2])
                i += 2
            else:
                break
        runs.append(run)
    if len(runs) != 1 or not all(w[:1].isupper() for w in runs[0] if fold(w) not in _PARTICLES):
        return None
    if any(is_number_word(fold(w), lang) for w in runs[0]):
        return None
    # through the same steps as a name found any other way: "A-O" is spelled letters, "Ao" (stable when the
    # value is validated again)
    return _validated(_without_restart(_without_spelling(runs[0])), lang)


# Lead-ins that open many phrases besides a name ("con acento", "y ya", "sí, claro").
_WEAK_LEADS = frozenset({"con", "y", "si", "claro", "ok", "okey", "hola", "bueno", "pues", "ah", "oiga", "mire",
                         "aqui", "yes", "yeah", "yep", "sure", "okay", "hi", "hello", "hey", "well", "oh", "me",
                         "just", "only", "simply", "name", "nombre", "solo", "nomas", "namas", "write", "put",
                         "under", "dime", "digame", "you can", "you could"})


def _strong_lead(clause: str, lang: Lang) -> bool:
    folded = [fold(w).replace("'", "").replace("-", "") for w in _WORD_RE.findall(clause)]
    folded = [f for f in folded if f not in FILLERS[lang]]
    n = _match_at(folded, 0, _LEAD_FIRST[lang])
    return n > 0 and " ".join(folded[:n]) not in _WEAK_LEADS


def _part_lead(clause: str, lang: Lang) -> bool:
    """Whether `clause` opens with the lead-in of a part of the name ("el otro apellido es López")."""
    folded = [fold(w).replace("'", "").replace("-", "") for w in _WORD_RE.findall(clause)]
    folded = [f for f in folded if f not in FILLERS[lang]]
    return _match_at(folded, 0, _PART_LEAD_FIRST.get(lang, {})) > 0


# Fillers that are surnames too ("Pedro Bueno", "Ana Mira"): right after a given name, with no pause between, the
# surname ("Me llamo Pedro Bueno"); after a pause ("Pedro, bueno, Pedro López") or anywhere else, the filler.
_FILLER_SURNAMES = wordset("bueno mira")


def _surname_not_filler(text: str, spans: list[re.Match[str]], folded: list[str], k: int) -> bool:
    """Whether the filler at `k` is a surname (`_FILLER_SURNAMES`) said right after a given name - never when that
    name is said again after it, the name begun again ("Juan bueno Juan Pérez", unpunctuated as the recogniser
    writes "Juan, bueno, Juan Pérez": Juan Pérez, never Juan Bueno Juan Pérez)."""
    return folded[k] in _FILLER_SURNAMES and k > 0 and folded[k - 1] in GIVEN_NAMES \
        and not text[spans[k - 1].end() : spans[k].start()].strip() and folded[k - 1] not in folded[k + 1 :]


def _name_from(text: str, lang: Lang) -> str | None:
    spans = list(_WORD_RE.finditer(text))
    words = [m.group(0) for m in spans]
    folded = [fold(w).replace("'", "").replace("-", "") for w in words]
    fillers = FILLERS[lang]
    keep = [f not in fillers or _surname_not_filler(text, spans, folded, k) for k, f in enumerate(folded)]
    words = [w for w, k in zip(words, keep, strict=True) if k]
    folded = [f for f, k in zip(folded, keep, strict=True) if k]
    start, end = 0, len(words)
    while start < end and (n := _match_at(folded[:end], start, _LEAD_FIRST[lang])):
        start += n
    if lang == "es" and end - start >= 2 and folded[start] in ("el", "la"):
        start += 1  # "soy el Chuy", "habla la Lupe": the colloquial article before a given name
    trails = _TRAIL_T[lang]
    if any(f in _WRITE_VERBS[lang] for f in folded[:start]):
        trails = _WRITE_TRAIL_T[lang] + trails
    changed = True
    while changed and end > start:
        changed = False
        for p in trails:
            if end - len(p) >= start and tuple(folded[end - len(p) : end]) == p:
                end -= len(p)
                changed = True
                break
    name: list[str] = []
    i = start
    while i < end:
        n = _match_at(folded[:end], i, _JOIN_FIRST[lang])
        if n and not (i + n < end and folded[i + n] in _HOW_WRITTEN[lang]):
            i += n
            continue
        name.append(words[i])
        i += 1
    return _validated(_without_restart(_without_spelling(name)), lang)


# After a joiner ("..., the last name is spelled C A R T E R", "..., el apellido se escribe con zeta"): how the
# surname is written, said of the name already given - no surname follows.
_HOW_WRITTEN: dict[Lang, frozenset[str]] = {
    "es": wordset("se lleva tiene va escribe"),
    "en": wordset("spelled spelt spells has is with"),
}


# Letters that are words of their own ("a", "y", "I"): never taken for an initial.
_WORD_LETTERS = frozenset("aeiouy")
# ... and in Spanish the "C." a recogniser writes for a short "sí" ("C. Juan Pérez": "Sí. Juan Pérez").
_WORD_LETTERS_OF: dict[Lang, frozenset[str]] = {"es": _WORD_LETTERS | SI_WRITTEN_AS_LETTERS, "en": _WORD_LETTERS}


def _initial(name: list[str], lang: Lang) -> bool:
    """Whether the name opens with initials written as capitals ("J. R. R. Tolkien", "J R Tolkien") before a
    word of more letters: never a letter that is a word of its own ("Y Juan", "A Pérez")."""
    k = 0
    while k < len(name) and len(name[k]) == 1:
        if not name[k].isupper() or fold(name[k]) in _WORD_LETTERS_OF[lang]:
            return False
        k += 1
    # the word after them is a name's, not the "de" of a letter spelled with a word ("S de Sapo")
    return 0 < k < len(name) and fold(name[k]) not in _PARTICLES


def _without_spelling(name: list[str]) -> list[str]:
    """"Bart, B-A-R-T": a word spelled letter by letter after the name repeats it; alone it is the word."""
    out: list[str] = []
    for word in name:
        parts = word.split("-")
        if len(parts) > 1 and (all(len(p) == 1 for p in parts) or _syllables(parts)):
            joined = "".join(parts)
            if any(fold(w) == fold(joined) for w in out):
                continue
            word = joined
        out.append(word)
    return out


_SYLLABLE_MAX = 3
_LONG_SYLLABLE_MAX = 4


def _syllables(parts: list[str]) -> bool:
    """"Ju-ven-ti-no", "Ro-sa": a word said syllable by syllable (a hyphenated name joins whole words,
    "Jean-Paul", "Pérez-Gómez")."""
    if any(not p.isalpha() for p in parts):
        return False
    return all(len(p) <= _SYLLABLE_MAX for p in parts) \
        or (len(parts) >= 3 and all(len(p) <= _LONG_SYLLABLE_MAX for p in parts))


def _without_restart(name: list[str]) -> list[str]:
    """"Guadalupe, Guadalupe Montes": the caller started over; keep the second, complete attempt."""
    changed = True
    while changed:  # until stable, so that a returned name re-validates to itself
        changed = False
        keys = [fold(w) for w in name]
        for j in range(len(keys) // 2, 0, -1):
            if keys[:j] == keys[j : 2 * j] and not all(len(k) == 1 for k in keys[:j]):
                # (initials may repeat: "J. J. Pérez" has two)
                name, changed = name[j:], True
                break
    return name


_SPLIT_PIECE_MAX = 4
# "Teodoro Villa Señor Paz": a Spanish compound surname (Villaseñor, Villalobos, Casanova, Buenrostro) the
# recogniser wrote as two words after a given name, the second an everyday word no surname stands alone
# as. Said in one breath (no pause between), it is one word.
_COMPOUND_RE = re.compile(r"(?<=[^\W\d_] )(Villa|Monte|Casa|Buen|Torre|Campo) ([^\W\d_]+)\b", re.IGNORECASE)


def _compound_surnames(text: str) -> str:
    def joined(m: re.Match[str]) -> str:
        tail = m.group(2)
        if fold(tail) not in COMMON_WORDS["es"] or fold(tail) in _PARTICLES or is_number_word(fold(tail), "es"):
            return m.group(0)
        return m.group(1) + tail.lower()
    return _COMPOUND_RE.sub(joined, text)
# Short words that stand before a word of their own, never open a surname: "ya mero", "va bien", "no más".
_NOT_A_SURNAME_START = wordset("ya va no si que muy mas tan bien aqui ahi alla aca hoy nada como")


def _opens_a_cut_surname(f: str, g: str, lang: Lang) -> bool:
    """Whether the folded short everyday word `f` followed by the folded piece `g` is one surname the recogniser
    cut after the everyday word it opens with ("al cántara", "Le desma"; see `_rejoined`)."""
    return len(f) <= _SPLIT_PIECE_MAX and f.isalpha() and g.isalpha() and f in EVERYDAY_WORDS \
        and f not in _PARTICLES and g not in _PARTICLES and f not in _NOT_A_SURNAME_START \
        and not is_number_word(g, lang) and g not in EVERYDAY_WORDS and g not in _DESKS[lang] \
        and (f + g) not in EVERYDAY_WORDS


# "Óscar Le desma Prieto": the first piece of a cut surname may carry the capital the recogniser gave the name it
# began to write - only inside a run of words: after a mark the capital opens a sentence of its own ("Soy Juan
# Pérez. Le encargo", "Juan Pérez, Me reporto"), never part of the name.
_CAPITAL_PIECE_RE = re.compile(rf"(?<=[^\W\d_] )([^\W\d_]{{1,{_SPLIT_PIECE_MAX}}}) (?=([^\W\d_]+)\b)")


def _capital_piece_joined(text: str) -> str:
    def joined(m: re.Match[str]) -> str:
        word, nxt = m.group(1), m.group(2)
        if word.istitle() and nxt.islower() and _opens_a_cut_surname(fold(word), fold(nxt), "es"):
            return word
        return m.group(0)
    return _CAPITAL_PIECE_RE.sub(joined, text)


def _rejoined(name: list[str], lang: Lang) -> list[str]:
    """"Rubén al cántara", "Juan con treras", "Ana es pinoza": the recogniser cut a surname after an
    everyday word it opens with. A short lower-case everyday word inside the name, followed by a
    lower-case piece that is no everyday word, is the first piece of one word (the recogniser writes
    a name it knows capitalised, and the rest in lower case; a capitalised first piece, "Óscar Le desma", is
    `_capital_piece_joined`). Particles stay ("José de la Cruz"), and
    "Rubén al teléfono" is no surname: "teléfono" is an everyday word. Spanish only: an English
    turn's lower-case short words are prepositions before a place or desk ("Mike from dispatch")."""
    if lang != "es":
        return name
    out: list[str] = []
    i = 0
    while i < len(name):
        word = name[i]
        nxt = name[i + 1] if i + 1 < len(name) else ""
        f, g = fold(word), fold(nxt)
        if out and nxt and word.islower() and nxt.islower() and _opens_a_cut_surname(f, g, lang):
            out.append(word + nxt)
            i += 2
            continue
        out.append(word)
        i += 1
    return out


def _validated(name: list[str], lang: Lang) -> str | None:
    name = _rejoined(name, lang)
    if not 0 < len(name) <= _MAX_WORDS:
        return None
    common = COMMON_WORDS[lang]
    for idx, word in enumerate(name):
        f = fold(word).replace("'", "").replace("-", "")
        if not f.isalpha() or len(word) > 30 or any(len(c.upper()) != 1 or len(c.lower()) != 1 for c in word):
            return None  # "ß" and ligatures change length with case: no stable Title Case
        if is_number_word(f, "es") or is_number_word(f, "en"):
            return None  # "cuarenta y uno" is the tractor number said at the wrong question (callers mix)
        if fold(word.upper()) != fold(word.lower()):
            return None  # "µ" upper-cases to Greek "Μ": Title Case would read as another word
        if f in _PARTICLES and 0 < idx < len(name) - 1:
            continue
        if f in _FILLER_SURNAMES and idx > 0 and fold(name[idx - 1]) in GIVEN_NAMES:
            continue  # "Pedro Bueno": kept by `_name_from` only right after a given name, a surname
        if f in common or f in _NOT_NAMES[lang] or f in _DESKS[lang] \
                or (len(f) == 1 and idx == 0 and not _initial(name, lang)) \
                or (lang == "es" and _IMPERATIVE_ES.match(f)):
            return None
    if not any(len(w) > 1 for w in name):
        return None
    folded = [fold(w).replace("'", "").replace("-", "") for w in name]
    if not any(_VOWEL_RE.search(f) for f in folded):
        return None  # "RT", "Pst": letters or a noise, not a name
    if all(f in EVERYDAY_WORDS or f in _PARTICLES for f in folded):
        return None  # "Saludo", "Hombres", "Bantering": everyday words, however capitalised
    if _spells_a_letter(folded, lang):
        return None
    if folded[0] in _ROLES[lang] or (len(folded) > 1 and folded[0] in _ROLE_MODIFIERS and folded[1] in _ROLES[lang]):
        return None  # "el encargado del turno", "the shift manager": a role, not a person's name
    while len(name) > 1 and folded[-1] in _ROLES[lang]:
        name, folded = name[:-1], folded[:-1]  # "Gerardo, jefe": a word to the listener after the name
    return " ".join(_title(w, idx == 0, lang) for idx, w in enumerate(name))


def _spells_a_letter(folded: list[str], lang: Lang) -> bool:
    """"Equis de Xochimilco", "Pe de Puebla": a letter of a plate said with a word that starts with it (the
    caller answers another question), never a name."""
    if lang != "es":
        return False
    for i in range(len(folded) - 2):
        letter = letter_name(folded[i], lang, nato=False)
        if letter is not None and letter[1] and folded[i + 1] == "de" and folded[i + 2][:1].upper() == letter[0]:
            return True
    return False



# Every word a lead-in to a name is made of ("sí, soy", "yes, this is"), and the courtesy said with it.
_LEAD_WORDS: dict[Lang, frozenset[str]] = {
    lang: frozenset(w for phrase in phrases for w in phrase.split()) for lang, phrases in _LEADS.items()
}


# The letter h named in the turn ("sin hache", "con h", "Heriberto con hache"): the caller says how the
# name is written, and it is taken as said.
_H_NAMED_RE = re.compile(r"\b(?:h|hache|ache|aitch)\b")
_GIVEN_NAME_PLACES = 2  # a Mexican name opens with one or two given names ("José Luis ...")
# Given names written without the h in another language (Italian "Umberto Eco", "Ugo Foscolo"): in an English call
# the caller may well have said them so, where the h of an English name is said; in a Spanish one it is silent.
_NAMES_SO_ELSEWHERE = frozenset(("umberto", "ugo", "ilda", "ettore"))


def with_unheard_h(name: str | None, text: str, locale: str) -> str | None:
    """`name` with the silent h the recogniser left out of a Spanish given name put back ("Eriberto Lozano"
    -> "Heriberto Lozano", "Ugo", "Éctor", "Umberto", "Oracio", "Ilda"): a given name that is not one,
    where the same with an h in front is a common one. A name spelled, or said with a note on its letters
    or the h ("Eriberto, sin hache"), is written as the caller says; so is any word that is a given name as
    heard ("Elena", "Omar")."""
    if not name:
        return name
    words = name.split()
    changed = False
    for k, word in enumerate(words[:_GIVEN_NAME_PLACES]):
        folded = fold(word)
        if folded in GIVEN_NAMES or lang_of(locale) == "en" and folded in _NAMES_SO_ELSEWHERE:
            continue  # "José Umberto": the first given name as heard, the second may still lack its h
        if "h" + folded not in SPANISH_GIVEN_NAMES:
            break  # the surnames begin
        words[k], changed = "H" + word[:1].lower() + word[1:], True
    if not changed:
        return name
    aligned = fold_aligned(text)
    if _H_NAMED_RE.search(aligned) or _SPELLING_NOTE_RE.search(aligned) \
            or _spelled_out(text, lang_of(locale)) != text:
        return name  # the caller says how it is written
    return " ".join(words)


def name_given_outright(text: str, locale: str) -> str | None:
    """A name the caller gives before it was asked (at the question whether they can talk: "Ezequiel
    Montaño.", "Sí, soy Juan Pérez", "yes, this is Bart Simpson"), when the turn is plainly one: a given
    name and a surname, neither an everyday word, a number nor a letter; no question; nothing else but a
    lead-in. Else None ("¿Bueno?", "Aló", "Depende", "Sí, habla su esposa", "Bart"). Stricter than
    `extract_name`, which reads the answer to the name question itself."""
    if not isinstance(text, str) or "?" in text or "¿" in text:
        return None
    name = _plainly_a_name(text, locale)
    if name is None:
        # "Sí, le escucho. Fidel Castañeda Olvera.", "Yes, I can hear you. Frank Miller.": the go-ahead said
        # first in more words than a lead-in, then the name alone
        rest = after_greeting(text, locale)
        name = _plainly_a_name(rest, locale) if rest and len(rest) < len(text) else None
    return name


def _plainly_a_name(text: str, locale: str) -> str | None:
    """`name_given_outright` of a turn whose every word besides the name is a lead-in or a filler."""
    lang = lang_of(locale)
    name = extract_name(text, locale)
    if not name:
        return None
    leads = _LEAD_WORDS[lang]
    words = name.split()
    while len(words) > 2 and fold(words[0]) in leads:
        words = words[1:]  # "Habla Ezequiel Montaño": the lead-in kept with the name
    folded = [fold(w) for w in words]
    proper = [w for w in folded if w not in _PARTICLES]
    if not 2 <= len(proper) <= 4:
        return None
    if any(w in EVERYDAY_WORDS or w in leads or is_number_word(w, lang) or letter_name(w, lang) or not w.isalpha()
           for w in proper):
        return None
    if any((w in _PLACES and w not in _PLACE_SURNAMES) or (w in _NOT_A_PERSON and (w != "san" or k == 0))
           for k, w in enumerate(proper)) or " ".join(folded).startswith(_PLACE_PHRASES):
        return None  # "Sí, Laredo Texas", "San Antonio", "Fletes Monterrey", "Martínez Hermanos": where, or whose truck
    said = [w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in folded]
    if any(w not in leads and w not in FILLERS for w in said):
        return None  # words beside the name that are no lead-in: the turn says something else too
    return " ".join(words)
