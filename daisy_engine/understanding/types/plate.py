"""`plate`: a licence plate, "ABC-1234", fitted to the slot `pattern` (default `[A-Z]{2,3}-\\d{3,4}`).

Dictated over turns, with corrections (see `accumulators` for the commands); can be spelled one
character at a time; read back character by character ("B de burro" with `spell_back`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import regex

from ..accumulators import (
    _ORDINALS,
    _POSITION,
    _REMOVE,
    _REPLACE,
    _THEN_ONE,
    _WRONG_ONE,
    Accumulator,
    Status,
    _insertion,
    wrong_kind,
)
from ..letters import Piece
from ..normalize import fold, lang_of
from ..plates import best_fit, candidates, extract_char, extract_plate, fit, pattern_of, plate_pieces
from ..readback import plate_readback
from .base import SlotType


class PlateAccumulator(Accumulator):
    """Letters and digits dictated over turns, fitted to the slot pattern."""

    _piecewise = True

    def __init__(self, slot_type: str, locale: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(slot_type, locale, options)
        self.pattern: regex.Pattern[str] | None = pattern_of(self.options)
        self.chars: list[str] = []
        self._turns: list[int] = []  # how many chars each turn added, for "borra eso"
        self._letters_first = False  # digits kept after "las letras están mal": new letters go before them
        self._wrong: str | None = None  # the one character the caller said is wrong, awaiting the right one
        # What the caller said is right ("las letras no están bien, los números sí"): a start-over keeps it.
        self._confirmed: tuple[tuple[str, ...], bool] | None = None
        self.started_over = False  # the last turn clearly began the value again ("A C A" + "D": A D)

    def reset(self) -> None:
        super().reset()
        self.chars = []
        self._turns = []
        self._letters_first = False
        self._wrong = None
        self._confirmed = None
        self.started_over = False

    def confirmed_part(self) -> tuple[tuple[str, ...], bool] | None:
        """The characters the caller confirmed while this value was dictated, and whether the rest goes
        before them; None when the caller confirmed none."""
        return self._confirmed

    def keep_confirmed(self, part: tuple[tuple[str, ...], bool] | None) -> None:
        """Start the value over from what the caller confirmed (see `confirmed_part`)."""
        if not part or self.chars:
            return
        chars, letters_first = part
        self.chars, self._turns = list(chars), [len(chars)]
        self._letters_first, self._confirmed = letters_first, part
        self._refresh()

    def mark_wrong(self, text: str) -> bool:
        """Note the one character a turn says is wrong ("la única letra que está mal es la P"), so that the
        right one said next ("sería la letra T") replaces it; True when there was such a character."""
        m = _WRONG_ONE[self.lang].search(fold(text)) if isinstance(text, str) else None
        said = next((g for g in m.groupdict().values() if g), None) if m else None
        old = extract_char(said, self.locale) if said else None
        self._wrong = old if old is not None and old in self.chars else None
        return self._wrong is not None

    def so_far(self) -> str:
        return " ".join(c for c in self.chars if c != "-")

    def _pieces_of(self, chars: list[str]) -> list[Piece]:
        return [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in chars]

    def _refresh(self) -> None:
        fitted = fit(self._pieces_of(self.chars), self.pattern, dashes=True) if self.pattern and self.chars else None
        self.value, self.complete = fitted, fitted is not None
        if self.complete and not _letters_can_follow(self.chars, self.pattern):
            self._letters_first = False

    def _feed(self, text: str) -> Status:
        if self.pattern is None:
            return "nothing"
        folded = fold(text)
        command, rest = self._commands(folded)
        corrected = False
        if command == "reset":
            corrected = bool(self.chars)
            self.reset()
        elif command == "drop" and self._turns:
            del self.chars[len(self.chars) - self._turns.pop() :]
            corrected = True
        if command:
            folded = rest
        edit = self._edit(folded)
        if edit is not None:
            self._refresh()
            if edit == "appended" and not corrected:
                return "complete" if self.complete else "partial"
            return "corrected" if edit != "failed" or corrected else "nothing"
        added = self._add(folded)
        self._refresh()
        if added == "restart":
            return "corrected"
        if corrected:
            return "corrected"
        if not added:
            return "nothing"
        return "complete" if self.complete else "partial"

    def _edit(self, folded: str) -> Literal["edited", "appended", "failed"] | None:
        """Apply "en vez de X es Y" / "la última es Y"; None when the turn is not such an edit."""
        then = _THEN_ONE[self.lang].search(folded.strip()) if self._wrong is not None else None
        new_char = extract_char(then.group("new"), self.locale) if then else None
        if new_char is not None and self._wrong in self.chars and new_char != self._wrong:
            self.chars[len(self.chars) - 1 - self.chars[::-1].index(self._wrong)] = new_char
            self._wrong = None
            return "edited"
        kind = wrong_kind(folded, self.lang)
        if kind and self.chars:
            letters = kind in ("letras", "letters")
            kept = [c for c in self.chars if c != "-" and c.isalpha() != letters]
            if not kept or len(kept) == len([c for c in self.chars if c != "-"]):
                return "failed"
            self.chars, self._turns = kept, [len(kept)]
            self._letters_first = letters  # the letters said next go before the digits that were kept
            self._confirmed = (tuple(kept), letters)
            return "edited"
        m = _POSITION[self.lang].search(folded)
        if m:
            new = extract_char(m.group("new"), self.locale)
            what = m.group("what") or ""
            idx = [i for i, c in enumerate(self.chars) if c != "-" and (
                not what or what == "one" or what == "character"
                or (c.isdigit() if what in ("numero", "digito", "number", "digit") else c.isalpha()))]
            pos = _ORDINALS[m.group("pos")]
            if new is not None and pos == len(idx) and not what:
                self.chars.append(new)  # "la primera es la A" before anything was said: just the next one
                self._turns.append(1)
                return "appended"
            if new is None or not idx or not -len(idx) <= pos < len(idx):
                return "failed"
            self.chars[idx[pos]] = new
            return "edited"
        failed = False
        for rx in _REPLACE[self.lang]:
            m = rx.search(folded)
            if not m:
                continue
            old = extract_char(m.group("old"), self.locale)
            new = extract_char(m.group("new"), self.locale)
            if old is None or new is None or old not in self.chars:
                failed = True  # another wording may still read it ("sería la T en vez de la D")
                continue
            at = len(self.chars) - 1 - self.chars[::-1].index(old)
            self.chars[at] = new
            return "edited"
        if failed:
            return "failed"
        for rx in _REMOVE[self.lang]:
            m = rx.search(folded)
            old = extract_char(m.group("old"), self.locale) if m else None
            if old is None:
                continue
            if old not in self.chars:
                return "failed"
            del self.chars[len(self.chars) - 1 - self.chars[::-1].index(old)]
            return "edited"
        inserted = _insertion(folded, self.locale, [c for c in self.chars if c != "-"], words=False) \
            if self.chars else None
        if inserted is not None:
            self.chars = inserted
            return "edited"
        return None

    def edit(self, text: str) -> bool:
        if self.pattern is None or not isinstance(text, str):
            return False
        before, turns = list(self.chars), list(self._turns)
        try:
            done = self._edit(fold(text)) == "edited"
        except Exception:  # a correction that cannot be read leaves the value as it was
            done = False
        if not done or self.chars == before:
            self.chars, self._turns = before, turns
            return False
        self._turns = [len(self.chars)]
        self._refresh()
        return True

    def _add(self, folded: str) -> bool | str:
        assert self.pattern is not None
        self.started_over = False
        parsed = plate_pieces(folded, self.lang)
        pieces = parsed.pieces
        if not pieces or (parsed.noise and not any(p.strong for p in pieces)):
            return False
        existing = self._pieces_of(self.chars)
        options = [c for c in candidates(pieces) if c]
        options += [swapped for c in options if (swapped := _o_as_zero(c)) != c]
        if self._letters_first and any(c.isdigit() for c in self.chars):
            lead = [c for c in self.chars if c.isalpha()]
            rest = [c for c in self.chars if not c.isalpha()]
            for cand in options:
                new = [p.chars for p in cand if p.kind == "letter"]
                if len(new) != len(cand):
                    continue
                letters = [*lead, *"".join(new)]
                if fit(self._pieces_of([*letters, *rest]), self.pattern, dashes=True) \
                        or fit(self._pieces_of(letters), self.pattern, partial=True, dashes=True):
                    self.chars = [*letters, *rest]
                    self._turns.append(len("".join(new)))
                    return True
        whole = best_fit(pieces, self.pattern)
        if whole and self.chars:
            # the caller said the whole plate again: take it as the new value
            self.chars = [c for c in whole if c != " "]
            self._turns = [len(self.chars)]
            return "restart"
        for cand in options:
            if fit([*existing, *cand], self.pattern, partial=True, dashes=True):
                return self._append(cand)
        again = self._begun_again(options)
        if again is not None:
            self.chars, self._turns, self.started_over = again, [len(again)], True
            return True
        if self.chars:
            for cand in options:
                if fit(list(cand), self.pattern, partial=True, dashes=True):
                    self.chars, self._turns = [], []
                    self._append(cand)
                    return "restart"  # what came before cannot be completed: a new plate started
        strong = [p for p in pieces if p.strong and p.kind != "dash"]
        # "Ecueta M 4739": a garbled word next to a letter and the digits; keep what was heard of it
        plate_shaped = any(p.kind == "letter" for p in strong) and any(p.kind == "digit" and len(p.chars) >= 3
                                                                        for p in strong)
        if (not parsed.noise or plate_shaped) and len(strong) >= 2 \
                and all(p.strong or p.kind == "dash" for p in pieces):
            # "tres cuatro ele eme cinco" for an LLL-DDDD slot: never reordered or trimmed to fit. Kept as
            # said, so the read-back shows the caller what was heard and a correction can start from it.
            restart = bool(self.chars)
            self.chars, self._turns = [], []
            self._append(tuple(pieces))
            return "restart" if restart else True
        return False

    def _begun_again(self, options: list[tuple[Piece, ...]]) -> list[str] | None:
        """Letters that do not fit after the letters taken, when the caller has clearly begun the value
        again: the new letter is the value's first one ("J T K", then "J"), or a letter taken after the
        first repeats it ("A C A", then "D": the second A began the re-dictation, so "A D")."""
        if not self.chars or not all(c.isalpha() for c in self.chars):
            return None
        first = self.chars[0]
        for cand in options:
            new = [c for p in cand if p.kind == "letter" for c in p.chars]
            if not new or len(new) != sum(len(p.chars) for p in cand):
                continue
            if new[0] == first:
                start: list[str] = []
            else:
                repeats = [i for i in range(1, len(self.chars)) if self.chars[i] == first]
                if not repeats:
                    continue
                start = self.chars[repeats[-1] :]
            again = [*start, *new]
            if again == self.chars[: len(again)]:
                continue  # the same letters said again: a restatement, not a new start
            if fit(self._pieces_of(again), self.pattern, partial=True, dashes=True):
                return again
        return None

    def _append(self, cand: tuple[Piece, ...]) -> bool:
        new = [c for p in cand for c in (p.chars if p.kind != "dash" else "-")]
        if not new:
            return False
        self.chars.extend(new)
        self._turns.append(len(new))
        return True


def _letters_can_follow(chars: list[str], pattern: regex.Pattern[str] | None) -> bool:
    """Whether one more letter before the digits would still fit (DZ-4739 may still become DZM-4739)."""
    if pattern is None:
        return False
    letters = [c for c in chars if c.isalpha()]
    rest = [c for c in chars if not c.isalpha()]
    trial = [*letters, "A", *rest]
    pieces = [Piece(c, "dash" if c == "-" else "digit" if c.isdigit() else "letter") for c in trial]
    return fit(pieces, pattern, dashes=True) is not None


def _o_as_zero(cand: tuple[Piece, ...]) -> tuple[Piece, ...]:
    # "oh" on its own turn: the letter O, unless only the digit fits where the plate has got to
    return tuple(Piece("0", "digit") if p.chars == "O" else p for p in cand)


def validate_plate(value: Any, locale: str, options: Mapping[str, Any] | None = None) -> str | None:
    """A plate in its normal form is valid as written: read as speech, a glued "3O" at the end would be
    "30" (the recogniser writes zero as O), and a value the accumulator built must validate to itself.
    Anything else is read as an utterance."""
    if not isinstance(value, str):
        return None
    pattern = pattern_of(options)
    written = value.strip().upper()
    if pattern is not None and pattern.fullmatch(written):
        return written
    return extract_plate(value, locale, options)


TYPE = SlotType(
    name="plate",
    extract_fn=extract_plate,
    validate_fn=validate_plate,
    readback_fn=lambda value, locale, spell, said: plate_readback(str(value), lang_of(locale), spell),
    start_fn=lambda locale, options: PlateAccumulator("plate", locale, options),
    options=frozenset({"pattern"}),
    spellable=True,
    eval_kinds={"plate": extract_plate, "plate_char": lambda text, locale, options: extract_char(text, locale)},
    description='a licence plate, "ABC-1234" (`pattern`); can be spelled',
    order=40,
)
