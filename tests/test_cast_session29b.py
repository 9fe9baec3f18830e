"""Session 29 (b, cast): a language taught is no surname ("taught Wilhelmina Latin"), but a surname that is
a language's name stays a surname after "learned" or "spoke", or before a possessive or a verb. (The session's
head-of-house and namesake-daughter rules were dropped after review; see docs/cast.md.) All names are invented."""

from __future__ import annotations

import fabula


def test_a_language_taught_is_no_surname(nlp):
    text = ("Miss Agnetha Brill came out to the coast as governess. She taught Wilhelmina Latin and drawing every "
            "morning. Wilhelmina hated Latin. Wilhelmina loved the drawing.")
    a = fabula.analyze(text=text, nlp=nlp, only=["cast"])
    names = {c.name for c in a.characters}
    assert "Wilhelmina" in names and not any("Latin" in n for n in names)


def test_a_language_named_surname_after_learned_or_spoke_stays_a_surname(nlp):
    text = ("Elspeth taught Dorcas Brandt to read in a single winter. Later Elspeth learned Bettina French had left the "
            "village. Bettina French had been her only friend there. Elspeth spoke Sabine Welsh's name in her prayers.")
    a = fabula.analyze(text=text, nlp=nlp, only=["cast"])
    names = {c.name for c in a.characters}
    assert "Bettina French" in names and "Sabine Welsh" in names and "Welsh" not in names
    assert not any({"French", "Welsh"} & set(c.aliases) for c in a.characters)
