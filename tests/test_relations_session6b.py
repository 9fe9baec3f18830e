"""Relations, session 6 second round: mechanisms found on a fourth independent writer's stories
(d95-d98): a child introduced without a kin noun ("Paul, her eldest", "Owen and Maisie, Denise's
two", "Hattie, Paul's girl").

Sentences are our own; upstream layers are built by hand (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, events, states


def test_a_rank_word_in_apposition_is_a_child_of_the_possessor(nlp):
    text = ("Ruth Okafor turned seventy on Sunday. By noon the yard was crowded. "
            "Simon, her eldest, carved the lamb while Clara laughed at him.")
    a, ids = build(text, nlp, {"Ruth Okafor": "she", "Simon": "he", "Clara": "she"})
    assert states(a, ids["Ruth Okafor"], ids["Simon"]) == ["parent"]
    assert states(a, ids["Clara"], ids["Simon"]) != ["parent"]


def test_a_count_takes_every_name_it_is_apposed_to(nlp):
    text = "Ivo and Greta, Marta's two, came in from the rain, arguing about a bicycle."
    a, ids = build(text, nlp, {"Ivo": "he", "Greta": "she", "Marta": "she"})
    assert states(a, ids["Marta"], ids["Ivo"]) == ["parent"]
    assert states(a, ids["Marta"], ids["Greta"]) == ["parent"]
    assert states(a, ids["Ivo"], ids["Greta"]) == ["sibling"]  # two children of one parent
    # a count that does not match the names apposed is no family
    text = "Ivo and Greta, Marta's three, came in from the rain."
    a, ids = build(text, nlp, {"Ivo": "he", "Greta": "she", "Marta": "she"})
    assert states(a, ids["Marta"], ids["Ivo"]) == []


def test_girl_or_boy_needs_a_named_possessor(nlp):
    text = "Behind them came Nell, Arthur's girl, carrying a tin of biscuits."
    a, ids = build(text, nlp, {"Nell": "she", "Arthur": "he"})
    assert states(a, ids["Arthur"], ids["Nell"]) == ["parent"]
    text = "Arthur waved. Behind him came Nell, his girl, carrying a tin of biscuits."
    a, ids = build(text, nlp, {"Nell": "she", "Arthur": "he"})
    assert states(a, ids["Arthur"], ids["Nell"]) != ["parent"]


def test_a_relative_clause_after_a_role_apposition_is_about_the_name(nlp):
    text = "Mara had told Oskar, the night porter, who was Vera's son, and he had told nobody."
    a, ids = build(text, nlp, {"Mara": "she", "Oskar": "he", "Vera": "she"})
    assert states(a, ids["Vera"], ids["Oskar"]) == ["parent"]


def test_about_to_get_engaged_is_not_an_engagement(nlp):
    text = "Nadia let in a couple who looked like they were about to get engaged. Nadia waved at Bruno."
    a, ids = build(text, nlp, {"Nadia": "she", "Bruno": "he"})
    assert events(a, "engagement") == []
    assert states(a, ids["Nadia"], ids["Bruno"]) == []
    text = "Nadia and Bruno wanted to get engaged before the summer."
    a, ids = build(text, nlp, {"Nadia": "she", "Bruno": "he"})
    assert states(a, ids["Nadia"], ids["Bruno"]) == []
    text = "Nadia and Bruno got engaged before the summer."
    a, ids = build(text, nlp, {"Nadia": "she", "Bruno": "he"})
    assert states(a, ids["Nadia"], ids["Bruno"]) == ["engaged"]


def test_they_are_the_couple_told_a_few_sentences_before(nlp):
    # (neither of the two is among the last four people mentioned: the cast may know one of them
    # under another name there)
    text = ("So Tobias asked Maud to marry him, and she said yes. Mr. Hale wrote to Agnes. Agnes showed "
            "the letter to Captain Shore and to Dr. Penn, and Captain Shore laughed. "
            "They were married at St. Jude's in June.")
    a, ids = build(text, nlp, {"Tobias": "he", "Maud": "she", "Agnes": "she", "Captain Shore": "he",
                               "Mr. Hale": "he", "Dr. Penn": "he"})
    assert states(a, ids["Tobias"], ids["Maud"])[-1] == "married"
    assert states(a, ids["Agnes"], ids["Captain Shore"]) == []


def test_chef_said_to_someone_makes_them_the_boss(nlp):
    text = "\"Two minutes, chef,\" Arlo called to Maren from the grill. \"Yes, chef,\" Cass said to Maren."
    cast = {"Arlo": "he", "Maren": "she", "Cass": "she"}
    a, ids = build(text, nlp, cast, quotes=[("Two minutes, chef,", "Arlo", "Maren"), ("Yes, chef,", "Cass", "Maren")])
    boss = [s for r in a.relationships for s in r.states if s.state == "boss"]
    assert len(boss) == 2 and {s.holder for s in boss} == {ids["Maren"]}
    # one person's "chef" (a guessed addressee, or a joke) is not enough
    a, ids = build(text, nlp, cast, quotes=[("Two minutes, chef,", "Arlo", "Maren"), ("Yes, chef,", "Cass", "Arlo")])
    assert [s for r in a.relationships for s in r.states if s.state == "boss"] == []


def test_beating_each_other_at_something_is_a_rivalry(nlp):
    text = "Odette and Ferris spent the whole season trying to outsell each other."
    a, ids = build(text, nlp, {"Odette": "she", "Ferris": "he"})
    assert states(a, ids["Odette"], ids["Ferris"]) == ["rivals"]
    text = "Odette and Ferris never tried to outsell each other."
    a, ids = build(text, nlp, {"Odette": "she", "Ferris": "he"})
    assert states(a, ids["Odette"], ids["Ferris"]) == []


def test_on_the_same_line_is_colleagues(nlp):
    text = "Odette and Ferris had been on the same shift for a year."
    a, ids = build(text, nlp, {"Odette": "she", "Ferris": "he"})
    assert states(a, ids["Odette"], ids["Ferris"]) == ["colleagues"]
    text = "Odette and Ferris had been on the same train for an hour."
    a, ids = build(text, nlp, {"Odette": "she", "Ferris": "he"})
    assert states(a, ids["Odette"], ids["Ferris"]) == []


def test_losing_ones_heart_to_someone_is_a_crush(nlp):
    text = "Everyone knew that Sophie had lost her heart to Captain Marsh at the harvest ball."
    a, ids = build(text, nlp, {"Sophie": "she", "Captain Marsh": "he"})
    got = states(a, ids["Sophie"], ids["Captain Marsh"])
    assert got and got[0] in ("crush", "unrequited")
    text = "Sophie had lost her gloves to Captain Marsh at cards."
    a, ids = build(text, nlp, {"Sophie": "she", "Captain Marsh": "he"})
    assert states(a, ids["Sophie"], ids["Captain Marsh"]) == []


def test_a_siblings_grandparent_is_ones_own(nlp):
    text = "Nell's grandmother, Orla, was asleep by the window. Nell's brother, Cyril, came in with flowers."
    a, ids = build(text, nlp, {"Nell": "she", "Orla": "she", "Cyril": "he"})
    assert states(a, ids["Orla"], ids["Nell"]) == ["grandparent"]
    assert states(a, ids["Orla"], ids["Cyril"]) == ["grandparent"]


def test_they_can_be_the_pair_whose_meeting_was_told(nlp):
    text = ("Ilse and Bram had met in a queue at the post office. Greta heard all about it from Ilse. "
            "They were married in the spring.")
    a, ids = build(text, nlp, {"Ilse": "she", "Bram": "he", "Greta": "she"})
    assert states(a, ids["Ilse"], ids["Bram"])[-1] == "married"
    assert states(a, ids["Ilse"], ids["Greta"]) == []


def test_a_far_object_does_not_stop_a_breakup(nlp):
    text = ("Juno is over there by the far bench. We were together for three years. We broke up in February over "
            "something so stupid I can't even tell it properly—a missed train, a birthday, the whole of a winter "
            "of small things.")
    a, ids = build(text, nlp, {"Juno": "she", "Wren": "she"}, narrator="Wren")
    assert states(a, ids["Wren"], ids["Juno"])[-1] == "ex"
    # "broke up the card party": an object right after the particle is what was broken up
    text = "Juno is over there. We broke up the card party at midnight."
    a, ids = build(text, nlp, {"Juno": "she", "Wren": "she"}, narrator="Wren")
    assert events(a, "breakup") == []


def test_a_passive_parsed_subject_is_the_one_the_copula_names(nlp):
    # the small parser reads "She's been" as a passive; the friend is still the subject, not the
    # cast's nearest-name guess for "my best friend"
    text = "Juno waves from the far bench. Odile sits down next to me. She's been my best friend since our first week."
    a, ids = build(text, nlp, {"Juno": "she", "Odile": "she", "Wren": "she"}, narrator="Wren")
    assert states(a, ids["Wren"], ids["Odile"]) == ["friends"]
    assert states(a, ids["Wren"], ids["Juno"]) == []


def test_a_lasting_one_way_hatred_is_an_enmity(nlp):
    text = "Juno waves. The trouble is Bryony Vale, who has hated me since I beat her at the county trials."
    a, ids = build(text, nlp, {"Juno": "she", "Bryony Vale": "she", "Wren": "she"}, narrator="Wren")
    assert states(a, ids["Bryony Vale"], ids["Wren"]) == ["enemies"]
    text = "Juno waves. The trouble is Bryony Vale, who hated me for a minute when I beat her."
    a, ids = build(text, nlp, {"Juno": "she", "Bryony Vale": "she", "Wren": "she"}, narrator="Wren")
    assert states(a, ids["Bryony Vale"], ids["Wren"]) == []
