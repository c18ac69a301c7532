"""Turns that plainly answer a question of another kind than the one asked.

A caller asked for a plate or a unit number sometimes answers a question still to come ("y llego como a
las cinco", "en unas dos horas") or one already past. Such a turn is not dictated into the value asked
for: the runtime keeps what it says for the slot it belongs to (see `runtime.listening.for_another_slot`).
"""

from __future__ import annotations

import re

from .normalize import Lang, content_words, fold, fold_aligned, lang_of
from .numbers import find_numbers, is_number_word, number_tokens, prepare_tokens
from .yes_no import classify_yes_no

# The words that make a turn a time of arrival rather than digits: "a las", "llego", "en dos horas",
# "de la tarde", "at five", "o'clock", "in two hours", "p.m.".
_TIME_MARKERS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:a las? (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
        r"dieci\w+|veinte|veinti\w+)|(?:lleg|arrib)(?:o|amos|ando|are|aria|ariamos|a)\b|"
        r"en (?:una?|unas|unos|como|menos de|mas o menos|un par de|\d+|dos|tres|cuatro|cinco|seis|media)"
        r" ?\w* ?horas?\b|"
        r"\bhora y media\b|\bmedia hora\b|de la (?:manana|tarde|noche|madrugada)|mediodia|medianoche|"
        # "tres y media", "cuarto para las cinco": clock words no plate or unit number has
        r"(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\d{1,2}) y (?:media|cuarto)\b|"
        r"(?:cuarto|veinte|diez|cinco|quince) para la|"
        # "mejor ponle las cuatro", "apúntale las cinco": the time to write down, said with the hour alone
        r"(?:ponle|ponme|pon|ponga|pongale|anota|anotale|anoteme|apunta|apuntale|apunteme)(?: mejor)?(?: como)?"
        r" (?:a )?las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b"
        r"(?! (?:letras|numeros|digitos|primeras|ultimas|veces)))"
        # a length of time on its own ("dos horas", "veinte minutos"): no plate or unit number says it
        r"|\bhoras?\b|\bminutos\b"
        # the hour with its article first in the turn ("Las cinco.", "como las seis y media"): no letter, digit
        # nor word of an address is said so ("las dos primeras letras" speaks of the value)
        r"|^\W*(?:(?:como|pues|ya|mejor|este|eh)\W+)?las (?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
        r"diez|once|doce)\b(?! (?:letras|numeros|digitos|primeras|ultimas|veces|placas|de la caja|del tractor"
        # ("las dos cajas son la mil doscientos": a driver pulling a full counts his trailers)
        r"|cajas|remolques|trailas|unidades|tractores|plataformas))"
    ),
    "en": re.compile(
        r"\b(?:at (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)|"
        r"o ?clock|[ap]\.? ?m\b|(?:arriv|get(?:ting)? there|be there)|in (?:an?|about|around|\d+|one|two|three|"
        r"four|five|six|half an?) ?\w* ?hours?\b|noon|midnight|in the (?:morning|afternoon|evening)|"
        r"half past|quarter (?:past|to|after))"
        r"|\b(?:by|around) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
        r"|\bhours?\b|\bminutes\b"
    ),
}


def time_phrase(text: str, locale: str) -> bool:
    """Whether a turn is worded as a time of day or of arrival ("y llego como a las cinco", "en unas dos
    horas", "I'll be there at five"): its numbers are not digits of a plate or a unit number."""
    if not isinstance(text, str):
        return False
    return bool(_TIME_MARKERS[lang_of(locale)].search(fold(text)))


