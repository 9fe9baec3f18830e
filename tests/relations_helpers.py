"""Helpers shared by the relations tests."""

from __future__ import annotations

import re

from fabula.model import Mention
from fabula.pipeline import Context


def every_state(a, x: str, y: str) -> set[str]:
    """The states of every relationship of the pair (kin and friendship are two relationships)."""
    return {s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states}


def build_with_links(text, nlp, cast, links=()):
    """Run the relations stage on hand-built upstream layers (``prepare``/``run_mine`` from
    test_relations); ``links``: (pronoun, nth occurrence, name), a pronoun mention the cast linked to
    that name, so a test can set up the cast's (possibly wrong) pronoun links."""
    from test_relations import prepare, run_mine

    story, doc, a, ids = prepare(text, nlp, cast)
    by_name = {c.name: c for c in a.characters}
    for word, nth, name in links:
        m = [x for x in re.finditer(rf"\b{word}\b", story.text)][nth]
        by_name[name].mentions.append(Mention(span=(m.start(), m.end()), text=word))
    for c in a.characters:
        c.mentions.sort(key=lambda m: m.span)
    return run_mine(Context(story=story, doc=doc), a), ids


def events_by_name(a, ids, kind):
    """The participants (by test name) of each event of a kind."""
    inv = {v: k for k, v in ids.items()}
    return [sorted(inv.get(p, p) for p in e.participants) for e in a.events if e.type == kind]


def states_by_name(a, ids, state):
    """The pairs (by test name) of each relationship that passes through a state."""
    inv = {v: k for k, v in ids.items()}
    return [sorted((inv.get(r.source, r.source), inv.get(r.target, r.target))) for r in a.relationships
            for s in r.states if s.state == state]
