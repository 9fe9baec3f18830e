"""Helpers the cast tests share: who the cast stage makes of a text, as sets of name forms."""

from __future__ import annotations

import fabula


def cast_of(text: str) -> list[set[str]]:
    """Each character the cast stage finds in ``text``, as the set of its name and aliases."""
    an = fabula.analyze(text=text, only=["cast"])
    return [{c.name, *c.aliases} for c in an.characters]


def one_person(found: list[set[str]], a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are name forms of one character."""
    return any(a in p and b in p for p in found)
