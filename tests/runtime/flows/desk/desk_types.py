"""Custom slot types of the desk test flow: deterministic, so tests do not depend on the extractors."""

import re

COLORS = {"rojo": "red", "azul": "blue", "verde": "green"}


def code(text: str, locale: str, options: dict) -> str | None:
    match = re.search(r"\b([A-Z]{2}\d{2})\b", text.upper())
    return match.group(1) if match else None


def color(text: str, locale: str, options: dict) -> str | None:
    if "explota" in text:
        raise ValueError("a bug in the designer's code")
    for word, value in COLORS.items():
        if word in text.lower():
            return value
    return None


def number(text: str, locale: str, options: dict) -> int | None:
    match = re.search(r"\d+", text)
    return int(match.group()) if match else None
