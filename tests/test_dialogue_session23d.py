"""Session 23 (d): speech tags of long lead-ins on PDNC-style novels, each with a scene written for the
test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def test_a_name_set_off_before_the_speech_verb_speaks_not_the_earlier_clause(nlp):
    # the parser joins "exclaimed" to "was" by "and"/a comma, whose subject is "He": the name set off
    # by commas right before the verb (with a relative clause inside the aside) is who speaks
    text = ("Mr. Oswin Tarrant had arrived early at the house in Belgrave Square. Mrs. Pemberton "
            "was already in the drawing-room.\n\n"
            "He was rather sorry he had come, till Mrs. Pemberton, glancing at the clock that stood "
            "on the mantelshelf, exclaimed:\n\n"
            '"How late everyone is tonight!"\n\n')
    got = rule_speakers(text, nlp)
    assert got["How late everyone is tonight!"] == "Mrs. Pemberton", got


def test_the_subject_nearest_the_speech_verb_speaks(nlp):
    # "Ada, having told ..., Tom made no comment, but said:": two subjects on "made"; the nearer one
    text = ("Ada Merriman and Tom Haverley walked back along the river in the dusk.\n\n"
            "Ada, having given a short account of the meeting with her aunt, Tom made no comment, "
            "but said:\n\n"
            '"Anyhow, there is nothing to stop us now."\n\n')
    got = rule_speakers(text, nlp)
    assert got["Anyhow, there is nothing to stop us now."] == "Tom Haverley", got


def test_a_participle_lead_in_after_a_subordinate_clause_is_its_subjects(nlp):
    # "crying--" hangs on the main verb, whose subject is a thing ("The sling"): the person of the
    # clause before the participle speaks, not a walk-on called "the sling"
    text = ("Philip Ashdown had hurt his arm in the carriage. "
            "The sling was not fitted before Gino leapt up the stairs, crying--\n\n"
            '"So you are back! How glad I am! We are all waiting--"\n\n')
    got = rule_speakers(text, nlp)
    assert got["So you are back! How glad I am! We are all waiting--"] == "Gino", got
