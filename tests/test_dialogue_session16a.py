"""Session 16, PDNC Explicit quotes (one utterance, several pieces): the ranker never gives a quote to the
one its own tag speaks to; the narration between two pieces of a paragraph starts a new lead-in sentence
after a quote's full stop, never at a title's full stop inside the first piece's tag; a speech verb that
ends that narration in a clause of its own ("; but Tomas said,", 'Tomas answered "No."') tags the second
piece, so one speaker's pieces are joined and two speakers' are not."""

from __future__ import annotations

from dialogue_helpers import rule_speakers

_SCENE = (
    "Mr. Rusk waited at the gate of the mill with his lantern while the river rose under the "
    "bridge.\n\n"
    '"You will come with me tonight," said Mr. Rusk. "The miller expects us both."\n\n'
)


def test_a_title_inside_the_tag_starts_no_lead_in(nlp):
    text = _SCENE + (
        '"Not tonight, my friend," answered Mr. Tolley, with a cough: "I am tired. And besides," '
        'said Mr. Tolley, pulling at his collar while Mr. Rusk spoke to the horse, "Mr. Rusk knows the miller better than I do, '
        'and the miller has never liked me."\n\n'
        "Mr. Rusk lifted the lantern and looked at the water.\n\n"
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if "never liked me" in k)
    assert said == "Mr. Tolley"


def _rules(text, nlp):
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return at, names, utts


def test_narration_after_a_full_stop_leads_into_the_next_quote(nlp):
    """'"...it." Then, lowering her voice, she said to Tomas, "..."': after a quote that ends with
    a full stop the narration is a sentence of its own, and its speech verb tags the next quote."""
    text = (
        "Ada Brook and Tomas Vell sat in the kitchen of the inn while Mara Quill scrubbed the table.\n\n"
        '"The coach is late again," said Mara.\n\n'
        '"It always is in the rain. I will walk to the crossroads and look for it." Then, lowering her '
        'voice a little, she said to Tomas, "Bring the lantern, and do not tell Mara."\n\n'
    )
    at, names, utts = _rules(text, nlp)
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Bring the lantern"))
    assert u.rule == "tag" and at.text[u.cue[0]:u.cue[1]] == "said"


def test_a_lead_in_after_other_narration_tags_the_second_quote(nlp):
    """'... the posts. Tomas, to tease her, answered "No."': a speech verb with its own subject that
    ends the narration between two quotes leads into the second one, even without a comma."""
    text = (
        "Ada Brook and Tomas Vell stood on the quay while the ferry came in.\n\n"
        '"Is that the last boat?" asked Ada. The gulls were loud over the water, and the ropes creaked '
        'on the posts. Tomas, to tease her, answered "No."\n\n'
        '"Then when is the next one?" said Ada.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got.get("No.") == "Tomas Vell"


def test_a_lead_in_after_but_is_the_second_speaker(nlp):
    text = (
        "Ada Brook and Tomas Vell stood on the quay while the ferry came in.\n\n"
        '"Is that the last boat?" asked Ada, and she looked at the sky for a while; but Tomas said, '
        '"It is, and we have missed it."\n\n'
        '"Then we walk," said Ada.\n\n'
    )
    got = rule_speakers(text, nlp)
    assert got.get("It is, and we have missed it.") == "Tomas Vell"


def test_an_inverted_tag_between_two_pieces_is_no_lead_in(nlp):
    """'"...," he said, "..."' is one speech: a tag that opens the narration between two pieces is
    the first piece's, even after a dash that would otherwise start a lead-in clause (needs the
    rule's check that the clause does not open the narration)."""
    for line in ('"Then," she said, "we walk home along the cliffs."',
                 '"Then" \u2014 she said \u2014 "we walk home along the cliffs."'):
        text = (
            "Ada Brook and Tomas Vell stood on the quay while the ferry came in.\n\n"
            '"We have missed it," said Tomas.\n\n'
            f"{line}\n\n"
        )
        got = rule_speakers(text, nlp)
        key = next(k for k in got if "walk home" in k)
        assert key.startswith("Then") and got[key] == "Ada Brook", (line, got)


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


def test_the_name_a_cleft_singles_out_speaks(nlp):
    """'it was Mara Quill, who, ..., cried out on seeing her, "..."': the parser makes the cleft's
    "it" the subject of the speech verb; the name it singles out is the speaker."""
    text = (
        "Ada Brook waited in the orchard for her cousins, and Tomas Vell came down the path.\n\n"
        "She expected Tomas, but it was Mara Quill, who, hot and out of breath, and with a look of "
        'annoyance, cried out on seeing her, "Where are the others? I thought they were with you."\n\n'
        '"They went to the river," said Ada.\n\n'
    )
    got = rule_speakers(text, nlp)
    said = next(v for k, v in got.items() if k.startswith("Where are the others"))
    assert said == "Mara Quill"
