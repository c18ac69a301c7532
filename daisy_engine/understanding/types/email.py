"""`email`: an e-mail address, lower case, dictated over turns in any split ("juan punto perez",
"arroba gmail punto com"); can be spelled; read back word by word with `spell_back`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..accumulators import _CLOSING, _REMOVE, _REPLACE, Accumulator, Status, _insertion
from ..emails import address_from_tokens, assemble, email_tokens, extract_email, strip_lead_in
from ..lexicon import COMMON_WORDS
from ..normalize import Lang, fold, lang_of
from ..plates import extract_char
from ..readback import email_readback
from .base import SlotType


def _talk(tokens: list[str], lang: Lang, least: int = 2) -> bool:
    """Words that are a sentence about the address, not part of it ("antes de la arroba está bien")."""
    return sum(1 for t in tokens if len(t) > 1 and t in COMMON_WORDS[lang]) >= least


MAX_LOCAL = 64
MAX_ADDRESS = 254


class EmailAccumulator(Accumulator):
    """An address dictated over turns: local part, "arroba", domain, endings, in any split."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self._turns: list[list[str]] = []
        self._read: tuple[tuple[str, ...], str] | None = None  # (tokens, their read-back): see so_far

    def reset(self) -> None:
        super().reset()
        self._turns = []
        self._read = None

    @property
    def _tokens(self) -> list[str]:
        return [t for turn in self._turns for t in turn]

    def so_far(self) -> str:
        # Read many times a turn (the progress check, the log, the templates) and costly to assemble:
        # kept for the tokens it was made from, which are all it depends on.
        tokens = tuple(self._tokens)
        if self._read is None or self._read[0] != tokens:
            local, domain = assemble(list(tokens), self.lang)
            partial = local + ("@" + domain if domain is not None else "")
            self._read = (tokens, email_readback(partial, self.lang, spell=True))
        return self._read[1]

    def edit(self, text: str) -> bool:
        if not isinstance(text, str):
            return False
        try:
            return self._edit_address(fold(text))
        except Exception:  # a correction that cannot be read leaves the value as it was
            return False

    def _edit_address(self, folded: str) -> bool:
        """Replace or remove one character of the local part ("solo que no va la b de burro")."""
        local, domain = assemble(self._tokens, self.lang)
        if not local:
            return False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            new = extract_char(m.group("new"), self.locale) if m else None
            if old and new and old.lower() in local:
                at = local.rindex(old.lower())
                return self._rebuild(local[:at] + new.lower() + local[at + 1 :], domain)
        for rx in _REMOVE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            if old and old.lower() in local:
                at = local.rindex(old.lower())
                return self._rebuild(local[:at] + local[at + 1 :], domain)
        inserted = _insertion(folded, self.locale, list(local), words=True)
        if inserted is not None:
            return self._rebuild("".join(inserted), domain)
        return False

    def _rebuild(self, local: str, domain: str | None) -> bool:
        if not local:
            return False
        tokens = list(local)
        if domain is not None:
            tokens += ["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)]
        self._turns = [tokens]
        self.value = address_from_tokens(self._tokens, self.lang)
        self.complete = self.value is not None
        return True

    def _feed(self, text: str) -> Status:
        command, rest = self._commands(fold(text))
        corrected = False
        if command == "reset":
            corrected = bool(self._turns)
            self.reset()
        elif command == "drop" and self._turns:
            self._turns.pop()
            corrected = True
        elif self._turns and self._edit_address(fold(text)):
            return "corrected"
        tokens = email_tokens(rest if command else text, self.lang)
        if "@" in tokens:
            at = tokens.index("@")
            if _talk(tokens[at + 1 :], self.lang):
                return "corrected" if corrected else "nothing"  # "antes de la arroba, solo que ...": talk
            local = strip_lead_in(tokens[:at])
            if _talk(local, self.lang):
                local = []  # "y lo que sigue después es arroba gmail punto com": only the domain is new
            if local and self._turns:
                self._turns = []  # a whole new address
                corrected = True
            elif not local and "@" in self._tokens:
                cut = self._tokens.index("@")  # "arroba hotmail punto com": the domain again
                self._turns = [self._tokens[:cut]]
                corrected = True
            tokens = [*local, *tokens[tokens.index("@") :]]
        else:
            tokens = strip_lead_in(tokens)
            question = "?" in text and len(tokens) >= 2 and _talk(tokens, self.lang, 1)
            # "no está mal", "todo lo demás": everyday words only, a remark about the address
            question = question or (len(tokens) >= 2 and _talk(tokens, self.lang, len(tokens)))
            if _CLOSING.fullmatch(" ".join(tokens)) or _talk(tokens, self.lang, 3) or question:
                # "es todo"; "todo lo demás está bien", "¿por qué entiendes?": talk, not part of the address
                tokens = []
        previous = self.value
        if tokens:
            local, domain = assemble([*self._tokens, *tokens], self.lang)
            if len(local) > MAX_LOCAL or len(local) + len(domain or "") + 1 > MAX_ADDRESS:
                # An address has a maximum length (RFC 5321): a turn that would pass it adds nothing.
                return "corrected" if corrected else "nothing"
            self._turns.append(tokens)
        self.value = address_from_tokens(self._tokens, self.lang) if self._tokens else None
        self.complete = self.value is not None
        if corrected or (previous is not None and previous != self.value and not tokens):
            return "corrected"
        if not tokens:
            return "nothing"
        return "complete" if self.complete else "partial"


TYPE = SlotType(
    name="email",
    extract_fn=lambda text, locale, options: extract_email(text, locale),
    readback_fn=lambda value, locale, spell, said: email_readback(str(value), lang_of(locale), spell),
    start_fn=lambda locale, options: EmailAccumulator("email", locale, options),
    options=frozenset({"pattern"}),
    spellable=True,
    eval_kinds={"email": lambda text, locale, options: extract_email(text, locale)},
    description="an e-mail address, lower case; can be spelled",
    order=60,
)
