"""Session 19, fan-fiction addressees: (1) a gesture at someone in a paragraph of narration alone,
right before a quote that opens the next paragraph, names the listener as a gesture in the quote's
own paragraph does ("Tibby nudged Hollis's elbow." / "Told you," Tibby whispered.), and a touch of a
body part is a touch of its owner. (The round's second rule, keeping the addressee ranker off in short
stories, was reverted at the end of the session: it cost AO3 relationship tags; docs/dialogue.md.)"""

from __future__ import annotations

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
