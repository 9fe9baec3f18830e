"""Session 17, PDNC Explicit quotes: a person noun a novel uses in one scene only ("said the turnkey",
a dozen times in one prison visit and nowhere else) is that scene's unnamed walk-on, whom no
turn-taking guess replaces, even when the noun is used more often than a walk-on's few times; a noun
the story once puts in apposition to a name ("Mr. Quill, the turnkey") stays a named person's
description, and a thing tagged once ("said the bunk above me") is no walk-on."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

# narration far from the scene, enough to keep the noun rare across the whole text
_ROAD = ("Tomas Vell walked along the canal past the mills and the barges, thinking about the harvest, "
         "the price of wheat and the long winter ahead of the village. ") * 140

_VISIT = (
    "Mr. Rusk and Tomas Vell came to the prison gate at dusk, and knocked twice.\n\n"
    '"Who goes there?" said the turnkey, lifting his lamp.\n\n'
    '"Two visitors for the cell by the yard," said Mr. Rusk.\n\n'
    '"Nobody goes in after dark," said the turnkey.\n\n'
    '"We have a letter from the judge," said Tomas.\n\n'
    '"Then show it to me," replied the turnkey, holding out his hand.\n\n'
    "Mr. Rusk gave him the letter, and the turnkey read it slowly by the lamp.\n\n"
    '"Very well. Follow me, and keep close," said the turnkey.\n\n'
    '"Is it far?" asked Tomas.\n\n'
    '"Not far," answered the turnkey.\n\n'
)


def test_a_role_noun_of_one_scene_is_its_walk_on(nlp):
    an, at, utts = dialogue_rules(_ROAD + "\n\n" + _VISIT + _ROAD, nlp)
    for line in ("Nobody goes in after dark", "Then show it to me", "Not far"):
        u = next(u for u in utts if at.text[u.start:u.end].startswith(line))
        # the unnamed turnkey, kept from the turn-taking guesses
        assert (u.speaker, u.nominal, u.introduced) == (None, "turnkey", True), line


def test_a_noun_once_apposed_to_a_name_is_no_walk_on(nlp):
    text = (_ROAD + "\n\nAt the prison gate stood Mr. Quill, the turnkey, a thin man with a lamp.\n\n" + _ROAD
            + "\n\n" + _VISIT)
    an, at, utts = dialogue_rules(text, nlp)
    tok = next(t for t in at.doc if t.lower_ == "turnkey" and t.idx > text.index("Nobody goes"))
    assert not at.scene_role(tok)


def test_a_thing_tagged_once_is_no_walk_on(nlp):
    text = (
        "Piran Oke and Linnet Oke pitched the tent at dusk on the headland and crawled inside.\n\n"
        "Linnet wriggled down into her sleeping bag, and the bag rustled every time she turned.\n\n"
        "'Are you still awake, Piran?' asked the bag.\n\n"
        "'I am now.'\n\n"
    )
    an, at, utts = dialogue_rules(text, nlp)
    tok = next(t for t in at.doc if t.lower_ == "bag" and t.head.lemma_ == "ask")
    assert not at.scene_role(tok)
