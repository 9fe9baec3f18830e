"""Relations, session 24 (d): which pair a plural pronoun stands for ("we" in a narrator's wedding or quarrel,
"they" after an owner named in passing). Sentences are our own, with invented names; upstream layers are
built by hand (``build`` from test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name


# ---- a narrator's "we" that marries: the partner the story told, not the paragraph's subject ----------------


def test_we_were_married_after_a_paragraph_about_her_father(nlp):
    text = ("Tilde kept the books at the bakery. I courted Tilde all through one winter, and at the spring fair "
            "she kissed me.\n\nHer father Anselmo saw it from his stall. He did not say a word to me for a "
            "month. We were married in May, and he still called me the apprentice.")
    a, ids = build(text, nlp, {"Tilde": "she", "Anselmo": "he", "Piet": "he"}, narrator="Piet")
    weddings = _events(a, ids, "wedding")
    assert ["Piet", "Tilde"] in weddings
    assert ["Anselmo", "Piet"] not in weddings


def test_we_were_married_after_meeting_the_subject_stays(nlp):
    text = ("I met Orla at the harvest supper. She teased me about my boots and asked me to walk her home. "
            "We were married a year later.")
    a, ids = build(text, nlp, {"Orla": "she", "Emrys": "he"}, narrator="Emrys")
    assert ["Emrys", "Orla"] in _events(a, ids, "wedding")


def test_we_married_after_a_copula_that_names_the_subject(nlp):
    text = ("\"Are you listening, Dad?\"\n\nSigne is fifty and teaches at the college in town. Her "
            "mother is Marit. We married in Bergen in 1979, in the rain.")
    a, ids = build(text, nlp, {"Signe": "she", "Marit": "she", "Halvard": "he"}, narrator="Halvard")
    weddings = _events(a, ids, "wedding")
    assert ["Halvard", "Marit"] in weddings
    assert ["Halvard", "Signe"] not in weddings


# ---- "they" after an owner named only to say who someone is -----------------------------------------------


def test_they_after_wenna_s_grandson_is_not_wenna(nlp):
    text = ("Ilse came up from the harbour with the nets. Tobin, Wenna's grandson, was waiting at the gate. "
            "They argued about the boat until dark.")
    a, ids = build(text, nlp, {"Ilse": "she", "Tobin": "he", "Wenna": "she"})
    fights = _events(a, ids, "fight")
    assert ["Ilse", "Tobin"] in fights
    assert ["Tobin", "Wenna"] not in fights


# ---- a narrator's "we" right after an exchange of lines: the one the narrator spoke with --------------------


def test_we_did_not_speak_after_an_exchange_is_the_other_speaker(nlp):
    text = ("Bastian and I had been going out since March.\n\nNoemi stopped waiting for me after rehearsal.\n\n"
            "\"You were meant to be on my side,\" Noemi said.\n\n\"I am on your side,\" I said.\n\n"
            "\"Go and sit with him, then.\"\n\nWe didn't speak for nine days. Then the director gave us one scene.")
    quotes = [("You were meant to be on my side,", "Noemi", "Cass"), ("I am on your side,", "Cass", "Noemi"),
              ("Go and sit with him, then.", "Noemi", "Cass")]
    a, ids = build(text, nlp, {"Bastian": "he", "Noemi": "she", "Cass": "she"}, narrator="Cass", quotes=quotes)
    fights = _events(a, ids, "fight")
    assert ["Cass", "Noemi"] in fights
    assert ["Bastian", "Cass"] not in fights


def test_a_word_in_quote_marks_is_no_exchange(nlp):
    text = ("Bastian and I had been going out since May.\n\nNoemi called her father \"Papa\" at the counter.\n\n"
            "We didn't speak for nine days.")
    quotes = [("Papa", "Noemi", None)]
    a, ids = build(text, nlp, {"Bastian": "he", "Noemi": "she", "Cass": "she"}, narrator="Cass", quotes=quotes)
    assert ["Cass", "Noemi"] not in _events(a, ids, "fight")


# ---- a narrated "they" right after lines spoken by two people ---------------------------------------------


def test_they_did_not_speak_after_two_speakers_is_those_two(nlp):
    text = ("\"You took the last of the wages,\" Una said.\n\n\"I never did,\" said Bram, and he looked at Ida "
            "for help.\n\nThey did not speak for a week.")
    quotes = [("You took the last of the wages,", "Una", "Bram"), ("I never did,", "Bram", "Una")]
    a, ids = build(text, nlp, {"Una": "she", "Bram": "he", "Ida": "she"}, quotes=quotes)
    fights = _events(a, ids, "fight")
    assert ["Bram", "Una"] in fights
    assert ["Bram", "Ida"] not in fights
