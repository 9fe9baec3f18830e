"""The shipped addressee ranker: loads offline, matches its features, and leaves the text's own
word (a vocative, "said to X") alone."""

from __future__ import annotations

from fabula import analyze
from fabula.dialogue.addressee import FEATURES, MODEL_PATH, default_addressee_ranker


def test_shipped_model_loads_and_matches_features():
    assert MODEL_PATH.exists()
    r = default_addressee_ranker()
    assert r is not None and len(r.coef) == len(FEATURES) == len(r.mean) == len(r.scale)


def test_model_prefers_the_other_side_of_the_exchange():
    r = default_addressee_ranker()
    base = [0.0] * len(FEATURES)
    base[FEATURES.index("dist_before")] = 1.0
    base[FEATURES.index("dist_after")] = 1.0
    answers = list(base)
    answers[FEATURES.index("next1")] = 1.0
    answers[FEATURES.index("recent_speaker")] = 0.5
    talked_about = list(base)
    talked_about[FEATURES.index("named_in_quote")] = 1.0
    # the one who answers next was spoken to; someone named inside the quote is talked about
    assert r.score(answers) > r.score(base) > r.score(talked_about)


def test_three_at_a_table(nlp):
    text = ('Ines Varga, Tobin Marsh and Petra Lund sat at the kitchen table.\n\n'
            '"Pass the salt, Tobin," said Ines.\n\n'
            '"Here," said Tobin. "Petra, do you want it after?"\n\n'
            '"No, thank you," said Petra.\n\n'
            '"Ines, you put too much on everything," said Petra to Ines.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    first = {c.id: c.name.split()[0] for c in a.characters}  # the cast's full names are not at stake here
    addr = [[first.get(x) for x in q.addressees] for q in a.quotes]
    assert addr[0] == ["Tobin"]  # the vocative stays
    assert "Petra" in addr[1]  # "Petra, do you want it after?"
    assert addr[2] == ["Tobin"]  # answers the one who asked her by name
    assert addr[-1] == ["Ines"]  # "said Petra to Ines"


def test_a_first_person_narrator_is_spoken_to(nlp):
    # the narrator is "I", hardly ever a name: the other side of the exchange still talks to them
    text = ("Nora's point of view\n\n"
            'Theo Brandt was already at the table when I came in, and Mira Solis waved from the bar.\n\n'
            '"You are late again," Theo said.\n\n'
            '"The trains," I said.\n\n'
            '"It is always the trains," he said. "You could leave earlier."\n\n'
            '"I could," I said.\n\n'
            'Mira came over with the menus. Mira was smiling at both of us.')
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    narrator = next((n.character for n in a.narrator if n.person == 1 and n.character), None)
    names = {c.id: c.name for c in a.characters}
    theo_lines = [q for q in a.quotes if names.get(q.speaker) == "Theo Brandt"]
    assert theo_lines and narrator is not None
    assert all(q.addressees == [narrator] for q in theo_lines)
