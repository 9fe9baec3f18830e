"""Session 16, fan fiction: walk-ons, turns and addressees found on writer D10's stories, each with
a story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of


def test_a_with_phrase_subject_is_not_who_he_is(nlp):
    # "with his torch swinging": the torch is no one; the watchman who came over asks
    text = ("The tasting ran late in the old mill. Bryony Hale sat at the long bench with her notebook, "
            "and Osgood Venn sat across from her, sniffing a glass of cider as if it had insulted him.\n\n"
            '"Too sharp," Osgood said.\n\n'
            '"It\'s meant to be sharp," said Bryony.\n\n'
            '"Then it has succeeded."\n\n'
            "The night watchman, who had been waiting by the stairs for an hour, came over with his torch "
            "swinging and stood at the end of the bench.\n\n"
            '"Are you two nearly done?" he asked.\n\n'
            '"Nearly," said Bryony.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "Are you two") == "the night watchman", got
    assert speaker_of(got, "Nearly") == "Bryony Hale"


def test_a_he_after_a_known_job_word_the_lexicon_lacks_is_that_walk_on(nlp):
    # a "-hand" job led by "the", the last subject before the tag: the stagehand, not the named man
    text = ("Before the matinee Corwen Ash sat in the wings with Pell Tarrant, going over the second act.\n\n"
            '"You\'re early on the stairs," Pell said.\n\n'
            '"I\'m always early on the stairs," said Corwen.\n\n'
            "A stagehand in black went past them with a coil of cable.\n\n"
            '"Then you\'re always wrong."\n\n'
            "The stagehand came back along the flats, dragging a sandbag.\n\n"
            '"Five minutes," he called. "Beginners on stage."\n\n'
            '"Thank you," said Corwen.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "Five minutes") == "the stagehand", got


def test_dash_tags_with_a_described_subject_or_said_again_end_the_speech():
    from dialogue_helpers import segments

    text = ("The bus to Carrow runs twice a week. I sat at the back next to an old woman with a basket "
            "of eggs on her knees.\n\n"
            "\u2014 You're the miller's girl, the old woman said.\n\n"
            "\u2014 I'm forty.\n\n"
            "\u2014 You're the miller's girl, she said again, as if I hadn't spoken. You've got her chin.\n\n"
            "\u2014 Everybody says that.\n\n")
    txt, segs = segments(text)
    said = [txt[s.start:s.end] for s in segs]
    assert not any("old woman said" in s for s in said), said
    assert not any("said again" in s for s in said), said
    assert any(s.startswith("You've got her chin") for s in said), said


# a shopkeeper and her helper sorting seed packets after closing; a walk-on brought on as an object
# with a "who" clause, then "He ..."
SEED_SHOP = (
    "After closing, Hedda Lind stayed behind the counter of her seed shop, and Agnes Sorensen stayed "
    "with her, sorting packets into trays for her.\n\n"
    '"These beans are in the pea tray," Hedda said.\n\n'
    '"Then they can learn to be peas," said Agnes.\n\n'
    "Hedda waved through the glass at the postman, who had a parcel under one arm. He set it on the "
    "step.\n\n"
    '"This one is torn at the corner," he said. "Sign here for it."\n\n'
    '"Leave it on the counter," Hedda said, and he went out again.\n\n'
    'Hedda watched him leave from behind the till. "Did we order anything?"\n\n'
    '"No. But I did."\n\n'
)


def test_a_who_clause_stands_for_its_noun_in_a_he_chain(nlp):
    got = rule_speakers(SEED_SHOP, nlp, walk_ons=True)
    assert speaker_of(got, "This one is torn") == "the postman", got


def test_the_one_who_watches_someone_leave_is_who_the_beat_is_about(nlp):
    got = rule_speakers(SEED_SHOP, nlp, walk_ons=True)
    assert speaker_of(got, "Did we order") == "Hedda Lind", got


def test_an_answer_to_a_walk_on_is_said_to_the_walk_on(nlp):
    # the addressee model cannot see a person the story never names: the inspector who spoke
    # last is who the answer is said to, not the brother in the cab
    from fabula import analyze

    text = ("Jonas Ferrant drove the night train north with his brother Emil as fireman, and neither "
            "of them had spoken since the junction.\n\n"
            '"Pressure\'s low," Jonas said at last.\n\n'
            '"It\'s the coal," said Emil. "Half of it is slate."\n\n'
            "At the water stop the inspector climbed up into the cab with a clipboard.\n\n"
            '"You\'re eleven minutes behind," the inspector said. "Explain that."\n\n'
            '"Slate in the tender, sir," Emil said.\n\n'
            "Jonas opened the firebox door and said nothing.\n\n")
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Slate in the tender"))
    assert [names.get(x) for x in q.addressees] == ["the inspector"], [names.get(x) for x in q.addressees]


def test_a_hand_or_the_mist_is_no_walk_on_before_a_he_tag(nlp):
    # "the hand" and "the mist" end like a job word ("deckhand", "chemist") but are no one: the
    # named man on the jetty is who speaks
    for thing in ("The hand of a clock", "The mist"):
        text = ("Lorcan Fitch waited on the jetty with Saoirse Dunne, both of them watching the far "
                "shore.\n\n"
                '"They\'re late," Saoirse said.\n\n'
                '"They\'re always late," said Lorcan.\n\n'
                f"{thing} crept on over the black water.\n\n"
                '"We\'ll give them ten minutes," he said.\n\n')
        got = rule_speakers(text, nlp, walk_ons=True)
        assert speaker_of(got, "We'll give them") == "Lorcan Fitch", (thing, got)
