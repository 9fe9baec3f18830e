"""Helpers shared by the cast tests: the cast stage alone, read as names, aliases and tellers."""

from __future__ import annotations

from fabula import analyze


def cast_names(text: str, nlp) -> dict[str, list[str]]:
    """Each character's name with the names it goes by (itself and its aliases)."""
    a = analyze(text=text, nlp=nlp, only=["cast"])
    return {c.name: [c.name, *c.aliases] for c in a.characters}


def who(cast: dict[str, list[str]], name: str) -> str | None:
    """The character that goes by ``name``, if any."""
    return next((k for k, v in cast.items() if name in v), None)


def tellers(text: str, nlp) -> set[str | None]:
    """The names of the first-person narrators the cast finds (None for an unnamed "I")."""
    a = analyze(text=text, nlp=nlp, only=["cast"])
    by_id = {c.id: c.name for c in a.characters}
    return {by_id.get(s.character) for s in a.narrator if s.person == 1}
