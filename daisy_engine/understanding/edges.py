"""Where in a word or a number something goes, said by its edge: "al final", "at the start".

One list for every reader of it: the end of a number said apart ("termina en cuatro", "un cuatro al final":
`types.integer`), a spelling note ("ordás con zeta al final": `emails`), an ending said missing ("le falta el
punto mx al final": `types.email`).
"""

from __future__ import annotations

from .normalize import Lang

EDGE_PHRASES: dict[Lang, dict[str, tuple[str, ...]]] = {
    "es": {
        "end": ("al final", "al ultimo", "hasta el final", "hasta atras"),
        # "adelante" alone is also "go ahead": the readers that take a bare word before a value leave it out
        "start": ("al principio", "al inicio", "al comienzo", "hasta adelante", "adelante"),
    },
    "en": {
        "end": ("at the end",),
        "start": ("at the start", "at the beginning", "up front", "in front"),
    },
}


def edge_alternation(lang: Lang, *edges: str, bare: bool = True) -> str:
    """The edge phrases of `lang` (of `edges`, default both) as a regex alternation; without the one-word
    ones when not `bare`."""
    said = [p for edge in (edges or ("end", "start")) for p in EDGE_PHRASES[lang][edge] if bare or " " in p]
    return "|".join(sorted(said, key=len, reverse=True))


def edge_words(edge: str) -> tuple[list[str], ...]:
    """The phrases of `edge` ("end" or "start") in every language, each as its words."""
    return tuple(p.split() for lang in EDGE_PHRASES for p in EDGE_PHRASES[lang][edge])
