"""Daisy's goodbye is true for whatever is missing: any value left for later (the name, a number, the plates, the
arrival time, the e-mail) gets "we'll ask for what's missing on the next call", whether or not the confirmation
e-mail went out; a registration with nothing missing gets no such promise, and neither does one where all that is
not there is a thing the driver has none of ("no traigo caja", "no tengo correo": settled, not missing). The
engine gives the goodbye the list (`missing`); the record's status comes from the same list."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from runtime_helpers import at_noon, said

from daisy_engine.compiler import CompiledFlow
from daisy_engine.runtime import Conversation
from daisy_engine.store import MemoryStore

ANSWERS = {
    "es-MX": {"full_name": "Ana López Ruiz", "tractor_number": "cuatro cinco dos",
              "tractor_plate": "a b c ciento veintitrés", "trailer_number": "mil",
              "trailer_plate": "x y z novecientos ochenta y siete", "eta": "a las cinco de la tarde",
              "email": "ana arroba gmail punto com"},
    "en-US": {"full_name": "Ana Lopez", "tractor_number": "four five two", "tractor_plate": "ABC 123",
              "trailer_number": "one thousand", "trailer_plate": "XYZ 987", "eta": "at five in the afternoon",
              "email": "ana at gmail dot com"},
}
NOT_AT_HAND = {"es-MX": ["no lo tengo a la mano", "no me acuerdo, ahorita no lo tengo"],
               "en-US": ["I don't have it at hand", "I don't remember it right now"]}
YES = {"es-MX": "sí", "en-US": "yes"}
PROMISE = {"es-MX": "Lo que nos faltó se lo pedimos en la próxima llamada.",
           "en-US": "We'll ask for what's missing on the next call."}
SENT = {"es-MX": "le envié la confirmación", "en-US": "I sent the confirmation"}


async def _registration(daisy: CompiledFlow, locale: str, unknown: set[str],
                        said_instead: dict[str, str] | None = None) -> tuple[Conversation, str]:
    """A driver who answers every question but `unknown` (not at hand, each time it is asked), says `said_instead`
    at those questions, and says yes to every read-back and the summary. The call and Daisy's last words."""
    conv = Conversation(daisy, locale=locale, store=MemoryStore(), clock=at_noon)
    await conv.start()
    last = said(await conv.user_turn(YES[locale]))
    asked: dict[str, int] = {}
    for _ in range(60):
        if conv.ended:
            break
        step = conv.step
        if step.slot and step.name.rsplit(".", 1)[-1] in ("ask", "spell"):
            if step.slot in (said_instead or {}):
                turn = (said_instead or {})[step.slot]
            elif step.slot in unknown:
                turn = NOT_AT_HAND[locale][asked.get(step.slot, 0) % 2]
                asked[step.slot] = asked.get(step.slot, 0) + 1
            else:
                turn = ANSWERS[locale][step.slot]
        else:
            turn = YES[locale]
        last = said(await conv.user_turn(turn))
    assert conv.ended
    return conv, last


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
@pytest.mark.parametrize("left", ["full_name", "tractor_number", "tractor_plate", "trailer_number", "trailer_plate",
                                  "eta", "email"])
async def test_any_value_left_missing_is_promised_for_the_next_call(daisy: CompiledFlow, locale: str,
                                                                    left: str) -> None:
    conv, goodbye = await _registration(daisy, locale, {left})
    assert conv.outcome == "partial"
    assert goodbye.endswith(PROMISE[locale])
    assert left not in conv.slots


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_trap_nothing_missing_promises_nothing(daisy: CompiledFlow, locale: str) -> None:
    conv, goodbye = await _registration(daisy, locale, set())
    assert conv.outcome == "complete"
    assert PROMISE[locale] not in goodbye


@pytest.mark.parametrize(("locale", "no_trailer", "no_email"), [
    ("es-MX", "No traigo caja, voy nomás con el tractor.", "No tengo correo."),
    ("en-US", "I'm not pulling a trailer today.", "I don't have an email."),
])
async def test_trap_what_the_driver_has_none_of_is_not_promised(daisy: CompiledFlow, locale: str, no_trailer: str,
                                                                no_email: str) -> None:
    conv, goodbye = await _registration(daisy, locale, set(),
                                        {"trailer_number": no_trailer, "email": no_email})
    assert conv.outcome == "complete"
    assert PROMISE[locale] not in goodbye
    # and with the name left for later besides, the promise is back
    conv, goodbye = await _registration(daisy, locale, {"full_name"},
                                        {"trailer_number": no_trailer, "email": no_email})
    assert conv.outcome == "partial" and goodbye.endswith(PROMISE[locale])


# -- with the confirmation e-mail sent (the other goodbye) ---------------------------------------------------------


class _Inbox:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd API)
        return "250 OK"


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(_Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("DAISY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("DAISY_SMTP_PORT", str(port))
    yield
    controller.stop()


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
@pytest.mark.parametrize("left", ["full_name", "tractor_number", "trailer_plate", "eta", None])
async def test_the_goodbye_after_the_email_was_sent_promises_the_same(daisy: CompiledFlow, smtp: None, locale: str,
                                                                      left: str | None) -> None:
    conv, goodbye = await _registration(daisy, locale, {left} if left else set())
    assert SENT[locale] in goodbye
    assert goodbye.endswith(PROMISE[locale]) == (left is not None)
    assert conv.outcome == ("partial" if left else "complete")
