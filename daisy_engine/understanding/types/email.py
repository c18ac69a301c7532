"""`email`: an e-mail address, lower case, dictated over turns in any split ("juan punto perez",
"arroba gmail punto com"); can be spelled; read back word by word with `spell_back`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..accumulators import _CLOSING, _REMOVE, _REPLACE, Accumulator, Status, _insertion
from ..emails import (
    TAKE_BACK,
    address_from_tokens,
    announces_address,
    assemble,
    email_tokens,
    extract_email,
    is_provider,
    strip_lead_in,
    validated,
)
from ..letters import letter_name
from ..lexicon import COMMON_WORDS
from ..normalize import Lang, fold, lang_of
from ..numbers import digitize, is_number_word
from ..plates import extract_char
from ..readback import email_readback
from .base import SlotType


def _talk(tokens: list[str], lang: Lang, least: int = 2) -> bool:
    """Words that are a sentence about the address, not part of it ("antes de la arroba está bien")."""
    return sum(1 for t in tokens if len(t) > 1 and t in COMMON_WORDS[lang]) >= least


MAX_LOCAL = 64
MAX_ADDRESS = 254
# A dictation that says again, from a new turn, at least this many characters of its own beginning ("8 v 2
# s g", ..., "8 v 2") has been started over without saying so: what came before the repeat is dropped.
_RESTART_MIN = 3
# A re-dictated local part ending as the turned-down one did (its last characters) has reached the "@".
_SAME_END = 3


_AROUND_NUMBERS = frozenset(("y", "and", "no", "nope", "a", "las", "la", "at", "como", "around", "about"))


def _compound_numbers(tokens: list[str], lang: Lang) -> bool:
    """Only number words, one of them a number of two or more digits said as one ("diecisiete cuarenta y
    cinco", "no, treinta y dos"): a time or a number answered late, not the start of a dictated address
    (whose digits come one by one: "ocho", "uno dos")."""
    words = [t for t in tokens if t not in _AROUND_NUMBERS]
    if not words or not all(is_number_word(t, lang) for t in words):
        return False
    return any(len(d) > 1 for d in digitize(words, lang))


class EmailAccumulator(Accumulator):
    """An address dictated over turns: local part, "arroba", domain, endings, in any split."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self._turns: list[list[str]] = []
        self._read: tuple[tuple[str, ...], str] | None = None  # (tokens, their read-back): see so_far
        # The last whole address the caller turned down (local part, domain): when the value is said again,
        # the domain need not be (see `finish`).
        self._denied: tuple[str, str] | None = None
        self.started_over = False  # the last turn began the address again without saying so

    def reset(self) -> None:
        if self.complete and isinstance(self.value, str) and "@" in self.value:
            local, domain = self.value.rsplit("@", 1)
            self._denied = (local, domain)
        super().reset()
        self._turns = []
        self._read = None

    def finish(self) -> Any | None:
        """The value when the caller is done. A local part said again after an address was turned down,
        different from the one turned down but ending as it did, has reached the "@": the domain is the
        one the caller gave before ("... s g" then a pause, after "p t 8 v 2 s g arroba gmail punto com"
        was turned down). The read-back says it whole, so the caller can still change it."""
        if not self.complete and self._denied is not None and self._turns and "@" not in self._tokens:
            local, _ = assemble(self._tokens, self.lang, lead_in=False)
            old_local, domain = self._denied
            end = min(_SAME_END, max(1, len(old_local) - 1))  # a short one may differ in its first character
            if local and local != old_local and len(local) >= end and local[-end:] == old_local[-end:] \
                    and validated(f"{local}@{domain}"):
                self._turns.append(["@", *re.findall(r"[a-z0-9]+|[.\-]", domain)])
                self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
                self.complete = self.value is not None
        return super().finish()

    @property
    def _tokens(self) -> list[str]:
        return [t for turn in self._turns for t in turn]

    def so_far(self) -> str:
        # Read many times a turn (the progress check, the log, the templates) and costly to assemble:
        # kept for the tokens it was made from, which are all it depends on.
        tokens = tuple(self._tokens)
        if self._read is None or self._read[0] != tokens:
            local, domain = assemble(list(tokens), self.lang, lead_in=False)
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
        local, domain = assemble(self._tokens, self.lang, lead_in=False)
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
        self.value = address_from_tokens(self._tokens, self.lang, lead_in=False)
        self.complete = self.value is not None
        return True

    def _commands(self, folded: str) -> tuple[str, str]:
        """As for every accumulator, and "el correo es mario punto salinas" amid a dictation: the address
        named again and said from its start replaces what was collected."""
        command, rest = super()._commands(folded)
        if not command:
            tokens = email_tokens(folded, self.lang)
            if "@" not in tokens and announces_address(tokens) \
                    and sum(c.isalnum() for c in "".join(strip_lead_in(tokens, self.lang))) > 1:
                return "reset", folded
        return command, rest

    def _feed(self, text: str) -> Status:
        self.started_over = False
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
            local = strip_lead_in(tokens[:at], self.lang)
            if _talk(local, self.lang):
                local = []  # "y lo que sigue después es arroba gmail punto com": only the domain is new
            if local and self._turns and self._new_address(tokens[:at], local):
                self._turns = []  # a whole new address
                corrected = True
            elif not local and "@" in self._tokens:
                cut = self._tokens.index("@")  # "arroba hotmail punto com": the domain again
                self._turns = [self._tokens[:cut]]
                corrected = True
            tokens = [*local, *tokens[tokens.index("@") :]]
        else:
            tokens = strip_lead_in(tokens, self.lang)
            if not self._turns and _compound_numbers(tokens, self.lang):
                tokens = []  # "diecisiete cuarenta y cinco" at the e-mail question: another value, late
            question = "?" in text and len(tokens) >= 2 and _talk(tokens, self.lang, 1)
            # "¿Pregunto?" amid letters spelled one by one: a remark, not a word of the address
            question = question or ("?" in text and self._spelling() and len(tokens) == 1
                                    and self._plain_word(tokens[0]))
            # "no está mal", "todo lo demás": everyday words only, a remark about the address
            question = question or (len(tokens) >= 2 and _talk(tokens, self.lang, len(tokens)))
            if _CLOSING.fullmatch(" ".join(tokens)) or _talk(tokens, self.lang, 3) or question:
                # "es todo"; "todo lo demás está bien", "¿por qué entiendes?": talk, not part of the address
                tokens = []
        previous = self.value
        if tokens:
            local, domain = assemble([*self._tokens, *tokens], self.lang, lead_in=False)
            if len(local) > MAX_LOCAL or len(local) + len(domain or "") + 1 > MAX_ADDRESS:
                # An address has a maximum length (RFC 5321): a turn that would pass it adds nothing.
                return "corrected" if corrected else "nothing"
            self._turns.append(tokens)
            # said from its start, announced ("el correo es ...", "otra vez ...") or not: what was heard
            # before is no guide to what is new
            self.started_over = (command == "reset" and corrected) or self._started_again()
        self.value = address_from_tokens(self._tokens, self.lang, lead_in=False) if self._tokens else None
        self.complete = self.value is not None
        if corrected or (previous is not None and previous != self.value and not tokens):
            return "corrected"
        if not tokens:
            return "nothing"
        return "complete" if self.complete else "partial"


    def _new_address(self, said: list[str], local: list[str]) -> bool:
        """Whether a turn with a local part and an "@" says a whole new address rather than the rest of the
        one being dictated ("juan", "punto", "perez arroba gmail punto com" is one address). New: after a
        whole address, when named or taken back ("mi correo es ...", "no, perdón, ..."), or when it says
        again the start of what was collected ("j u", then "juan arroba ...")."""
        if "@" in self._tokens or announces_address(said) or (said and said[0] in TAKE_BACK):
            return True
        before, _ = assemble(self._tokens, self.lang, lead_in=False)
        if not before or before[-1] in "._-":
            return False  # "juan punto" then "perez arroba ...": the address goes on
        new, _ = assemble(local, self.lang, lead_in=False)
        start = before[: min(_SAME_END, len(before))]
        return new.startswith(start)

    def _spelling(self) -> bool:
        """The caller is spelling: the last turn gave one character at a time."""
        return bool(self._turns) and all(len(t) == 1 and t.isalnum() for t in self._turns[-1])

    def _plain_word(self, tok: str) -> bool:
        return tok.isalpha() and len(tok) > 2 and letter_name(tok, self.lang, nato=False) is None \
            and not is_provider(tok)

    def _started_again(self) -> bool:
        """The turns from some turn on repeat the local part's own beginning (at least `_RESTART_MIN`
        characters): the caller began the address again without saying so; the repeat replaces it."""
        if "@" in self._tokens or len(self._turns) < 2:
            return False
        for start in range(1, len(self._turns)):
            head, _ = assemble([t for turn in self._turns[:start] for t in turn], self.lang, lead_in=False)
            tail, _ = assemble([t for turn in self._turns[start:] for t in turn], self.lang, lead_in=False)
            if len(tail) >= _RESTART_MIN and len(head) > len(tail) and head.startswith(tail) \
                    and head[-1] not in "._-":  # "ana punto ana" is one address
                self._turns = self._turns[start:]
                return True
        return False


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
