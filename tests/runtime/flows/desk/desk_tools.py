"""Python tools of the desk test flow."""

import time


def lookup(code: str) -> object:
    if code == "ZZ99":
        raise RuntimeError("the ticket system is down")
    if code == "SL00":
        time.sleep(2)
    if code == "GB00":
        return object()
    return {"found": code.startswith("AB"), "owner": "Ana"}
