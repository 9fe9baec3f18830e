"""Session 14, fan fiction: quote boundaries in dash dialogue and a name the tagger takes for an
adjective, each with a story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, segments


def _dash_quotes(text: str) -> list[str]:
    t, segs = segments(text)
    return [t[s.start:s.end].strip() for s in segs]


def test_dash_tag_with_an_object_pronoun_a_possessive_subject_or_a_particle_ends_the_speech():
    text = ("The ferry left at six and the deck was already wet.\n\n"
            "\u2014 Hold the rail, said Tamsin.\n\n"
            "\u2014 Your hands are like ice, she told me.\n\n"
            "\u2014 I'm grand.\n\n"
            "\u2014 No shouting on deck, said her uncle.\n\n"
            "\u2014 Just the milk, love, Orrin called back.\n\n"
            "\u2014 Dearest Tamsin, she read aloud, the hens have stopped laying.\n\n"
            "\u2014 Which way? he asked when the bell rang.\n\n")
    quotes = _dash_quotes(text)
    assert "Your hands are like ice," in quotes
    assert "No shouting on deck," in quotes
    assert "Just the milk, love," in quotes
    assert "Dearest Tamsin," in quotes
    assert "the hens have stopped laying." in quotes
    assert "Which way?" in quotes
    # an object or a clause after the verb is still speech
    assert _dash_quotes("A note.\n\n\u2014 I know, you told me already.\n\n\u2014 Fine.\n\n")[0] \
        == "I know, you told me already."


def test_dash_speech_shaped_like_those_tags_stays_one_speech():
    # I/you/we with an object or a "when" clause, a present or imperative verb before a possessive
    # or "read out": the speaker's own words, not a tag
    lines = ["If you want the keys, you ask him.",
             "Fine, you shout when the kettle boils.",
             "Quick, tell their landlord.",
             "Go on, ask our cook.",
             "Come on, read out the scores.",
             "Leave it, I told them."]
    text = "The kitchen was full of steam.\n\n" + "".join(f"\u2014 {line}\n\n" for line in lines)
    assert _dash_quotes(text) == lines


def test_a_name_the_tagger_reads_as_an_adjective_still_ends_the_tellers_paragraph(nlp):
    # first person: Ginger greets the room, Petra and Anselm talk; Ginger (a common noun to the
    # small tagger at the start of that sentence) comes over to the teller and speaks the bare quote
    text = ("The studio smelled of wet clay and the wheels were already turning.\n\n"
            '"Morning, everyone," said Ginger, and went to fetch an apron.\n\n'
            '"Who left the kiln open?" said Petra.\n\n'
            '"Not me," said Anselm.\n\n'
            '"Somebody did," said Petra.\n\n'
            '"Ask the caretaker," said Anselm.\n\n'
            "I wedged my lump of clay and slapped it down on the wheel. "
            "Ginger dragged a stool over beside mine and tapped my elbow.\n\n"
            '"Did you finish the blue jug?"\n\n')
    got = rule_speakers(text, nlp)
    assert got["Did you finish the blue jug?"] == "Ginger"


def test_a_he_after_an_ungendered_walk_on_is_that_walk_on_when_the_narration_says_his(nlp):
    # third person: "the courier" is told with "his" where it comes on; the "He" beside the bare
    # line after the baker's question is the courier, and the "She" after it is not
    text = ("Odile kneaded the dough while Fenwick stacked the trays by the wall.\n\n"
            "'Faster,' said Odile. 'The shop opens at six.'\n\n"
            "'I am going as fast as I can,' Fenwick said.\n\n"
            "At four the back bell rang. The courier from the depot stood in the yard, a parcel under his arm.\n\n"
            "'Three boxes for the bakery,' the courier said. 'Sign here.'\n\n"
            "Odile signed. 'Where's Barnaby?'\n\n"
            "'Barnaby is off sick. You have got me all week.' He glanced at the ovens.\n\n"
            "'They are meant to be hot.' She handed him a warm loaf.\n\n")
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Barnaby is off sick. You have got me all week."] == "the courier"
    assert got["They are meant to be hot."] == "Odile"


def test_an_italic_thought_framed_by_you_think_in_a_second_person_story():
    text = ("The archive is colder at night than you expected.\n\n"
            '"Every box on that shelf, by morning," Ferris says.\n\n'
            "*She can't mean the whole shelf,* you think. *Not tonight.*\n\n"
            "You reach for the box on the top shelf.\n\n"
            "*Careful,* you tell yourself.\n\n")
    t, segs = segments(text, markdown=True)
    found = {t[s.start:s.end].strip(" *_"): s.mark for s in segs}
    assert found.get("She can't mean the whole shelf,") == "em"
    assert found.get("Careful,") == "em"


def test_an_official_the_role_lexicon_did_not_know_is_a_walk_on(nlp):
    # "the referee" is a job a scene brings on; the beat before the bare line
    # is theirs, not the last named player's
    text = ("Ottoline and Bex waited at the halfway line while the rain thinned.\n\n"
            "'Ready?' Ottoline asked.\n\n"
            "'Always,' said Bex.\n\n"
            "The referee jogged over with the ball under one arm. 'Captains, please.'\n\n")
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got["Captains, please."] == "the referee"
