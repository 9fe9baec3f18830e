"""Session 14, fan fiction: quote boundaries in dash dialogue and a name the tagger takes for an
adjective, each with a story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _dash_quotes(text: str) -> list[str]:
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    story = ingest.from_text(text)
    return [story.text[s.start:s.end].strip() for s in extract_segments(story.text, story.paragraphs, story.emphasis)]


def test_dash_tag_with_an_object_pronoun_a_possessive_subject_or_a_particle_ends_the_speech():
    text = ("The ferry left at six and the deck was already wet.\n\n"
            "\u2014 Hold the rail, said Tamsin.\n\n"
            "\u2014 You look pale, she told me.\n\n"
            "\u2014 I'm grand.\n\n"
            "\u2014 No shouting on deck, said her uncle.\n\n"
            "\u2014 Only the post, miss, Orrin called back.\n\n"
            "\u2014 Dearest Tamsin, she read aloud, the hens have stopped laying.\n\n"
            "\u2014 Which way? he asked when the bell rang.\n\n")
    quotes = _dash_quotes(text)
    assert "You look pale," in quotes
    assert "No shouting on deck," in quotes
    assert "Only the post, miss," in quotes
    assert "Dearest Tamsin," in quotes
    assert "Which way?" in quotes
    # an object or a clause after the verb is still speech
    assert _dash_quotes("A note.\n\n\u2014 I know, you told me already.\n\n\u2014 Fine.\n\n")[0] \
        == "I know, you told me already."


def test_a_name_the_tagger_reads_as_an_adjective_still_ends_the_tellers_paragraph(nlp):
    # first person: Rosy greets the room, Garrick and Loretta talk; Rosy ("ADJ" to the small
    # tagger at the start of a sentence) sits down by the teller and speaks the bare quote
    text = ("The hall was cold and the chairs were out in rows.\n\n"
            '"Evening, all," said Rosy, and went to hang up her coat.\n\n'
            '"It\'s freezing," said Loretta.\n\n'
            '"It\'s May," said Garrick.\n\n'
            '"Freezing in May, then," said Loretta.\n\n'
            '"Write to the council," said Garrick.\n\n'
            "I opened my folder and looked for the page. Rosy slid into the seat next to me and nudged my arm.\n\n"
            '"Did you learn the second verse?"\n\n')
    got = rule_speakers(text, nlp)
    assert got["Did you learn the second verse?"] == "Rosy"


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
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    text = ("The archive is colder at night than you expected.\n\n"
            '"Nothing in here bites," Ferris says. "Mostly."\n\n'
            "*He's teasing,* you think. *He must be teasing.*\n\n"
            "You reach for the box on the top shelf.\n\n"
            "*Careful,* you tell yourself.\n\n")
    story = ingest.from_text(text, markdown=True)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    found = {story.text[s.start:s.end].strip(" *_"): s.mark for s in segs}
    assert found.get("He's teasing,") == "em"
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
