"""The `text` slot: free text, cleaned; options["pattern"] (a regex) must match the whole of it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .normalize import Lang, clean, fold, lang_of

# A take-back before the text ("no, perdón, es metformina", "no, es Ana", "sorry, I mean Tylenol", "no, it's
# Advil"): what follows it is the text, said to replace what was heard.
_TAKE_BACK_LEAD = re.compile(
    r"^(?:(?:no|nope|nah|perd[oó]n|disculpe?|disculpa|sorry|perdone|my bad|wait|oh|ah|ay|eh|um|uh)[,.!]+\s+"
    r"|(?:mejor dicho|o sea|i mean),?\s+)+(?:(?:es|era|son|se llama|it'?s|it is|its|they'?re|i said)[,:]?\s+)?",
    re.IGNORECASE)


def extract_text(text: str, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    """The caller's words, cleaned, without a take-back said before them ("no, perdón, es metformina" ->
    "metformina"). (A turn that only declines, "No", is the runtime's to read: none at a question the caller may
    leave out, nothing understood at a required one - `declines`.)"""
    value = clean(text)
    if not value:
        return None
    lead = _TAKE_BACK_LEAD.match(value)
    if lead and value[lead.end():].strip(" ,.") and _took_back(value[:lead.end()]):
        value = value[lead.end():].strip(" ,")
    pattern = (options or {}).get("pattern")
    if pattern:
        try:
            if not re.fullmatch(str(pattern), value):
                return None
        except re.error:
            return None
    return value


# A turn that only declines to add anything ("No, ninguno.", "Nada, gracias.", "No, that's all.", "Nope, nothing."):
# at a free-text question (a comment, a note) it says there is none, never the text "no, ninguno".
_DECLINE_WORD = {
    "es": r"(?:no|nop|nel|nada|ninguno|ninguna|ningun comentario|ninguna observacion|nada mas|nada que agregar|"
          r"nada que decir|sin comentarios?|eso es todo|es todo|(?:asi )?esta bien|todo bien|gracias|no gracias|"
          r"por ahora no|ahorita no|pues no|la verdad no|no tengo|no hay|no hay nada)",
    "en": r"(?:no|nope|nah|nothing|none|no thanks|no thank you|thanks|thank you|nothing else|nothing more|"
          r"nothing to add|no comments?|thats all|thats it|that is all|im good|i am good|all good|not really|"
          r"not right now|no nothing|i dont|none at all)",
}
_DECLINES: dict[Lang, re.Pattern[str]] = {
    lang: re.compile(rf"^(?:(?:um|uh|mm|mmm|eh|este|pues|well|oh|ah|ay|bueno|la verdad),? )*{word}"
                     rf"(?:,? {word})*(?:,? (?:senorita|joven|mija|mijo|maam|sir))?$")
    for lang, word in _DECLINE_WORD.items()
}


def _took_back(lead: str) -> bool:
    """Whether a lead matched by `_TAKE_BACK_LEAD` takes something back (a "no", or an apology): "es metformina" alone
    is the text said as it is."""
    return bool(re.match(r"^(?:no|nope|nah)\b|.*\b(?:perd[oó]n|disculp|sorry|perdone|mejor dicho|o sea|i mean|my bad"
                         r"|wait)\b", lead, re.IGNORECASE))


def declines(text: str, locale: str) -> bool:
    """Whether the whole turn declines to give anything ("No, ninguno.", "Nada, gracias.", "Nope, that's all."):
    at a question for free text a caller may leave out, there is none to write down."""
    if not isinstance(text, str):
        return False
    folded = " ".join(fold(text).replace("'", "").replace("’", "").translate(str.maketrans(".!?¿¡;", "      "))
                      .split()).strip(" ,")
    return bool(folded) and bool(_DECLINES[lang_of(locale)].match(folded))
