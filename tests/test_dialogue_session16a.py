"""Session 16, PDNC Explicit quotes: the ranker never gives a quote to the one its own tag speaks to."""

from __future__ import annotations


def _rules(text, nlp):
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return at, names, utts


def test_the_ranker_never_picks_the_one_the_tag_speaks_to(nlp, monkeypatch):
    """'she said to Tomas': whatever the ranker scores, Tomas is not the speaker of that quote."""
    from fabula.dialogue import ranker as R

    text = (
        "Ada Brook and Tomas Vell sat in the kitchen of the inn while Mara Quill scrubbed the table.\n\n"
        '"The coach is late again," said Mara.\n\n'
        'Ada stood up and looked out of the window. Then she said to Tomas, "Bring the lantern."\n\n'
    )
    at, names, utts = _rules(text, nlp)
    k = next(i for i, u in enumerate(utts) if at.text[utts[i].start:utts[i].end].startswith("Bring"))
    tomas = next(c for c, n in names.items() if n == "Tomas Vell")
    utts[k].speaker, utts[k].rule = None, "tag"

    class Stub:
        second = None

        def score_many(self, rows):
            return [0.9 if r == tomas else 0.1 for r in rows]

    monkeypatch.setattr(R.FeatureBuilder, "features", lambda self, i, c: c)
    decisions = dict(R.score_quotes(R.FeatureBuilder(at, utts), Stub()))
    assert decisions[k][0][1] != tomas
