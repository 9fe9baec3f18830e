"""Relations, session 25 (professional ties in third-person workplace stories): the head of a workplace and the
staff who deal with them, a post taken up ("came to work for X"), a shared shift or ward with the other one
after "as", and "worked with X for two years". Sentences are our own; upstream layers are built by hand. Each
test fails on the code before its change."""

from __future__ import annotations

from test_relations import build


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- the head of a workplace ----------------------------------------------------------------------

HEAD_TEXT = ("Mrs. Marchbank, the headteacher, walked the corridor at eight. "
             "\"These rotas are late,\" she told Osgood. \"They will be on your desk by noon,\" Osgood said. "
             "\"See that they are,\" said Mrs. Marchbank. Osgood went back to his classroom. ")


def test_a_named_head_is_the_boss_of_one_they_keep_talking_with(nlp):
    quotes = [("These rotas are late,", "Mrs. Marchbank", "Osgood"),
              ("They will be on your desk by noon,", "Osgood", "Mrs. Marchbank"),
              ("See that they are,", "Mrs. Marchbank", "Osgood")]
    a, ids = build(HEAD_TEXT, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == [ids["Mrs. Marchbank"]]


def test_the_director_is_a_head_too(nlp):
    quotes = [("These rotas are late,", "Mrs. Marchbank", "Osgood"),
              ("They will be on your desk by noon,", "Osgood", "Mrs. Marchbank"),
              ("See that they are,", "Mrs. Marchbank", "Osgood")]
    text = HEAD_TEXT.replace("the headteacher", "the director")
    a, ids = build(text, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == [ids["Mrs. Marchbank"]]
    # a compound title heads a part, not the staff ("the stage manager")
    text = HEAD_TEXT.replace("the headteacher", "the stage manager")
    a, ids = build(text, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == []


def test_one_exchange_or_no_title_makes_no_boss(nlp):
    quotes = [("These rotas are late,", "Mrs. Marchbank", "Osgood")]
    a, ids = build(HEAD_TEXT, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == []
    # without the title she is anyone who talks with him
    text = HEAD_TEXT.replace(", the headteacher,", "")
    quotes = [("These rotas are late,", "Mrs. Marchbank", "Osgood"),
              ("They will be on your desk by noon,", "Osgood", "Mrs. Marchbank"),
              ("See that they are,", "Mrs. Marchbank", "Osgood")]
    a, ids = build(text, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == []


def test_the_head_who_edited_the_newspaper(nlp):
    text = ("Cornelius Tolliver, who had edited the newspaper since the strike, called Sabine over. "
            "\"You're on the council beat,\" he said. \"Since when?\" Sabine said. \"Since now,\" said Cornelius. ")
    quotes = [("You're on the council beat,", "Cornelius Tolliver", "Sabine"), ("Since when?", "Sabine", "Cornelius Tolliver"),
              ("Since now,", "Cornelius Tolliver", "Sabine")]
    a, ids = build(text, nlp, {"Cornelius Tolliver": "he", "Sabine": "she"}, quotes=quotes)
    assert holders(a, ids["Cornelius Tolliver"], ids["Sabine"], "boss") == [ids["Cornelius Tolliver"]]


def test_the_head_talking_with_kin_is_no_boss(nlp):
    text = ("Mrs. Marchbank, the headteacher, came home at six. Her son Osgood was cooking. "
            "\"You're late,\" Osgood said. \"Meetings,\" she told Osgood. \"Eat,\" said Osgood. ")
    quotes = [("You're late,", "Osgood", "Mrs. Marchbank"), ("Meetings,", "Mrs. Marchbank", "Osgood"),
              ("Eat,", "Osgood", "Mrs. Marchbank")]
    a, ids = build(text, nlp, {"Mrs. Marchbank": "she", "Osgood": "he"}, quotes=quotes)
    assert holders(a, ids["Mrs. Marchbank"], ids["Osgood"], "boss") == []


# ---- a post taken up, a shared shift, work with someone for a span of time ---------------------------

def test_had_come_to_work_for_someone(nlp):
    text = "Seraphine was a young chemist. In 2011 she had come to work for Valentin Duprey, fresh from college. Valentin was kind."
    a, ids = build(text, nlp, {"Seraphine": "she", "Valentin Duprey": "he"})
    assert holders(a, ids["Valentin Duprey"], ids["Seraphine"], "boss") == [ids["Valentin Duprey"]]
    # a wish to is not a post
    text = "Seraphine was a young chemist. In 2011 she had wanted to work for Valentin Duprey, fresh from college. Valentin was kind."
    a, ids = build(text, nlp, {"Seraphine": "she", "Valentin Duprey": "he"})
    assert holders(a, ids["Valentin Duprey"], ids["Seraphine"], "boss") == []


def test_the_same_shift_or_ward_as_someone(nlp):
    text = "Everyone liked Evander. Evander nursed on the same ward as Wilhelmina. Wilhelmina liked tea."
    a, ids = build(text, nlp, {"Evander": "he", "Wilhelmina": "she"})
    assert "colleagues" in [s.state for r in a.relationships for s in r.states]
    text = "Everyone liked Evander. Evander works the same shifts as Wilhelmina. Wilhelmina liked tea."
    a, ids = build(text, nlp, {"Evander": "he", "Wilhelmina": "she"})
    assert "colleagues" in [s.state for r in a.relationships for s in r.states]
    # the same school is no workplace shared
    text = "Everyone liked Evander. Evander went to the same school as Wilhelmina. Wilhelmina liked tea."
    a, ids = build(text, nlp, {"Evander": "he", "Wilhelmina": "she"})
    assert "colleagues" not in [s.state for r in a.relationships for s in r.states]


def test_worked_with_someone_for_years(nlp):
    text = "Evander had worked with Wilhelmina at the studio for six years. Wilhelmina liked tea."
    a, ids = build(text, nlp, {"Evander": "he", "Wilhelmina": "she"})
    assert "colleagues" in [s.state for r in a.relationships for s in r.states]
    # the one worked for is the employer, no colleague
    text = "Evander had worked with Wilhelmina for Mr. Quennell. Wilhelmina liked tea. Mr. Quennell was stern."
    a, ids = build(text, nlp, {"Evander": "he", "Wilhelmina": "she", "Mr. Quennell": "he"})
    assert holders(a, ids["Evander"], ids["Mr. Quennell"], "colleagues") == []


# ---- a supervisor teaches ------------------------------------------------------------------------

def test_a_supervisor_is_a_teacher_as_well(nlp):
    text = "Eulalia was my supervisor for two years. Eulalia read every draft. I was grateful."
    a, ids = build(text, nlp, {"Eulalia": "she", "Ignatius": "he"}, narrator="Ignatius")
    assert holders(a, ids["Eulalia"], ids["Ignatius"], "teacher") == [ids["Eulalia"]]
    assert holders(a, ids["Eulalia"], ids["Ignatius"], "boss") == [ids["Eulalia"]]


def test_a_promise_to_supervise(nlp):
    text = "Eulalia ran the office. \"I'll supervise you until Easter,\" Eulalia told Ignatius. Ignatius nodded."
    quotes = [("I'll supervise you until Easter,", "Eulalia", "Ignatius")]
    a, ids = build(text, nlp, {"Eulalia": "she", "Ignatius": "he"}, quotes=quotes)
    assert holders(a, ids["Eulalia"], ids["Ignatius"], "teacher") == [ids["Eulalia"]]
    # a refusal is no tie
    text = "Eulalia ran the office. \"I won't supervise you,\" Eulalia told Ignatius. Ignatius nodded."
    quotes = [("I won't supervise you,", "Eulalia", "Ignatius")]
    a, ids = build(text, nlp, {"Eulalia": "she", "Ignatius": "he"}, quotes=quotes)
    assert holders(a, ids["Eulalia"], ids["Ignatius"], "teacher") == []


def test_the_head_sends_two_reporters_out(nlp):
    text = ("Cornelius Tolliver, who had edited the newspaper since the strike, rarely left his office. "
            "That night the river rose, and Cornelius sent Sabine and Rutger to the flood. Sabine drove.")
    a, ids = build(text, nlp, {"Cornelius Tolliver": "he", "Sabine": "she", "Rutger": "he"})
    assert holders(a, ids["Cornelius Tolliver"], ids["Sabine"], "boss") == [ids["Cornelius Tolliver"]]
    assert holders(a, ids["Cornelius Tolliver"], ids["Rutger"], "boss") == [ids["Cornelius Tolliver"]]
    # one who is no head sends no staff
    text = text.replace(", who had edited the newspaper since the strike,", "")
    a, ids = build(text, nlp, {"Cornelius Tolliver": "he", "Sabine": "she", "Rutger": "he"})
    assert holders(a, ids["Cornelius Tolliver"], ids["Sabine"], "boss") == []


# ---- both went after one post --------------------------------------------------------------------

def test_both_applied_for_the_job(nlp):
    text = "Hortense ran the museum. Years ago Hortense and Lysander both applied for the curator's post. She got it."
    a, ids = build(text, nlp, {"Hortense": "she", "Lysander": "he"})
    assert "rivals" in [s.state for r in a.relationships for s in r.states]
    # going for a walk together is no contest
    text = "Hortense ran the museum. On Sunday Hortense and Lysander both went for a walk. She liked it."
    a, ids = build(text, nlp, {"Hortense": "she", "Lysander": "he"})
    assert "rivals" not in [s.state for r in a.relationships for s in r.states]
