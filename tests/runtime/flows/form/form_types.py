"""One word per answer."""


def word(text: str, locale: str, options: dict) -> str | None:
    words = text.split()
    return words[0] if len(words) == 1 else None
