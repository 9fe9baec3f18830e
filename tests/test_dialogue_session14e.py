"""Session 14, possessed kin tags ("said his sister", "her father asked"): the relative found among
the cast by what the text says about the family (:mod:`fabula.dialogue.kin_tags`)."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules


def _tag_speaker(at, text: str, cue: str):
    pos = text.index(cue)
    tag = at._tag_in(at.tokens(pos, pos + len(cue)), after=True)
    return tag.speaker if tag is not None else None


def _cid(an, first: str) -> str:
    return next(c.id for c in an.characters if c.name.split()[0] == first or c.name == first)


def test_the_sister_named_beside_the_kin_word_speaks(nlp):
    text = (
        "Corin Maddox walked up to the mill with his sister Wenna and their friend Lisabet Orr. "
        "Wenna carried the basket and Lisabet carried the lamp.\n\n"
        "Corin stopped at the bridge and looked down at the water for a long time.\n\n"
        '"You are sulking again," said his sister.\n\n'
    )
    an, at, _u = dialogue_rules(text, nlp)
    assert _tag_speaker(at, text, "said his sister") == _cid(an, "Wenna")


def test_the_sister_named_in_apposition_after_her_name(nlp):
    text = (
        "Tamsin Reade, Corin's sister, kept the accounts, and Lisabet Orr kept the shop.\n\n"
        "Corin Maddox came in late with mud on his boots and sat down by the fire.\n\n"
        '"You are late," said his sister.\n\n'
    )
    an, at, _u = dialogue_rules(text, nlp)
    assert _tag_speaker(at, text, "said his sister") == _cid(an, "Tamsin")


def test_a_married_name_spells_out_the_husband():
    from types import SimpleNamespace as NS

    from fabula.dialogue import kin_tags

    # the cast keeps the wife apart when the story calls her by her own name too
    chars = [NS(id="w", name="Mrs. Oswin Crane", aliases=["Della"]), NS(id="h", name="Oswin Crane", aliases=[]),
             NS(id="c", name="Mr. Hale Crane", aliases=["Mr. Crane"])]
    at = NS(analysis=NS(characters=chars))
    assert kin_tags._spouse_by_name(at, None, None, "w", "husband") == ["h"]
    assert kin_tags._spouse_by_name(at, None, None, "h", "wife") == ["w"]
    assert kin_tags._spouse_by_name(at, None, None, "c", "wife") == []  # "Mr. Hale Crane" is no Oswin
    assert kin_tags._spouse_by_name(at, None, None, "w", "brother") == []


def test_the_person_brought_on_right_after_the_tag(nlp):
    text = (
        "Prince Aldous Merrow watched the jousting from the gallery with his chin on his fist.\n\n"
        '"You are sulking," said his sister. Princess Wenna was nine and had opinions about everything.\n\n'
    )
    an, at, _u = dialogue_rules(text, nlp)
    assert _tag_speaker(at, text, "said his sister") == _cid(an, "Princess")


def test_the_plain_title_of_the_surname_is_the_mother(nlp):
    text = (
        "Mrs. Crane and Mrs. Oswin Crane came in together, and Miss Ada Crane followed them.\n\n"
        "Ada Crane sat down at the piano and played a few bars, then stopped.\n\n"
        '"Go on, dear," said her mother.\n\n'
    )
    an, at, _u = dialogue_rules(text, nlp)
    mother = next(c.id for c in an.characters if c.name == "Mrs. Crane")
    assert _tag_speaker(at, text, "said her mother") == mother


def test_two_sisters_named_leave_the_tag_alone(nlp):
    text = (
        "Corin Maddox walked up to the mill with his sister Wenna, and later his sister Tamsin came "
        "after them with the lamp.\n\n"
        "Corin stopped at the bridge and looked down at the water for a long time.\n\n"
        '"You are sulking again," said his sister.\n\n'
    )
    _an, at, _u = dialogue_rules(text, nlp)
    pos = text.index("said his sister") + len("said his ")
    tok = next(t for t in at.doc if t.idx == pos)
    from fabula.dialogue import kin_tags

    assert kin_tags.relative(at, tok) is None  # two sisters fit: no guess
