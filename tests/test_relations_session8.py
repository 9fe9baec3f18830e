"""Relations, session 8: mechanisms found on the misses of two more independent writers (d111-d122).

Sentences are our own; upstream layers are built by hand (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, events, states


def test_a_role_apposed_to_a_name_belongs_to_the_pair_their_names(nlp):
    text = "Odo and Brin quarrelled on the set all week. Then Vell, their boss, sent everyone home."
    a, ids = build(text, nlp, {"Odo": "he", "Brin": "he", "Vell": "she"})
    for worker in ("Odo", "Brin"):
        rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Vell"], ids[worker]})
        assert [(s.state, s.holder) for s in rel.states] == [("boss", ids["Vell"])]
    # "his": only the one man, and never Vell as her own boss
    text = "Odo quarrelled on the set all week. Then Vell, his boss, sent everyone home."
    a, ids = build(text, nlp, {"Odo": "he", "Brin": "he", "Vell": "she"})
    assert states(a, ids["Vell"], ids["Odo"]) == ["boss"]
    assert states(a, ids["Vell"], ids["Brin"]) == []


def test_a_director_is_the_one_worked_for(nlp):
    text = "Odo waited by the cameras. Vell, his director, waved him over."
    a, ids = build(text, nlp, {"Odo": "he", "Vell": "she"})
    rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Vell"], ids["Odo"]})
    assert [(s.state, s.holder) for s in rel.states] == [("boss", ids["Vell"])]


def test_wanting_someone_back_means_it_ended(nlp):
    text = "Tam wants to get back together with Noor. He says so every week."
    a, ids = build(text, nlp, {"Tam": "he", "Noor": "she"})
    seq = states(a, ids["Tam"], ids["Noor"])
    assert "wants_back" in seq and "ex" in seq
    assert seq.index("ex") < seq.index("wants_back")
    assert {ids["Tam"], ids["Noor"]} in events(a, "breakup")
    # no wish, no ending
    text = "Tam wants to go to the coast with Noor. He says so every week."
    a, ids = build(text, nlp, {"Tam": "he", "Noor": "she"})
    assert "ex" not in states(a, ids["Tam"], ids["Noor"])


def test_an_object_pronoun_group_never_takes_in_its_own_subject(nlp):
    # "us": the narrator and the one just named, not the coach who is the subject of "coached"
    for obj in ("both of us", "us both"):
        text = f"Pim and I climbed every weekend. Sami had coached {obj} since we were kids."
        a, ids = build(text, nlp, {"Pim": "she", "Sami": "he", "Ada": "she"}, narrator="Ada")
        for pupil in ("Ada", "Pim"):
            rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Sami"], ids[pupil]})
            assert [(s.state, s.holder) for s in rel.states] == [("teacher", ids["Sami"])], obj
    text = "Pim and Ada climbed every weekend. Sami had coached them both since they were kids."
    a, ids = build(text, nlp, {"Pim": "she", "Sami": "he", "Ada": "she"})
    assert states(a, ids["Sami"], ids["Pim"]) == ["teacher"] and states(a, ids["Sami"], ids["Ada"]) == ["teacher"]


def test_a_name_parsed_as_a_time_phrase_after_the_verb_is_its_object(nlp):
    # the small parser reads "met Tom that August" with Tom as an npadvmod; then "they" is the pair met
    # last, not the couple told before it
    text = ("Agnes had been engaged to Hugh for a year. Hugh went to Canada. She met Tom that August. "
            "He walked her home by the harbour. They married the following April.")
    a, ids = build(text, nlp, {"Agnes": "she", "Hugh": "he", "Tom": "he"})
    assert {ids["Agnes"], ids["Tom"]} in events(a, "meeting")
    # (since session 27 a pair met and later married courted in between: dating, then married)
    assert states(a, ids["Agnes"], ids["Tom"]) == ["dating", "married"]
    assert "married" not in states(a, ids["Agnes"], ids["Hugh"])


def test_not_going_through_with_it_ends_an_engagement(nlp):
    text = ("Agnes had been engaged to Hugh for eight months. Then Hugh came into the shop and said that he "
            "could not go through with it.")
    a, ids = build(text, nlp, {"Agnes": "she", "Hugh": "he"})
    assert states(a, ids["Agnes"], ids["Hugh"]) == ["engaged", "ex"]
    # not a couple: something else he could not go through with
    text = "Agnes and Hugh ran the shop. Hugh could not go through with it, the sale of the house."
    a, ids = build(text, nlp, {"Agnes": "she", "Hugh": "he"})
    # running the shop together makes them colleagues (session 18); no engagement and no ex
    assert not {"engaged", "ex"} & set(states(a, ids["Agnes"], ids["Hugh"]))



def test_two_people_with_one_father_are_siblings(nlp):
    text = "Ruth and Neil had not spoken since the day they buried their father."
    a, ids = build(text, nlp, {"Ruth": "she", "Neil": "he"})
    assert states(a, ids["Ruth"], ids["Neil"]) == ["sibling"]
    # a couple's "their mother" (an in-law's, a child's) makes no siblings
    text = "Ruth and Neil had been married for ten years. On Sunday they visited their mother."
    a, ids = build(text, nlp, {"Ruth": "she", "Neil": "he"})
    assert "sibling" not in states(a, ids["Ruth"], ids["Neil"])
    # nor does "their son"
    text = "Ruth and Neil met at a party. They married in June and their son was born a year later."
    a, ids = build(text, nlp, {"Ruth": "she", "Neil": "he"})
    assert "sibling" not in states(a, ids["Ruth"], ids["Neil"])
