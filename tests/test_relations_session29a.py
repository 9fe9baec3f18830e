"""Relations, session 29 (stories told through documents and messages): a note's salutation and signature
name its reader and its writer for that note only ("Tomas — ... All my love, Mum"); an email's From and To lines
do so for its body, which ends at its signature or its first paragraph; a caller who names herself by her
tie ("it's Gran", "it's me, your sister") or claims one ("I'm telling you this as your boss"); "the fellow I'm
seeing". Texts are our own, with invented names."""

from __future__ import annotations

from test_relations import build, states

NOTES = ("The notes went under the magnet on the fridge.\n\n"
         "Tomas — the soup is in the fridge. Home by six. All my love, Mum\n\n"
         "Mum — got it. What's Ivo like? T.\n\n"
         "T — Ivo is the fellow I'm seeing these days. He sings in the choir. Mum x\n\n"
         "Tomas — I left the ladder in the yard. My sister Wenna will fetch it on Sunday. Ivo")


def test_a_notes_signature_and_salutation_name_its_writer_and_reader(nlp):
    a, ids = build(NOTES, nlp, {"Tomas": "he", "Mum": "she", "Ivo": "he", "Wenna": "she"})
    parent = [s for r in a.relationships if {r.source, r.target} == {ids["Mum"], ids["Tomas"]} for s in r.states]
    assert [(s.state, s.holder) for s in parent] == [("parent", ids["Mum"])], parent
    assert "dating" in states(a, ids["Mum"], ids["Ivo"])
    # each note has its own writer: the last note's "my sister" is Ivo's, not Mum's
    assert "sibling" in states(a, ids["Ivo"], ids["Wenna"])
    assert not states(a, ids["Mum"], ids["Wenna"])
    # a signature is no vocative: "Mum" closing a note to Tomas is no one else's mother
    assert not states(a, ids["Ivo"], ids["Mum"]) or "parent" not in states(a, ids["Ivo"], ids["Mum"])


def test_a_line_that_only_ends_in_a_name_is_no_note(nlp):
    text = ("Tomas mended the gate while the rain held off. Mum\n\n"
            "Ivo is the fellow I'm seeing these days, said nobody.")
    a, ids = build(text, nlp, {"Tomas": "he", "Mum": "she", "Ivo": "he"})
    assert "parent" not in states(a, ids["Mum"], ids["Tomas"])


EMAILS = ("From: Marit Holt\nTo: Rolf Berg\nSubject: Friday\n\n"
          "Rolf, my brother Kasimir will bring the van at nine. Marit\n\n"
          "I printed it out and pinned it above the kettle. My sister Liesl laughed at me from the doorway.")


def test_an_emails_from_line_is_its_writer_and_its_body_ends_at_the_signature(nlp):
    a, ids = build(EMAILS, nlp, {"Greta": "she", "Marit Holt": "she", "Rolf Berg": "he", "Kasimir": "he",
                                 "Liesl": "she"}, narrator="Greta")
    assert "sibling" in states(a, ids["Marit Holt"], ids["Kasimir"])
    assert not states(a, ids["Greta"], ids["Kasimir"])
    # the narration after the email is the narrator's again
    assert "sibling" in states(a, ids["Greta"], ids["Liesl"])
    assert not states(a, ids["Marit Holt"], ids["Liesl"])


def test_a_caller_who_names_herself_by_her_tie(nlp):
    text = ("He pressed play.\n\n"
            "\"Pet, it's Gran here. The nurses moved my bed to the window. Ring me back.\"")
    a, ids = build(text, nlp, {"Tomas": "he", "Gran": "she"},
                   quotes=[("Pet, it's Gran here. The nurses moved my bed to the window. Ring me back.",
                            "Gran", "Tomas")])
    got = [s for r in a.relationships if {r.source, r.target} == {ids["Gran"], ids["Tomas"]} for s in r.states]
    assert [(s.state, s.holder) for s in got] == [("grandparent", ids["Gran"])], got


def test_its_grans_birthday_names_no_caller(nlp):
    text = "\"Tomas, it's Gran's birthday on Friday, and the cake is not made.\""
    a, ids = build(text, nlp, {"Tomas": "he", "Gran": "she", "Ivo": "he"},
                   quotes=[("Tomas, it's Gran's birthday on Friday, and the cake is not made.", "Ivo", "Tomas")])
    assert "grandparent" not in states(a, ids["Gran"], ids["Tomas"])


def test_the_man_i_have_been_seeing(nlp):
    text = "Ivo is the fellow I'm seeing these days. He mends clocks."
    a, ids = build(text, nlp, {"Hanne": "she", "Ivo": "he"}, narrator="Hanne")
    assert "dating" in states(a, ids["Hanne"], ids["Ivo"])
    text = "Ivo is the man I saw at the fair. He mends clocks."
    a, ids = build(text, nlp, {"Hanne": "she", "Ivo": "he"}, narrator="Hanne")
    assert "dating" not in states(a, ids["Hanne"], ids["Ivo"])


def test_its_me_your_sister(nlp):
    text = "The phone went at six.\n\n\"Pell, it's me, your sister. Ring me back.\""
    a, ids = build(text, nlp, {"Pell": "he", "Orla": "she"},
                   quotes=[("Pell, it's me, your sister. Ring me back.", "Orla", "Pell")])
    assert "sibling" in states(a, ids["Pell"], ids["Orla"])
    text = "\"That child by the bins is not a stranger. It's your cousin, Pell.\""
    a, ids = build(text, nlp, {"Pell": "he", "Orla": "she"},
                   quotes=[("That child by the bins is not a stranger. It's your cousin, Pell.", "Orla", "Pell")])
    assert "cousin" not in states(a, ids["Pell"], ids["Orla"])


def test_a_tie_claimed_with_as_your(nlp):
    q = "Marit, I'm telling you this as your boss: take Friday off."
    a, ids = build('"' + q + '"', nlp, {"Marit": "she", "Brann": "he"}, quotes=[(q, "Brann", "Marit")])
    got = [s for r in a.relationships if {r.source, r.target} == {ids["Marit"], ids["Brann"]} for s in r.states]
    assert [(s.state, s.holder) for s in got] == [("boss", ids["Brann"])], got
    q = "Marit, take Friday off, as your boss would say."
    a, ids = build('"' + q + '"', nlp, {"Marit": "she", "Brann": "he"}, quotes=[(q, "Brann", "Marit")])
    assert not states(a, ids["Marit"], ids["Brann"])


def test_a_line_whose_speaker_names_himself(nlp):
    text = ("I stood up at the front and read it out.\n\n"
            "\"I'm his younger brother, Rolf. Our mother Hedda taught us both to swim in the canal.\"\n\n"
            "Anselm, his foreman, nodded in the third row.")
    q = "I'm his younger brother, Rolf. Our mother Hedda taught us both to swim in the canal."
    a, ids = build(text, nlp, {"Rolf": "he", "Hedda": "she", "Anselm": "he"}, narrator="Rolf",
                   quotes=[(q, "Anselm", None)])
    assert "parent" in states(a, ids["Hedda"], ids["Rolf"])
    assert "parent" not in states(a, ids["Hedda"], ids["Anselm"])
