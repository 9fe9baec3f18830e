"""Session 14 cast, second round: a description ("the old man") joined to the named person it stands
for, by apposition or copula, or by a full name introduced right after the description acts; the
joined uses are the character's mentions, and a description said beside another name stays apart."""

from __future__ import annotations

from fabula import analyze


def _nominal_owner(text: str, nlp, phrase: str, nth: int = 0) -> str | None:
    """The name of the character whose mentions include the ``nth`` use of ``phrase``."""
    a = analyze(text=text, nlp=nlp, only=["cast"])
    pos = -1
    for _ in range(nth + 1):
        pos = text.lower().index(phrase.lower(), pos + 1)
    for c in a.characters:
        for m in c.mentions:
            if m.kind == "nominal" and m.span[0] <= pos + len(phrase) - 1 and pos < m.span[1]:
                return c.name
    return None


def test_an_apposed_description_joins_the_name(nlp):
    text = ("Osric Thwaite, an old man in a green coat, sat by the stove of the inn. The old man coughed "
            "and pulled his cap down. Bryony Hale came in from the rain and shook out her shawl.\n\n"
            "\"Evening,\" said the old man.\n\n\"Evening, Osric,\" Bryony said.")
    assert _nominal_owner(text, nlp, "the old man") == "Osric Thwaite"


def test_a_name_introduced_right_after_the_description_acts(nlp):
    text = ("The ferry left at six. The old man had told them so twice over supper.\n\n"
            "\"Tamsin,\" the old man said from the slipway. \"Mind the rope.\"\n\n"
            "Tamsin coiled it again. The old man looked on without a word.\n\n"
            "Edmund Garrow had kept the ferry for forty winters. He liked a rope coiled properly.\n\n"
            "\"Done,\" Tamsin called. \"Happy now?\"\n\n\"Never,\" said the old man.")
    assert _nominal_owner(text, nlp, "the old man", 3) == "Edmund Garrow"


def test_the_description_is_carried_past_another_use_of_its_noun(nlp):
    # "a man who ..." starts a new unnamed person in the coreference; the old man's later uses are
    # still his (the same words, a few sentences on)
    text = ("The old man had told them so twice over supper.\n\n"
            "\"Tamsin,\" the old man said from the slipway. \"Mind the rope.\"\n\n"
            "Tamsin coiled it again. The old man looked on with the calm of a man who had seen a "
            "thousand ropes.\n\n"
            "Edmund Garrow had kept the ferry for forty winters.\n\n"
            "\"Done,\" Tamsin called.\n\n\"Never,\" said the old man.")
    assert _nominal_owner(text, nlp, "said the old man") == "Edmund Garrow"
    assert _nominal_owner(text, nlp, "a man who") is None


def test_the_mention_is_the_description_not_what_is_said_of_it(nlp):
    # the joined mention stops at its noun: the name in the clause after it is its own mention
    text = ("Osric Thwaite, an old man in a green coat, sat by the stove. The old man who had sold "
            "Wenna Cole her boat coughed.\n\n\"Evening,\" said the old man.\n\n\"Evening,\" Wenna said.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    osric = next(c for c in a.characters if c.name.startswith("Osric"))
    texts = {m.text for m in osric.mentions if m.kind == "nominal"}
    assert "The old man" in texts and not any("Wenna" in t for t in texts)


def test_a_description_named_beside_another_stays_apart(nlp):
    # "the young man" is named beside Quentin and speaks to him: someone else, though Quentin was
    # called a young man just before
    text = ("Quentin Marsh, a young man with a limp, stood at the bar. The young man beside Quentin "
            "lit a pipe.\n\n\"Another?\" the young man asked Quentin.\n\n\"Go on,\" said Quentin.")
    assert _nominal_owner(text, nlp, "The young man") is None


def test_a_predicate_description_joins_but_is_no_mention_of_its_own(nlp):
    # "Osric was an old friend of the family" says something of Osric's mention: the ranker reads
    # the name's role there, so the predicate is no mention; the later "the old friend" is his
    text = ("Osric Thwaite and Bryony Hale walked up from the quay.\n\nOsric Thwaite was an old friend of "
            "the family. The old friend stopped at the gate.\n\n\"Evening,\" said the old friend.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    osric = next(c for c in a.characters if c.name.startswith("Osric"))
    texts = [m.text for m in osric.mentions if m.kind == "nominal"]
    assert "an old friend" not in texts and "The old friend" in texts


def test_a_hedged_equation_is_no_link(nlp):
    # "might be Osric": the narration guesses, it does not say
    text = ("Bryony Hale came down to the quay at dawn. The old man might be Osric Thwaite. "
            "The old man coiled a rope.\n\n\"Morning,\" said the old man.\n\n\"Morning,\" Bryony said. "
            "Osric Thwaite was nowhere to be seen.")
    assert _nominal_owner(text, nlp, "said the old man") is None
