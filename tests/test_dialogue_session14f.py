"""Session 14, possessed kin tags left unresolved: the possessor ("her" of "said her mother") is
never that quote's speaker, whoever turn-taking, the narration or the ranker would pick."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

TEXT = (
    "Ottilie Brand came in from the yard with Bram Sayle, and both of them shook the wet from "
    "their coats by the door.\n\n"
    '"Is it raining still?" Ottilie asked.\n\n'
    '"It has stopped," said Bram.\n\n'
    '"Then you may both go down to the river," said her mother.\n\n'
)


def _cid(an, first: str) -> str:
    return next(c.id for c in an.characters if c.name.split()[0] == first)


def test_the_possessor_of_an_unresolved_kin_tag_is_not_its_speaker(nlp):
    an, at, utts = dialogue_rules(TEXT, nlp)
    u = next(u for u in utts if "river" in at.text[u.start : u.end])
    ottilie = _cid(an, "Ottilie")
    assert u.not_speaker == ottilie  # the "her" of "said her mother"
    assert u.speaker != ottilie  # turn-taking had given the mother's line to the daughter
