"""What a call says: rendered templates, reprompt ladders, and the model's instructions per step."""

from __future__ import annotations

from typing import Any

from daisy_engine.compiler.table import Step
from daisy_engine.runtime.actions import Instruct, Say, SetTools
from daisy_engine.runtime.call import CallCore


class Speech(CallCore):
    """Saying things: every Say goes to the transport, the transcript and the event log."""

    __slots__ = ()

    # -- speaking ----------------------------------------------------------------------------------------

    def _say(self, template: str) -> None:
        try:
            text = self.assets.prompts.render(template, self.locale, self._variables())
        except Exception as exc:  # a broken template must not end the call; the log shows it
            self._error("template", f"{template}: {type(exc).__name__}: {exc}")
            return
        self._say_text(text, template)

    def _say_text(self, text: str, template: str) -> None:
        if not text:
            return
        if self._caller_gone:
            self.log.add("say_skipped", template=template)
            return
        self._out.append(Say(text))
        self._turn_said.append(text)
        self.log.line("agent", text)
        self.log.add("say", template=template, text=text)

    def _say_prompt(self, step: Step) -> None:
        if step.say:
            self._say(step.say)

    def _reprompt(self, step: Step, attempt: int) -> None:
        """The no-match ladder: rung N for the Nth failure, the last rung repeats; else the prompt again."""
        if not step.reprompts:
            self._say_prompt(step)
            return
        rung = min(attempt, len(step.reprompts))
        self.log.add("reprompt", step=step.name, rung=rung)
        self._say(step.reprompts[rung - 1])

    def _update_model(self, step: Step) -> None:
        """Tell the transport's model what this step is about, when that changed."""
        if self._caller_gone:
            return
        tools = list(step.tools)
        if step.slot and step.listen in ("slot", "char", "confirm"):
            tools.append(f"record_{step.slot}")
        parts = [name for name in (self.flow.agent.persona, step.instruct) if name]
        view = ("\n".join(parts), tuple(tools))
        if view == self._model_view:
            return
        self._model_view = view
        variables = self._variables()
        texts = []
        for name in parts:
            try:
                texts.append(self.assets.prompts.render(name, self.locale, variables))
            except Exception as exc:  # the spoken prompts still work without model instructions
                self._error("template", f"{name}: {type(exc).__name__}: {exc}")
        self._out.append(Instruct("\n\n".join(texts)))
        self._out.append(SetTools(tuple(tools)))

    def tool_schemas(self) -> list[dict[str, Any]]:
        """The function tools the model may call now (name, description, JSON Schema of arguments),
        for transports that hand them to a model: the step's flow tools and `record_<slot>`."""
        names = self._model_view[1] if self._model_view else ()
        schemas = []
        for name in names:
            slot = self.flow.slots.get(name.removeprefix("record_")) if name.startswith("record_") else None
            if slot is not None and name not in self.flow.tools:
                schemas.append({
                    "name": name,
                    "description": f"Record the caller's {slot.description or slot.name.replace('_', ' ')} "
                                   "when you understood it and the system did not. The system checks it.",
                    "parameters": {"type": "object", "properties": {"value": {"type": "string"}},
                                   "required": ["value"]},
                })
            else:
                schemas.append(self.tools.schema(name))
        return schemas
