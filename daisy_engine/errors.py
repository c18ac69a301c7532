"""Every error daisy-engine raises on purpose derives from `DaisyError`, so one `except` catches them all.

    DaisyError                  daisy_engine.errors
    ├── FlowError               daisy_engine.flow.loader               the flow has errors (`.report` lists them)
    ├── YamlLoadError           daisy_engine.flow.yaml_source          a YAML file cannot be read (`.diagnostic`)
    ├── ScaffoldError           daisy_engine.flow.scaffold             `init` cannot create the flow
    ├── SignatureError          daisy_engine.flow.tool_parameters      a python tool's signature gives no schema
    ├── ToolError               daisy_engine.runtime.tools.context     a tool failed; the call goes on
    ├── ThreadExit              daisy_engine.runtime.threads           a tool exited or was interrupted
    ├── StoreError              daisy_engine.errors                    the call records cannot be used
    │   └── RecordsFileError    daisy_engine.store.sqlite              the records file cannot be opened
    ├── CasesError              daisy_engine.errors                    a file of test or eval cases cannot be used
    │   ├── CaseFileError       daisy_engine.testing.cases             a conversation test file (`.mark`: where)
    │   ├── CaseFileError       daisy_engine.understanding.evaluation  an `eval` file (also a ValueError)
    │   ├── ReplayError         daisy_engine.testing.replay            real-call transcripts or labels unreadable
    │   └── ConversationFailed  daisy_engine.testing.pytest_plugin     a conversation test case failed
    ├── DialUnavailable         daisy_engine.telephony.outcomes        the phone service is down: nothing dialed
    │   └── LiveKitUnavailable  daisy_engine.transports.livekit.sip    LiveKit unreachable, or its keys refused
    ├── LiveKitRefused          daisy_engine.transports.livekit.sip    LiveKit answered a request with an error
    ├── TransferFailed          daisy_engine.transports.livekit.sip    a SIP transfer did not complete
    ├── WorkerError             daisy_engine.transports.livekit.worker the LiveKit worker cannot start
    ├── MissingKeyError         daisy_engine.transports.livekit.models a key the voice models need is unset
    └── (errors a caller or a designer can cause at run time become events, never exceptions)

Errors a person reads say where (file:line:col when there is a file) and how to fix it, in one line.

This module imports nothing from the engine, so every layer (the understanding leaf included) can use it.
"""

from __future__ import annotations

__all__ = ["CasesError", "DaisyError", "StoreError"]


class DaisyError(Exception):
    """The root of every error daisy-engine raises on purpose."""


class StoreError(DaisyError):
    """The call records cannot be used."""


class CasesError(DaisyError):
    """A file of conversation test cases or of labelled `eval` cases cannot be used, or a case failed."""
