import dataclasses
import inspect
import subprocess
import sys
from pathlib import Path

import daisy_engine.understanding as u

PACKAGE = Path(u.__file__).parent


def test_public_interface():
    assert {"text", "name", "integer", "amount", "plate", "time", "email", "yes_no", "choice", "date"} == u.SLOT_TYPES
    assert u.INTENTS == ("repeat", "off_topic", "reschedule", "end_call", "human", "complaint", "busy")
    for cls in (u.FeedResult, u.YesNo, u.IntentMatch):
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    # "closing" was added later, with a default: FeedResult(status, value, so_far) still builds
    assert [f.name for f in dataclasses.fields(u.FeedResult)] == ["status", "value", "so_far", "closing"]
    assert [f.name for f in dataclasses.fields(u.IntentMatch)] == ["name", "score", "minutes"]
    params = inspect.signature(u.detect_intent).parameters
    assert params["enabled"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["extra_phrases"].kind is inspect.Parameter.KEYWORD_ONLY
    for slot_type in u.SLOT_TYPES:
        acc = u.new_accumulator(slot_type, "es-MX")
        assert isinstance(acc, u.Accumulator) and acc.value is None and acc.complete is False


def test_unknown_slot_types_and_locales_are_handled():
    assert u.extract("colour", "rojo", "es-MX") is None
    assert u.validate_value("colour", "rojo", "es-MX") is None
    assert u.extract("integer", "cuatro dos", "fr-FR") == "42"  # non-English locales use the Spanish rules
    assert u.extract("integer", "forty two", "en-GB") == "42"


def test_understanding_imports_neither_livekit_nor_typer():
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import livekit" not in text and "from livekit" not in text, source
        assert "import typer" not in text and "from typer" not in text, source
    code = (
        "import sys, daisy_engine.understanding; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('livekit', 'typer')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
