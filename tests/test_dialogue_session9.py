"""Session 9 dialogue: a he/she tag whose gender no nearby character has still gets a candidate
of that gender from further back."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules, speakers


def _rules(text: str, nlp):
    return dialogue_rules(text, nlp)


def _long_scene() -> str:
    opening = (
        "Imogen Tarrant met Felix Okafor at the ferry office on a wet Tuesday. Imogen had come about "
        "the lease, and she said so at once.\n\n"
        '"I want the ledgers," Imogen said.\n\n"You shall have them," said Felix.\n\n'
        "Imogen Tarrant sat down by the stove. Imogen waited.\n\n"
    )
    # a long exchange in which only the man is named: the woman is last named thousands of characters back
    middle = "".join(
        f'Felix Okafor turned the page of the ledger, number {i}, and read the column again slowly. '
        f'He found nothing new in it and said so.\n\n"Nothing on page {i}," Felix said.\n\n'
        for i in range(40)
    )
    return opening + middle + '"Then we are finished," she said.\n\nThe rain went on.'


def test_a_pronoun_tag_looks_far_back_for_its_gender(nlp):
    from fabula.dialogue.ranker import WINDOW_BEFORE, FeatureBuilder

    text = _long_scene()
    an, at, utts = _rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    k = next(i for i, u in enumerate(utts) if "finished" in text[u.start:u.end])
    imogen = next(cid for cid, n in names.items() if n.startswith("Imogen"))
    assert utts[k].tag_pron == "she"
    first_ment = text.index("Imogen waited")
    assert utts[k].start - first_ment > WINDOW_BEFORE  # beyond the ordinary window
    # the rules' own pick always joins the candidates; here they are taken to have found nobody
    # (on PDNC they often pick the wrong person, when the woman is then missing from the list)
    utts[k].speaker = None
    for u in utts:  # nor is she anyone's addressee in the turns around (she is on PDNC)
        u.addressees = []
    fb = FeatureBuilder(at, utts)
    assert imogen in fb.candidates(k)
    assert fb._recent_of_gender(utts[k].start, "she") == [(imogen, utts[k].start - text.index("Imogen waited"))]
    # a quote whose pronoun gender is already among the nearby candidates gets no far-back extra
    k2 = next(i for i, u in enumerate(utts) if "page 39" in text[u.start:u.end])
    assert imogen not in fb.candidates(k2) or utts[k2].tag_pron != "he"


def test_the_role_of_a_candidates_last_mention_and_who_the_passage_is_about(nlp):
    from fabula.dialogue.ranker import FeatureBuilder

    text = (
        "Corin Vale and Hester Moss walked up from the harbour in the dusk.\n\n"
        "Corin Vale was an old friend of the family, and Hester knew that Pell Amory envied him. "
        "She had seen Pell Amory's face at the wedding.\n\n"
        '"You are late again," he said.\n\n"The tide was against us," said Hester.'
    )
    an, at, utts = _rules(text, nlp)
    ids = {c.name.split()[0]: c.id for c in an.characters}
    k = next(i for i, u in enumerate(utts) if "late again" in text[u.start:u.end])
    fb = FeatureBuilder(at, utts)
    pos = utts[k].start
    assert fb.last_role(pos, ids["Corin"]) == (1.0, 0.0, 0.0)  # the main clause's subject
    assert fb.last_role(pos, ids["Pell"]) == (0.0, 0.0, 1.0)  # last named as a possessor
    # Hester's last mention is a subordinate clause's subject ("Hester knew that ...")
    assert fb.last_role(pos, ids["Hester"])[0] in (0.5, 1.0)
    assert fb.subject_share(pos, ids["Corin"]) > fb.subject_share(pos, ids["Pell"])
    # a speech tag's subject is a turn, not narration about someone: "said Hester" is skipped
    assert fb.last_role(len(text), ids["Hester"]) == fb.last_role(text.index('"The tide'), ids["Hester"])


def _speakers(text: str, nlp) -> dict[str, str | None]:
    return speakers(text, nlp)


def test_a_person_just_brought_on_with_a_is_the_he_of_the_next_tag(nlp):
    text = (
        "Marco Bellini leaned on the rail and watched the island come closer. Ines Duarte stood "
        "beside him with her scarf pulled up.\n\n"
        '"You should tell him," Marco said.\n\n'
        '"I know," said Ines.\n\n'
        "A deckhand in a yellow coat went past with a coil of rope over his shoulder.\n\n"
        '"Ten minutes to the island," he called.\n\n'
        'Marco waited until he had gone. "Do you want me to be there?"'
    )
    got = _speakers(text, nlp)
    assert got["Ten minutes to the island,"] == "the deckhand"
    assert got["You should tell him,"] == "Marco Bellini"


def test_an_abstract_noun_brought_on_with_a_is_not_a_speaker(nlp):
    text = (
        "Julian Marsh sat at his desk with Petra Lind across from him.\n\n"
        '"We start on Monday," said Petra.\n\n'
        "He was tired, and a haunting horror of the same hours every day besieged his brain.\n\n"
        '"Sameness," he muttered. "Sameness."'
    )
    got = _speakers(text, nlp)
    quote = next(k for k in got if k.startswith("Sameness"))
    assert got[quote] == "Julian Marsh"


def test_a_tag_subject_is_read_at_its_head_word(nlp):
    text = (
        "Otto Brandt and Lisel Varga walked home along the canal with Otto's friend Pieter Haas "
        "a step behind.\n\n"
        '"It will rain," said Lisel.\n\n'
        'His friend looked up at the clouds and said, "Not before we are home."\n\n'
        '"I have lost my key," Lisel told them.\n\n'
        'Pieter Haas\'s reply, "Then we sit on the step," made her laugh.'
    )
    got = _speakers(text, nlp)
    # "His friend" is not the man "His" points to
    assert got["Not before we are home."] != "Otto Brandt"
    # the owner of a reply says it
    assert got["Then we sit on the step,"] == "Pieter Haas"


def test_dash_dialogue_toggles_between_speech_and_narration():
    from fabula.dialogue.extract import dash_dialogue
    from fabula.ingest import from_text

    text = (
        "— Where are you going? — I call after him.\n\n"
        "— To yell at someone.\n\n"
        "— Excuse me! — Nico is on his feet again. — Is there another train? Any train?\n\n"
        "— Thank you — I say. — Really.\n\n"
        "— I know. She pulled her scarf higher. — I'll tell him tonight."
    )
    story = from_text(text)
    segs = dash_dialogue(story.text, story.paragraphs, list(range(len(story.paragraphs))))
    said = [story.text[s.start:s.end].strip(" —") for s in segs]
    assert "Where are you going?" in said and "Excuse me!" in said
    assert not any(x.startswith(("I call", "Nico is on his feet", "I say")) for x in said)
    assert any(x.startswith("Is there another train?") for x in said)
    assert "Thank you" in said and any(x.startswith("Really") for x in said)
    # a beat without a dash still lets the next dash reopen speech; "I know" is speech
    assert any(x.startswith("I know") for x in said) and any(x.startswith("I'll tell him") for x in said)


def test_a_chat_label_written_in_lower_case_inside_a_message_is_still_a_name():
    from fabula.dialogue.extract import chat_lines
    from fabula.ingest import from_text

    text = ("My phone buzzes.\n\nTova: EMERGENCY\n\nTova: not a real one\n\nInez: define kind of\n\n"
            "Inez: wait\n\nMe: tova it's been eight months\n\nTova: i KNOW\n\n"
            "Morning: I walked to the harbour every morning.")
    story = from_text(text)
    segs = chat_lines(story.text, story.paragraphs, list(range(len(story.paragraphs))))
    got = [story.text[s.start:s.end] for s in segs]
    assert "EMERGENCY" in got and "i KNOW" in got and "define kind of" in got
    assert not any(g.startswith("I walked") for g in got)  # "morning" is a word in the narration


def test_a_question_to_someone_else_is_answered_by_them_not_by_the_narrator(nlp):
    text = (
        "The changing room smelled of wet socks. I sat on the bench by the door.\n\n"
        '"Budge up, Bex," Lottie said, and sat down next to me.\n\n'
        '"Right," said Coach Adeyemi, clapping her hands once. "Sully has something to say."\n\n'
        '"Is yours going to be shouting?" Hana asked.\n\n'
        '"Mine is always shouting, Hana. That is why Sully goes first."\n\n'
        "I looked at my boots."
    )
    an, at, utts = _rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if text[u.start:u.end].startswith("Mine is always shouting"))
    # turn-taking: the one the question was put to answers, though it says "yours" (the rules'
    # answer, which the ranker reads; a first-person "I" answers only a "you" said to nobody else)
    assert names.get(u.speaker) == "Coach Adeyemi"


def test_a_walk_ons_own_beat_gives_them_the_line(nlp):
    text = (
        "Rosa and Owen slid into booth seven at eleven at night.\n\n"
        '"Team meeting," Rosa said. "Right now."\n\n'
        '"I said I know, Cap," said Owen.\n\n'
        "The waitress comes back with a pot of coffee and a tired smile. "
        '"You folks ready, or you need a minute?"\n\n'
        '"Pancakes," Owen says. "All of them."'
    )
    got = _speakers(text, nlp)
    quote = next(k for k in got if k.startswith("You folks ready"))
    assert got[quote] == "the waitress"


def test_a_role_the_story_uses_for_someone_often_is_not_a_walk_on(nlp):
    uses = " ".join("The doctor nodded to Losberne." for _ in range(6))
    text = (
        "Mr. Losberne came in with his bag. " + uses + "\n\n"
        'The doctor set down his bag. "Where is the patient?"\n\n'
        '"Upstairs," said Rose.'
    )
    got = _speakers(text, nlp)
    quote = next(k for k in got if k.startswith("Where is the patient"))
    assert got[quote] != "the doctor"
