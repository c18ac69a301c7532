"""The LiveKit transport's errors are DaisyErrors too, drawn in the tree of `daisy_engine.errors`, so
one `except DaisyError` catches a worker that cannot start as it catches every other engine error."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import daisy_engine.transports.livekit as livekit_transport
from daisy_engine import errors


def _transport_errors() -> set[type[BaseException]]:
    found = set()
    for info in pkgutil.walk_packages(livekit_transport.__path__, "daisy_engine.transports.livekit."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == info.name:
                found.add(value)
    return found


def test_every_livekit_transport_error_is_a_daisy_error_named_in_the_tree() -> None:
    found = _transport_errors()
    assert {"WorkerError", "MissingKeyError", "LiveKitUnavailable"} <= {error.__name__ for error in found}
    tree = errors.__doc__ or ""
    for error in found:
        assert issubclass(error, errors.DaisyError), f"{error.__module__}.{error.__name__}"
        assert any(f" {error.__name__} " in line and error.__module__ in line for line in tree.splitlines()), (
            f"{error.__module__}.{error.__name__} is not drawn in daisy_engine.errors"
        )


def test_a_worker_that_cannot_start_is_caught_as_a_daisy_error() -> None:
    import pytest

    from daisy_engine.transports.livekit.models import openai_key
    from daisy_engine.transports.livekit.worker import LiveKitServer

    with pytest.raises(errors.DaisyError, match="LIVEKIT_URL"):
        LiveKitServer.from_env({})
    with pytest.raises(errors.DaisyError, match="OPENAI_API_KEY"):
        openai_key({})
