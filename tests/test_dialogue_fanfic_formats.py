"""Fan-fiction dialogue formats on small original texts: English-style dash dialogue, Markdown
blockquoted chats, a one-sender chat after a phone, turn-taking past an action beat, and a
pronoun tag that cannot be the first-person narrator's."""

from __future__ import annotations

from fabula import analyze_story, ingest
from fabula.cast.quotes import QuoteMap
from fabula.dialogue.extract import extract_segments

DASH = (
    "The ferry was late, and Ines stood at the rail.\n\n"
    "— You'll freeze out here, said Marco, coming up beside her.\n\n"
    "— I like the cold.\n\n"
    "— Nobody likes the cold. He leaned on the rail next to her. — Did you tell your father?\n\n"
    "— Not yet. I'll tell him tonight.\n\n"
    "Marco waited until the deckhand had gone. — Do you want me there?\n\n"
    "— No. Yes. I don't know."
)


def read(text: str, nlp):
    """The cast and dialogue of an original text, and its characters' names by id."""
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast", "dialogue"])
    return a, {c.id: c.name for c in a.characters}


def _texts(story) -> list[str]:
    return [story.text[s.start:s.end] for s in extract_segments(story.text, story.paragraphs, story.emphasis)]


def test_english_dash_dialogue_ends_at_its_tag_and_its_beat() -> None:
    got = _texts(ingest.from_text(DASH))
    assert "You'll freeze out here," in got  # not ", said Marco, coming up beside her."
    assert "Nobody likes the cold." in got and "Did you tell your father?" in got
    assert "Do you want me there?" in got  # a dash after a finished sentence opens speech
    assert not any("leaned" in t or "said Marco" in t or "waited" in t for t in got)


def test_dash_speech_is_speech_for_the_cast(nlp) -> None:
    story = ingest.from_text(DASH)
    qmap = QuoteMap.from_story(story)
    i = story.text.index("I like the cold")
    assert qmap.inside(i)
    a = analyze_story(story, nlp=nlp, only=["cast", "dialogue"])
    assert not any(n.person == 1 for n in a.narrator)  # its "I" is a speaker's, not a narrator's
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Do you want me there"))
    assert names.get(q.speaker) == "Marco"  # the narration before the dash names him


def test_markdown_blockquote_chat_from_one_sender() -> None:
    md = ("You wipe the counter.\n\n\"We're closed,\" you say.\n\n"
          "Your phone buzzes on the counter. It's your sister.\n\n"
          "> **Kat:** is he there\n"
          "> **Kat:** he asked where you worked, sorry!!\n\n"
          "You turn the phone face down.")
    story = ingest.from_text(md, markdown=True)
    assert ">" not in story.text
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    chat = [story.text[s.start:s.end] for s in segs if s.mark == "chat"]
    assert chat == ["is he there", "he asked where you worked, sorry!!"]


def test_one_label_without_a_phone_is_not_a_chat() -> None:
    story = ingest.from_text("She wrote in the log.\n\nDawson: north wind\n\nDawson: no ships\n\nThen she slept.")
    assert not [s for s in extract_segments(story.text, story.paragraphs, story.emphasis) if s.mark == "chat"]


def test_turn_taking_skips_the_same_speakers_beat(nlp) -> None:
    text = ('"We\'re closed," Nell said.\n\n'
            '"Even for me?" Jem asked.\n\n'
            '"Especially for you," said Nell.\n\n'
            '"Nell." Jem put a hand over his heart. "You wound me."\n\n'
            '"I\'ll wound you properly if you drip on my floor."')
    a, names = read(text, nlp)
    assert names.get(a.quotes[-1].speaker) == "Nell"


