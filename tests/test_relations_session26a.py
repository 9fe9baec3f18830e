"""Relations, session 26 (a): ties said aloud. Sentences are our own, with invented names; the upstream
layers are built by hand (``prepare``/``run_mine`` from test_relations) so the quotes' speakers and
listeners are the ones given. Each positive case fails on the session-start code (864000b); a guard passes
there too and fails only if the rule loses its limit."""

from __future__ import annotations

from fabula import analyze
from fabula.model import Quote
from fabula.pipeline import Context
from relations_helpers import every_state
from test_relations import prepare, run_mine


def _said(text, nlp, cast, lines, narrator=None):
    """Relations over a hand-made cast and quotes given as (pieces, speaker, listeners): each piece a
    stretch of the text inside one pair of quote marks, so a line broken by its speech tag is one quote."""
    story, doc, a, ids = prepare(text, nlp, cast, narrator)
    t = story.text
    for i, (pieces, spk, listeners) in enumerate(lines):
        spans, at = [], 0
        for p in pieces:
            s = t.index(p, at)
            spans.append((s, s + len(p)))
            at = s + len(p)
        a.quotes.append(Quote(id=f"q{i}", spans=spans, text=" ".join(pieces), speaker=ids[spk],
                              addressees=[ids[x] for x in listeners]))
    return run_mine(Context(story=story, doc=doc), a), ids


CAST = {"Lisbet": "she", "Tammo": "he", "Elske": "she", "Rolf": "he", "Ivar": "he"}


# ---- spoken apposition: a name and a possessed noun, each a sentence of its own ---------------------------


def test_a_name_then_a_kin_fragment_is_that_kin(nlp):
    text = 'Tammo looked at the gate. "Who is that?" he asked.\n\n"Elske. My sister."'
    a, ids = _said(text, nlp, CAST, [(["Who is that?"], "Tammo", ["Lisbet"]),
                                     (["Elske. My sister."], "Lisbet", ["Tammo"])])
    assert "sibling" in every_state(a, ids["Lisbet"], ids["Elske"])


def test_a_kin_sentence_then_a_name_fragment_is_that_kin(nlp):
    text = 'Lisbet set out four cups. "My brother is coming later," Tammo said. "Rolf. He has the van."'
    a, ids = _said(text, nlp, CAST, [(["My brother is coming later,", "Rolf. He has the van."], "Tammo", ["Lisbet"])])
    assert "sibling" in every_state(a, ids["Tammo"], ids["Rolf"])


def test_a_spouse_named_apart_is_no_listener_veto(nlp):
    """The dialogue layer lists a name said in the line among its listeners; named apart from "my wife",
    it is the one meant, not the one spoken to."""
    text = 'Ivar held up the photograph. "Elske," he said. "My wife. She took this in May."'
    a, ids = _said(text, nlp, CAST, [(["Elske,", "My wife. She took this in May."], "Ivar", ["Elske", "Lisbet"])])
    assert "married" in every_state(a, ids["Ivar"], ids["Elske"])


def test_a_fragment_after_two_names_is_no_tie(nlp):
    """Guard: the sentence before names two people, so which one is the cousin is unsaid."""
    text = 'Lisbet looked up. "Elske and Rolf came early. My cousin." Tammo nodded.'
    a, ids = _said(text, nlp, CAST, [(["Elske and Rolf came early. My cousin."], "Lisbet", ["Tammo"])])
    assert "cousin" not in every_state(a, ids["Lisbet"], ids["Elske"]) | every_state(a, ids["Lisbet"], ids["Rolf"])


def test_a_name_said_once_beside_a_kin_fragment_is_a_character(nlp):
    """The cast keeps a name the story uses only once, in speech, when a possessed kin noun stands beside it
    as a sentence of its own."""
    text = ('Lisbet Voss sat with Tammo Hale in the garden.\n\n"Who is the girl?" Tammo asked.\n\n'
            '"Elske. My sister," Lisbet said.\n\nGideon nodded and poured the tea.')
    a = analyze(text=text, nlp=nlp, only=["cast"])
    assert any(c.name == "Elske" for c in a.characters)


# ---- a line's main clause under its speech tag --------------------------------------------------------


def test_together_said_under_a_tag_is_a_couple(nlp):
    text = 'Lisbet poured the tea. "Rolf and I are together these days," Lisbet told Tammo.'
    a, ids = _said(text, nlp, CAST, [(["Rolf and I are together these days,"], "Lisbet", ["Tammo"])])
    assert "dating" in every_state(a, ids["Lisbet"], ids["Rolf"])


def test_a_spoken_they_together_under_a_tag_is_no_couple(nlp):
    """Guard: a bare "they" under a tag rests on a guess; only named people are read there."""
    text = 'Elske and Rolf walked past the window. "They were together for ages," Lisbet told Tammo.'
    a, ids = _said(text, nlp, CAST, [(["They were together for ages,"], "Lisbet", ["Tammo"])])
    assert "dating" not in every_state(a, ids["Elske"], ids["Rolf"])


# ---- a spoken "we": the one the line names inside a sentence ------------------------------------------


def test_we_is_the_one_the_line_names_not_the_listener(nlp):
    text = ('Tammo found Lisbet by the kilns. "Lisbet. I came with Rolf. We\'ve been a couple since Easter," '
            'Tammo said. Lisbet nodded.')
    line = "Lisbet. I came with Rolf. We've been a couple since Easter,"
    a, ids = _said(text, nlp, CAST, [([line], "Tammo", ["Lisbet", "Rolf"])])
    assert "dating" in every_state(a, ids["Tammo"], ids["Rolf"])
    assert "dating" not in every_state(a, ids["Tammo"], ids["Lisbet"])


# ---- "... married me" in speech ----------------------------------------------------------------------


def test_someone_married_me_is_a_marriage_told(nlp):
    text = 'Ivar kept bees behind the mill. "Ivar hated the city," Lisbet said. "Then he married me in a thunderstorm."'
    a, ids = _said(text, nlp, CAST, [(["Ivar hated the city,", "Then he married me in a thunderstorm."], "Lisbet",
                                      ["Tammo"])])
    assert "married" in every_state(a, ids["Lisbet"], ids["Ivar"])


# ---- "That's my X" of the one just named --------------------------------------------------------------


def test_thats_my_spouse_is_the_one_just_named(nlp):
    text = ('Tammo squinted down the jetty. Ivar was mending a net in the stern of the blue boat.\n\n'
            '"That\'s my husband, mending again," Lisbet said.')
    a, ids = _said(text, nlp, CAST, [(["That's my husband, mending again,"], "Lisbet", ["Tammo"])])
    assert "married" in every_state(a, ids["Lisbet"], ids["Ivar"])


def test_this_is_my_sister_and_praise_are_no_pointing(nlp):
    """Guard: "This is my aunt" introduces someone (a name may follow), and "That's my girl!" is praise."""
    text = ('Elske came in with the post. "This is my aunt," Lisbet said to Tammo.\n\n'
            'Rolf scored again. "That\'s my boy!" Ivar shouted.')
    a, ids = _said(text, nlp, CAST, [(["This is my aunt,"], "Lisbet", ["Tammo"]),
                                     (["That's my boy!"], "Ivar", ["Tammo"])])
    assert "aunt_or_uncle" not in every_state(a, ids["Lisbet"], ids["Elske"])
    assert "parent" not in every_state(a, ids["Ivar"], ids["Rolf"])
