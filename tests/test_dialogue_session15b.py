"""Session 15, pronoun tags: a description that is the subject of the narration right before a
he/she tag ("The stranger shrugged. / '...,' he said") says who "he" is; the cast's link of the
pronoun (often the other man of the scene) is not taken as settled."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

AT_THE_GATE = (
    "Ivo Brandt reached the gate of the ferry yard at dusk and knocked on the door of the hut.\n\n"
    '"You are late, sir," said the stranger.\n\n'
    '"The road was flooded," said Ivo.\n\n'
    "The stranger shrugged and lifted the chain.\n\n"
    '"It floods every spring," he said.\n\n'
)


def test_a_description_that_tagged_a_line_just_before_is_the_pronoun(nlp):
    # "said the stranger" two turns back: the "he" after "The stranger shrugged" is that unnamed
    # man again, not Ivo, the one man the cast knows
    an, _at, utts = dialogue_rules(AT_THE_GATE, nlp)
    u = utts[-1]
    assert u.nominal == "stranger"
    assert any("a description that tagged a line just before" in n for n in u.notes)


def test_a_description_no_tag_used_is_read_as_the_tag_noun(nlp):
    # no line was tagged by the description yet: the quote is read like one tagged "said the
    # stranger" (the ranker's description features), whatever the cast links "he" to
    text = (
        "Ivo Brandt and Lena Voss walked down to the ferry yard at dusk, and Ivo called out to ask "
        "about the last boat.\n\n"
        "The stranger shrugged and lifted the chain.\n\n"
        '"It left an hour ago," he said.\n\n'
    )
    _an, _at, utts = dialogue_rules(text, nlp)
    assert utts[-1].tag_noun is not None and utts[-1].tag_noun[0] == "stranger"


def test_a_thing_as_the_subject_before_is_passed_over(nlp):
    # "The chain rattled": no one; the search goes on to Ivo, who acts just before it
    text = (
        "Ivo Brandt and Lena Voss walked down to the ferry yard at dusk.\n\n"
        "Ivo pulled at the gate. The chain rattled.\n\n"
        '"It is locked," he said.\n\n'
    )
    an, _at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    assert utts[-1].tag_noun is None
    assert names.get(utts[-1].speaker) == "Ivo Brandt"
