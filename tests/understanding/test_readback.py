from daisy_engine.understanding import readback


def test_plates_are_read_character_by_character():
    # the stored dash is not spoken: callers never say it
    assert readback("plate", "ABC-1234", "es-MX") == "A, B, C, 1, 2, 3, 4"
    assert readback("plate", "ABC-1234", "en-US") == "A, B, C, 1, 2, 3, 4"
    assert readback("plate", "AB-12", "es-MX", spell=True) == "A de árbol, B de burro, 1, 2"
    assert readback("plate", "AB-12", "en-US", spell=True) == "Alpha, Bravo, 1, 2"


def test_emails_are_spelled_with_spoken_symbols():
    assert readback("email", "juan.perez@gmail.com", "es-MX") == "juan.perez@gmail.com"
    assert readback("email", "juan.perez@gmail.com", "es-MX", spell=True) == "juan punto perez arroba gmail punto com"
    assert readback("email", "mike_j85@yahoo.com", "en-US", spell=True) == "mike underscore j 8 5 at yahoo dot com"


def test_other_types():
    assert readback("time", "14:30", "es-MX") == "2:30 de la tarde"
    assert readback("time", "14:30", "en-US") == "2:30 PM"
    assert readback("integer", "1234", "es-MX") == "1234"
    assert readback("integer", "1234", "es-MX", spell=True) == "1, 2, 3, 4"
    assert readback("yes_no", "yes", "es-MX") == "sí"
    assert readback("name", "José Pérez", "es-MX") == "José Pérez"
    assert readback("plate", None, "es-MX") == ""
