"""Relations, session 19 (romance: title characters as a couple). Sentences are our own, with invented
names; upstream layers are built by hand (``build`` from test_relations). The positive cases fail on the
relations code before this round (2721904)."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_mum_and_dad_on_stage_are_a_married_couple(nlp):
    text = ("Mum was peeling potatoes at the sink when Tobin came in from the rain. "
            "Dad looked up from the crossword and asked Tobin where his coat was. "
            "Mum laughed and handed Tobin a towel.")
    a, ids = build(text, nlp, {"Tobin": "he", "Mum": "she", "Dad": "he"})
    assert "married" in every_state(a, ids["Mum"], ids["Dad"])


def test_grandparent_titles_are_a_couple_too(nlp):
    text = ("Nana poured the tea while Grandad fixed the gate at the bottom of the garden. "
            "Pell, their granddaughter, carried the cups out to them both. Grandad thanked Pell.")
    a, ids = build(text, nlp, {"Pell": "she", "Nana": "she", "Grandad": "he"})
    assert "married" in every_state(a, ids["Nana"], ids["Grandad"])


def test_two_mothers_make_no_couple(nlp):
    # two mother titles and one father: which of them is his wife the titles do not say
    text = ("Mum was peeling potatoes at the sink. Mama watched from the door. "
            "Dad looked up from the crossword and asked Tobin where his coat was.")
    a, ids = build(text, nlp, {"Tobin": "he", "Mum": "she", "Mama": "she", "Dad": "he"})
    assert "married" not in every_state(a, ids["Mum"], ids["Dad"])
    assert "married" not in every_state(a, ids["Mama"], ids["Dad"])


def test_a_title_heard_only_in_speech_is_no_couple(nlp):
    text = ('"Mum says you left the gate open," Tobin said. Dad looked up from the crossword and '
            "shrugged at Tobin.")
    a, ids = build(text, nlp, {"Tobin": "he", "Mum": "she", "Dad": "he"})
    assert "married" not in every_state(a, ids["Mum"], ids["Dad"])
