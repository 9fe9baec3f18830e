"""Session 18, PDNC speakers: a person noun used once in a scene, in the speech tag itself ('"...,"
said the optimist' of a man the scene has just named), is a one-off description of a named person
and not that scene's walk-on; a noun the scene repeats ("the turnkey" of a prison visit) still is."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

_ROAD = ("Evander Quell walked along the canal past the mills and the barges, thinking about the harvest, "
         "the price of wheat and the long winter ahead of the village. ") * 140

_CARRIAGE = (
    "Osric Marle leaned out of the carriage window and looked down the valley at the town.\n\n"
    '"We shall be there by noon," said Osric.\n\n'
    '"I doubt it very much," said Evander, rubbing his eyes.\n\n'
    '"Then we shall be there by one, and dine all the better for it," said the optimist, smiling.\n\n'
)


def test_a_noun_said_once_in_its_tag_is_no_scene_walk_on(nlp):
    an, at, utts = dialogue_rules(_ROAD + "\n\n" + _CARRIAGE + _ROAD, nlp)
    tok = next(t for t in at.doc if t.lower_ == "optimist")
    assert not at.scene_role(tok)


def test_a_noun_the_scene_repeats_is_still_its_walk_on(nlp):
    visit = (
        "Mr. Quillon and Evander Quell came to the prison gate at dusk, and knocked twice.\n\n"
        '"Who goes there?" said the turnkey, lifting his lamp.\n\n'
        '"Two visitors for the cell by the yard," said Mr. Quillon.\n\n'
        '"Nobody goes in after dark," said the turnkey.\n\n'
    )
    an, at, utts = dialogue_rules(_ROAD + "\n\n" + visit + _ROAD, nlp)
    tok = next(t for t in at.doc if t.lower_ == "turnkey" and t.idx > at.text.index("Nobody goes"))
    assert at.scene_role(tok)
