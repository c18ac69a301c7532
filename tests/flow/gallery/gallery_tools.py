"""Python tools the gallery flows bind to (E501-E506 cases)."""


def lookup(plate: str) -> dict[str, object]:
    return {"found": plate.startswith("A")}


def notify(phone: str, message: str, urgent: bool = False) -> dict[str, object]:
    return {"sent": bool(phone and message), "urgent": urgent}


def by_code(code: str, /) -> dict[str, object]:
    """Positional-only: a tool, called with keyword arguments, cannot pass `code`."""
    return {"code": code}
