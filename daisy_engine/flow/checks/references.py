from daisy_engine.diagnostics import Diagnostic
from daisy_engine.flow.model import Flow


def check(flow: Flow) -> list[Diagnostic]:
    return []
