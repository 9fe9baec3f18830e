"""Session 27 (f): false family states: no aunt, uncle or grandparent composed through a weak parent tie."""

from __future__ import annotations

from fabula.relations.cues import Cue
from fabula.relations.timeline import _kin_by_composition


def _pairs(cues):
    return {(c.label, c.holder, c.b if c.holder == c.a else c.a) for c in _kin_by_composition(cues)}


def _story(parent_conf):
    # Odrie is Quillan's mother; Odrie's brother is Yorvald; Odrie's mother is Ismenia
    return [Cue("state", "parent", "odrie", "quillan", holder="odrie", trigger="his mother", confidence=parent_conf),
            Cue("state", "sibling", "odrie", "yorvald", trigger="her brother", confidence=0.7),
            Cue("state", "parent", "ismenia", "odrie", holder="ismenia", trigger="her mother", confidence=0.7)]


def test_a_strong_parent_tie_composes_an_uncle_and_a_grandmother():
    got = _pairs(_story(0.7))
    assert ("aunt_or_uncle", "yorvald", "quillan") in got
    assert ("grandparent", "ismenia", "quillan") in got


def test_a_weak_parent_tie_composes_no_uncle_nor_grandmother():
    got = _pairs(_story(0.45))
    assert ("aunt_or_uncle", "yorvald", "quillan") not in got
    assert ("grandparent", "ismenia", "quillan") not in got
