"""Phrase data of the understanding layer (a package so the YAML files ship in the wheel)."""
