"""E-mail dictation readings:
- "juan" - "No." (the dictation begun anew) - "No, guion bajo.": the "no" was one not done yet; an address begins
  with no joining symbol, so the dictation goes on from juan (juan_...), never "_" alone; a whole address said
  after the "No." is a new one;
- "al whatsapp juan arroba gmail punto com" (no mark between): the address is the answer, read back - never lost
  to the WhatsApp preference; "por whatsapp mejor" alone is still that preference;
- "Ana" - "ya." (lower case, after a turn a pause cut) is anaya, the word the recogniser split; "Ana." - "Ya." (a
  sentence of its own) is "that's it", no part of the address;
- "No." at "¿Y qué va antes de la arroba?" turns down what was read back (the domain): the dictation begins anew,
  as announced."""

from __future__ import annotations

import pytest
from runtime_helpers import call, said

from daisy_engine.compiler import CompiledFlow

TO_EMAIL = {
    "es-MX": ["sí", "Ana López", "sí", "cuatro cinco dos", "sí", "a b c ciento veintitrés", "sí", "mil", "sí",
              "x y z novecientos ochenta y siete", "sí", "a las cinco", "sí"],
    "en-US": ["yes", "Ana Lopez", "yes", "four five two", "yes", "ABC 123", "yes", "one thousand", "yes",
              "XYZ 987", "yes", "at five in the afternoon", "yes"],
}


@pytest.mark.parametrize(
    ("locale", "turns", "out"),
    [
        ("es-MX", ["juan", "No.", "No, guion bajo.", "perez arroba gmail punto com"],
         "Su correo es juan guion bajo perez arroba gmail punto com."),
        ("es-MX", ["juan", "No.", "punto", "perez arroba gmail punto com"],
         "Su correo es juan punto perez arroba gmail punto com."),
        ("en-US", ["juan", "No.", "No, underscore.", "perez at gmail dot com"],
         "Your e-mail is juan underscore perez at gmail dot com."),
        ("es-MX", ["juan", "No.", "pedro arroba gmail punto com"], "Su correo es pedro arroba gmail punto com."),
        ("es-MX", ["al whatsapp juan arroba gmail punto com"], "Su correo es juan arroba gmail punto com."),
        ("es-MX", ["mejor por whatsapp juan punto perez arroba hotmail punto com"],
         "Su correo es juan punto perez arroba hotmail punto com."),
        ("en-US", ["on whatsapp john at gmail dot com"], "Your e-mail is john at gmail dot com."),
        ("es-MX", ["por whatsapp mejor"], "prefiere WhatsApp"),
        # at the read-back too
        ("es-MX", ["ana arroba gmail punto com", "al whatsapp juan arroba gmail punto com"],
         "Su correo es juan arroba gmail punto com."),
        ("en-US", ["ann at gmail dot com", "on whatsapp john at gmail dot com"],
         "Your e-mail is john at gmail dot com."),
        ("es-MX", ["ana arroba gmail punto com", "mejor por whatsapp"], "prefiere WhatsApp"),
        ("es-MX", ["Ana", "ya."], "Llevo anaya."),
        ("es-MX", ["Ana.", "Ya."], "Llevo ana."),
        ("es-MX", ["arroba gmail punto com", "No."], "Empecemos de nuevo"),
    ],
)
async def test_an_email_dictation_reads_so(daisy: CompiledFlow, locale: str, turns: list[str], out: str) -> None:
    conv = await call(daisy, locale, TO_EMAIL[locale])
    for turn in turns:
        last = said(await conv.user_turn(turn))
    assert out in last


@pytest.mark.parametrize(("locale", "turn", "noted"), [
    ("es-MX", "te lo mando por WhatsApp ahorita", "prefiere WhatsApp"),
    ("es-MX", "¿se lo puedo mandar por WhatsApp?", "prefiere WhatsApp"),
    ("en-US", "I'll text it to you", "rather use WhatsApp"),
    ("en-US", "can I text it to you?", "rather use WhatsApp"),
    ("en-US", "I'll whatsapp it to you", "rather use WhatsApp"),
])
async def test_the_address_offered_by_whatsapp_is_noted_alike_in_both_languages(
        daisy: CompiledFlow, locale: str, turn: str, noted: str) -> None:
    # the caller would rather send it in writing: noted, the confirmation goes to this number, and the summary
    # follows - in English as in Spanish, never "spell the address for me" of "I'll text it to you"
    conv = await call(daisy, locale, TO_EMAIL[locale])
    assert conv.step.name == "registration.email.ask"
    reply = said(await conv.user_turn(turn))
    assert noted in reply, reply
    assert conv.step.name == "summary"
