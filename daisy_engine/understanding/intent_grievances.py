"""Ending and complaining, recognised by the shape of the sentence rather than a fixed phrase.

`intents.detect_intent` tries the phrase lists first; these catch the shapes a list cannot enumerate:
asking to be taken off the calling list ("sáquenme de su base de datos", "ya no me estén marcando a
este número", "take me off your calling list") and complaints about waiting ("me tienen esperando
desde las seis", "I've been sitting at this dock for six hours") or about being asked or called again
("ya me habían hablado para lo mismo", "why do you keep asking me the same thing?"). Each works on
folded content words (fillers such as "este" are gone: "a este número" is "a numero").
"""

from __future__ import annotations

import re

from .normalize import Lang

# Off the list: the caller's number, record or name removed, or calls to *this number* stopped. A bare
# "ya no me estén llamando" is exasperation (a complaint); naming the number or the list asks for it
# to end.
_DO_NOT_CALL: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:saquen|saque|saca|quiten|quite|quita|borren|borre|borra|eliminen|elimine|elimina|bajen|den)"
        r"(?:me|nos)? de (?:su |sus |la |el |tu |tus |esa |esta )?(?:lista|listas|base|sistema|registro|registros"
        r"|directorio|contactos|agenda|padron)\b"
        r"|\b(?:den|dame|deme|denme|darme|den de) de baja\b|\bdarme de baja\b"
        r"|\b(?:borren|borre|borra|eliminen|elimine|quiten|quite) (?:mi|mis) (?:numero|telefono|celular|datos"
        r"|registro|contacto)\b"
        r"|\bno (?:me |nos )?(?:esten |sigan |vuelvan a |vuelvas a |vuelva a |vayan a )?"
        r"(?:llam|marc|marqu|habl)\w* (?:a|al|en) (?:mi |su |ese |esta )?(?:numero|telefono|celular|cel)\b"
        r"|\b(?:dejen|deja|deje) de (?:llamar|marcar|hablar)(?:me|nos)? (?:a|al|en) (?:mi |su |ese |esta )?"
        r"(?:numero|telefono|celular|cel)\b"
    ),
    "en": re.compile(
        r"\b(?:take|remove|delete|drop|scratch|get|erase|cross) (?:me|us|my number|my name|my info|my information"
        r"|this number) (?:off|from|out of) (?:your|the|this|that|ur|all your|any) ?(?:calling |call |contact "
        r"|phone |mailing )?(?:list|lists|database|system|records|file)\b"
        r"|\bunsubscribe\b|\bopt (?:me )?out\b|\bdo not call (?:this|my) number\b"
        r"|\b(?:stop|quit) (?:calling|ringing|dialing) (?:this|my) (?:number|phone|cell)\b"
    ),
}

# Waiting: somebody keeps the caller waiting, or the caller has been waiting for hours or since a time.
_WAITING: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:me|nos) (?:tienen|tuvieron|tiene|tuvo|dejan|dejaron|traen|trajeron) (?:aqui |ahi |bien |horas )?"
        r"esperando\b"
        r"|\b(?:llevo|tengo|llevamos|tenemos|ya van|van|ya llevo|ya tengo) (?:\w+ ){0,3}?(?:horas|hora|dias|dia"
        r"|rato|manana|tarde|noche|horotas)(?: \w+){0,4}? esperando\b"
        r"|\besperando (?:\w+ ){0,6}?(?:desde (?:las|la|hace|ayer|anoche|temprano|en la|el)|(?:\w+ )?horas"
        r"|todo el dia|toda la (?:manana|tarde|noche))\b"
        r"|\b(?:cansado|cansada|harto|harta|fastidiado|fastidiada) de esperar\b"
    ),
    "en": re.compile(
        r"\b(?:ive|i have|weve|we have|been|i been|we been) (?:been )?(?:sitting|waiting|stuck|parked|sat)\b"
        r"(?=.*\b(?:hours?|all (?:day|morning|night|afternoon)|since|forever|days?)\b)"
        r"|\b(?:have|had|got|kept|keep|keeping|left) (?:me|us) (?:waiting|sitting)\b"
        r"|\bwaiting (?:for )?(?:hours|all day|all morning|forever)\b|\b(?:tired|sick) of waiting\b"
    ),
}

# Asked or called again for the same thing.
_AGAIN: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\bya me (?:habian|habia|han|ha) (?:hablado|llamado|marcado|preguntado)\b"
        r"|\bya me (?:hablaron|marcaron|llamaron|preguntaron)\b"
        # "me vuelven a llamar" is news; "me vuelves a llamar" asks for the callback
        r"|\bme (?:vuelven|volvieron) a (?:llamar|marcar|hablar|preguntar)\b(?! (?:en|al|mas|luego|despues|manana))"
        r"|\b(?:me )?(?:sigues|siguen|sigue) preguntando\b|\bpreguntando lo mismo\b|\b(?:la|las) mismas? preguntas?\b"
        r"|\b(?:otra vez|de nuevo|siempre) (?:con |para |me hacen |es |me pasa |pasa )?lo mismo\b"
    ),
    "en": re.compile(
        r"\bkeep (?:asking|calling|bugging|bothering)\b|\basking (?:me )?(?:the )?same\b|\bthe same (?:question|thing)"
        r"(?:s)? (?:over|again)\b|\bover and over\b|\balready (?:called|asked) me\b"
        r"|\b(?:you|yall|you guys|you people) (?:already|just) (?:called|asked)\b"
    ),
}


# "No me marques a este número, mejor al de la oficina": another number, not off the list.
_OTHER_NUMBER: dict[Lang, re.Pattern[str]] = {
    "es": re.compile(
        r"\b(?:al|a|en) (?:mi |el |la )?(?:otro|otra) (?:numero|telefono|celular|cel|linea)\b"
        r"|\bmejor (?:al|a mi|a la|en mi|en el) (?:de|numero|telefono|celular|cel|oficina|casa)\b"
        r"|\bal de (?:la oficina|mi casa|la casa|mi esposa|mi trabajo)\b"
    ),
    "en": re.compile(
        r"\b(?:my|the|this|that) other (?:number|phone|cell|line)\b"
        r"|\b(?:call|try|reach|ring) (?:me )?(?:on|at) (?:my|the) (?:cell|office|home|work)\b"
    ),
}


def do_not_call(tokens: list[str], lang: Lang) -> bool:
    return _DO_NOT_CALL[lang].search(" ".join(tokens)) is not None and not another_number(tokens, lang)


def another_number(tokens: list[str], lang: Lang) -> bool:
    """The caller wants another number called, not to be left alone."""
    return _OTHER_NUMBER[lang].search(" ".join(tokens)) is not None


def grievance(tokens: list[str], lang: Lang) -> bool:
    joined = " ".join(tokens)
    return _WAITING[lang].search(joined) is not None or _AGAIN[lang].search(joined) is not None


__all__ = ["another_number", "do_not_call", "grievance"]
