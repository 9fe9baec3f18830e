"""Session 28 (e): Explicit tags on PDNC dev, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _quotes(text: str, nlp):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker, q.speaker)) for q in a.quotes]


def _speaker_of(text: str, start: str, nlp) -> str | None:
    return next(s for t, s in _quotes(text, nlp) if t.startswith(start))


MARKET = ("Tobin Varle pushed his barrow through the market square, and Essa Brune walked beside him.\n\n"
          "\"We are late again,\" said Essa.\n\n"
          "\"We are always late,\" said Tobin.\n\n"
          "\"Mind the wheel there!\" cried a bow-legged porter, stepping back from the cart.\n\n"
          "\"Sorry!\" said Tobin.\n\n"
          "\"Two loaves for a penny!\" shouted a red-cheeked woman, waving a loaf at them.\n\n"
          "Essa laughed and bought two.\n")


def test_an_inverted_tag_with_a_brings_on_a_walk_on(nlp):
    # the parser makes "a bow-legged porter" the object of "cried"; it is the inverted subject
    assert _speaker_of(MARKET, "Mind the wheel", nlp) == "the bow-legged porter"
    assert _speaker_of(MARKET, "Two loaves", nlp) == "the red-cheeked woman"


CROWD = ("Hollis Crane stood on the cart and read the notice aloud to the crowd.\n\n"
         "\"The bridge is closed until spring,\" he said.\n\n"
         "\"Shame on the council!\" cried a go-between from the back.\n\n"
         "Hollis folded the paper.\n")


def test_a_hyphenated_noun_brought_on_with_a_is_a_walk_on(nlp):
    assert _speaker_of(CROWD, "Shame", nlp) == "the go-between"


LAWN = ("Marit Olsen and Brenna Holt walked down to the boathouse. Brenna ran ahead, humming.\n\n"
        "When they were out of hearing Marit stopped humming and said sharply:\n\n"
        "\"Did you tell him about the boat yet?\"\n\n"
        "\"No, not yet,\" said Brenna.\n")


def test_a_name_glued_to_the_clause_before_is_the_subject(nlp):
    # the parser hangs "Marit" on "of hearing"; the name right before the subjectless verb speaks
    doc = nlp(LAWN)
    t = next(t for t in doc if t.text == "Marit" and t.nbor(1).text == "stopped")
    assert t.dep_ != "nsubj"  # the slip this rule is for
    assert _speaker_of(LAWN, "Did you tell him", nlp) == "Marit Olsen"


HARBOUR = ("Oskar Lind was a boy of twelve who knew every boat in the harbour. He took Ilse Marr down to the "
           "quay to find the ferry.\n\n"
           "\"Which one goes to the island?\" asked Ilse.\n\n"
           "\"That one, miss,\" said a freckled boy, jumping down from a crate.\n\n"
           "\"When does it leave?\" asked Oskar.\n\n"
           "\"At noon,\" said the boy.\n\n"
           "\"Thank you,\" said Ilse.\n")


def test_the_boy_after_a_boy_brought_on_by_a_tag_is_that_walk_on(nlp):
    # recency gives "said the boy" to the named boy of the scene; the tag just before said someone new
    assert _speaker_of(HARBOUR, "That one", nlp) == "the freckled boy"
    assert _speaker_of(HARBOUR, "At noon", nlp) == "the freckled boy"


PARTY = ("Nell Arden danced twice with Hugo Pell, and she went home without overhearing "
         "Mr. Dunmore whisper to his cousin,\n\n"
         "\"He has asked her twice. I knew he would.\"\n\n"
         "Nell went home smiling.\n")


def test_a_voice_overheard_in_a_lead_in_speaks(nlp):
    # the tagger makes "whisper" a noun, the object of "overhearing" beside the name
    assert _speaker_of(PARTY, "He has asked her", nlp) == "Mr. Dunmore"


INQUIRY = ("The barn was cold. Oren Falk had explained the plan twice; and, to answer Tamsin Reed's anxious "
           "question of \"Which goats sleep inside tonight?\" Oren pointed at the loft.\n\n"
           "\"Up there,\" he said.\n")


def test_the_owner_of_an_utterance_noun_ending_the_lead_in_speaks(nlp):
    # the sentence's speech verb ("explained") is Oren's; the question the quote follows is Tamsin's
    assert _speaker_of(INQUIRY, "Which goats", nlp) == "Tamsin Reed"
