"""Session 18, fan fiction: walk-on speakers found on writers D12's, A9's and A10's stories, each with a
story written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers, speaker_of


def test_a_gendered_job_the_story_uses_throughout_keeps_its_tagged_line(nlp):
    # "the nun said" in a short story that calls her so six times and never names her: a
    # walk-on like "the skipper", though "nun" is a word for a woman
    text = ("Radomir and his cousin Zofia waited in the cold parlour. The nun had kept them there for "
            "an hour.\n\n"
            '"She is doing it on purpose," Zofia said.\n\n'
            '"Of course she is."\n\n'
            "The nun came in at last with a ledger under her arm. The nun did not sit.\n\n"
            '"You have come about the orchard," the nun said.\n\n'
            '"We have," said Radomir.\n\n'
            "The nun opened the ledger. Zofia looked at the floor. The nun read for a while "
            "before she looked up again, and the nun was not smiling.\n\n")
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "You have come about") == "the nun", got


def test_a_compound_job_brings_on_the_walk_on_a_pronoun_tag_goes_back_to(nlp):
    # "The quiz master had a clipboard and the air of someone who had watched many teams lose":
    # "teams" is inside a relative clause, so the quiz master is the last subject, and "he said"
    # is him, not the named man of the team
    text = ("Odhran Brandvik and Liesl Farrow had come for the pub quiz.\n\n"
            '"We will win," Odhran said.\n\n'
            "The quiz master had a clipboard and the air of someone who had watched many teams lose.\n\n"
            '"Round one is geography," he said. "No phones."\n\n'
            '"Geography," Liesl groaned.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "Round one is geography") == "the quiz master", got


def test_a_runner_is_a_walk_on_a_pronoun_tag_goes_back_to(nlp):
    # "The runner arrived at my elbow with a folded note. / '...,' she said": a film set's or a
    # theatre's runner, a job the novel-learnt lexicon does not know
    text = ("Gorran Tressler was shouting at the lighting crew again, and I kept my head down over the "
            "call sheet.\n\n"
            '"Again from the top," Gorran said.\n\n'
            "The runner arrived at my elbow with a cup of tea and a folded note.\n\n"
            '"From the office," she said. "They said to give it to you, not to her."\n\n'
            '"Thanks."\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "From the office") == "the runner", got


def test_the_walk_on_two_turns_back_does_not_take_a_line_a_named_character_opens(nlp):
    # the dresser answers a question and leaves; the next quote sits in a paragraph whose narration
    # is about the named stage manager, so it is no bare answer in the walk-on's run of turns
    text = ("Ottoline Marsh checked her watch. Five minutes to curtain.\n\n"
            "The dresser came past with a needle between her teeth and fixed Zebedee's collar.\n\n"
            '"Collar was loose," she said. "It will hold."\n\n'
            '"Will it hold through the bows?" asked Zebedee.\n\n'
            "But she had already gone.\n\n"
            "Ottoline put her headset on and pressed the button. Prynne, up in the box, ran the lights on "
            'his own. "Prynne, this is the stage. Are you ready?"\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert speaker_of(got, "Collar was loose") == "the dresser", got
    assert speaker_of(got, "Prynne, this is the stage") != "the dresser", got
