"""The engine's log on stderr, masked: what `run` and `callbacks run` show while calls go on."""

from __future__ import annotations

import logging
import sys


def log_to_stderr(debug: bool, *, worker: bool = False) -> None:
    """The engine's log on stderr through the masking filter (e-mails and phone numbers hidden). A
    worker logs its calls at INFO; LiveKit's own log only from ERROR (DEBUG with --debug)."""
    from daisy_engine.runtime.masking import MaskingFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("daisy_engine")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if debug or worker else logging.WARNING)
    if worker:
        livekit = logging.getLogger("livekit")
        livekit.addHandler(handler)
        livekit.setLevel(logging.DEBUG if debug else logging.ERROR)
