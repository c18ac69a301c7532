"""`daisy-engine init`: write a small flow and its prompts that validate, as a starting point."""

from __future__ import annotations

import re
from pathlib import Path

from daisy_engine.errors import DaisyError

FLOW = """\
# yaml-language-server: $schema={schema}
version: 1
name: {name}
description: A starting point. Greets the caller, collects a name and a time, and says goodbye.
locales: [{locale}]

defaults:
  policy:
    max_attempts: 3
    on_exhausted: ended_early
  silence:
    timeout: 8
    reprompts: [still_there]
    then: ended_early

slots:
  full_name:
    type: name
  preferred_time:
    type: time

intents:
  repeat:
    then: return
  end_call:
    to: ended_early
  reschedule:                 # "llámeme mañana", "call me back in an hour"
    to: callback

states:
  greeting:
    say: greeting
    on:
      - on: yes
        to: details
      - on: no
        to: refused
  details:
    collect: [full_name, preferred_time]
    on:
      - on: done
        to: goodbye
  goodbye:
    say: goodbye
    on_enter:
      - save: complete
      - end_call: complete
    final: true
  refused:
    say: refused
    on_enter:
      - save: refused
      - end_call: refused
    final: true
  ended_early:
    say: ended_early
    on_enter:
      - save: partial
      - end_call: partial
    final: true
  callback:
    say: callback
    on_enter:
      - save: rescheduled
      - reschedule: "{{{{ event.minutes or 60 }}}}"
      - end_call: rescheduled
    final: true
"""

PROMPTS = {
    "en-US": {
        "greeting": "Hi! This is a short call to take a few details. Do you have a minute?",
        "ask_full_name": "What is your full name?",
        "confirm_full_name": "I have {{ value }}. Is that right?",
        "ask_preferred_time": "What time suits you best?",
        "confirm_preferred_time": "{{ readback }}, correct?",
        "still_there": "Are you still there?",
        "goodbye": "Thank you{% if full_name %}, {{ full_name }}{% endif %}. Goodbye!",
        "refused": "No problem. Thank you for your time. Goodbye!",
        "ended_early": "I'll let you go for now; we'll be in touch. Goodbye!",
        "callback": ("Sure, we'll call you back{% if event.minutes %} in {{ event.minutes }} minutes{% endif %}. "
                     "Goodbye!"),
    },
    "es": {
        "greeting": "¡Hola! Es una llamada breve para tomar unos datos. ¿Tiene un minuto?",
        "ask_full_name": "¿Cuál es su nombre completo?",
        "confirm_full_name": "Tengo {{ value }}. ¿Es correcto?",
        "ask_preferred_time": "¿A qué hora le acomoda?",
        "confirm_preferred_time": "{{ readback }}, ¿correcto?",
        "still_there": "¿Sigue ahí?",
        "goodbye": "Gracias{% if full_name %}, {{ full_name }}{% endif %}. ¡Hasta luego!",
        "refused": "No se preocupe. Gracias por su tiempo. ¡Hasta luego!",
        "ended_early": "Lo dejo por ahora; nos comunicamos después. ¡Hasta luego!",
        "callback": "Claro, le llamamos{% if event.minutes %} en {{ event.minutes }} minutos{% endif %}. ¡Hasta luego!",
    },
}


class ScaffoldError(DaisyError):
    """The flow cannot be created (bad name, or files exist)."""


def scaffold(name: str, directory: Path, locale: str, *, force: bool = False) -> list[Path]:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise ScaffoldError(f"'{name}' is not a valid flow name; use lower_snake_case, e.g. clinic_reminder")
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", locale):
        raise ScaffoldError(f"'{locale}' is not a locale; write it like es-MX or en-US")
    texts = PROMPTS.get(locale) or PROMPTS["es" if locale.startswith("es") else "en-US"]
    flow_file = directory / "flows" / f"{name}.yaml"
    prompt_dir = directory / "prompts" / name / locale
    files = {flow_file: None, **{prompt_dir / f"{key}.j2": text for key, text in texts.items()}}
    existing = [path for path in files if path.exists()]
    if existing and not force:
        raise ScaffoldError(f"{existing[0]} already exists; pass --force to overwrite")
    flow_file.parent.mkdir(parents=True, exist_ok=True)
    prompt_dir.mkdir(parents=True, exist_ok=True)
    schema_file = flow_file.parent / "flow.schema.json"
    if not schema_file.exists():
        # A local copy of the schema lets editors autocomplete with no network.
        from daisy_engine.flow.schema import schema_text

        schema_file.write_text(schema_text(), "utf-8")
    flow_file.write_text(FLOW.format(name=name, locale=locale, schema="flow.schema.json"), "utf-8")
    for path, text in files.items():
        if text is not None:
            path.write_text(text + "\n", "utf-8")
    return list(files)
