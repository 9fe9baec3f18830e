"""Relations, session 24 (d): which pair a plural pronoun stands for ("we" in a narrator's wedding or quarrel,
"they" after an owner named in passing). Sentences are our own, with invented names; upstream layers are
built by hand (``build`` from test_relations). Each test fails on the code before its commit."""

from __future__ import annotations

from relations_helpers import events_by_name
from test_relations import build

_events = events_by_name


# ---- a narrator's "we" that marries: the partner the story told, not the paragraph's subject ----------------


def test_we_were_married_after_a_paragraph_about_her_father(nlp):
    text = ("Rosa carried the plates at the weekends. I was in love with Rosa for two years, and one night by "
            "the bins she kissed me.\n\nHer father Carlo saw it from the office window. He did not speak to me "
            "for a week. We were married in June, and he still called me the boy.")
    a, ids = build(text, nlp, {"Rosa": "she", "Carlo": "he", "Danny": "he"}, narrator="Danny")
    weddings = _events(a, ids, "wedding")
    assert ["Danny", "Rosa"] in weddings
    assert ["Carlo", "Danny"] not in weddings


def test_we_were_married_after_meeting_the_subject_stays(nlp):
    text = ("I met June at the dance hall in the spring. She laughed at my cousin's dancing and held out her "
            "hand. We were married a year later.")
    a, ids = build(text, nlp, {"June": "she", "Walter": "he"}, narrator="Walter")
    assert ["June", "Walter"] in _events(a, ids, "wedding")


def test_we_married_after_a_copula_that_names_the_subject(nlp):
    text = ("\"Dad, are you reading it or not?\"\n\nFreya is forty-five and runs a practice in the town. Her "
            "mother is Annika. We married in Uppsala in 1976, in the snow.")
    a, ids = build(text, nlp, {"Freya": "she", "Annika": "she", "Gideon": "he"}, narrator="Gideon")
    weddings = _events(a, ids, "wedding")
    assert ["Annika", "Gideon"] in weddings
    assert ["Freya", "Gideon"] not in weddings


# ---- "they" after an owner named only to say who someone is -----------------------------------------------


def test_they_after_maud_s_grandson_is_not_maud(nlp):
    text = ("Ilse came up from the harbour with the nets. Sam, Maud's grandson, was waiting at the gate. "
            "They argued about the boat until dark.")
    a, ids = build(text, nlp, {"Ilse": "she", "Sam": "he", "Maud": "she"})
    fights = _events(a, ids, "fight")
    assert ["Ilse", "Sam"] in fights
    assert ["Maud", "Sam"] not in fights


# ---- a narrator's "we" right after an exchange of lines: the one the narrator spoke with --------------------


def test_we_did_not_speak_after_an_exchange_is_the_other_speaker(nlp):
    text = ("Milo and I had been going out since May.\n\nHana stopped waiting for me after training.\n\n"
            "\"You used to be my friend,\" Hana said.\n\n\"I still am your friend,\" I said.\n\n"
            "\"Go and sit with him, then.\"\n\nWe didn't speak for eleven days. Then the coach put us in one lane.")
    quotes = [("You used to be my friend,", "Hana", "Lottie"), ("I still am your friend,", "Lottie", "Hana"),
              ("Go and sit with him, then.", "Hana", "Lottie")]
    a, ids = build(text, nlp, {"Milo": "he", "Hana": "she", "Lottie": "she"}, narrator="Lottie", quotes=quotes)
    fights = _events(a, ids, "fight")
    assert ["Hana", "Lottie"] in fights
    assert ["Lottie", "Milo"] not in fights


def test_a_word_in_quote_marks_is_no_exchange(nlp):
    text = ("Milo and I had been going out since May.\n\nHana called her father \"Papa\" at the counter.\n\n"
            "We didn't speak for eleven days.")
    quotes = [("Papa", "Hana", None)]
    a, ids = build(text, nlp, {"Milo": "he", "Hana": "she", "Lottie": "she"}, narrator="Lottie", quotes=quotes)
    assert ["Hana", "Lottie"] not in _events(a, ids, "fight")


# ---- a narrated "they" right after lines spoken by two people ---------------------------------------------


def test_they_did_not_speak_after_two_speakers_is_those_two(nlp):
    text = ("\"You took the last of the wages,\" Una said.\n\n\"I never did,\" said Bram, and he looked at Ida "
            "for help.\n\nThey did not speak for a week.")
    quotes = [("You took the last of the wages,", "Una", "Bram"), ("I never did,", "Bram", "Una")]
    a, ids = build(text, nlp, {"Una": "she", "Bram": "he", "Ida": "she"}, quotes=quotes)
    fights = _events(a, ids, "fight")
    assert ["Bram", "Una"] in fights
    assert ["Bram", "Ida"] not in fights
