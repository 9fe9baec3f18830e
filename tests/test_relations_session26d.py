"""Relations, session 26 (d): events. An apology that owns a wrong done to the hearer, "met someone" as a new
partner, someone taken to hospital as hurt, and a hug read against the sentences right round it. Sentences are
our own, with invented names; upstream layers are built by hand (``build`` from test_relations). Each test fails
on the code before its commit, or guards what the rule must not do."""

from __future__ import annotations

from relations_helpers import events_by_name, states_by_name
from test_relations import build

_events = events_by_name


# ---- an apology that owns a wrong ------------------------------------------------------------------------------


def test_sorry_and_a_remark_owned_as_unfair_is_a_reconciliation(nlp):
    text = ("Thurlow Ebbing scraped the frost off the van windows without turning. \"Sorry, Wenonah,\" he muttered. "
            "\"That crack about your pottery stall. That wasn't fair.\" \"No,\" said Wenonah Skell. \"Get in.\"")
    a, ids = build(text, nlp, {"Thurlow Ebbing": "he", "Wenonah Skell": "she"},
                   quotes=[("\"Sorry, Wenonah,\"", "Thurlow Ebbing", "Wenonah Skell"),
                           ("\"That crack about your pottery stall. That wasn't fair.\"", "Thurlow Ebbing", "Wenonah Skell"),
                           ("\"No,\"", "Wenonah Skell", "Thurlow Ebbing"),
                           ("\"Get in.\"", "Wenonah Skell", "Thurlow Ebbing")])
    assert ["Thurlow Ebbing", "Wenonah Skell"] in _events(a, ids, "reconciliation")


def test_i_was_cruel_then_sorry_answered_is_a_reconciliation(nlp):
    text = ("Wenonah Skell caught up with Thurlow Ebbing by the weir. \"I was cruel at the auction. I'm sorry.\" "
            "Thurlow skimmed a flat stone across the pool. \"Took you long enough.\"")
    a, ids = build(text, nlp, {"Wenonah Skell": "she", "Thurlow Ebbing": "he"},
                   quotes=[("\"I was cruel at the auction. I'm sorry.\"", "Wenonah Skell", "Thurlow Ebbing"),
                           ("\"Took you long enough.\"", "Thurlow Ebbing", "Wenonah Skell")])
    assert ["Thurlow Ebbing", "Wenonah Skell"] in _events(a, ids, "reconciliation")


def test_a_plain_sorry_with_no_wrong_owned_is_nothing(nlp):
    text = ("Wenonah Skell caught up with Thurlow Ebbing by the weir. \"I'm sorry, the ferry has left.\" Thurlow "
            "skimmed a flat stone across the pool. \"Typical.\"")
    a, ids = build(text, nlp, {"Wenonah Skell": "she", "Thurlow Ebbing": "he"},
                   quotes=[("\"I'm sorry, the ferry has left.\"", "Wenonah Skell", "Thurlow Ebbing"),
                           ("\"Typical.\"", "Thurlow Ebbing", "Wenonah Skell")])
    assert not _events(a, ids, "reconciliation")


def test_i_was_wrong_without_sorry_concedes_a_point(nlp):
    text = ("Wenonah Skell and Thurlow Ebbing studied the ferry timetable. \"I was wrong, the crossing is at nine,\" Wenonah "
            "admitted. \"Typical,\" Thurlow grinned.")
    a, ids = build(text, nlp, {"Wenonah Skell": "she", "Thurlow Ebbing": "he"},
                   quotes=[("\"I was wrong, the crossing is at nine,\"", "Wenonah Skell", "Thurlow Ebbing"),
                           ("\"Typical,\"", "Thurlow Ebbing", "Wenonah Skell")])
    assert not _events(a, ids, "reconciliation")


def test_an_owned_apology_answered_by_someone_else_names_nobody(nlp):
    # the line the dialogue layer gave to one listener is answered by another: the hearer is in doubt
    text = ("Wenonah Skell, Thurlow Ebbing and Ottokar Brine squeezed into the van. \"I was cruel at the auction. "
            "I'm sorry.\" \"Just drive,\" grunted Ottokar Brine.")
    a, ids = build(text, nlp, {"Wenonah Skell": "she", "Thurlow Ebbing": "he", "Ottokar Brine": "he"},
                   quotes=[("\"I was cruel at the auction. I'm sorry.\"", "Wenonah Skell", "Thurlow Ebbing"),
                           ("\"Just drive,\"", "Ottokar Brine", "Wenonah Skell")])
    assert ["Thurlow Ebbing", "Wenonah Skell"] not in _events(a, ids, "reconciliation")


