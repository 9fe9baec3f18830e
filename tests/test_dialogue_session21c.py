"""Session 21, the reviewer's fixes to session 20's dialogue rules: the talker who goes on after the
listener's thought keeps the line; a role noun is tied to a name only by a "be" that states it."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules, rule_speakers, segments, speaker_of

_DARTS = (
    "The pub was loud with the league crowd. I stood by the board and chalked the scores while Odran "
    "fetched the drinks.\n\n"
    '"Thea." Benedikta slid onto the stool beside me. "Thea, my favourite person."\n\n'
    '"What have you done?"\n\n'
    '"Nothing bad." She pushed a form across the bar. "I put you down for the doubles final."\n\n'
    "{thought}\n\n"
    "{line}\n\n"
    "{after}\n\n"
)


def _darts(thought="'Absolutely not,' I thought. 'Not in a hundred years.'",
           line='"And before you say anything, the form is already in."', after='"I hate you," I said.'):
    return _DARTS.format(thought=thought, line=line, after=after)


def test_the_talker_goes_on_after_the_listeners_thought(nlp):
    # the thinker's own tagged line comes next: the bare line between is the talker's, going on
    got = rule_speakers(_darts(), nlp)
    assert speaker_of(got, "And before you say") == "Benedikta", got
    got = rule_speakers(_darts(thought="*Absolutely not,* I thought. *Not in a hundred years.*"), nlp)
    assert speaker_of(got, "And before you say") == "Benedikta", got


def test_the_listener_still_answers_after_a_thought(nlp):
    # no tagged line of the thinker's next: the bare line is the thinker's spoken answer, as before
    got = rule_speakers(_darts(line='"No."', after='"Too late. You throw second."'), nlp)
    assert speaker_of(got, "No.") == "Thea", got



_QUAY = ("Lisbet Ferrol and her brother Piet reached the quay after dark. Ulric Hesketh was coiling rope on the "
         "pier, and a thin man with a lantern stood by the boat.\n\n"
         '"Is there a crossing tonight?" asked Lisbet.\n\n'
         "{said}\n\n"
         '"Not before the tide turns, miss," said the {role}. "Wait in the shed."\n')


def _ties(said, nlp, role="ferryman"):
    _an, at, _utts = dialogue_rules(_QUAY.format(said=said.format(role=role), role=role), nlp)
    return at._named_roles().get(role, [])


def test_a_be_or_apposition_that_states_the_tie_still_ties(nlp):
    for said in ('Piet nudged her. "Ulric is the {role} here."', "The {role}, Ulric, was late.",
                 "Was Ulric, the {role}, at the quay all day? Piet could not remember."):
        assert _ties(said, nlp), said


def test_a_negated_or_asked_be_ties_no_role_to_a_name(nlp):
    for role in ("ferryman", "skipper"):
        for said in ('Piet nudged her. "Ulric isn\'t the {role} here."',
                     'Piet nudged her. "The {role} isn\'t Ulric."',
                     'Piet nudged her. "Ulric was never the {role}."',
                     'Piet nudged her. "Ulric is no longer the {role}."',
                     'Piet nudged her. "Is Ulric the {role}?"',
                     'Piet nudged her. "Ulric is the {role}?"',
                     'Piet nudged her. "If Ulric were the {role}, we would be across by now."',
                     "Piet wondered whether Ulric was the {role}.",
                     "Was Ulric the {role}? Piet could not tell.",
                     "Is the {role} Ulric? Piet could not tell."):
            assert not _ties(said, nlp, role), (role, said)
    text = _QUAY.format(said='Piet nudged her. "Is Ulric the ferryman?"', role="ferryman")
    assert speaker_of(rule_speakers(text, nlp, walk_ons=True), "Not before the tide") != "Ulric Hesketh"


def test_a_single_quoted_question_opening_on_is_is_a_quote(nlp):
    # British single quotes: "'Is" opens a question, it is no dropped h as in "'is" for "his"
    text, segs = segments("The tram rattled over the points.\n\n'Is the next stop far?' Idony asked.\n\n"
                          "'Past the mill.'\n\nThe old man touched 'is cap and said nothing.\n")
    assert [text[s.start:s.end] for s in segs] == ["Is the next stop far?", "Past the mill."]


_HALL = ("Marit was stacking chairs in the church hall while Pim swept the stage. Her mum had the only other "
         "key, and her mum went to bed at ten.\n\n"
         '"Are we done?" Pim asked.\n\n'
         '"Nearly," said Marit.\n\n'
         "The screen of her phone lit up on the piano lid.\n\n"
         "Mum: Did you remember the key? Ring me when you get in x\n\n"
         '"Who was that?"\n\n'
         '"My mum. She wants the key back tonight."\n')


def test_a_lone_message_the_narration_shows_arriving_is_a_quote(nlp):
    # one "Name: message" line right after 'her phone lit up' is a message, though no other line is
    # a chat line and the narration writes "mum" in lower case
    text, segs = segments(_HALL)
    assert [s.mark for s in segs if text[s.start:s.end].startswith("Did you remember")] == ["chat"]
    got = rule_speakers(_HALL, nlp)
    # and it is no turn of the talk in the room: the question after it answers the line before it
    assert speaker_of(got, "Who was that?") == "Pim", got