# An arrival talked about without its hour: "mañana temprano", "depende del tráfico", "en la tarde", "no sé
# bien a qué hora", "early tomorrow", "depends on traffic".
_NO_HOUR: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:temprano|tempranito|tardecita|tardecito|mas tarde|al rato|en un rato|(?:en|por) la (?:manana|tarde|"
        r"noche|madrugada)|manana|hoy|pasado manana|depende|trafico|no (?:se|sabria|sabemos)(?: bien| exactamente)?"
        r"(?: a que hora)?|quien sabe|todavia no (?:se|sabe)|no tengo (?:hora|idea)"
        # soon, and how long the caller takes ("ya casi llego", "tardamos poquito", "ya no tardo")
        r"|(?:me |nos )?(?:tardo|tardamos|demoro|demoramos)|ya casi (?:llego|llegamos|estoy|estamos)"
        r"|(?:ya )?(?:estoy|estamos|voy|vamos) (?:cerca|llegando)|ahorita llego|en un ratito"
        # the day after, no hour ("para otro día", "hasta el otro día", "al día siguiente")
        r"|(?:para|hasta|al) (?:el )?otro dia|(?:para el|hasta el|al) dia siguiente)\b"
    ),
    "en": re.compile(
        r"\b(?:early|late|later|tomorrow|today|tonight|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|"
        r"evening)|depends|traffic|not sure|dont know|no idea|hard to say"
        r"|almost there|nearly there|close by|(?:be there|get there|arrive) soon|wont (?:be|take (?:me|us)) long"
        r"|(?:ill|we ll|well|i will|we will) be quick|(?:the )?(?:next|following) day|the day after)\b"
    ),
}
# Arriving late, said without the hour ("llego tarde", "voy a llegar retrasado", "traigo retraso", "I'm
# running behind"): an answer to the arrival question that still needs its hour.
_LATE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:lleg\w*|voy|vamos|vengo|venimos|ando|andamos|vas|va|van)(?: a llegar| a ir)?"
        r"(?: (?:bien|muy|un poco|algo|un poquito|medio|re|bastante|como|ya))?"
        r" (?:tarde|tardecito|retrasad[oa]s?|atrasad[oa]s?|demorad[oa]s?|con (?:retraso|retardo|atraso|demora))\b"
        r"|\b(?:traigo|tengo|llevo|voy con|vengo con) (?:un |mucho |algo de )?(?:retraso|retardo|atraso|demora)\b"
    ),
    "en": re.compile(
        r"\b(?:ill|i will|im|i am|were|we are|well|we will|gonna|going to)(?: be)?(?: running| getting in| arriving"
        r"| a (?:bit|little))? (?:late|behind|delayed|held up)\b|\brunning (?:late|behind)\b|\bbehind schedule\b"
    ),
}


def arrives_late(text: str, locale: str) -> bool:
    """Whether a turn says the caller arrives late without the hour ("llego tarde", "I'm running behind")."""
    if not isinstance(text, str):
        return False
    return bool(_LATE[lang_of(locale)].search(fold(text).replace("'", "")))


def time_without_hour(text: str, locale: str) -> bool:
    """Whether a turn talks about when the caller arrives without saying the hour ("mañana temprano",
    "depende de a qué hora me descarguen", "early tomorrow"): the hour is still to be asked, and nothing
    in the turn is a wrong answer."""
    if not isinstance(text, str):
        return False
    return bool(_NO_HOUR[lang_of(locale)].search(fold(text))) or arrives_late(text, locale)


