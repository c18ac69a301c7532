"""Settings shared by the whole suite: the Hypothesis profiles.

Two profiles: "quick" (the default, for running tests while developing) and "thorough" (CI, selected
by CI=true as `.ci/run` runs it, or by HYPOTHESIS_PROFILE=thorough). A property test states its
budget as a multiple of the profile's `max_examples` (`settings.default.max_examples * 10` for a cheap
property worth many examples), so "thorough" runs each property as many examples as the suite always
did in CI and "quick" a fifth of that. Neither has a deadline: a slow example on a busy machine is
not a failure.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("quick", max_examples=20, deadline=None)
settings.register_profile("thorough", max_examples=100, deadline=None, print_blob=True)


def _profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "thorough" if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes") else "quick"


settings.load_profile(_profile())
