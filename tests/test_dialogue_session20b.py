"""Session 20, PDNC speakers (Explicit): a quote that goes on after the tag that broke the speech
before it in the same paragraph ('"Lucky Severin!" said Rozalie. "Who would not envy him?"') is still
that speaker's, even when narration follows it: a verb there that is no plain speech verb of its own
clause ("And without answering Ignatius she walked off", "Ignatius tried to hush her") is not its tag.
All wording and names are our own."""

from __future__ import annotations

from dialogue_helpers import speakers

_OPEN = (
    "Rozalie Hemmet and Ignatius Parr sat on the steps of the boathouse and watched the tide go out.\n\n"
    '"The slipway will crack by spring," said Ignatius.\n\n'
    '"Then we pour a new one," said Rozalie.\n\n'
    '"Paid for with buttons?" said Ignatius.\n\n'
)


def _tagged(text: str, nlp, words: str) -> tuple[str | None, str | None]:
    """(speaker name, attribution) of the quote holding ``words``: "explicit" when a name tag gave it."""
    from fabula import analyze

    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    q = next(q for q in a.quotes if words in q.text)
    return names.get(q.speaker), q.attribution


def _speaker_of(text: str, nlp, words: str) -> str | None:
    found = [who for quote, who in speakers(text, nlp).items() if words in quote]
    assert found, words
    return found[0]


def test_a_gerund_after_the_continued_speech_is_not_its_tag(nlp):
    text = _OPEN + ('"Lucky Severin!" said Rozalie. "Who would not envy him? Not I." And without answering '
                    "Ignatius she walked down to the water's edge.\n\n")
    assert _speaker_of(text, nlp, "Who would not envy him") == "Rozalie Hemmet"


def test_a_broken_off_speech_goes_on_despite_the_verb_after_it(nlp):
    text = _OPEN + ('"It will hold," cried Rozalie above the clatter of the winch. "Get the others out; the '
                    'whole ramp is going\u2014" Ignatius tried to hush her, but she shook him off.\n\n')
    assert _speaker_of(text, nlp, "Get the others out") == "Rozalie Hemmet"


def test_a_broken_off_quote_that_calls_the_last_speaker_is_someone_else(nlp):
    text = _OPEN + ('"I sold the dinghy," said Rozalie. "Rozalie, you didn\u2019t\u2014" Ignatius tried to '
                    "stop her, but she went on.\n\n")
    assert _speaker_of(text, nlp, "you didn") == "Ignatius Parr"


def test_a_plain_speech_verb_after_the_second_quote_still_tags_it(nlp):
    text = _OPEN + '"Lucky Severin!" said Rozalie. "Quiet, he is right behind you," Ignatius replied.\n\n'
    assert _speaker_of(text, nlp, "Quiet, he is right behind you") == "Ignatius Parr"


def test_a_voiced_weak_verb_after_a_question_tags_it(nlp):
    text = _OPEN + ('"Then we sell the nets," said Rozalie.\n\n'
                    '"Nobody buys nets in March," said Ignatius.\n\n'
                    '"The regatta money came in, didn\'t it?" Rozalie questioned, pulling off her boots.\n\n')
    assert _tagged(text, nlp, "The regatta money came in") == ("Rozalie Hemmet", "explicit")


def test_a_laugh_after_an_exclamation_tags_it(nlp):
    text = _OPEN + ('"Then we sell the nets," said Rozalie.\n\n'
                    '"Nobody buys nets in March," said Ignatius.\n\n'
                    '"Then the whole boathouse is ours!" Rozalie laughed, and hung up her oilskin.\n\n')
    assert _tagged(text, nlp, "the whole boathouse is ours") == ("Rozalie Hemmet", "explicit")


def test_a_lead_in_beats_the_sentence_after_a_finished_quote(nlp):
    text = _OPEN + ('Ignatius kept his eyes on the ledger and muttered, "Short again"; but Rozalie said, '
                    '"Then we sell the old mast in May." He replied without looking up, '
                    '"Nobody wants a cracked mast."\n\n')
    assert _speaker_of(text, nlp, "sell the old mast in May") == "Rozalie Hemmet"
    assert _speaker_of(text, nlp, "Nobody wants a cracked mast") == "Ignatius Parr"


def test_the_narration_after_a_lead_in_quote_leads_into_the_next(nlp):
    text = _OPEN + ('When Ignatius asked Rozalie, "Who left the shed unlocked?" Rozalie said, '
                    '"The wind, who else?" and went to lock it.\n\n')
    assert _speaker_of(text, nlp, "Who left the shed unlocked") == "Ignatius Parr"
    assert _speaker_of(text, nlp, "The wind, who else") == "Rozalie Hemmet"
