"""Session 19, fan-fiction addressees: (1) a gesture at someone in a paragraph of narration alone,
right before a quote that opens the next paragraph, names the listener as a gesture in the quote's
own paragraph does ("Tibby nudged Hollis's elbow." / "Told you," Tibby whispered.), and a touch of a
body part is a touch of its owner; (2) in a short story the addressee ranker does not move the
rules' answer when that answer is a neighbouring speaker the text named."""

from __future__ import annotations

import numpy as np

from fabula.dialogue import addressee as addressee_mod
from fabula.pipeline import analyze

_FERRY = (
    "Hollis Quarrender, Tibby Moorcroft and Anselm Drury sat over cold tea in the harbour cafe, the "
    "timetable spread between the cups.\n\n"
    '"Nobody takes the early ferry," Hollis said.\n\n'
    '"Then we walk round by the causeway," Anselm said.\n\n'
)


def _addressees(text, nlp, start):
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name.split()[0] for c in a.characters}  # "Tibby" or "Tibby": one person
    q = next(q for q in a.quotes if q.text.startswith(start))
    return names.get(q.speaker), [names.get(x) for x in q.addressees]


def test_a_gesture_in_the_narration_paragraph_before_names_the_listener(nlp):
    text = _FERRY + "Tibby kicked Hollis under the table.\n\n" + '"Told you he would sulk," Tibby whispered.\n\n'
    speaker, told = _addressees(text, nlp, "Told you he would sulk")
    assert speaker == "Tibby"
    assert told[:1] == ["Hollis"], told  # not Anselm, the last speaker


def test_a_touch_of_a_body_part_is_a_touch_of_its_owner(nlp):
    text = _FERRY + "Tibby nudged Hollis's elbow.\n\n" + '"Told you he would sulk," Tibby whispered.\n\n'
    assert _addressees(text, nlp, "Told you he would sulk")[1][:1] == ["Hollis"]


def test_a_gesture_by_another_person_in_the_paragraph_before_does_not(nlp):
    # the narration's gesture is Anselm's: it says nothing of whom Tibby speaks to
    text = _FERRY + "Anselm kicked Hollis under the table.\n\n" + '"Told you he would sulk," Tibby whispered.\n\n'
    assert "Hollis" not in _addressees(text, nlp, "Told you he would sulk")[1]


class _FarthestRanker:
    """A stand-in addressee model that always prefers the last candidate it is offered."""

    def score_many(self, rows):
        out = np.zeros(len(rows))
        out[-1] = 1.0
        return out


_QUAY = (
    "Marisabel Thrupp and Odran Keele waited on the quay with the crates, while Gareth Purefoy counted "
    "them twice from the steps of the harbour office.\n\n"
    '"Forty-one crates," Gareth called down. "Forty-one, and the list says forty."\n\n'
    '"The boat is late again," Odran said.\n\n'
    '"It is always late on a Thursday," Marisabel said. "Sit down and stop fretting."\n\n'
)


def _quay_addressees(nlp, monkeypatch, short_story_tokens=None):
    monkeypatch.setattr(addressee_mod, "default_addressee_ranker", lambda: _FarthestRanker())
    if short_story_tokens is not None:
        monkeypatch.setattr(addressee_mod, "SHORT_STORY_TOKENS", short_story_tokens)
    return _addressees(_QUAY, nlp, "It is always late")


def test_in_a_short_story_the_ranker_keeps_off_an_answer_to_a_named_speaker(nlp, monkeypatch):
    # Odran's line is tagged by name; the reply after it is said to him, whatever the model prefers
    speaker, told = _quay_addressees(nlp, monkeypatch)
    assert speaker == "Marisabel"
    assert told == ["Odran"], told


def test_in_a_novel_length_text_the_ranker_still_decides(nlp, monkeypatch):
    # the same text counted as a novel: the stand-in model moves the addressee (the test above can fail)
    speaker, told = _quay_addressees(nlp, monkeypatch, short_story_tokens=0)
    assert speaker == "Marisabel"
    assert told != ["Odran"], told
