"""Session 10 dialogue: speech-tag subjects that are people by what they do, though the
person-noun lexicon has never seen the word."""

from __future__ import annotations

from dialogue_helpers import speakers


def _speakers(text: str, nlp) -> dict[str, str | None]:
    return speakers(text, nlp)


def test_an_inverted_tag_with_a_job_the_lexicon_lacks_is_a_walk_on(nlp):
    text = (
        "Petra Novak and Dominik Hale waited in the cold corridor of the county gaol while the "
        "clock ticked over the door. Petra held the papers; Dominik held his hat.\n\n"
        '"We have a letter from the magistrate," Petra said.\n\n'
        '"Then you had better give it to me," retorted the jailer.\n\n'
        '"It is addressed to the governor," said Dominik.'
    )
    got = _speakers(text, nlp)
    assert got["Then you had better give it to me,"] == "the jailer"
    assert (got["It is addressed to the governor,"] or "").startswith("Dominik")


def test_a_thing_that_answers_is_not_a_walk_on(nlp):
    text = (
        "Petra Novak knocked twice on the iron door and waited. Dominik Hale stood behind her.\n\n"
        '"Is anyone there?" Petra called.\n\n'
        '"Go away," answered the voice.\n\n'
        '"We will not," said Dominik.'
    )
    got = _speakers(text, nlp)
    assert got["Go away,"] != "the voice"


def test_a_description_that_singles_someone_out_names_a_walk_on(nlp):
    text = (
        "Petra Novak and Dominik Hale sat at the back of the committee room. Three governors sat "
        "behind the long table, and one of them wore a grey coat with brass buttons.\n\n"
        '"Who are these people?" said the governor in the grey coat.\n\n'
        '"We came about the orphanage," Petra said.\n\n'
        '"It is closed," said a thin woman at the far end.\n\n'
        '"Then we shall open it again," said Dominik.\n\n'
        '"Nonsense," said the governor in the grey coat.'
    )
    got = _speakers(text, nlp)
    assert got["Who are these people?"] == "the governor in the grey coat"
    assert got["Nonsense,"] == "the governor in the grey coat"
    assert got["It is closed,"] == "the thin woman at the far end"
    assert (got["Then we shall open it again,"] or "").startswith("Dominik")


def test_manner_and_asides_are_not_part_of_a_description(nlp):
    from fabula.dialogue.attribute import _description

    doc = nlp("The man in a low voice said nothing. The woman, who had waited, spoke. The second clerk spoke.")
    man, woman, clerk = (t for t in doc if t.text in ("man", "woman", "clerk"))
    assert _description(man) is None  # "in a low voice" is how, not who
    assert _description(woman) is None  # an aside after a comma
    span = _description(clerk)
    assert span is not None and doc.text[span[0]:span[1]] == "second clerk"


def test_a_new_sentence_between_two_quotes_tags_the_second(nlp):
    text = (
        "Lady Marchbank and Sir Aldous sat with their niece Clemency in the long gallery.\n\n"
        '"Then she had better stay with us," said Lady Marchbank, quite calmly. After a long pause '
        'Sir Aldous added gravely, "Yes, let this be her home."\n\n'
        '"You are both very kind," said Clemency.'
    )
    got = _speakers(text, nlp)
    second = next(k for k in got if k.startswith("Yes, let this"))
    assert "Aldous" in (got[second] or "")
    assert "Marchbank" in (got["Then she had better stay with us,"] or "")


def test_a_lead_in_is_tagged_by_its_speech_verb_nearest_the_quote(nlp):
    text = (
        "Mr. Harrow and his niece Clemency sat by the fire after supper.\n\n"
        '"Shall I read to you, uncle?" asked Clemency.\n\n'
        "Clemency only nodded at the book, and after a long sigh Mr. Harrow added,\n\n"
        '"I should like that very much, my dear."'
    )
    got = _speakers(text, nlp)
    assert "Harrow" in (got["I should like that very much, my dear."] or "")


def test_a_chat_message_that_quotes_someone_does_not_make_a_label_a_common_word(nlp):
    from fabula import ingest
    from fabula.dialogue.extract import chat_lines

    text = (
        "**Vale:** bus at nine tomorrow\n\n"
        "**Ossie:** copy that\n\n"
        "**Ossie:** you and vale said \"never again\" last year\n\n"
        "**Vale:** we did say that\n\n"
        "**Ossie:** ok ok\n"
    )
    story = ingest.from_text(text)
    segs = chat_lines(story.text, story.paragraphs, list(range(len(story.paragraphs))))
    labels = {story.text[s.start - 9 : s.start] for s in segs}
    assert any("Vale" in x for x in labels)  # "vale" in a quoting message is no lower-case use
    assert len(segs) == 5  # the quoting message is one message, its marks part of it


