"""Session 22, fan fiction: "the woman says" after the narration brought on "a woman" is that
stranger, not the named woman of the scene (a story written for the test, invented names)."""

from __future__ import annotations

from dialogue_helpers import speaker_of, speakers

STORY = ("Mirela and Quenby were counting swans on the towpath, and Mirela had the clipboard.\n\n"
         "\"Nine,\" Mirela said.\n\n"
         "\"Ten,\" said Quenby. \"The one by the lock makes ten.\"\n\n"
         "Mirela wrote it down. Along the path behind them came a woman with a pram and a very "
         "small dog on a very long lead.\n\n"
         "\"Are you counting the ducks?\" the woman asked.\n\n"
         "\"Swans,\" said Quenby.\n\n"
         "The dog sat down on Mirela's foot.\n\n"
         "\"He likes you,\" the woman said.\n\n")


def test_the_woman_the_narration_brought_on_is_a_walk_on(nlp):
    got = speakers(STORY, nlp)
    for line in ("Are you counting", "He likes you"):
        assert speaker_of(got, line) not in ("Mirela", "Quenby")
        assert speaker_of(got, line) is not None
    assert speaker_of(got, "Nine") == "Mirela"


def test_the_woman_with_no_stranger_before_stays_the_named_woman(nlp):
    # no "a woman" brought on: "the woman" is a named woman of the scene, by the recency guess
    story = ("Mirela stood at the lock with the clipboard. Quenby had gone for the tea.\n\n"
             "\"Eleven,\" the woman said to herself.\n\n")
    assert speaker_of(speakers(story, nlp), "Eleven") in ("Mirela", "Quenby")
