"""Relations, session 25 (romantic, social and sibling states in modern first-person romance). Sentences are
our own, with invented names; upstream layers are built by hand (``build`` from test_relations). Each positive
case fails on the session-start relations code (6ba459e); a guard passes there too and fails only if the rule
loses its limit."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build

# ---- a crush confessed as held "since" survives the couple the same scene shows ---------------------------


def _crushes(a):
    return {(s.holder, r.source, r.target) for r in a.relationships for s in r.states
            if s.state in ("crush", "unrequited")}


def test_a_crush_confessed_as_held_since_is_kept_beside_the_couple(nlp):
    """The crush is told to the one it is on, as held since a time: it came before the couple they became."""
    text = ('Radek dropped the raffle ticket on the table. "I\'ve fancied you since the quiz night," I said. '
            "He kissed me then. We've been together for three months now.")
    quotes = [("I've fancied you since the quiz night,", "Linnea", "Radek")]
    a, ids = build(text, nlp, {"Linnea": "she", "Radek": "he"}, narrator="Linnea", quotes=quotes)
    assert any(h == ids["Linnea"] for h, _, _ in _crushes(a))


def test_being_in_love_told_in_narration_beside_the_couple_is_still_the_romance(nlp):
    """Guard: in the narration, being in love told beside a lasting couple is that romance (no crush)."""
    text = "I had always been in love with Radek, and we were a couple for two years, the envy of the choir."
    a, ids = build(text, nlp, {"Linnea": "she", "Radek": "he"}, narrator="Linnea")
    assert not _crushes(a)


# ---- a plea to try again, and "I miss you", said to a former partner --------------------------------------


def _wants_back(a):
    return {(s.holder, frozenset((r.source, r.target))) for r in a.relationships for s in r.states
            if s.state == "wants_back"}


def test_a_plea_to_try_again_to_an_ex_is_wanting_back(nlp):
    text = ('Thibault and I broke up in March. In May he turned up at the bakery. "I\'d like to try again," he said. '
            '"Could we try again?" he asked later.')
    quotes = [("I'd like to try again,", "Thibault", "Linnea"), ("Could we try again?", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, narrator="Linnea", quotes=quotes)
    assert (ids["Thibault"], frozenset((ids["Thibault"], ids["Linnea"]))) in _wants_back(a)


def test_a_plea_asked_as_a_question_is_wanting_back(nlp):
    text = 'Thibault and I broke up in March. In May he turned up at the bakery. "Could we try again?" he asked.'
    quotes = [("Could we try again?", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, narrator="Linnea", quotes=quotes)
    assert (ids["Thibault"], frozenset((ids["Thibault"], ids["Linnea"]))) in _wants_back(a)


def test_trying_again_said_to_a_friend_is_no_wish(nlp):
    """Guard: the plea wants back only someone the story shows as a partner."""
    text = 'Thibault dropped a crate of lemons. "Could we try again?" he asked Linnea.'
    quotes = [("Could we try again?", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, quotes=quotes)
    assert not _wants_back(a)


def test_i_miss_you_to_an_ex_is_wanting_back(nlp):
    text = 'Thibault and I broke up in March. In May he phoned me. "I miss you," he said.'
    quotes = [("I miss you,", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, narrator="Linnea", quotes=quotes)
    assert (ids["Thibault"], frozenset((ids["Thibault"], ids["Linnea"]))) in _wants_back(a)


def test_i_miss_you_to_a_partner_away_is_no_wish(nlp):
    """Guard: said to a partner who is only away, "I miss you" wants nobody back."""
    text = 'Thibault and I have been dating since March. In May he phoned me from Oslo. "I miss you," he said.'
    quotes = [("I miss you,", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, narrator="Linnea", quotes=quotes)
    assert not _wants_back(a)


# ---- a relation noun beside a name the tagger took for a common noun ----------------------------------


def test_a_flatmate_apposed_to_a_mistagged_name(nlp):
    """The small tagger makes "Nerys" a common noun; the cast knows her, so "my flatmate" is her."""
    text = "Jarvis rang at ten. Nerys, my flatmate, had left the kettle on."
    a, ids = build(text, nlp, {"Nerys": "she", "Jarvis": "he", "Emrys": "he"}, narrator="Emrys")
    assert "roommates" in every_state(a, ids["Emrys"], ids["Nerys"])
    assert "roommates" not in every_state(a, ids["Emrys"], ids["Jarvis"])


def test_a_flatmate_before_a_mistagged_name(nlp):
    text = "My flatmate Dervla laughed at the burnt toast."
    a, ids = build(text, nlp, {"Dervla": "she", "Emrys": "he"}, narrator="Emrys")
    assert "roommates" in every_state(a, ids["Emrys"], ids["Dervla"])


# ---- "my brother said": the speech tag's ranker chose the narrator's sibling ------------------------------


def _tagged(text, nlp, cast, narrator, quote, speaker, tag, note):
    from fabula.model import Evidence, Quote
    from fabula.pipeline import Context
    from test_relations import prepare, run_mine

    story, doc, a, ids = prepare(text, nlp, cast, narrator)
    t = story.text
    s = t.index(quote)
    c = t.index(tag)
    a.quotes.append(Quote(id="q0", spans=[(s, s + len(quote))], text=quote, speaker=ids[speaker],
                          addressees=[ids[narrator]], cue=(c, c + len(tag)), evidence=[Evidence(note=note)]))
    return run_mine(Context(story=story, doc=doc), a), ids


def test_my_brother_as_a_speech_tag_the_ranker_settled(nlp):
    text = 'Corwin let himself in at eight. "Don\'t panic," my brother said, and filled the kettle.'
    a, ids = _tagged(text, nlp, {"Corwin": "he", "Petronella": "she"}, "Petronella", "Don't panic,", "Corwin",
                     "my brother said", "speech tag; speaker ranker")
    assert "sibling" in every_state(a, ids["Petronella"], ids["Corwin"])


def test_his_brother_as_a_speech_tag_the_ranker_settled_is_still_no_evidence(nlp):
    """Guard: a third person's "his brother said" with the speaker only the ranker's guess asserts nothing."""
    text = 'Corwin and Mungo let themselves in at eight. "Don\'t panic," his brother said, and filled the kettle.'
    a, ids = _tagged(text, nlp, {"Corwin": "he", "Mungo": "he", "Petronella": "she"}, "Petronella", "Don't panic,", "Corwin",
                     "his brother said", "speech tag; speaker ranker")
    assert "sibling" not in every_state(a, ids["Mungo"], ids["Corwin"])


# ---- "stopped seeing X": a romance that ended --------------------------------------------------------------


def test_stopped_seeing_someone_is_a_breakup(nlp):
    text = "Fennimore stopped seeing Odalys in October, after the regatta. Odalys moved to Leeds."
    a, ids = build(text, nlp, {"Fennimore": "he", "Odalys": "she"})
    seq = every_state(a, ids["Fennimore"], ids["Odalys"])
    assert "ex" in seq and "dating" in seq
    assert any(e.type == "breakup" for e in a.events)


def test_never_stopped_seeing_someone_is_no_breakup(nlp):
    """Guard: negated, nothing ended."""
    text = "Fennimore never stopped seeing Odalys, not even after the regatta."
    a, ids = build(text, nlp, {"Fennimore": "he", "Odalys": "she"})
    assert "ex" not in every_state(a, ids["Fennimore"], ids["Odalys"])


def test_i_still_love_you_to_an_ex_is_wanting_back(nlp):
    text = 'Thibault and I broke up in March. In May he waited for me at the gate. "I still love you," he said.'
    quotes = [("I still love you,", "Thibault", "Linnea")]
    a, ids = build(text, nlp, {"Linnea": "she", "Thibault": "he"}, narrator="Linnea", quotes=quotes)
    assert (ids["Thibault"], frozenset((ids["Thibault"], ids["Linnea"]))) in _wants_back(a)


# ---- "was getting married to Y in June": a wedding ahead is an engagement ---------------------------------


def test_getting_married_with_a_date_on_the_partner_is_engaged(nlp):
    text = "My cousin Fennimore was getting married to Odalys in May, and the whole family was invited."
    a, ids = build(text, nlp, {"Fennimore": "he", "Odalys": "she", "Petronella": "she"}, narrator="Petronella")
    seq = every_state(a, ids["Fennimore"], ids["Odalys"])
    assert "engaged" in seq and "married" not in seq


def test_asking_when_they_are_getting_married_is_no_wedding(nlp):
    text = ("Fennimore and Odalys came to lunch, holding hands. Gran kept asking everyone when Fennimore and Odalys "
            "were getting married.")
    a, ids = build(text, nlp, {"Fennimore": "he", "Odalys": "she", "Gran": "she", "Petronella": "she"}, narrator="Petronella")
    assert "married" not in every_state(a, ids["Fennimore"], ids["Odalys"])


def test_getting_married_within_the_hour_is_the_wedding_day(nlp):
    """Guard: "at two o'clock" is the day itself, not a plan."""
    text = 'Odalys pinned her veil straight. "Fennimore and I are getting married at two o\'clock," she said.'
    quotes = [("Fennimore and I are getting married at two o'clock,", "Odalys", None)]
    a, ids = build(text, nlp, {"Fennimore": "he", "Odalys": "she"}, quotes=quotes)
    assert "married" in every_state(a, ids["Fennimore"], ids["Odalys"])


# ---- a bare "Sister" is a title, not a sibling's hail -----------------------------------------------------


def test_a_bare_sister_hail_is_a_title(nlp):
    text = 'Nurse Ohana checked the chart twice. "Yes, Sister," Ohana said to Brannagh, and went to fetch the trolley.'
    quotes = [("Yes, Sister,", "Ohana", "Brannagh")]
    a, ids = build(text, nlp, {"Ohana": "she", "Brannagh": "she"}, quotes=quotes)
    assert "sibling" not in every_state(a, ids["Ohana"], ids["Brannagh"])


def test_a_sized_sister_hail_is_still_a_sibling(nlp):
    """Guard: "little sister" is a sibling's hail."""
    text = 'Brannagh came in from the rain. "Morning, little sister," Ohana said to her.'
    quotes = [("Morning, little sister,", "Ohana", "Brannagh")]
    a, ids = build(text, nlp, {"Ohana": "she", "Brannagh": "she"}, quotes=quotes)
    assert "sibling" in every_state(a, ids["Ohana"], ids["Brannagh"])


# ---- "When we are married ...": a future the speaker pictures, also when "when" hangs as an adverb -------


def test_when_we_are_married_without_a_comma_is_no_marriage(nlp):
    text = 'Peregrine took her hand. "When we are married you shall have a garden," he said.'
    quotes = [("When we are married you shall have a garden,", "Peregrine", "Sidonie")]
    a, ids = build(text, nlp, {"Peregrine": "he", "Sidonie": "she"}, quotes=quotes)
    assert "married" not in every_state(a, ids["Peregrine"], ids["Sidonie"])


def test_when_a_couple_were_married_in_the_past_is_still_told(nlp):
    """Guard: a past-tense "when" clause tells what happened."""
    text = "When Peregrine and Sidonie were married, the whole village came to the chapel."
    a, ids = build(text, nlp, {"Peregrine": "he", "Sidonie": "she"})
    assert "married" in every_state(a, ids["Peregrine"], ids["Sidonie"])
