"""Session 23 (d): speech tags of long lead-ins on PDNC-style novels, each with a scene written for the
test (invented names)."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def test_a_name_set_off_before_the_speech_verb_speaks_not_the_earlier_clause(nlp):
    # the parser joins "exclaimed" to "was" by "and"/a comma, whose subject is "He": the name set off
    # by commas right before the verb (with a relative clause inside the aside) is who speaks
    text = ("Mr. Oswin Tarrant had arrived early at the house in Belgrave Square. Mrs. Pemberton "
            "was already in the drawing-room.\n\n"
            "He was rather sorry he had come, till Mrs. Pemberton, glancing at the clock that stood "
            "on the mantelshelf, exclaimed:\n\n"
            '"How late everyone is tonight!"\n\n')
    got = rule_speakers(text, nlp)
    assert got["How late everyone is tonight!"] == "Mrs. Pemberton", got


def test_the_subject_nearest_the_speech_verb_speaks(nlp):
    # "Ada, having told ..., Tom made no comment, but said:": two subjects on "made"; the nearer one
    text = ("Ada Merriman and Tom Haverley walked back along the river in the dusk.\n\n"
            "Ada, having given a short account of the meeting with her aunt, Tom made no comment, "
            "but said:\n\n"
            '"Anyhow, there is nothing to stop us now."\n\n')
    got = rule_speakers(text, nlp)
    assert got["Anyhow, there is nothing to stop us now."] == "Tom Haverley", got


def test_a_participle_lead_in_after_a_subordinate_clause_is_its_subjects(nlp):
    # "crying--" hangs on the main verb, whose subject is a thing ("The splint"): the person of the
    # clause before the participle speaks, not a walk-on called "the splint"
    text = ("Philip Ashdown had hurt his arm in the carriage. "
            "The splint was not fitted before Marco leapt up the stairs, crying--\n\n"
            '"So you are back! How glad I am! We are all waiting--"\n\n')
    got = rule_speakers(text, nlp)
    assert got["So you are back! How glad I am! We are all waiting--"] == "Marco", got


def _doc(nlp, rows):
    """A parsed Doc built by hand (word, tag, pos, dep, head index): the small parser's slips are
    not reproducible on short test sentences, so the shape it gave on a novel is written out."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows])


def test_a_name_nearer_the_speech_verb_than_the_joined_verbs_subject_speaks(nlp):
    from fabula.dialogue.attribute import _nearer_clause_subject

    # "Ada had told the story; and Tom, beaming across the table, was presently saying:" with the
    # parser's shape: "saying" joined to "told" (subject Ada), "Tom" the subject of "beaming"
    rows = [("Ada", "NNP", "PROPN", "nsubj", 2), ("had", "VBD", "AUX", "aux", 2), ("told", "VBN", "VERB", "ROOT", 2),
            ("the", "DT", "DET", "det", 4), ("story", "NN", "NOUN", "dobj", 2), (";", ":", "PUNCT", "punct", 2),
            ("and", "CC", "CCONJ", "cc", 2), ("Tom", "NNP", "PROPN", "nsubj", 9), (",", ",", "PUNCT", "punct", 9),
            ("beaming", "VBG", "VERB", "advcl", 15), ("across", "IN", "ADP", "prep", 9),
            ("the", "DT", "DET", "det", 12), ("table", "NN", "NOUN", "pobj", 10), (",", ",", "PUNCT", "punct", 9),
            ("was", "VBD", "AUX", "aux", 15), ("saying", "VBG", "VERB", "conj", 2), (":", ":", "PUNCT", "punct", 15)]
    doc = _doc(nlp, rows)
    got = _nearer_clause_subject(list(doc[:15]), doc[0])
    assert [t.text for t in got] == ["Tom"]
    # a name in a clause someone sees ("He saw Tom crouched there, and said:") is not the speaker
    rows = [("He", "PRP", "PRON", "nsubj", 1), ("saw", "VBD", "VERB", "ROOT", 1), ("Tom", "NNP", "PROPN", "nsubj", 3),
            ("crouched", "VBN", "VERB", "ccomp", 1), ("there", "RB", "ADV", "advmod", 3),
            (",", ",", "PUNCT", "punct", 1), ("and", "CC", "CCONJ", "cc", 1), ("said", "VBD", "VERB", "conj", 1),
            (":", ":", "PUNCT", "punct", 7)]
    doc = _doc(nlp, rows)
    assert _nearer_clause_subject(list(doc[:7]), doc[0]) == []
    # nor one in a "when" clause ("He sat on when Tom came in, and said:")
    rows = [("He", "PRP", "PRON", "nsubj", 1), ("sat", "VBD", "VERB", "ROOT", 1), ("on", "RP", "ADP", "prt", 1),
            ("when", "WRB", "SCONJ", "advmod", 5), ("Tom", "NNP", "PROPN", "nsubj", 5),
            ("came", "VBD", "VERB", "advcl", 1), ("in", "RP", "ADP", "prt", 5), (",", ",", "PUNCT", "punct", 1),
            ("and", "CC", "CCONJ", "cc", 1), ("said", "VBD", "VERB", "conj", 1), (":", ":", "PUNCT", "punct", 9)]
    doc = _doc(nlp, rows)
    assert _nearer_clause_subject(list(doc[:9]), doc[0]) == []
