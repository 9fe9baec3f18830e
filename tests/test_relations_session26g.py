"""Relations, session 26 (g): ties between absent people told in speech. Sentences are our own, with invented
names; the upstream layers are built by hand (``prepare``/``run_mine`` from test_relations) where the quotes'
speakers and listeners matter. Each positive case fails on the session-start code (ebf7ec4); each guard passes
there too and fails only if the rule loses its limit."""

from __future__ import annotations

from fabula import analyze
from fabula.model import Quote
from fabula.pipeline import Context
from relations_helpers import every_state
from test_relations import prepare, run_mine

CAST = {"Lisbet": "she", "Tammo": "he", "Elske": "she", "Rolf": "he", "Ivar": "he"}


def _said(text, nlp, lines):
    story, doc, a, ids = prepare(text, nlp, CAST, None)
    t = story.text
    for i, (line, spk, listeners) in enumerate(lines):
        s = t.index(line)
        a.quotes.append(Quote(id=f"q{i}", spans=[(s, s + len(line))], text=line, speaker=ids[spk],
                              addressees=[ids[x] for x in listeners]))
    return run_mine(Context(story=story, doc=doc), a), ids


# ---- a name said once as someone's partner is a person (cast) --------------------------------------------


def _cast_names(text, nlp):
    return {c.name for c in analyze(text=text, nlp=nlp, only=["cast"]).characters}


def test_a_name_said_once_as_a_partner_is_a_character(nlp):
    text = ('Lisbet Voss sat with Tammo Hale under the dryers.\n\n"Rolf Brandt came round on Sunday," Lisbet said.\n\n'
            '"Rolf? Last I heard he had gone and moved in with that Marit from the bakery," Tammo said.\n\n'
            'Lisbet shrugged and turned the page of her magazine.')
    assert "Marit" in _cast_names(text, nlp)


def test_married_a_nationality_is_no_character(nlp):
    """Guard: "married a Swiss" names a kind of person, not a person."""
    text = ('Lisbet Voss sat with Tammo Hale in the garden.\n\n"Her aunt married a Swiss and lived in Geneva," '
            'Lisbet said.\n\nTammo poured the tea.')
    assert "Swiss" not in _cast_names(text, nlp)


# ---- a listener the line only talks about -----------------------------------------------------------------


def test_he_may_be_the_listener_the_line_only_names(nlp):
    """The dialogue layer lists a name said in a line among its listeners; a line that names him and never
    says "you" is about him."""
    text = 'Lisbet looked up from the basin. "Rolf Brandt? Last I heard he was engaged to Elske," Lisbet said.'
    a, ids = _said(text, nlp, [("Rolf Brandt? Last I heard he was engaged to Elske,", "Lisbet", ["Rolf"])])
    assert "engaged" in every_state(a, ids["Rolf"], ids["Elske"])


def test_a_listener_spoken_to_is_not_he(nlp):
    """Guard: a line that says "you" speaks to its listener, so "he" is someone else."""
    text = 'Ivar stood at the gate. "Rolf, did you hear? He got engaged to Elske," Lisbet said.'
    a, ids = _said(text, nlp, [("Rolf, did you hear? He got engaged to Elske,", "Lisbet", ["Rolf"])])
    assert "engaged" not in every_state(a, ids["Rolf"], ids["Elske"])
