"""Session 28 review fixes (dialogue): the reviewer's probes against this session's new rules, with
sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _speakers(text: str, nlp) -> list[tuple[str, str | None]]:
    a = analyze(text=text, nlp=nlp, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return [(q.text.strip('"'), names.get(q.speaker, q.speaker)) for q in a.quotes]


def _speaker_of(text: str, start: str, nlp) -> str | None:
    return next(s for t, s in _speakers(text, nlp) if t.startswith(start))


# 1. the owner of an utterance noun ending the lead-in speaks only when the quote is that noun's words

ANSWERED = ("Ada and Tom sat in the kitchen. \"Where are you off to?\" asked Tom.\n\n"
            "Ada put down her cup and answered Tom's question: \"Out to the shops.\"\n\n"
            "\"Fine.\"\n")


def test_an_answered_question_is_not_the_answerers_line(nlp):
    assert _speaker_of(ANSWERED, "Out to the shops", nlp) == "Ada"
    assert _speaker_of(ANSWERED, "Fine", nlp) == "Tom"


IGNORED = ("Ada and Tom sat in the kitchen. \"Where are you off to?\" asked Tom.\n\n"
           "Ada shrugged and ignored Tom's question. \"I'm going out.\"\n")


def test_an_ignored_question_does_not_make_its_owner_speak(nlp):
    assert _speaker_of(IGNORED, "I'm going out", nlp) != "Tom"


# 2. "It was" + a name after a walk-on's line

GATE = ("Tom and Bea walked up the lane to the farm.\n\n"
        "\"Evening,\" said a tall man by the gate. It was Tom's dog that barked at him.\n")


def test_a_possessive_after_it_was_is_not_the_walk_on(nlp):
    assert _speaker_of(GATE, "Evening", nlp) == "the tall man"


GATE_CLEFT = ("Tom and Bea walked up the lane to the farm.\n\n"
              "\"Evening,\" said a tall man by the gate. It was Bea who answered him.\n")


def test_a_cleft_subject_after_it_was_is_not_the_walk_on(nlp):
    assert _speaker_of(GATE_CLEFT, "Evening", nlp) == "the tall man"


GATE_SHE = ("Tom and Bea walked up the lane to the farm.\n\n"
            "\"Evening,\" said a tall man by the gate. It was Bea, coming back from the well.\n")


def test_a_woman_named_after_a_man_walk_on_is_not_him(nlp):
    assert _speaker_of(GATE_SHE, "Evening", nlp) == "the tall man"


def test_the_walk_on_pattern_still_reads_a_name_that_ends_the_clause():
    from fabula.dialogue.attribute import _IT_IS_NAME

    assert _IT_IS_NAME.match(" It's Mr. Quennell, who waves.").group(1) == "Mr. Quennell"
    assert _IT_IS_NAME.match(" It was Hal.").group(1) == "Hal"
    assert _IT_IS_NAME.match(" It was Tom's dog that barked.") is None
    assert _IT_IS_NAME.match(" It was Bea who answered him.") is None


# 3. a sing verb in the last sentence before a bare quote

LISTENED = ("Tom and Mary sat by the fire. Mary had a guitar. Tom listened to Mary sing.\n\n"
            "\"That was lovely.\"\n")


def test_who_hears_another_sing_is_not_the_singer(nlp):
    assert _speaker_of(LISTENED, "That was lovely", nlp) != "Mary"


HATED = ("Tom and Mary sat by the fire. Mary had a guitar. Tom hated it when Mary sang.\n\n"
         "\"Please stop.\"\n")


def test_a_song_in_a_when_clause_is_not_the_next_line(nlp):
    assert _speaker_of(HATED, "Please stop", nlp) != "Mary"


def test_only_a_main_clause_song_counts(nlp):
    from fabula.dialogue.attribute import _sung_in_main_clause

    def sing(text):
        return next(t for t in nlp(text) if t.lemma_ in ("sing", "chant"))

    assert _sung_in_main_clause(sing("Mary sat down and began to sing."))
    assert _sung_in_main_clause(sing("Mary sang."))
    assert not _sung_in_main_clause(sing("Tom listened to Mary sing."))
    assert not _sung_in_main_clause(sing("Tom hated it when Mary sang."))
    assert not _sung_in_main_clause(sing("Mary did not sing."))


# 4. one side of a phone call through back-to-back bare lines

WORKSHOP = ("\"Pass the oil,\" said Idris.\n\n"
            "\"Here,\" said Wenna.\n\n"
            "The phone on the bench rang. Wenna wiped her hands and picked up.\n\n"
            "\"Workshop. Yes, it's ready.\"\n\n"
            "\"Thursday? No, today.\"\n\n"
            "\"Who was that?\"\n")


def test_the_call_ends_after_two_bare_lines_in_a_row(nlp):
    from dialogue_helpers import dialogue_rules
    from fabula.dialogue.attribute import CALL_GOES_ON

    assert _speaker_of(WORKSHOP, "Workshop", nlp) == "Wenna"
    assert _speaker_of(WORKSHOP, "Thursday", nlp) == "Wenna"
    _an, at, utts = dialogue_rules(WORKSHOP, nlp)
    notes = {at.text[u.start:u.end]: u.notes for u in utts}
    assert CALL_GOES_ON in notes["Thursday? No, today."]
    assert CALL_GOES_ON not in notes["Who was that?"]


def test_a_song_in_a_clause_of_its_own_still_counts(nlp):
    from fabula.dialogue.attribute import _sung_in_main_clause

    # the parser hangs the "so" clause on the other verb (parataxis); it has its own subject
    doc = nlp("Piet has run out of stories, so he sings, half under his breath, a song from the ferry:")
    sings = next(t for t in doc if t.text == "sings")
    assert sings.dep_ != "ROOT"
    assert _sung_in_main_clause(sings)