def test_a_message_that_quotes_someone_is_one_quoted_region_for_the_cast(nlp):
    from fabula import ingest
    from fabula.cast.quotes import QuoteMap

    text = (
        "**Vale:** bus at nine tomorrow, you lot\n\n"
        "**Ossie:** copy that\n\n"
        "**Ossie:** you said \"never again\" last year, you know you did\n\n"
        "**Vale:** you're right, you always are\n\n"
        "**Ossie:** ok ok\n"
    )
    story = ingest.from_text(text)
    qmap = QuoteMap.from_story(story)
    k = story.text.index("you know you did")
    assert qmap.inside(k)  # the message's "you" is speech, not narration told to a reader
    assert qmap.inside(story.text.index("you said"))


def test_a_speech_over_paragraphs_is_not_cut_at_a_sentence_opening_with_when(nlp):
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    text = (
        "Theo tapped the microphone.\n\n"
        '"So. When Kayode told me he was getting married, I laughed. Then I cried.\n\n'
        '"And then he brought Simone to my birthday."\n\n'
        "Everyone laughed."
    )
    story = ingest.from_text(text)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    first = story.text[segs[0].start : segs[0].end]
    assert first.startswith("So. When Kayode told me") and first.endswith("Then I cried.")


def test_a_pronoun_tag_before_anyone_of_its_gender_is_named_looks_ahead(nlp):
    text = (
        "At half past ten, Bram was still holding the microphone at the rehearsal dinner.\n\n"
        '"Bram, stop," she hissed from the end of the table. "Sit down."\n\n'
        '"I am getting to the good part."\n\n'
        "Ngozi put her face in her hands. Her brother never knew when to stop."
    )
    got = _speakers(text, nlp)
    assert (got["Bram, stop, Sit down."] or "").startswith("Ngozi")


def test_a_whole_sentence_in_italics_is_an_unframed_thought(nlp):
    from fabula import ingest
    from fabula.pipeline import analyze_story

    text = (
        "The lock clicked before I had my boots off, and Ravi walked in like he still lived here.\n\n"
        "*Of course he kept the key.*\n\n"
        '"Don\'t be mad," he said.\n\n'
        "*Three years earlier*\n\n"
        "I looked at the biscuits. *Don't you dare get sentimental over biscuits.* I ate one.\n"
    )
    a = analyze_story(ingest.from_text(text, markdown=True), nlp=nlp, only=["cast", "dialogue"])
    thoughts = {q.text for q in a.quotes if q.kind == "thought"}
    assert "Of course he kept the key." in thoughts
    assert "Don't you dare get sentimental over biscuits." in thoughts
    assert not any("Three years" in q.text for q in a.quotes)


def test_a_role_said_twice_in_a_story_is_a_walk_on_turn_taking_keeps(nlp):
    text = (
        "Danny and Theo stood in the church hall with the raffle tickets.\n\n"
        '"We need a nine," Danny said.\n\n'
        '"We have every number but nine," said Theo.\n\n'
        '"Then we are stuck," Danny said.\n\n'
        '"There is a box of them in the cupboard," the caretaker said.\n\n'
        '"Brilliant," said Theo.'
    )
    got = _speakers(text, nlp)
    assert got["There is a box of them in the cupboard,"] == "the caretaker"
    assert (got["Brilliant,"] or "").startswith("Theo")


def test_a_named_persons_unnamed_relative_is_a_walk_on(nlp):
    text = (
        "Cal squeezed my hand on the doorstep and rang the bell.\n\n"
        '"They will love you," Cal said.\n\n'
        '"You said that about your flatmates," I said.\n\n'
        '"And they did."\n\n'
        "The door swung open and a tall woman in an apron pulled me into a hug.\n\n"
        '"Finally," Cal\'s mother said into my hair. "He has been hiding you."'
    )
    got = _speakers(text, nlp)
    assert got["Finally, He has been hiding you."] == "Cal's mother"


def test_speech_act_verbs_lead_into_a_quote(nlp):
    text = (
        "Imogen and Felix were walking by the river. Imogen turned round as Mr. Harrow "
        "accosted her with,\n\n"
        '"How do you do? We have been sitting with your father all morning."\n\n'
        '"How kind," said Imogen.'
    )
    got = _speakers(text, nlp)
    assert "Harrow" in (got["How do you do? We have been sitting with your father all morning."] or "")


def test_a_quote_that_is_only_a_name_calls_that_person():
    from fabula.dialogue.attribute import vocatives

    assert vocatives("Dana.") == ["Dana"]
    assert vocatives("Mr. Harrow.") == ["Mr. Harrow"]
    assert vocatives("Dana went home.") == []


def test_a_reader_inserts_blank_name_is_a_vocative():
    from fabula.dialogue.attribute import vocatives

    assert "Y/N" in vocatives("Y/N! Over here!")
    assert "Y/N" in vocatives("So, Y/N. What are your plans?")


def test_a_whole_italic_paragraph_of_narration_is_not_a_thought(nlp):
    from fabula import ingest
    from fabula.dialogue.extract import extract_segments

    flashback = (
        "*The first time she had come to the workshop she had been six. He had given her a mallet "
        "that was far too heavy and a board full of old holes, and had let her hammer at it all "
        "afternoon while he mended a chair by the window.*"
    )
    text = "Mara opened the box of letters.\n\n" + flashback + "\n\nShe put the letters back."
    story = ingest.from_text(text, markdown=True)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    assert not any(s.mark == "em" for s in segs)
