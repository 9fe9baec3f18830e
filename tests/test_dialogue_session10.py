"""Session 10 dialogue: speech-tag subjects that are people by what they do, though the
person-noun lexicon has never seen the word."""

from __future__ import annotations


def _speakers(text: str, nlp) -> dict[str, str | None]:
    from fabula import analyze

    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return {q.text: names.get(q.speaker) for q in a.quotes}


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
