"""Relations, session 23 (r3): an object or possessive he/she whose clause subject is one of a couple
the story has told keeps the cast's link to the other half, over the nearer person of that sex.
Sentences are our own, with invented names; the cast is hand-built (``prepare`` from test_relations)."""

from __future__ import annotations

from fabula.model import Mention
from fabula.pipeline import Context
from test_relations import prepare, run_mine

TEXT = ("In April Oskana was dating Tomek, and by the summer the whole office knew about it.\n\n"
        "Her new manager in the northern branch was Wilhelmina, a brisk woman who had once been Tomek's rival "
        "for a promotion and who clearly found the whole affair hilarious.\n\n"
        "In December Tomek flew north with a ring in his coat pocket. He asked her to marry him on the bridge, "
        "in the snow.")


def _proposals(a) -> set[frozenset]:
    return {frozenset(e.participants) for e in a.events if e.type == "proposal"}


def _run(nlp, link_to: str):
    story, doc, a, ids = prepare(TEXT, nlp, {"Oskana": "she", "Tomek": "he", "Wilhelmina": "she"})
    k = TEXT.rindex(" her to marry") + 1
    for ch in a.characters:
        if ch.id == ids[link_to]:
            ch.mentions.append(Mention(span=(k, k + 3), text="her"))
    k = TEXT.rindex("He asked")
    ids_per = ids["Tomek"]
    for ch in a.characters:
        if ch.id == ids_per:
            ch.mentions.append(Mention(span=(k, k + 2), text="He"))
    return run_mine(Context(story=story, doc=doc), a), ids


def test_her_linked_to_the_subjects_partner_stands(nlp):
    a, ids = _run(nlp, "Oskana")
    got = _proposals(a)
    assert frozenset((ids["Tomek"], ids["Oskana"])) in got
    assert frozenset((ids["Tomek"], ids["Wilhelmina"])) not in got


def test_her_linked_to_someone_else_is_not_forced_to_the_partner(nlp):
    # guard: the rule only keeps a link to the partner, it does not invent one
    a, ids = _run(nlp, "Wilhelmina")
    assert frozenset((ids["Tomek"], ids["Wilhelmina"])) in _proposals(a)
