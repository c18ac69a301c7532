"""An address handed over with a phrase before it: "ahí te va", "mándalo a", "send it to", "here it goes",
a word asking for attention ("sí, mire:", "oiga", "look"), or the address said to be the caller's name ("es
mi nombre, macario", "it's my name, john").

The phrase is words of a sentence, never part of the address; the same words inside an address, or joined to
its next part by a symbol, stay.
"""

from __future__ import annotations

import pytest

from daisy_engine.understanding.emails import extract_email


@pytest.mark.parametrize(
    ("said", "locale", "address"),
    [
        ("Ahí te va. Memo. Lara. Setenta. Arroba gmail. Punto com.", "es-MX", "memolara70@gmail.com"),
        ("ahí le va: pepe punto ruiz arroba yahoo punto com", "es-MX", "pepe.ruiz@yahoo.com"),
        ("Mándalo a sofi guion bajo rangel arroba outlook punto com", "es-MX", "sofi_rangel@outlook.com"),
        ("me lo puede mandar a luisa ochenta arroba hotmail punto com", "es-MX", "luisa80@hotmail.com"),
        ("Send it to k dot moran at outlook dot com.", "en-US", "k.moran@outlook.com"),
        ("You can send it to bill at aol dot com", "en-US", "bill@aol.com"),
        ("Here it goes: tina seventy two at gmail dot com", "en-US", "tina72@gmail.com"),
        ("shoot it over to sam underscore diaz at yahoo dot com", "en-US", "sam_diaz@yahoo.com"),
        ("Sí, mire: nidia, punto, salas. Arroba gmail. Punto com.", "es-MX", "nidia.salas@gmail.com"),
        ("Oiga, es tomas ochenta arroba hotmail punto com", "es-MX", "tomas80@hotmail.com"),
        ("look, it's greg dot hill at aol dot com", "en-US", "greg.hill@aol.com"),
        ("Es mi nombre, fausto, efe a u ese te o, arroba gmail punto com.", "es-MX", "fausto@gmail.com"),
        ("nomás mi nombre, rosa, arroba yahoo punto com", "es-MX", "rosa@yahoo.com"),
        ("It's just my name, dana, at gmail dot com", "en-US", "dana@gmail.com"),
    ],
)
def test_the_phrase_is_not_part_of_the_address(said: str, locale: str, address: str) -> None:
    assert extract_email(said, locale) == address


@pytest.mark.parametrize(
    ("said", "locale", "address"),
    [
        ("sendit at gmail dot com", "en-US", "sendit@gmail.com"),  # one word: the address itself
        ("mi correo es teva punto ruiz arroba gmail punto com", "es-MX", "teva.ruiz@gmail.com"),
        # joined to the next part by a symbol, the word is the address's
        ("mire punto garcia arroba gmail punto com", "es-MX", "mire.garcia@gmail.com"),
    ],
)
def test_the_same_words_in_an_address_stay(said: str, locale: str, address: str) -> None:
    assert extract_email(said, locale) == address
