"""Session 13, fan fiction: rules found on the fan-fiction dev stories d42-d65 (the former blind
sets), each with a story written for the test."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules, rule_speakers


def test_a_he_tag_goes_back_through_its_pronouns_to_a_walk_on(nlp):
    # no man is named before the tag; "he" chains back to the ferryman, not to the man named later
    text = ("The ferry bumps against the pier and Marit steps off with her rucksack. "
            "The ferryman keeps the engine running. He just leans on the rail and watches her go.\n\n"
            '"Back at six," he says. "Don\'t be late."\n\n'
            '"I won\'t," Marit says.\n\n'
            "At the top of the lane Oswin is waiting by the gate. Oswin waves.\n\n")
    got = rule_speakers(text, nlp, walk_ons=True)
    assert next(v for k, v in got.items() if k.startswith("Back at six")) == "the ferryman"


def test_a_she_beat_goes_back_through_its_pronouns_to_the_walk_on_who_spoke(nlp):
    text = ("Marit and Oswin were arguing in the hall when the door opened.\n\n"
            '"Leave us, Oswin," said the housekeeper.\n\n'
            "Marit grabbed Oswin's arm before he could go.\n\n"
            '"He stays," Marit said.\n\n'
            "The housekeeper folded her hands. She was a tall woman, and she did not like to be kept waiting.\n\n"
            '"Very well." She looked at Marit. "Then both of you can listen."\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Very well."] == "the housekeeper"


def test_a_loudspeaker_is_no_walk_on_and_a_voice_is_its_owners(nlp):
    text = ("Marit and Oswin sat in the control room with the lights off.\n\n"
            '"Is it working?" asked Marit.\n\n'
            '"It should be," Oswin said.\n\n'
            'The speaker on the wall crackled. "Control, do you read me?"\n\n'
            '"We read you," said Marit.\n\n'
            "The radio hissed, and the harbourmaster's voice came through. \"The ferry is cancelled.\"\n\n")
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Control, do you read me?"] != "the speaker"
    assert got["The ferry is cancelled."] == "the harbourmaster"


def test_a_he_tag_after_a_walk_on_known_by_the_is_the_walk_on(nlp):
    text = ("Marit and Oswin reached the old mill at dusk.\n\n"
            "The caretaker met them at the gate with a torch and the look of a man who had done this before.\n\n"
            '"The stairs are rotten," he said. "Keep to the wall."\n\n'
            '"Thanks," said Marit.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert next(v for k, v in got.items() if k.startswith("The stairs")) == "the caretaker"


def test_a_walk_on_between_a_man_and_a_woman_talking_does_not_take_the_mans_line(nlp):
    text = ("Marit and Oswin had the corner table.\n\n"
            '"You never listen," said Marit.\n\n'
            '"I always listen," Oswin said.\n\n'
            '"Not to me," she said.\n\n'
            "The waiter cleared their plates.\n\n"
            '"Then tell me again," he said.\n\n')
    an, at, utts = dialogue_rules(text, nlp)
    u = next(u for u in utts if at.text[u.start : u.end].startswith("Then tell me"))
    assert u.nominal is None
    assert {c.id: c.name for c in an.characters}.get(u.speaker) == "Oswin"


def test_a_beat_by_the_taller_one_is_that_walk_on_not_the_one(nlp):
    text = ("Marit reached the archive door. Two guards stood in front of it, one tall and one not.\n\n"
            'The taller one stepped forward. "The archive is closed."\n\n'
            '"I only need a minute," said Marit.\n\n'
            '"Closed," the shorter one said.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["The archive is closed."] == "the taller one"
    assert got["Closed,"] == "the shorter one"


def test_the_one_person_left_acting_before_a_bare_quote_speaks_it(nlp):
    text = ("The meeting ran late.\n\n"
            '"Then we sail at dawn," said Marit.\n\n'
            '"At dawn," Tove agreed.\n\n'
            '"And the cargo?" asked Ingrid.\n\n'
            '"Stays here," said Marit.\n\n'
            "When the others had gone, Oswin lingered. He always lingered.\n\n"
            '"You\'re worried, Marit."\n\n'
            '"I\'m always worried."\n\n')
    got = rule_speakers(text, nlp)
    assert got["You're worried, Marit."] == "Oswin"


def test_a_recent_talkers_narrated_act_is_their_answer_not_the_next_line(nlp):
    # Ingrid asked; her look out of the window is her act, and the next line is not hers
    text = ("Marit, Oswin and Ingrid sat late over the charts in the galley.\n\n"
            '"Then we sail at dawn," said Marit.\n\n'
            '"At dawn," Oswin said.\n\n'
            '"And the cargo?" asked Ingrid.\n\n'
            "Ingrid looked out of the window for a long time.\n\n"
            '"The cargo stays here."\n\n')
    got = rule_speakers(text, nlp)
    assert got["The cargo stays here."] == "Oswin"


def test_a_listeners_wordless_reaction_is_their_turn_and_the_speaker_goes_on(nlp):
    text = ("Marit and Oswin stood on the platform with their bags.\n\n"
            '"We could still go back," said Oswin.\n\n'
            '"Are you coming or not?" asked Marit.\n\n'
            "Oswin shrugged.\n\n"
            '"The train leaves at six."\n\n')
    got = rule_speakers(text, nlp)
    assert got["The train leaves at six."] == "Marit"
