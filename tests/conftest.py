"""Settings shared by the whole suite: the Hypothesis profiles.

Two profiles: "quick" (the default, for running tests while developing) and "thorough" (CI, selected
by CI=true as `.ci/run` runs it, or by HYPOTHESIS_PROFILE=thorough). A property test states its
budget as a multiple of the profile's `max_examples` (`settings.default.max_examples * 10` for a cheap
property worth many examples), so "thorough" runs each property as many examples as the suite always
did in CI and "quick" a fifth of that. Neither has a deadline: a slow example on a busy machine is
not a failure. "thorough" is derandomized: CI draws the same examples on every machine and every run, so a
fresh clone is green or red for the code, not for the luck of a draw (a random draw once found a name whose
value did not validate to itself, long after it was written); "quick" draws new ones each run, which is
how such cases are found while developing.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("quick", max_examples=20, deadline=None)
settings.register_profile("thorough", max_examples=100, deadline=None, print_blob=True, derandomize=True)


def _profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "thorough" if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes") else "quick"


settings.load_profile(_profile())
