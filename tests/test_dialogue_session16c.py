"""Session 16, fan fiction: walk-ons, turns and addressees found on writer D10's stories, each with
a story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _of(got: dict, start: str) -> str | None:
    return got[next(k for k in got if k.startswith(start))]


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
    assert _of(got, "Are you two") == "the night watchman", got
    assert _of(got, "Nearly") == "Bryony Hale"


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
    assert _of(got, "Five minutes") == "the stagehand", got


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


# two women at a desk; a walk-on brought on as an object with a "who" clause, then "He ..."
NIGHT_DESK = (
    "The lobby was empty except for Maud Kessler at the desk and Ines Roe, who was on her first shift.\n\n"
    '"Stop straightening the leaflets," Maud said.\n\n'
    '"I\'m not straightening them," said Ines.\n\n'
    "The lift doors opened on the night porter, who was pushing a trolley of towels. He parked it by "
    "the desk.\n\n"
    "'Found a glove in the lift,' he said. 'Left hand. Leather.'\n\n"
    "'Put it in the box, thanks,' Maud said, and he wheeled the trolley away.\n\n"
    "Ines watched him go. 'Does that happen often?'\n\n"
    "'Gloves? Every night.'\n\n"
)


def test_a_who_clause_stands_for_its_noun_in_a_he_chain(nlp):
    got = rule_speakers(NIGHT_DESK, nlp, walk_ons=True)
    assert _of(got, "Found a glove") in ("the porter", "the night porter"), got


def test_the_one_who_watches_someone_leave_is_who_the_beat_is_about(nlp):
    got = rule_speakers(NIGHT_DESK, nlp, walk_ons=True)
    assert _of(got, "Does that happen") == "Ines Roe", got


def test_an_answer_to_a_walk_on_is_said_to_the_walk_on(nlp):
    # the addressee model cannot see a person the story never names: the porter who spoke last
    # is who "Put it in the back" is said to, not the other woman at the desk
    from fabula import analyze

    text = ("The lobby was empty except for Maud Kessler at the desk and Ines Roe, who was on her first "
            "shift.\n\n"
            '"Stop straightening the leaflets," Maud said.\n\n'
            '"I\'m not straightening them," said Ines.\n\n'
            '"You\'ve put them in order of colour."\n\n'
            '"It\'s calming."\n\n'
            "The revolving door turned and the porter came in with a wet umbrella.\n\n"
            '"Found this in the car park," the porter said. "No name on it."\n\n'
            '"Put it in the back, thanks," Maud said.\n\n'
            'Ines watched him go. "Does that happen a lot?"\n\n'
            '"Umbrellas? Every night."\n\n')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if q.text.startswith("Put it in the back"))
    assert [names.get(x) for x in q.addressees] == ["the porter"], [names.get(x) for x in q.addressees]
