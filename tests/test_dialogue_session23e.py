"""Session 23 (e): the one a question is put to by name answers it, whoever gave the question its
speaker (a beat, not a tag), with a scene written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _scene(question: str) -> str:
    return ("Marguerite Oakes, Tobias Venn and Hester Lisle were setting out the hall for the jumble sale.\n\n"
            '"We need more chairs," said Tobias.\n\n'
            f'Marguerite looked up from her clipboard. "{question}"\n\n'
            "Something scraped behind the stage curtain.\n\n"
            '"I can carry three at a time."\n\n')


def test_the_one_asked_by_name_answers_after_a_beat(nlp):
    for question in ("Hester, can you fetch two from the kitchen?",
                     "Can you fetch two from the kitchen, Hester?"):
        got = rule_speakers(_scene(question), nlp)
        assert got["I can carry three at a time."] == "Hester Lisle", (question, got)


def test_a_name_inside_the_question_or_a_statement_calls_no_one_to_answer(nlp):
    # a statement to Hester, or a question that only talks about her: the alternation stands
    for question in ("Hester, the kitchen has two spare.", "Did you ask whether Hester has the key?"):
        got = rule_speakers(_scene(question), nlp)
        assert got["I can carry three at a time."] == "Tobias Venn", (question, got)