# "el tractor es el noventa y uno", "las placas de la caja son ...", "the trailer is 905": a statement of
# what one thing is, by its name. A turn may hold several, joined by "y"/"and" or in sentences.
_ARTICLES = r"(?:el|la|los|las|mi|mis|su|sus|este|esta|estas|estos)"
# After "y"/"and" the verb may be left out: "es el quinientos doce y de una vez las placas, letra ere...",
# "la caja es la trescientos diez y las placas ve de vaca...", "and the plates, K L M...". Which thing
# the words name is the flow's business (the runtime matches them against its slots' names).
_STATEMENT: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        rf"(?:^|(?<=[.;!?])\s*|,?\s+y\s+|,\s*)(?:y |pues |bueno |ah |ya |este )?(?P<subject>{_ARTICLES} [a-z]+"
        rf"(?: (?:de|del) (?:la |el |los |las )?[a-z]+)?) (?:es|son|era|eran|seria|serian|va a ser|van a ser)\b"
        rf"|,?\s+y\s+(?:de una vez |tambien |ademas )?(?P<joined>{_ARTICLES} [a-z]{{3,}}"
        rf"(?: (?:de|del) (?:la |el |los |las )?[a-z]{{3,}})?)\b"
    ),
    "en": re.compile(
        r"(?:^|(?<=[.;!?])\s*|,?\s+and\s+|,\s*)(?:and |well |oh |so )?(?P<subject>(?:the|my|our) [a-z]+"
        r"(?: [a-z]+)?) (?:is|are|was|were|would be|number is)\b"
        r"|,?\s+and\s+(?:also )?(?P<joined>(?:the|my|our) [a-z]{3,}(?: [a-z]{3,})?)\b"
    ),
}
_NOT_SUBJECT = frozenset({"el", "la", "los", "las", "mi", "mis", "su", "sus", "este", "esta", "estas", "estos",
                          "de", "del", "the", "my", "our"})


def statements(text: str, locale: str) -> list[tuple[frozenset[str], str]]:
    """The turn cut into statements of what one thing is, each with the words that name the thing:
    "El tractor es el noventa y uno y las placas son ene de Nápoles, 712" -> [({"tractor"}, "El tractor
    es el noventa y uno"), ({"placas"}, "las placas son ene de Nápoles, 712")]. Words before the first
    such statement come first with no name (an empty set); a turn with none is one unnamed part."""
    if not isinstance(text, str):
        return []
    folded = fold_aligned(text)  # aligned with `text`, to cut the caller's own words
    starts = [(m.start(), m.start(g), m.group(g)) for m in _STATEMENT[lang_of(locale)].finditer(folded)
              for g in ("subject" if m.group("subject") else "joined",)]
    if not starts:
        return [(frozenset(), text)]
    parts: list[tuple[frozenset[str], str]] = []
    if folded[: starts[0][0]].strip(" ,.;"):
        parts.append((frozenset(), text[: starts[0][0]]))
    for k, (_, subject_at, subject) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(folded)
        words = frozenset(w for w in subject.split() if w not in _NOT_SUBJECT)
        parts.append((words, text[subject_at:end].strip(" ,;")))
    return parts


# What happened to the caller, told in the past or as done to him ("me mandaron a la rampa 12", "estuve en el andén
# 4", "llegué a las seis", "me dieron cita a las ocho", "I was at dock 4", "they told me eight"): the story of a
# complaint, no answer, whatever number or time it holds. Spanish by its endings (the preterite and imperfect:
# "-aron", "-ieron", "-é", "-ó", "-aba", "-ía"; not the conditional "llegaría", "sería") and its irregular pasts;
# English by its common past verbs.
_TOLD_ES = re.compile(
    r"\b(?:\w{2,}(?:aron|ieron|abamos|aban|aba)|\w{3,}[éó]|\w{2,}(?<!r)ían?|\w{2,}(?<!r)íamos"
    r"|estuve|estuvo|estuvimos|fui|fue|fuimos|tuve|tuvo|hubo|dije|dijo|hice|hizo|era|eran|eramos|éramos|vine|vino"
    r"|puse|puso|pude|pudo|traje|trajo|quise|quiso|supe|supo|di|dio|vi|vio)\b")
_NOT_TOLD_ES = re.compile(r"\b(?:jose|josé|noe|noé|josue|josué|dia|día|via|vía|tia|tía|maria|maría|garcia|garcía"
                          r"|sofia|sofía|lucia|lucía|rocio|rocío|mia|mía|tuya|todavia|todavía|dias|días|tias)\b")
# "me mandaron", "nos dejaron", "me tienen aquí": done to the caller (not "me llamo", "me dicen", "me apellido")
_DONE_TO_ES = re.compile(r"^(?:y |pues |ya |luego |ahora |despues )?(?:me|nos) (?!llamo\b|llaman\b|dicen\b|apellido\b"
                         r"|conocen\b|nombre\b)\w+")
