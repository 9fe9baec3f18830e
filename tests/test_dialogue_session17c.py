"""Session 17, fan fiction: rules found on writer D11's stories, each with a story written for the
test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of


def test_the_one_before_an_absolute_phrase_acts(nlp):
    # "Quentin turned round from the stove, eyebrows raised.": the parser makes "eyebrows raised"
    # the sentence's root clause; the eyebrows are no one, and Quentin, who turns, asks
    text = ("Saffron Mead came in through the scullery with a basket of windfalls, and Quentin Lusk "
            "went on stirring the jam.\n\n"
            '"Bruised, most of them," Saffron said.\n\n'
            '"They\'ll boil down," said Quentin.\n\n'
            '"Where do you want them?"\n\n'
            '"Anywhere but the floor."\n\n'
            "Quentin turned round from the stove, eyebrows raised. "
            '"Did you shut the hens in?"\n\n'
            '"Hours ago."\n\n')
    got = rule_speakers(text, nlp)
    assert speaker_of(got, "Did you shut") == "Quentin Lusk", got


def test_a_fronted_when_clause_is_not_the_one_who_acts(nlp):
    # "When Ida opened the back door, sleet blew in": the clause before "sleet" sets the scene (it
    # opens on "When"); Ida is not the one who calls out, and the turn passes to Wilmot
    text = ("The shop was shut for the night, and Wilmot Pask was counting the float behind the counter "
            "while Ida Frane swept between the shelves.\n\n"
            '"Leave the corners," Wilmot said. "Nobody looks there."\n\n'
            '"I look there," said Ida.\n\n'
            "When Ida opened the back door, sleet blew in across the mat. "
            '"Shut it!"\n\n'
            '"Give me a second."\n\n')
    got = rule_speakers(text, nlp)
    assert speaker_of(got, "Shut it") == "Wilmot Pask", got
