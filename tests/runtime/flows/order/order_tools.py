"""Python tools of the order test flow."""


def place(quantity: int, price: float = 0.0, rush: bool = False, note: str = "", literal: int = 0) -> object:
    return {"types": [type(quantity).__name__, type(price).__name__, type(rush).__name__, type(note).__name__],
            "quantity": quantity}