# "desde las seis estoy aquí", "since six": how long the caller has waited
_SINCE_ES = re.compile(r"\bdesde (?:las?|hace|en la)\b")
_TOLD_EN = re.compile(
    r"\b(?:was|were|got|told|called|turned|kept|sent|gave|had|did|said|came|went|waited|made|took|left|charged"
    r"|shorted|docked|paid|arrived|showed|dropped|pulled|parked|asked|rejected|refused|yelled|scheduled|since)\b")


def tells_what_happened(text: str, locale: str) -> bool:
    """Whether the words tell what happened to the caller - in the past, or as done to him ("me mandaron a la
    rampa 12", "llegué a las seis", "they told me eight") - rather than answer a question (see `_TOLD_ES`)."""
    lang = lang_of(locale)
    lowered = " ".join(text.lower().split())
    if lang == "en":
        return _TOLD_EN.search(fold(lowered)) is not None
    folded = fold(lowered)
    if _DONE_TO_ES.search(folded) is not None or _SINCE_ES.search(folded) is not None:
        return True
    return any(_NOT_TOLD_ES.fullmatch(m.group(0)) is None for m in _TOLD_ES.finditer(lowered))


# A value given as the same as another of the call's ("lo mismo que el tractor", "las mismas del tractor, pero con
# E al final", "igual que la del tractor", "same as the tractor", "it's the same as the truck but with an E at the
# end"): the thing named (its slot is the runtime's to find, by the words the flow calls its slots) and what the
# turn says after it (a difference, or nothing).
_SAME_AS: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:(?:si|pues|este|ah|mire|oiga|mira|no)\W+)*(?:(?:es|son|seria|serian|tiene|tienen|"
                     r"lleva|llevan|trae|traen|traigo|llevo|tengo)\s+)?(?:(?:lo|la|las|el|los)\s+)?"
                     r"(?:mism[oa]s?|igual(?:es|ita|itas)?|identic[oa]s?)(?:\s+(?:placas?|numero))?\s+"
                     r"(?:que|de|del|a|al)\s+(?:(?:el|la|las|los|lo|del|de|mi|mis)\s+)*(?P<thing>[a-z]+)\b"
                     r"(?P<rest>.*)$"),
    "en": re.compile(r"^\W*(?:(?:yes|yeah|well|oh|um|uh|no)\W+)*(?:(?:its|theyre|they are|it is|thats|i have|ive "
                     r"got)\s+)?(?:the\s+)?(?:same|identical)(?:\s+(?:plates?|number|one|ones))?\s+(?:as|like)\s+"
                     r"(?:(?:the|my|on the|for the|one on the|ones on the)\s+)*(?P<thing>[a-z]+)\b(?P<rest>.*)$"),
}
# The difference said after it, at an edge: "pero con E al final" is the same value but for its last character
# (never one more: "the same, but" says what is other), read as "la última es E".
_EDGE_DIFFERENCE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"^\W*(?:pero|nomas que|solo que|nada mas que)?\W*(?:con|termina en|acaba en|es)\s+"
                     r"(?:la |el |una |un )?(?:letra |numero )?(?P<new>[^,.;]+?)\s+"
                     r"(?P<edge>al final|al ultimo|al principio|al inicio|adelante)\W*$"),
    "en": re.compile(r"^\W*(?:but|except)?\W*(?:with|ending in|ends in)\s+(?:an? |the )?(?:letter |number )?"
                     r"(?P<new>[^,.;]+?)\s+(?P<edge>at the end|at the start|at the beginning|at the front|last|"
                     r"first)\W*$"),
}
_FIRST_EDGES = ("al principio", "al inicio", "adelante", "at the start", "at the beginning", "at the front", "first")


