"""Relations, session 29 (c): events told in formal, period or retrospective wording. Sentences are our own,
with invented names; upstream layers are built by hand (``build``)."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build


def test_dead_for_years_is_a_death(nlp):
    text = "Wilhelmina Orde kept the forge for the family. Mr. Quenby had been dead nine years, but his sign still hung over the door."
    a, ids = build(text, nlp, {"Wilhelmina Orde": "she", "Mr. Quenby": "he"})
    assert ["Mr. Quenby"] in events_by_name(a, ids, "death")


def test_dead_of_a_fever_is_a_death(nlp):
    text = "Tobin went to the valley at ten, when his aunt Odalys was dead of a cholera and nobody else would take him."
    a, ids = build(text, nlp, {"Tobin": "he", "Odalys": "she"})
    assert ["Odalys"] in events_by_name(a, ids, "death")


def test_dead_tired_or_only_thought_dead_is_no_death(nlp):
    text = ("Osric was dead tired after the harvest. Wilhelmina thought Tobin was dead. "
            "Then Tobin strolled in at noon and Wilhelmina laughed.")
    a, ids = build(text, nlp, {"Osric": "he", "Wilhelmina": "she", "Tobin": "he"})
    assert events_by_name(a, ids, "death") == []


def test_dead_in_a_condition_is_no_death(nlp):
    text = "Wilhelmina sat by the stove. If Tobin were dead, the mill would pass to his cousin."
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Tobin": "he"})
    assert events_by_name(a, ids, "death") == []


def test_a_second_relative_clause_on_the_main_verb_is_the_same_person(nlp):
    text = ("Wilhelmina Orde sold honey at the fair. Osric Orde had been a quiet, stooped man who kept bees every "
            "summer, and who died of a fever six years ago.")
    a, ids = build(text, nlp, {"Wilhelmina Orde": "she", "Osric Orde": "he"})
    assert ["Osric Orde"] in events_by_name(a, ids, "death")


def test_of_a_place_between_a_name_and_whom(nlp):
    # (the place is in the cast, as a misread name can be)
    text = ("Wilhelmina Orde was twenty and to be married at noon the next day to Mr. Osric Quenby, of Hexcombe, "
            "whom she first met at the county ball in Lincolnshire.")
    a, ids = build(text, nlp, {"Wilhelmina Orde": "she", "Mr. Osric Quenby": "he", "Hexcombe": "he"})
    assert ["Mr. Osric Quenby", "Wilhelmina Orde"] in events_by_name(a, ids, "meeting")
    assert not any("Hexcombe" in p for p in events_by_name(a, ids, "meeting"))


def test_promised_herself_to_is_an_engagement(nlp):
    text = "Wilhelmina Orde was eighteen that May and had promised herself to Ensign Osric Quenby of the Fusiliers."
    a, ids = build(text, nlp, {"Wilhelmina Orde": "she", "Ensign Osric Quenby": "he"})
    assert ["Ensign Osric Quenby", "Wilhelmina Orde"] in events_by_name(a, ids, "engagement")


def test_acceptance_right_after_a_proposal_answers_it(nlp):
    text = ("In April, Mr. Osric Quenby came by on a Monday while Tobin was at market, and asked Wilhelmina Orde to "
            "marry him. She accepted him then and there, with flour on her hands.")
    a, ids = build(text, nlp, {"Mr. Osric Quenby": "he", "Tobin": "he", "Wilhelmina Orde": "she"})
    assert ["Mr. Osric Quenby", "Wilhelmina Orde"] in events_by_name(a, ids, "proposal")
    assert not any("Tobin" in p for kind in ("proposal", "engagement") for p in events_by_name(a, ids, kind))


def test_became_mrs_full_name_is_the_wedding(nlp):
    text = ("Mr. Osric Quenby and his son Bartram Quenby called at the forge. Wilhelmina Orde liked the father. "
            "At Lammas, Wilhelmina Orde became Mrs. Osric Quenby before the whole parish.")
    a, ids = build(text, nlp, {"Mr. Osric Quenby": "he", "Bartram Quenby": "he", "Wilhelmina Orde": "she"})
    assert ["Mr. Osric Quenby", "Wilhelmina Orde"] in events_by_name(a, ids, "wedding")


def test_a_couple_meeting_every_evening_is_no_first_meeting(nlp):
    text = ("Wilhelmina, who was sixteen, had been meeting Osric Quenby by the lock gates every Sunday since Lent. "
            "Her father had no idea.")
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Osric Quenby": "he"})
    assert events_by_name(a, ids, "meeting") == []


def test_an_unnamed_couple_dead_is_no_death_of_a_named_one(nlp):
    text = "Tobin rode in at dusk. Brigands had fired three barns in the valley. A tinker and his daughter were dead."
    a, ids = build(text, nlp, {"Tobin": "he", "Odalys": "she"})
    assert events_by_name(a, ids, "death") == []


def _said(nlp, line: str):
    text = f'Wilhelmina turned to Osric by the weir. "{line}" Osric looked at the water.'
    return build(text, nlp, {"Wilhelmina": "she", "Osric": "he"}, quotes=[(line, "Wilhelmina", "Osric")])


def test_i_love_you_is_a_confession(nlp):
    a, ids = _said(nlp, "I love you. I have since the thaw.")
    assert ["Osric", "Wilhelmina"] in events_by_name(a, ids, "confession")


def test_i_love_you_with_a_proposal_or_a_refusal_is_no_confession(nlp):
    for line in ("I love you. Marry me, Osric?", "I love you, truly. But I won't stay in this valley."):
        a, ids = _said(nlp, line)
        assert events_by_name(a, ids, "confession") == []


def test_i_love_you_but_i_mean_it_is_still_a_confession(nlp):
    a, ids = _said(nlp, "I love you. It's badly timed, I know. But I mean it.")
    assert ["Osric", "Wilhelmina"] in events_by_name(a, ids, "confession")


def test_a_slap_on_the_back_is_no_fight(nlp):
    text = "When the boat came in first, Tobin slapped Osric on the back and bought the whole crew a round."
    a, ids = build(text, nlp, {"Tobin": "he", "Osric": "he"})
    assert events_by_name(a, ids, "fight") == []
    text = "When the boat came in last, Tobin slapped Osric across the face."
    a, ids = build(text, nlp, {"Tobin": "he", "Osric": "he"})
    assert ["Osric", "Tobin"] in events_by_name(a, ids, "fight")


def test_a_light_thump_on_the_shoulder_is_no_fight(nlp):
    text = "Wilhelmina laughed till she wept and then thumped Odalys, very lightly, on the shoulder."
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Odalys": "she"})
    assert events_by_name(a, ids, "fight") == []


def test_whose_wrist_was_scalded_is_the_antecedents_injury(nlp):
    text = "Odalys bandaged Osric Quenby, whose wrist was scalded from the knuckles to the elbow."
    a, ids = build(text, nlp, {"Odalys": "she", "Osric Quenby": "he"})
    assert ["Osric Quenby"] in events_by_name(a, ids, "injury")


def test_a_grazed_chin_is_an_injury_and_swollen_eyes_are_not(nlp):
    text = "Wilhelmina dabbed at Tobin's grazed chin and did not scold."
    a, ids = build(text, nlp, {"Wilhelmina": "she", "Tobin": "he"})
    assert ["Tobin"] in events_by_name(a, ids, "injury")
    text = "Odalys came down to breakfast late. Her eyes were swollen from weeping."
    a, ids = build(text, nlp, {"Odalys": "she"})
    assert events_by_name(a, ids, "injury") == []


def test_knuckles_that_crack_in_a_grip_are_no_injury(nlp):
    text = "Osric crouched by the stile, and Tobin squeezed his fingers till the knuckles cracked."
    a, ids = build(text, nlp, {"Osric": "he", "Tobin": "he"})
    assert events_by_name(a, ids, "injury") == []