# ---- "met someone" -----------------------------------------------------------------------------------------------


def test_met_someone_then_her_name_was_is_a_new_partner(nlp):
    text = ("Ysolt Marrable unfolded the postcard on the step. Her husband Dagobert Penhallow wrote that he had met "
            "someone in Lisbon, that her name was Solvig, and that he was staying. Solvig Hatchard taught the cello.")
    a, ids = build(text, nlp, {"Ysolt Marrable": "she", "Dagobert Penhallow": "he", "Solvig Hatchard": "she"})
    assert ["Dagobert Penhallow", "Solvig Hatchard"] in _events(a, ids, "new_partner")
    assert ["Dagobert Penhallow", "Solvig Hatchard"] in states_by_name(a, ids, "dating")


def test_met_someone_with_the_name_in_the_sentence(nlp):
    text = ("Aurick Pennefather emailed in the spring. He had met someone, Perpetua Yelland, a glassblower from "
            "Murano. Ysolt Marrable printed the email out.")
    a, ids = build(text, nlp, {"Aurick Pennefather": "he", "Perpetua Yelland": "she", "Ysolt Marrable": "she"})
    assert ["Aurick Pennefather", "Perpetua Yelland"] in _events(a, ids, "new_partner")


def test_met_someone_unnamed_borrows_nobody(nlp):
    text = ("Aurick Pennefather and Ysolt Marrable shared a narrowboat for a year. Aurick Pennefather emailed in "
            "the spring. He had met someone on the course. Ysolt Marrable printed the email out.")
    a, ids = build(text, nlp, {"Aurick Pennefather": "he", "Ysolt Marrable": "she"})
    assert not _events(a, ids, "new_partner")


# ---- taken to hospital --------------------------------------------------------------------------------------------


def test_driven_to_a_and_e_is_an_injury_of_the_one_driven(nlp):
    text = ("Hamnet Scoresby skidded on the icy slipway at dawn. Bettrys Quiller drove Hamnet to A&E in the fish lorry "
            "and waited until noon.")
    a, ids = build(text, nlp, {"Hamnet Scoresby": "he", "Bettrys Quiller": "she"})
    assert ["Hamnet Scoresby"] in _events(a, ids, "injury")
    assert ["Bettrys Quiller"] not in _events(a, ids, "injury")


def test_travelled_with_her_in_the_ambulance_is_her_injury(nlp):
    text = ("Ismenia Dunstall came off the vaulting horse badly during the county trials. Gawen Trescothick travelled "
            "in the ambulance with Ismenia, holding her kit bag.")
    a, ids = build(text, nlp, {"Ismenia Dunstall": "she", "Gawen Trescothick": "he"})
    assert ["Ismenia Dunstall"] in _events(a, ids, "injury")


def test_a_drive_to_hospital_offered_is_no_injury(nlp):
    text = ("Hamnet Scoresby looked grey on the quay. \"I'll drive you to A&E if it gets worse,\" Bettrys Quiller "
            "offered.")
    a, ids = build(text, nlp, {"Hamnet Scoresby": "he", "Bettrys Quiller": "she"},
                   quotes=[("\"I'll drive you to A&E if it gets worse,\"", "Bettrys Quiller", "Hamnet Scoresby")])
    assert not _events(a, ids, "injury")


# ---- a greeting hug a few sentences after someone else's grief ------------------------------------------------


def test_a_greeting_hug_well_after_grief_is_no_comfort(nlp):
    text = ("Maelona Pritt had wept through the whole memorial in February and had stayed away from the orchard "
            "ever since. By May the cider barn was swept and the blossom was out on every bough. Her train crawled "
            "behind a freight convoy for an hour, and the guard announced each delay with deep regret. Two herons "
            "stood in the flooded field by the junction, and a man with a ferret got on at the halt. When Maelona "
            "stepped down at the halt, her cousin Ysabeau Corran jogged along the platform and hugged her and "
            "grabbed the suitcase.")
    a, ids = build(text, nlp, {"Maelona Pritt": "she", "Ysabeau Corran": "she"})
    assert not _events(a, ids, "comfort")


def test_a_hug_right_after_tears_is_comfort(nlp):
    text = ("Maelona Pritt sat on the cider barn step and wept. Ysabeau Corran crossed the orchard and hugged her "
            "without a word.")
    a, ids = build(text, nlp, {"Maelona Pritt": "she", "Ysabeau Corran": "she"})
    assert ["Maelona Pritt", "Ysabeau Corran"] in _events(a, ids, "comfort")
