"""Cast, session 29: the people of notes and emails. A name heading an email's From or To line is a person,
not a place ("To: Marit Holt" parses as a preposition); a note's salutation ("Rolf — the spare key is in the
shed") and its signature at the end of its own line ("... Home by six. All my love, Wenke x") are a letter's
people.
Texts are our own, with invented names."""

from __future__ import annotations

import fabula
from fabula.cast.names import letter_line


def _at(text: str, name: str, nth: int = 0) -> str:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return letter_line(text, i, i + len(name))


def test_email_header_names():
    text = "From: Marit Holt\nTo: Rolf Berg\nSubject: Friday\n\nRolf, the van comes at nine."
    assert _at(text, "Marit Holt") == "header"
    assert _at(text, "Rolf Berg") == "header"


def test_a_notes_salutation_and_signature():
    text = "Rolf — the spare key is in the shed. Home by six. All my love, Wenke x\n\nWenke — got it. Thanks. Rolf"
    assert _at(text, "Rolf") == "salutation"
    assert _at(text, "Wenke") == "note"
    assert _at(text, "Wenke", 1) == "salutation"
    assert _at(text, "Rolf", 1) == "note"
    quoted = "\"Wenke — I have posted the forms. I am sorry. Rolf.\""
    assert _at(quoted, "Rolf") == "note"
    assert _at("Back after the market. — Tove", "Tove") == "note"


def test_a_line_ending_in_a_name_is_no_signature_without_a_salutation():
    text = "They carried the boxes to the van together. Rolf"
    assert _at(text, "Rolf") == ""
    # a quoted letter's last paragraph, its closing quote mark after the name: as before, no signature
    text = "\"Come home soon.\n\nYour sister, Wenke.\""
    assert _at(text, "Wenke") == ""


def test_a_dash_before_a_name_ending_a_sentence_signs_nothing():
    # (fix, session 29) a sentence of narration ending on a name after a dash, or an epigraph's author
    text = "There was only one person I wanted at the door that night — Mabyn."
    assert _at(text, "Mabyn") == ""
    text = "Every orchard remembers the hands that pruned it. — Hesper Wrenfield\n\nI was nine that spring."
    assert _at(text, "Hesper Wrenfield") == ""


def _narrator_names(text: str) -> list[str]:
    an = fabula.analyze(text=text, only=["cast"])
    names = {c.id: c.name for c in an.characters}
    return [names.get(n.character, "") for n in an.narrator if n.character]


def test_a_note_read_by_the_narrator_does_not_name_the_narrator():
    # (fix, session 29) the note's signer is its writer, not the "I" who reads it
    text = ("I called for Larkin Ulmer after school. His mother had pinned a note to the door for him.\n\n"
            "Larkin — gone to the dentist. Stew on the stove. Love, Mum\n\n"
            "I read it twice before Larkin came up the path. My own mother, Zillah, never wrote notes.")
    assert "Mum" not in _narrator_names(text)
    text = ("When I woke in the ward there was only one person I wanted to see — Mum.\n\n"
            "Mum came at six with my little brother Eskil. Dad was parking the van.\n\n"
            "Eskil climbed onto the bed and showed me his drawing of a whale.")
    assert "Mum" not in _narrator_names(text)
