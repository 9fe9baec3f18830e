"""Session 20, PDNC speakers (Explicit): a quote that goes on after the tag that broke the speech
before it in the same paragraph ('"Poor Tom!" said Ada. "As if I could blame him!"') is still that
speaker's, even when narration follows it: a verb there that is no plain speech verb of its own
clause ("And without replying to Tom she went out", "Tom tried to calm her") is not its tag."""

from __future__ import annotations

from dialogue_helpers import speakers

_OPEN = (
    "Greta Vole and Oskar Lind stood in the yard of the old mill while the rain came down.\n\n"
    '"The roof will not last the winter," said Oskar.\n\n'
    '"Then we mend it," said Greta.\n\n'
    '"With what money?" said Oskar.\n\n'
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
    text = _OPEN + ('"Poor Martin!" said Greta. "As if I could blame Martin! Or anyone." And without replying '
                    "to Oskar's question she went back into the house.\n\n")
    assert _speaker_of(text, nlp, "As if I could blame Martin") == "Greta Vole"


def test_a_broken_off_speech_goes_on_despite_the_verb_after_it(nlp):
    text = _OPEN + ('"He will not," shouted Greta over the noise of the water. "Fetch the others; nobody here '
                    'is safe\u2014" Oskar tried to calm her, but she pushed past him.\n\n')
    assert _speaker_of(text, nlp, "Fetch the others") == "Greta Vole"


def test_a_broken_off_quote_that_calls_the_last_speaker_is_someone_else(nlp):
    text = _OPEN + ('"I sold the boat," said Greta. "Greta, you didn\u2019t\u2014" Oskar tried to stop her, '
                    "but she went on.\n\n")
    assert _speaker_of(text, nlp, "you didn") == "Oskar Lind"


def test_a_plain_speech_verb_after_the_second_quote_still_tags_it(nlp):
    text = _OPEN + '"Poor Martin!" said Greta. "Hush, he can hear you," Oskar replied.\n\n'
    assert _speaker_of(text, nlp, "Hush, he can hear you") == "Oskar Lind"


def test_a_voiced_weak_verb_after_a_question_tags_it(nlp):
    text = _OPEN + ('"Then we sell the cart," said Greta.\n\n"Nobody buys carts in winter," said Oskar.\n\n'
                    '"It went well at the market, didn\'t it?" Greta questioned from the doorway.\n\n')
    assert _tagged(text, nlp, "It went well at the market") == ("Greta Vole", "explicit")


def test_a_laugh_after_an_exclamation_tags_it(nlp):
    text = _OPEN + ('"Then we sell the cart," said Greta.\n\n"Nobody buys carts in winter," said Oskar.\n\n'
                    '"And in a week we shall be rich!" Greta laughed, and shook the water from her hat.\n\n')
    assert _tagged(text, nlp, "in a week we shall be rich") == ("Greta Vole", "explicit")


def test_a_lead_in_beats_the_sentence_after_a_finished_quote(nlp):
    text = _OPEN + ('Oskar was tired and grumbled, "The roof again"; but Greta said, "We can patch it with the old '
                    'tin from the barn." He answered quietly, "There is not enough tin."\n\n')
    assert _speaker_of(text, nlp, "patch it with the old tin") == "Greta Vole"
    assert _speaker_of(text, nlp, "There is not enough tin") == "Oskar Lind"


def test_the_narration_after_a_lead_in_quote_leads_into_the_next(nlp):
    text = _OPEN + ('When Oskar asked Greta, "Where did the ducks come from?" Greta said, "From the river, '
                    'where else?" and went inside.\n\n')
    assert _speaker_of(text, nlp, "Where did the ducks come from") == "Oskar Lind"
    assert _speaker_of(text, nlp, "From the river") == "Greta Vole"
