"""The top-level package: what `from daisy_engine import ...` offers, and the error hierarchy."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
from pathlib import Path

import pytest

import daisy_engine
from daisy_engine import errors


def test_every_name_in_all_can_be_imported_from_the_package() -> None:
    namespace: dict[str, object] = {}
    exec("from daisy_engine import *", namespace)
    assert set(daisy_engine.__all__) <= set(namespace)
    for name in daisy_engine.__all__:
        value = namespace[name]
        assert getattr(value, "__name__", name) == name  # the object itself, not something renamed


def test_all_lists_the_package_namespace_and_nothing_private() -> None:
    for name in daisy_engine.__all__:
        getattr(daisy_engine, name)
    loaded = {
        name
        for name, value in vars(daisy_engine).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert loaded <= set(daisy_engine.__all__)
    assert all(not name.startswith("_") for name in daisy_engine.__all__)
    assert daisy_engine.__all__ == sorted(daisy_engine.__all__, key=str.casefold)
    assert set(daisy_engine.__all__) <= set(dir(daisy_engine))


def test_what_a_transport_and_a_tool_author_need_is_exported() -> None:
    from daisy_engine.runtime import actions

    assert set(actions.__all__) <= set(daisy_engine.__all__)
    assert {"ToolError", "DaisyError", "FlowError", "Conversation", "load_flow", "compile_flow"} <= set(
        daisy_engine.__all__
    )


def test_what_a_store_author_needs_is_exported() -> None:
    # A Store is public: the record types its methods take and return must be importable from the
    # package too, or nobody can write one against the public API.
    import typing

    from daisy_engine.store.base import Store

    needed = set()
    for name, method in vars(Store).items():
        if name.startswith("_") or not callable(method):
            continue
        for hint in typing.get_type_hints(method).values():
            for part in (hint, *typing.get_args(hint)):
                if inspect.isclass(part) and part.__module__.startswith("daisy_engine"):
                    needed.add(part.__name__)
    assert {"Record", "NewRecord", "RecordUpdate"} <= needed
    assert needed <= set(daisy_engine.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        daisy_engine.no_such_name  # noqa: B018


def _engine_modules() -> list[types.ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(daisy_engine.__path__, "daisy_engine."):
        if ".transports.livekit" in info.name:
            continue  # needs the livekit extra; its errors are checked by its own tests
        modules.append(importlib.import_module(info.name))
    return modules


def _engine_exceptions() -> set[type[BaseException]]:
    return {
        value
        for module in _engine_modules()
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__.startswith("daisy_engine")
    }


def test_every_engine_error_is_a_daisy_error() -> None:
    found = _engine_exceptions()
    assert len(found) >= 8
    assert not [error for error in found if not issubclass(error, errors.DaisyError)]


def test_the_error_tree_in_the_docstring_names_every_error_where_it_lives() -> None:
    tree = errors.__doc__ or ""
    for error in _engine_exceptions():
        lines = [line for line in tree.splitlines() if f" {error.__name__} " in line]
        assert any(error.__module__ in line for line in lines), f"{error.__module__}.{error.__name__}"
        parent = error.__mro__[1]
        if parent is not errors.DaisyError and parent.__module__.startswith("daisy_engine"):
            # drawn under its parent: the parent's line comes before it, less indented
            parent_line = next(line for line in tree.splitlines() if f" {parent.__name__} " in line)
            assert parent_line.index(parent.__name__) < lines[0].index(error.__name__)


def test_one_except_daisy_error_catches_a_user_mistake(tmp_path: Path) -> None:
    from daisy_engine.flow.scaffold import scaffold

    with pytest.raises(errors.DaisyError, match="not a valid flow name"):
        scaffold("Not A Name", tmp_path, "es-MX")
    with pytest.raises(errors.StoreError, match="is a directory"):
        daisy_engine.SQLiteStore(tmp_path)
    with pytest.raises(daisy_engine.FlowError) as raised:
        daisy_engine.load_flow(tmp_path)
    assert isinstance(raised.value, errors.DaisyError)
