"""Session 9: a dialogue-heavy reader-insert ("Y/N") is told to "you" although its tags say "he
says" more often than "you" acts; the reader's "you" in the narration counts as their mentions."""

from __future__ import annotations

from fabula import analyze

STORY = (
    "Cal squeezes your hand on the doorstep.\n\n"
    '"They\'re going to love you," he says.\n\n'
    '"You said that about your flatmates."\n\n'
    '"And they did love you," he says.\n\n'
    '"Marcus called me the new one for months," you say.\n\n'
    '"Marcus calls everyone that," he says. "Breathe."\n\n'
    "You drop your shoulders. The door swings open and a girl stares up at you.\n\n"
    '"Is this her?" she asks.\n\n'
    '"Ada, this is Y/N," Cal says.\n\n'
    '"I am being nice," Ada says. "Do you like board games?"\n\n'
    '"Depends which one," you say.\n\n'
    "You follow them inside. You take off your coat. Ada grins at you.\n\n"
    '"Correct answer," she says.'
)


def test_a_reader_insert_with_many_he_says_is_second_person(nlp):
    a = analyze(text=STORY, nlp=nlp, only=["cast", "dialogue"])
    assert any(n.person == 2 for n in a.narrator)
    names = {c.id: c.name for c in a.characters}
    by_text = {q.text: names.get(q.speaker) for q in a.quotes}
    reader = next(n.character for n in a.narrator if n.person == 2)
    assert by_text["You said that about your flatmates."] == names[reader]
