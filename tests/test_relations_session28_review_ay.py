"""Relations, session 28 review of the writer-AY rules (session 28a): probes where those rules overreached.
Texts are our own, with invented names."""

from __future__ import annotations

from test_relations import build, states


def _pronouns(text):
    import fabula

    a = fabula.analyze(text=text, only=["cast"])
    who = {m.span[0]: c.name for c in a.characters for m in c.mentions}
    return a, who


def test_a_name_given_by_a_copula_leaves_the_pronouns_of_one_named_in_the_paragraph():
    text = ("Orrin told me about his father over dinner. He spoke slowly and kept his eyes on the table. His name "
            "was Bastian Krol.\n\nAfterwards he walked me home and he kissed me at the gate.")
    a, who = _pronouns(text)
    t = a.story.text
    assert who.get(t.index("He spoke")) == "Orrin"
    assert who.get(t.index("he walked")) == "Orrin"
    assert who.get(t.index("he kissed")) == "Orrin"


def test_a_ship_named_by_a_copula_takes_no_pronouns_of_its_captain():
    text = ("Captain Marta Hale walked along the quay to the old schooner. She had sailed in her for twenty years. "
            "Her name was Clementine.")
    a, who = _pronouns(text)
    t = a.story.text
    assert who.get(t.index("She had")) == "Captain Marta Hale"
    assert who.get(t.index("Her name")) == "Captain Marta Hale"


def test_a_boat_named_by_a_copula_takes_no_pronouns_of_one_named_a_paragraph_before():
    text = ("Marta Hale had been a captain for thirty years.\n\nShe walked along the quay to the old schooner. She "
            "had sailed in her for twenty years. Her name was Clementine. She was slow but she was sound.")
    a, who = _pronouns(text)
    t = a.story.text
    assert who.get(t.index("She walked")) == "Marta Hale"
    assert who.get(t.index("Her name")) == "Marta Hale"


def test_a_first_name_that_is_also_a_place_gone_to_stays_a_place():
    text = ("Amy flew to Georgia in June. Georgia was hotter than she had expected. Georgia had long humid nights, "
            "and she could not sleep. She missed the cold.")
    a, who = _pronouns(text)
    assert "Georgia" not in [c.name for c in a.characters]
    t = a.story.text
    assert who.get(t.index("She missed")) == "Amy"


def test_a_no_to_something_else_after_an_accepted_proposal_is_no_refusal(nlp):
    text = ("On Sunday, by the lock gates, Tobiah asked me to marry him. I accepted, and we walked home in the "
            "rain. At the door his mother offered us tea, but I said no.")
    a, ids = build(text, nlp, {"Wenna": "she", "Tobiah": "he"}, narrator="Wenna")
    assert "engaged" in states(a, ids["Wenna"], ids["Tobiah"])


def test_a_we_joined_to_the_father_giving_the_bride_away_is_still_the_groom(nlp):
    text = ("Anselm proposed to me at Easter and I said yes straight away. In June Ivo walked me up the aisle, "
            "and he gave me away, and we were married by noon.")
    a, ids = build(text, nlp, {"Hedda": "she", "Anselm": "he", "Ivo": "he"}, narrator="Hedda")
    assert "married" not in states(a, ids["Hedda"], ids["Ivo"])


def test_seeing_someone_and_the_same_name_said_again_is_no_new_pair(nlp):
    text = ("Petra moved out in the spring. Lotte started at the bakery in May, and Gideon rang me that week. "
            "\"Lotte is seeing someone. Lotte Brand! I never thought it.\"")
    quotes = [("Lotte is seeing someone. Lotte Brand! I never thought it.", "Gideon", "Maud")]
    a, ids = build(text, nlp, {"Maud": "she", "Petra": "she", "Gideon": "he", "Lotte": "she"},
                   narrator="Maud", quotes=quotes)
    assert "dating" not in states(a, ids["Petra"], ids["Lotte"])


def test_they_of_old_friends_after_an_introduction_is_not_the_two_introduced(nlp):
    text = ("The party was loud.\n\n\"Mirela, this is Tobin,\" I said. Mirela smiled. Nesta waved from the door and "
            "Tobin waved back. They had been best friends since school.")
    quotes = [("Mirela, this is Tobin,", "Gethin", "Mirela")]
    a, ids = build(text, nlp, {"Gethin": "he", "Nesta": "she", "Tobin": "he", "Mirela": "she"},
                   narrator="Gethin", quotes=quotes)
    assert "friends" not in states(a, ids["Mirela"], ids["Tobin"])


def test_own_marriage_verbs_are_marrying_and_divorcing_only():
    from fabula.relations.cues import OWN_MARRIAGE_VERBS

    assert not {"engage", "engaged"} & OWN_MARRIAGE_VERBS
    assert {"marry", "wed", "divorce", "remarry"} <= OWN_MARRIAGE_VERBS
