"""Session 14, he/she after turn-taking: a he/she-tagged reply that the pronoun gave to the one who
spoke the line before is the reply of the one that line spoke to."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules
from fabula.dialogue.attribute import _reply_to_the_one_addressed


def _settled(text: str, nlp):
    """The rules' utterances, with the previous line's listener set as the pipeline settles it and
    the pronoun tag given to the previous speaker (the cast's pick on the novels)."""
    an, at, utts = dialogue_rules(text, nlp)
    ids = {c.name: c.id for c in an.characters}
    names = {c.id: c.name for c in an.characters}
    return at, utts, ids, names


def test_a_pronoun_reply_after_a_line_to_one_man_is_his(nlp):
    text = (
        "Tomas Berg and Halvard Moe stood on the jetty in the rain. Halvard checked his watch and "
        "frowned at the grey water.\n\n"
        '"Tomas," said Halvard, "you must leave before the tide turns."\n\n'
        '"Must I?" he asked.\n\n'
    )
    at, utts, ids, names = _settled(text, nlp)
    v, u = utts[-2], utts[-1]
    v.speaker, v.addressees = ids["Halvard Moe"], [ids["Tomas Berg"]]
    u.speaker = ids["Halvard Moe"]
    _reply_to_the_one_addressed(at, utts)
    assert names[u.speaker] == "Tomas Berg"
    assert u.addressees == [ids["Halvard Moe"]]


def test_a_continuing_verb_or_an_act_between_keeps_the_speaker(nlp):
    # "he went on" is the same man going on; so is a reply after narration that follows his line
    text = (
        "Tomas Berg and Halvard Moe stood on the jetty in the rain. Halvard checked his watch and "
        "frowned at the grey water.\n\n"
        '"Tomas," said Halvard, "you must leave before the tide turns."\n\n'
        '"And take the lamp," he went on.\n\n'
        '"The lamp is broken, Tomas," said Halvard. He kicked at a loose plank.\n\n'
        '"We will manage without it," he said.\n\n'
    )
    at, utts, ids, names = _settled(text, nlp)
    for v, u in ((utts[0], utts[1]), (utts[2], utts[3])):
        v.speaker, v.addressees = ids["Halvard Moe"], [ids["Tomas Berg"]]
        u.speaker = ids["Halvard Moe"]
    _reply_to_the_one_addressed(at, utts)
    assert names[utts[1].speaker] == "Halvard Moe"
    assert names[utts[3].speaker] == "Halvard Moe"


def test_the_one_the_tag_speaks_to_is_not_the_speaker(nlp):
    # "she said to Ada": the tag names the listener, so the pronoun is not Ada
    text = (
        "Ada Crane and Mabel Holt sat at the long table over their soup.\n\n"
        '"Ada," said Mabel, "this broth is cold."\n\n'
        '"Eat it all the same, dear," she said to Ada.\n\n'
    )
    at, utts, ids, names = _settled(text, nlp)
    v, u = utts[-2], utts[-1]
    v.speaker, v.addressees = ids["Mabel Holt"], [ids["Ada Crane"]]
    u.speaker = ids["Mabel Holt"]
    _reply_to_the_one_addressed(at, utts)
    assert names[u.speaker] == "Mabel Holt"


def test_a_gendered_description_replying_is_the_one_spoken_to(nlp):
    # "said the old lady" right after Ada's line to Mabel, given to Ada again by the description's
    # guess, is Mabel's reply
    text = (
        "Ada Crane and Mabel Holt sat at the long table over their soup. Mabel was the oldest "
        "woman in the village.\n\n"
        '"Mabel," said Ada, "this broth is cold."\n\n'
        '"Then warm it, child," said the old lady.\n\n'
    )
    at, utts, ids, names = _settled(text, nlp)
    v, u = utts[-2], utts[-1]
    assert u.tag_pron == "she"
    v.speaker, v.addressees = ids["Ada Crane"], [ids["Mabel Holt"]]
    u.speaker = ids["Ada Crane"]
    _reply_to_the_one_addressed(at, utts)
    assert names[u.speaker] == "Mabel Holt"
