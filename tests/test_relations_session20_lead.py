"""Relations, session 20 (lead): the resolver's rules call one another, and a parse can close the circle.
Sentences are our own, with invented names."""

from __future__ import annotations

import pytest

from fabula.pipeline import analyze


@pytest.mark.parametrize("first", [
    "Uncle Ulf and Aunt Ula split, and their son Asa came to live with us.",
    "Uncle Ulf and Aunt Ula split, and their son, Asa, blamed them both.",
])
def test_their_after_a_coordinated_titled_pair_resolves_without_recursion(first):
    # before the guard in Resolver.one this raised RecursionError ("their" -> the coordinated subjects ->
    # "their" again) and the whole analysis failed
    a = analyze(text=first + "\n\nAsa was quiet for weeks. Ulf rang him on Sundays.\n")
    names = {c.name for c in a.characters}
    assert {"Ulf", "Asa"} <= names
