"""Shared by every test: each test starts from the same environment variables.

Starting a LiveKit worker in-process exports LIVEKIT_URL (and the keys) into `os.environ`, as
livekit-agents does for its jobs; left there, a later in-process `daisy-engine run` would start a worker
instead of the console. Restoring the environment after every test keeps tests independent of order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _environment_restored() -> Iterator[None]:
    saved = dict(os.environ)
    yield
    if dict(os.environ) != saved:
        os.environ.clear()
        os.environ.update(saved)
