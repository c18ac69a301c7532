"""Fuzzy intent matching scores a window only against the phrases whose length lets it reach the cutoff
(`intents._near_in_length`): the hit must be the very one scoring every phrase gives - over every caller turn of
every labelled set and every eval case, in both languages."""

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from daisy_engine.understanding.intents import _FUZZY_CUTOFF_LONG, _index, _near_in_length, _phonetic
from daisy_engine.understanding.normalize import fold, lang_of, words

DATA = Path(__file__).resolve().parents[1] / "data"


def _turns() -> dict[str, set[str]]:
    """Every caller turn of the labelled calls and every eval text, by language."""
    said: dict[str, set[str]] = {"es": set(), "en": set()}
    for path in DATA.glob("*/transcripts/*.json"):
        items = json.loads(path.read_text("utf-8")).get("transcript", {}).get("items", [])
        for item in items:
            if item.get("role") == "user":
                said["es"].update(c for c in item.get("content", []) if isinstance(c, str))
    for path in DATA.glob("eval*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            case = json.loads(line) if line.strip() else {}
            if isinstance(case.get("text"), str):
                said[lang_of(case.get("locale") or "es-MX")].add(case["text"])
    return said


TURNS = _turns()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_fuzzy_intent_hits_are_those_of_scoring_every_phrase(lang):
    index = _index(lang, ())
    windows: set[tuple[int, str]] = set()
    for text in TURNS[lang]:
        sounds = [_phonetic(w, lang) for w in words(fold(text))][:24]
        for n in index.fuzzy:
            windows.update((n, " ".join(sounds[s: s + n])) for s in range(len(sounds) - n + 1))
    assert len(windows) > 10_000  # the sets are all there
    hits = 0
    for n, window in windows:
        every = index.fuzzy[n][0]
        near, at = _near_in_length(index, n, len(window))
        best = process.extractOne(window, every, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG)
        fast = process.extractOne(window, near, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG) \
            if near else None
        assert ((fast[0], fast[1], at[fast[2]]) if fast else None) == best, window
        if best is not None:
            hits += 1
            all_hits = process.extract(window, every, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG,
                                       limit=None)
            near_hits = process.extract(window, near, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF_LONG,
                                        limit=None)
            assert [(p, s, at[i]) for p, s, i in near_hits] == list(all_hits), window
    assert hits > 100  # near misses are there to compare, not only windows matching nothing


@pytest.mark.parametrize(("lang", "window"), [("es", "si"), ("es", "yamame mas tarde porfabor"), ("en", "ok"),
                                              ("en", "call me back later please")])
def test_every_phrase_left_out_scores_under_the_cutoff(lang, window):
    index = _index(lang, ())
    for n, (every, _) in index.fuzzy.items():
        near, at = _near_in_length(index, n, len(window))
        assert list(near) == [every[i] for i in at] and list(at) == sorted(at)
        left_out = set(range(len(every))) - set(at)
        assert all(fuzz.ratio(window, every[i]) < _FUZZY_CUTOFF_LONG for i in left_out)


def test_a_bare_yes_is_scored_against_no_phrase():
    index = _index("es", ())
    assert all(_near_in_length(index, n, len("si")) == ((), ()) for n in index.fuzzy)