def test_he_says_is_not_the_first_person_narrator(nlp) -> None:
    text = ("The night bus smells of chips, and Priya is asleep on my shoulder.\n\n"
            '"Wake up," I say. "This is us."\n\n'
            '"It is not," she mumbles.\n\n'
            "The driver watches us in his mirror as we stumble down the aisle. \"Mind the step,\" he says.\n\n"
            '"Thanks," Priya tells him.\n\n'
            '"Come on, Nell," she says.')
    a, names = read(text, nlp)
    q = next(q for q in a.quotes if q.text.startswith("Mind the step"))
    narrator = next(n.character for n in a.narrator if n.person == 1)
    assert q.speaker != narrator
    assert names.get(q.speaker) == "the driver"


def test_nobody_speaks_before_the_story_brings_them_on(nlp) -> None:
    text = ('Tomasz had the engine in pieces when his sister came in.\n\n'
            '"You told Mum," Ada said.\n\n'
            '"I told Mum you were fine." He wiped his hands on a rag.\n\n'
            '"I am furious." She put the coffee down. "You had no right."\n\n'
            '"She rang me three times."\n\n'
            '"So let her ring."\n\n'
            "The door banged and Kwame came through it backwards. \"Should I come back later?\"")
    a, names = read(text, nlp)
    q = next(q for q in a.quotes if q.text.startswith("She rang me"))
    assert names.get(q.speaker) != "Kwame"


def test_chat_messages_are_written_to_the_other_side(nlp) -> None:
    text = ("Priya is asleep on my shoulder when my phone buzzes. It's Dev.\n\n"
            "Dev: where are u\n\nMe: walking home\n\nDev: is P with you\n\nMe: yes\n\n"
            '"Is that Dev?" Priya asks.\n\n'
            "Later my phone buzzes again. My sister.\n\n"
            "Kat: is he there\n\nKat: sorry!!")
    a, names = read(text, nlp)
    narr = next(n.character for n in a.narrator if n.person == 1)
    by_text = {q.text: q for q in a.quotes}
    assert [names.get(x) for x in by_text["where are u"].addressees] == [names[narr]]
    assert [names.get(x) for x in by_text["walking home"].addressees] == ["Dev"]
    assert by_text["is he there"].addressees == [narr]  # one sender alone: the phone's owner


def test_dash_speech_resumes_after_its_tag_sentence() -> None:
    text = ("—Come up, Fergus! Come up, you lazy article!\n\n"
            "—The cheek of it! he said gaily. Your name is absurd, you know.\n\n"
            "—Fine, she said. She turned and went down the stairs.")
    got = _texts(ingest.from_text(text))
    assert "Your name is absurd, you know." in got  # the tag sentence ends, the speech goes on
    assert not any("turned" in t for t in got)  # a beat after the tag is narration


def test_first_person_dash_dialogue(nlp) -> None:
    text = ("The last train is late and the platform is empty except for me and Nico.\n\n"
            "— We missed it, Nico says. He checks his phone anyway. — We definitely missed it.\n\n"
            "— It's not even here yet.\n\n"
            "— Then where is it?\n\n"
            "I don't answer. The board says DELAYED.\n\n"
            "— Of course it is, I say.")
    assert "Of course it is," in _texts(ingest.from_text(text))
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast", "dialogue"])
    narr = next(n.character for n in a.narrator if n.person == 1)
    by = {q.text: q.speaker for q in a.quotes}
    assert by["Of course it is,"] == narr  # "I say" is a tag, not speech
    assert by["It's not even here yet."] == narr  # the "I" answers the one who spoke


def test_a_reader_insert_with_a_blank_is_second_person(nlp) -> None:
    text = ("You get to the library at six, which is already too late for the good table.\n\n"
            '"Y/N! Over here!" Marisol waves both arms. Half the floor turns to glare at her.\n\n'
            "You slide into the chair beside her. Across the table, Theo doesn't look up. He is reading. "
            "He sighs. She laughs.\n\n"
            '"You\'re late," he says.\n\n'
            "You open your laptop and pretend to read. You yawn.\n\n"
            '"Thanks," you mutter.')
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast", "dialogue"])
    assert any(n.person == 2 for n in a.narrator)
    names = {c.id: c.name for c in a.characters}
    assert names.get(a.quotes[-1].speaker) == "Reader"
