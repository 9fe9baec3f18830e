"""Session 29 (b, cast): a language taught is no surname ("taught Wilhelmina Latin"). (The session's
head-of-house and namesake-daughter rules were dropped after review; see docs/cast.md.) All names are invented."""

from __future__ import annotations

import fabula


def test_a_language_taught_is_no_surname(nlp):
    text = ("Miss Agnetha Brill came out to the coast as governess. She taught Wilhelmina Latin and drawing every "
            "morning. Wilhelmina hated Latin. Wilhelmina loved the drawing.")
    a = fabula.analyze(text=text, nlp=nlp, only=["cast"])
    names = {c.name for c in a.characters}
    assert "Wilhelmina" in names and not any("Latin" in n for n in names)
