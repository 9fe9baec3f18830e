"""Helpers shared by the relations tests."""

from __future__ import annotations


def every_state(a, x: str, y: str) -> set[str]:
    """The states of every relationship of the pair (kin and friendship are two relationships)."""
    return {s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states}
