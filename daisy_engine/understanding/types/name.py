"""`name`: a person's name, Title Case with accents.

At a read-back the caller may fix one part of the name ("No, Peña, con pe" at "Julián Ortega Beña") or
give it in full ("Sí, Ernesto Galindo Reyes" at "Ernesto Galindo"): the accumulator's `edit` applies
that to the name read back (see `NameAccumulator.edit`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..accumulators import SimpleAccumulator
from ..names import extract_name
from ..normalize import fold
from .base import Options, SlotType

# How alike a part said at the read-back must sound to the part it replaces ("Peña" for "Beña": 75).
_SAME_PART = 60


class NameAccumulator(SimpleAccumulator):
    """A name, complete on its first valid extraction, that a read-back answer can fix part by part."""

    def edit(self, text: str) -> bool:
        """The name read back with the caller's fix: a fuller name that keeps every part read back
        ("Ernesto Galindo Reyes" for "Ernesto Galindo"), or fewer parts than were read back each
        replacing the one part it sounds like ("Peña" for the "Beña" of "Julián Ortega Beña"). True when
        the name changed; a whole other name is not an edit (it is heard as a new value)."""
        if not isinstance(self.value, str) or not isinstance(text, str):
            return False
        said = _extract(text, self.locale)
        if said is None:
            return False
        old, new = self.value.split(), said.split()
        old_folded, new_folded = [fold(w) for w in old], [fold(w) for w in new]
        if len(new) > len(old) and _in_order(old_folded, new_folded):
            return self._take(said, text)
        if len(new) >= len(old):
            return False
        parts = list(old)
        used: set[int] = set()
        for word, folded in zip(new, new_folded, strict=True):
            scores = [fuzz.ratio(folded, o) for o in old_folded]
            best = max(range(len(old)), key=lambda i: scores[i])
            ties = [i for i, s in enumerate(scores) if s == scores[best]]
            if scores[best] < _SAME_PART or len(ties) > 1 or best in used:
                return False
            used.add(best)
            parts[best] = word
        fixed = " ".join(parts)
        return fixed != self.value and self._take(fixed, text)

    def describes(self, text: str) -> bool | None:
        """A name said at the read-back whose every part is already in the name read back, in its order ("No,
        Juventino." at "Juventino Sandoval Orozco"): the caller answered another read-back (True; read it
        back again). None when the turn says no name."""
        if not isinstance(self.value, str) or not isinstance(text, str):
            return None
        said = _extract(text, self.locale)
        if said is None:
            return None
        return _in_order([fold(w) for w in said.split()], [fold(w) for w in self.value.split()])

    def _take(self, value: str, text: str) -> bool:
        self.value, self.complete, self.said = value, True, text
        return True


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether every word of `part` is in `whole`, in the same order."""
    it = iter(whole)
    return all(word in it for word in part)


# A word spelled out in syllables or letters ("Ju-ven-ti-no", "J-u-a-n"): one word. Compound names joined
# with a hyphen have longer parts ("Pérez-Ortega") and stay as they are.
_SYLLABLES = re.compile(r"(?<![\w-])[^\W\d_]{1,3}(?:-[^\W\d_]{1,3}){2,}(?![\w-])"
                        r"|(?<![\w-])[^\W\d_](?:-[^\W\d_])+(?![\w-])")


def joined_syllables(text: str) -> str:
    """`text` with every word said in syllables or letters joined into one ("Ju-ven-ti-no" -> "Juventino")."""
    return _SYLLABLES.sub(lambda m: m.group(0).replace("-", "").capitalize(), text)


def _extract(text: str, locale: str) -> str | None:
    return extract_name(joined_syllables(text), locale)


def _start(locale: str, options: Options) -> NameAccumulator:
    return NameAccumulator(
        "name", locale, options,
        extract=lambda text, loc, opts: TYPE.extract(text, loc, opts),
        readback=lambda value: TYPE.readback(value, locale),
    )


TYPE = SlotType(
    name="name",
    extract_fn=lambda text, locale, options: _extract(text, locale),
    start_fn=_start,
    options=frozenset({"pattern"}),
    eval_kinds={"name": lambda text, locale, options: _extract(text, locale)},
    description="a person's name, Title Case with accents",
    order=10,
)

__all__ = ["TYPE", "NameAccumulator"]
