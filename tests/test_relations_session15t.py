"""Relations, session 15 (plural pronouns): a narration's "they" whose paragraph named exactly two people
before its first "they" is those two. Sentences are our own, with invented names; upstream layers are built
by hand (``prepare``/``run_mine`` from test_relations). The positive case fails on the session-start
relations code (8b50089); the guards pass there too and fail only if the rule loses its limits."""

from __future__ import annotations

from relations_helpers import build_with_links, every_state
from test_relations import prepare

OLD = ("Hedda had been promised to Corvin for a whole winter, until he sailed for the colonies and wrote "
       "that he would not come back.\n\n")


_build = build_with_links


def test_they_in_a_paragraph_that_named_two_people(nlp):
    cast = {"Hedda": "she", "Corvin": "he", "Pell": "he", "Ottilie": "she"}
    text = OLD + ("Hedda got to know Pell on the night ferry, selling tickets from the same hatch. He hummed "
                  "over the tide tables. For a winter they walked out on Sundays, and only in spring did she "
                  "take him home to Ottilie. They married in October, and Ottilie, nine and furious, hid the ring.")
    # the cast linked the paragraph's "He" to the old fiance
    a, ids = _build(text, nlp, cast, links=[("He", 0, "Corvin")])
    assert "married" in every_state(a, ids["Hedda"], ids["Pell"])
    assert "married" not in every_state(a, ids["Pell"], ids["Ottilie"])
    assert "married" not in every_state(a, ids["Hedda"], ids["Corvin"])


def _pair_rule(text, nlp, cast, nth=0):
    """What the paragraph rule alone says the ``nth`` "they" of ``text`` is, as names."""
    from fabula.relations.resolve import Resolver
    from fabula.relations.upstream import build_view

    story, doc, a, ids = prepare(text, nlp, cast)
    r = Resolver(build_view(a, doc))
    t = [x for x in doc if x.lower_ == "they"][nth]
    names = {v: k for k, v in ids.items()}
    return sorted(names[c] for c in r._paragraph_pair(t, r.excluded(t.idx)))


def test_the_paragraph_pair_rule_and_its_limits(nlp):
    cast = {"Hedda": "she", "Pell": "he", "Ottilie": "she"}
    two = "Hedda first saw Pell at the ferry office. They went walking on Sundays."
    assert _pair_rule(two, nlp, cast) == ["Hedda", "Pell"]
    # guard: three people named before the paragraph's first "they"
    three = "Hedda, Pell and Ottilie sorted the post at the ferry office. They went walking on Sundays."
    assert _pair_rule(three, nlp, cast) == []
    # guard: the two were named in an earlier paragraph only
    apart = "Hedda first saw Pell at the ferry office.\n\nThey went walking on Sundays."
    assert _pair_rule(apart, nlp, cast) == []
    # guard: a "they" in speech
    speech = 'Hedda first saw Pell at the ferry office. "They went walking on Sundays," the clerk said.'
    assert _pair_rule(speech, nlp, cast) == []
