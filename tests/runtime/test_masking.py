"""Operational logs never show a caller's e-mail or phone number, nor their words in full."""

from __future__ import annotations

import logging

import pytest

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation, MaskingFilter, mask
from daisy_engine.runtime.masking import preview


@pytest.mark.parametrize(("text", "masked"), [
    ("mi correo es juan.perez@gmail.com, gracias", "mi correo es j***@g***.com, gracias"),
    ("llámeme al +52 55 1234 5678", "llámeme al +**********78"),
    ("tel 555-123-4567.", "tel ********67."),
    ("llego a las 14:30", "llego a las 14:30"),
    ("placas ABC-1234, tractor 042", "placas ABC-1234, tractor 042"),
])
def test_mask(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_preview_is_short_and_masked() -> None:
    shown = preview("soy ana, mi correo es ana.lopez@example.com y mi teléfono 5512345678")
    assert "ana.lopez" not in shown and "5512345678" not in shown
    assert shown.endswith("chars)")


async def test_info_logs_of_a_call_hold_no_personal_data(desk: CompiledFlow, caplog: pytest.LogCaptureFixture) -> None:
    caplog.handler.addFilter(MaskingFilter())
    caplog.set_level(logging.DEBUG, logger="daisy_engine")
    conv = Conversation(desk, context={"phone": "+5215512345678", "call_id": "c1"})
    await conv.start()
    await conv.user_turn("sí")
    await conv.user_turn("mi código es AB12 y mi correo ana.lopez@example.com")
    await conv.user_turn("sí")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "code confirmed" in text and "ana.lopez@example.com" not in text
    assert "5512345678" not in text
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert not any("AB12" in line for line in info)
