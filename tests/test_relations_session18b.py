"""Relations, session 18 (romance, friendship and rivalry). Sentences are our own, with invented names;
upstream layers are built by hand (``build`` from test_relations). Each negative case fails on the
session-start relations code (10c73c0); each guard passes there too and fails only if the rule loses its
limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a plural predicate that is a likeness, a change that did not happen, or a comparison ----------------


def test_as_if_they_were_friends_is_no_friendship(nlp):
    cast = {"Quillon": "he", "Marisela": "she"}
    text = "Quillon waved to Marisela from the ferry ramp as if they were childhood friends."
    a, ids = build(text, nlp, cast)
    assert "friends" not in every_state(a, ids["Quillon"], ids["Marisela"])


def test_they_were_friends_still_counts(nlp):
    """Guard: the plain plural predicate keeps its friendship."""
    cast = {"Quillon": "he", "Marisela": "she"}
    text = "Quillon and Marisela had been friends ever since the sailing club, and they still met every week."
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Quillon"], ids["Marisela"])


def test_did_not_become_friends_is_no_friendship(nlp):
    cast = {"Orsolya": "she", "Benedikt": "he"}
    text = "Orsolya and Benedikt shared a desk for the whole term but did not become friends."
    a, ids = build(text, nlp, cast)
    assert "friends" not in every_state(a, ids["Orsolya"], ids["Benedikt"])


def test_became_friends_still_counts(nlp):
    """Guard: "became friends" without a negation is a friendship."""
    cast = {"Orsolya": "she", "Benedikt": "he"}
    text = "Orsolya and Benedikt shared a desk for the whole term. By the spring they became friends."
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Orsolya"], ids["Benedikt"])


def test_better_as_friends_is_no_friendship(nlp):
    cast = {"Tovah": "she", "Lysander": "he"}
    text = ("Tovah waited for Lysander outside the gym. She told him, kindly enough, that they were simply "
            "better as friends.")
    a, ids = build(text, nlp, cast)
    assert "friends" not in every_state(a, ids["Tovah"], ids["Lysander"])


def test_ended_as_friends_still_counts(nlp):
    """Guard: "ended as friends" names what they became."""
    cast = {"Tovah": "she", "Lysander": "he"}
    text = "Tovah and Lysander started out as rivals in the debating club and ended as friends."
    a, ids = build(text, nlp, cast)
    assert "friends" in every_state(a, ids["Tovah"], ids["Lysander"])


# ---- rivals, then one comforts the other: friends -----------------------------------------------------------


def test_rivals_who_comfort_each_other_become_friends(nlp):
    cast = {"Perpetua": "she", "Caddick": "he"}
    text = ("Perpetua and Caddick had been rivals ever since the junior chess league, and neither ever let the other "
            "forget a loss.\n\nAt the county final Caddick's hands shook so badly that he could not set up the "
            "board. Perpetua sat down beside him and put her arm around him until the shaking stopped.")
    a, ids = build(text, nlp, cast)
    states = every_state(a, ids["Perpetua"], ids["Caddick"])
    assert "rivals" in states
    assert "friends" in states


def test_rivals_who_kiss_are_no_friends(nlp):
    """Guard: rivals to lovers is a romance, not a friendship."""
    cast = {"Perpetua": "she", "Caddick": "he"}
    text = ("Perpetua and Caddick had been rivals ever since the junior chess league, and neither ever let the other "
            "forget a loss.\n\nAt the county final Caddick's hands shook so badly that he could not set up the "
            "board. Perpetua sat down beside him and put her arm around him until the shaking stopped. Then "
            "she kissed him.")
    a, ids = build(text, nlp, cast)
    assert "friends" not in every_state(a, ids["Perpetua"], ids["Caddick"])


# ---- a best man is the groom's friend ------------------------------------------------------------------------


def test_my_best_man_is_my_friend(nlp):
    cast = {"Evander": "he", "Caius": "he", "Lorelei": "she"}
    text = ("I married Lorelei in the spring at the town hall on Quay Street. Caius was my best man, and he "
            "lost the rings twice before noon.")
    a, ids = build(text, nlp, cast, narrator="Evander")
    assert "friends" in every_state(a, ids["Evander"], ids["Caius"])


def test_a_best_man_who_is_a_brother_is_no_friend(nlp):
    """Guard: the clause says the best man is kin."""
    cast = {"Evander": "he", "Caius": "he", "Lorelei": "she"}
    text = ("Evander married Lorelei in the spring at the town hall on Quay Street. Evander's best man was "
            "his younger brother, Caius, who lost the rings twice before noon.")
    a, ids = build(text, nlp, cast)
    assert "friends" not in every_state(a, ids["Evander"], ids["Caius"])


# ---- a proposal the story shows, accepted: the pair courted before it ------------------------------------------


def test_a_proposal_shown_and_accepted_was_courted_before(nlp):
    cast = {"Thaddeus": "he", "Clemency": "she"}
    text = ("The greenhouse was humid and full of the scent of tomato leaves. Thaddeus got down on one knee "
            "between the seed trays and held out a ring.\n\n\"Will you marry me?\" he asked.\n\n\"Yes,\" said Clemency. \"Yes, of "
            "course.\"")
    a, ids = build(text, nlp, cast)
    states = every_state(a, ids["Thaddeus"], ids["Clemency"])
    assert "engaged" in states
    assert "dating" in states


def test_a_proposal_told_as_earlier_adds_no_courtship(nlp):
    """Guard: a proposal told as long past (a recollection) is not shown as it happens."""
    cast = {"Thaddeus": "he", "Clemency": "she"}
    text = ("The greenhouse was humid and full of the scent of tomato leaves. Years before, Thaddeus had proposed to "
            "Clemency in this very greenhouse, and she had said yes.")
    a, ids = build(text, nlp, cast)
    assert "dating" not in every_state(a, ids["Thaddeus"], ids["Clemency"])
