"""Relations, session 25 (e): events told by a diagnosis, a first sight, telling someone
exactly what one thinks, "not together any more" and a bare "Sorry." after a quarrel. Sentences are our own,
with invented names; upstream layers are built by hand (``build`` from test_relations). Each test fails on
the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name


# ---- an injury told by what it turned out to be ------------------------------------------------------------


def test_its_a_sprain_is_an_injury_of_the_ankle_shown(nlp):
    text = ("Kaspar Mottram jumped down from the hayloft. He sat on the cobbles holding his ankle. Nerys Quarrie "
            "crouched and pressed it gently. \"It's a sprain,\" Nerys said. \"You'll mend soon.\"")
    a, ids = build(text, nlp, {"Kaspar Mottram": "he", "Nerys Quarrie": "she"},
                   quotes=[("\"It's a sprain,\"", "Nerys Quarrie", "Kaspar Mottram")])
    assert ["Kaspar Mottram"] in _events(a, ids, "injury")


def test_only_a_sprain_not_a_break_is_an_injury(nlp):
    text = ("Linnet Yarrow came off her bike on the towpath and Corwin Dacre held her knee still until the "
            "ambulance arrived. It was only a sprain, not a break. Linnet missed the regatta.")
    a, ids = build(text, nlp, {"Linnet Yarrow": "she", "Corwin Dacre": "he"})
    assert ["Linnet Yarrow"] in _events(a, ids, "injury")


def test_he_had_five_stitches_is_his_injury(nlp):
    text = "Tegid Hobday drove to the clinic with Zofia Culpin. Tegid Hobday had five stitches and was home by noon."
    a, ids = build(text, nlp, {"Tegid Hobday": "he", "Zofia Culpin": "she"})
    assert ["Tegid Hobday"] in _events(a, ids, "injury")


def test_in_stitches_and_an_asked_sprain_are_no_injury(nlp):
    text = ("Zofia Culpin told a joke that had Tegid Hobday in stitches. Tegid looked at his wrist. "
            "\"Is it a sprain?\" Zofia asked.")
    a, ids = build(text, nlp, {"Tegid Hobday": "he", "Zofia Culpin": "she"})
    assert not _events(a, ids, "injury")


# ---- the first time someone was seen ------------------------------------------------------------------------


def test_the_first_time_i_saw_him_is_a_meeting(nlp):
    text = ("Bronagh Tolland painted signs for the market. The first time Bronagh saw Madoc Prout he was sitting on "
            "an upturned crate mending a net.")
    a, ids = build(text, nlp, {"Bronagh Tolland": "she", "Madoc Prout": "he"})
    assert ["Bronagh Tolland", "Madoc Prout"] in _events(a, ids, "meeting")


def test_the_last_time_she_saw_him_is_no_meeting(nlp):
    text = ("Bronagh Tolland painted signs for the market. The last time Bronagh saw Madoc Prout he was sitting on "
            "an upturned crate mending a net.")
    a, ids = build(text, nlp, {"Bronagh Tolland": "she", "Madoc Prout": "he"})
    assert not _events(a, ids, "meeting")


# ---- telling someone exactly what one thought -------------------------------------------------------------------


def test_told_her_precisely_what_he_thought_is_a_fight(nlp):
    text = ("Wiebke Ostrow cut the choir's budget at the parish meeting. Padraig Loder waited until the vestry had "
            "cleared and then told her precisely what he thought, loud enough for the caretaker to hear.")
    a, ids = build(text, nlp, {"Wiebke Ostrow": "she", "Padraig Loder": "he"})
    assert ["Padraig Loder", "Wiebke Ostrow"] in _events(a, ids, "fight")


def test_told_him_what_she_thought_of_the_book_is_an_opinion(nlp):
    text = "Wiebke Ostrow finished the novel on the ferry and told Padraig Loder what she thought about the ending."
    a, ids = build(text, nlp, {"Wiebke Ostrow": "she", "Padraig Loder": "he"})
    assert not _events(a, ids, "fight")


# ---- "not together any more" ----------------------------------------------------------------------------------


def test_not_together_any_more_is_a_break_up(nlp):
    text = ("Sigrun Vowles and Ciaran Gedge rented a caravan every summer. By the autumn Sigrun and Ciaran weren't "
            "together any more, and Sigrun kept the caravan.")
    a, ids = build(text, nlp, {"Sigrun Vowles": "she", "Ciaran Gedge": "he"})
    assert ["Ciaran Gedge", "Sigrun Vowles"] in _events(a, ids, "breakup")


# ---- a bare "Sorry." after a quarrel of the two -----------------------------------------------------------------


def test_sorry_with_a_name_after_a_quarrel_is_a_reconciliation(nlp):
    text = ("Torvald Eade and Arvid Brough argued in the boathouse about the rowing order. Torvald walked out. An "
            "hour later Arvid found him on the jetty. \"Sorry, Torvald.\" Torvald shrugged and moved up to make room.")
    a, ids = build(text, nlp, {"Torvald Eade": "he", "Arvid Brough": "he"},
                   quotes=[("\"Sorry, Torvald.\"", "Arvid Brough", "Torvald Eade")])
    assert ["Arvid Brough", "Torvald Eade"] in _events(a, ids, "reconciliation")


def test_sorry_with_no_quarrel_is_nothing(nlp):
    text = ("Torvald Eade held the door of the boathouse. Arvid Brough came in with the oars. \"Sorry, Torvald.\" "
            "Torvald shrugged and moved up to make room.")
    a, ids = build(text, nlp, {"Torvald Eade": "he", "Arvid Brough": "he"},
                   quotes=[("\"Sorry, Torvald.\"", "Arvid Brough", "Torvald Eade")])
    assert not _events(a, ids, "reconciliation")


# ---- "the best X I've ever met" ---------------------------------------------------------------------------------


def test_the_cleverest_woman_he_had_ever_met_is_no_meeting(nlp):
    text = ("Leif Nuttall marked essays by the stove. Leif thought Roisin Jessop was the cleverest woman he "
            "had ever met.")
    a, ids = build(text, nlp, {"Leif Nuttall": "he", "Roisin Jessop": "she"})
    assert not _events(a, ids, "meeting")


def test_we_are_not_together_any_more_in_speech_names_nobody(nlp):
    text = ("Eilis Mumby stopped Birgit Kemble in the car park. \"We're not together any more, so ask him about "
            "the van yourself,\" Eilis said.")
    a, ids = build(text, nlp, {"Eilis Mumby": "she", "Birgit Kemble": "she"},
                   quotes=[("\"We're not together any more, so ask him about the van yourself,\"", "Eilis Mumby",
                            "Birgit Kemble")])
    assert not _events(a, ids, "breakup")


# ---- banter is no row ------------------------------------------------------------------------------------------


def test_still_argued_about_who_should_sweep_is_banter(nlp):
    text = ("Renske Huxtable and Veit Jolliffe had kept the bakery since the flood and still argued about who "
            "should sweep the floor.")
    a, ids = build(text, nlp, {"Renske Huxtable": "she", "Veit Jolliffe": "he"})
    assert not _events(a, ids, "fight")


def test_argued_about_nothing_is_banter_but_fought_about_everything_is_a_row(nlp):
    text = "Malin Cobley and Yestin Drage argued about nothing all the way up the motorway."
    a, ids = build(text, nlp, {"Malin Cobley": "she", "Yestin Drage": "he"})
    assert not _events(a, ids, "fight")
    text = "Malin Cobley and Yestin Drage fought about everything all the way up the motorway."
    a, ids = build(text, nlp, {"Malin Cobley": "she", "Yestin Drage": "he"})
    assert ["Malin Cobley", "Yestin Drage"] in _events(a, ids, "fight")


# ---- "sprained it" ---------------------------------------------------------------------------------------------


def test_sprained_it_after_the_body_part_is_an_injury(nlp):
    text = ("Hedda Tuckett came into the office rubbing her wrist. Hedda had tripped over the dog at breakfast "
            "and sprained it.")
    a, ids = build(text, nlp, {"Hedda Tuckett": "she"})
    assert ["Hedda Tuckett"] in _events(a, ids, "injury")


# ---- the making-up after a fight, however many scenes later ----------------------------------------------------


def test_comfort_several_scenes_after_a_fight_is_their_making_up(nlp):
    text = ("Ulla Vosper and Thea Sallow quarrelled on the quay about the boat.\n\n"
            "The winter came. Ulla Vosper mended nets alone.\n\n"
            "By Easter the herring came back to the bay.\n\n"
            "In April the sea took the Sallow boat. Ulla Vosper sat with Thea Sallow by the fire while she cried.")
    a, ids = build(text, nlp, {"Ulla Vosper": "she", "Thea Sallow": "she"},
                   scenes=[("Ulla Vosper and", 0), ("The winter came", 1), ("By Easter", 2), ("In April", 3)])
    assert ["Thea Sallow", "Ulla Vosper"] in _events(a, ids, "fight")
    assert ["Thea Sallow", "Ulla Vosper"] in _events(a, ids, "reconciliation")


def test_the_first_time_she_saw_him_cry_is_no_meeting(nlp):
    text = ("Bronagh Tolland and Madoc Prout shared a flat for a year. The first time Bronagh saw Madoc Prout cry was "
            "at the ferry terminal.")
    a, ids = build(text, nlp, {"Bronagh Tolland": "she", "Madoc Prout": "he"})
    assert not _events(a, ids, "meeting")


# ---- a near miss, a way of feeling and a denial are no death -----------------------------------------------------


def test_i_nearly_died_and_i_was_drowning_are_no_death(nlp):
    text = ("Jorun Gosden came back from the sailing course with a bruised shin. \"I nearly died,\" Jorun told "
            "Tiernan Attwell. All that term Tiernan Attwell was drowning in marking.")
    a, ids = build(text, nlp, {"Jorun Gosden": "she", "Tiernan Attwell": "he"},
                   quotes=[("\"I nearly died,\"", "Jorun Gosden", "Tiernan Attwell")])
    assert not _events(a, ids, "death")


def test_nobody_had_murdered_her_is_no_death(nlp):
    text = "Liesl Ingrey sent a postcard from the dig every week. Liesl Ingrey joked that nobody had murdered her so far."
    a, ids = build(text, nlp, {"Liesl Ingrey": "she"})
    assert not _events(a, ids, "death")


def test_he_drowned_is_still_a_death(nlp):
    text = "Padraig Wadge drowned in the estuary in May, and Mairead Lumb kept his boat."
    a, ids = build(text, nlp, {"Padraig Wadge": "he", "Mairead Lumb": "she"})
    assert ["Padraig Wadge"] in _events(a, ids, "death")


def test_she_was_dying_that_winter_is_still_a_death(nlp):
    text = ("Mairead Lumb, who was dying that winter in the back bedroom, sent for her nephews. Padraig Wadge sat "
            "with her.")
    a, ids = build(text, nlp, {"Mairead Lumb": "she", "Padraig Wadge": "he"})
    assert ["Mairead Lumb"] in _events(a, ids, "death")