def same_as_another(text: str, locale: str) -> tuple[str, str] | None:
    """(the thing named, the words after it) when a turn gives the value as the same as another thing's ("lo
    mismo que el tractor, pero con E al final" -> ("tractor", ", pero con e al final")), else None."""
    if not isinstance(text, str):
        return None
    m = _SAME_AS[lang_of(locale)].match(fold(text).strip(" .!?¡¿"))
    return (m.group("thing"), m.group("rest")) if m else None


# "It is the same" said of a value the agent just said is another's too ("Eso coincide con las placas del tractor;
# si es igual, repítamelo"): "sí, es igual", "es el mismo", "ese mismo", "yes it's the same", "same" - the whole
# turn, a yes before or after it allowed. A bare yes ("Sí.", "Sí, esas.", "Correct.", "Right.") is not: at that
# sentence it is as often the yes to the value before, said late (blind_calls_28/31: the trailer was another number).
_SAME_ONE: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(r"(?:(?:si|sip|aja|pues|este|eh|ah|mire|oiga|asi es|exacto|correcto|claro|efectivamente)\W+)*"
                     r"(?:(?:es|son|era|eran|seria|serian|esta|estan)\s+)?(?:(?:el|la|lo|los|las|ese|esa|esas|esos|eso)"
                     r"\s+)?(?:mism[oa]s?|igual(?:es|ito|itos|ita|itas)?|identic[oa]s?)(?:\s+(?:numero|placas?))?"
                     r"(?:\W+(?:si|pues|asi es|correcto|exacto|ese mismo|esa misma|esas mismas|igual))*"),
    "en": re.compile(r"(?:(?:yes|yeah|yep|yup|uh huh|correct|right|well|oh|um|uh)\W+)*"
                     r"(?:(?:its|it is|thats|that is|theyre|they are)\s+)?(?:the\s+)?(?:very\s+)?"
                     r"(?:same|identical)(?:\s+(?:one|ones|number|plates?|thing))?"
                     r"(?:\W+(?:yes|yeah|yep|correct|right|the same|same))*"),
}


def says_the_same(text: str, locale: str) -> bool:
    """A turn that only says the value just named is the same ("sí, es igual", "es el mismo", "ese mismo", "yes
    it's the same", "same"): no value of its own, and more than a yes."""
    if not isinstance(text, str):
        return False
    folded = fold(text).strip(" .!?¡¿,")
    return bool(folded) and _SAME_ONE[lang_of(locale)].fullmatch(folded) is not None


def difference_said(rest: str, locale: str) -> str:
    """The difference said after "lo mismo que ...", as a correction the value's type reads: "pero con E al
    final" -> "la ultima es e" ("the last one is e"); the words as they are when they name no edge."""
    lang = lang_of(locale)
    m = _EDGE_DIFFERENCE[lang].match(fold(rest).strip(" .!?¡¿"))
    if m is None:
        return rest
    first = m.group("edge") in _FIRST_EDGES
    if lang == "es":
        return f"la {'primera' if first else 'ultima'} es {m.group('new')}"
    return f"the {'first' if first else 'last'} one is {m.group('new')}"


def number_alone(text: str, locale: str) -> bool:
    """Whether a turn says a number and nothing besides, but a yes or a word that insists ("Cinco uno siete,
    pues.", "517, sí", "five seventeen, yeah"): nothing in it names what the number is of ("la caja es la 517")."""
    if not isinstance(text, str):
        return False
    lang = lang_of(locale)
    words = content_words(fold(text), lang)
    # the number as the number reader runs it ("two oh six": "oh" a zero inside a run, no word of its own)
    tokens = prepare_tokens(number_tokens(" ".join(words)), lang)
    spans = find_numbers(tokens, lang)
    if not spans:
        return False
    covered = {i for span in spans for i in range(span.start, span.end)}
    rest = [tok for i, tok in enumerate(tokens) if i not in covered and not is_number_word(tok, lang)]
    return not rest or classify_yes_no(" ".join(rest), locale).answer == "yes"
