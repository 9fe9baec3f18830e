"""Session 9 cast: a name the small tagger calls a common noun at the start of a sentence."""

from __future__ import annotations

from fabula import analyze


def _names(text: str, nlp) -> dict[str, list[int]]:
    a = analyze(text=text, nlp=nlp, only=["cast"])
    return {c.name: [m.span[0] for m in c.mentions if m.kind == "name"] for c in a.characters}


def test_an_unfamiliar_name_opening_sentences_is_a_character(nlp):
    text = ("Tomasz had the engine in pieces across the bench when his sister came in.\n\n"
            '"You told Mum," Ada said.\n\nTomasz shrugged and reached for a spanner.')
    got = _names(text, nlp)
    assert "Tomasz" in got
    assert 0 in got["Tomasz"] and text.index("Tomasz shrugged") in got["Tomasz"]


def test_a_capitalised_common_word_opening_a_sentence_is_not_a_name(nlp):
    text = ("Rain fell on the harbour all night. Ada watched it from the window.\n\n"
            "Lanterns swung on the quay. The rain did not stop, and the lanterns went out one by one.\n\n"
            '"Come away," said Ada.')
    got = _names(text, nlp)
    assert "Rain" not in got and "Lanterns" not in got
    assert "Ada" in got


def test_a_first_name_the_ner_doubts_and_kin_after_my_are_characters(nlp):
    text = ("Okafor had hired me on the strength of a reference from Gemma. Gemma was our finds "
            "officer, and Gemma kept the trays in order.\n\n"
            "My cousin Farid came along because his mum, my Auntie Samira, thought fresh air would "
            "cure him.\n\n"
            '"Oh my God," said Farid. "Look at that."')
    got = _names(text, nlp)
    assert "Gemma" in got
    assert any("Samira" in n for n in got)
    assert "God" not in got and "My God" not in got
