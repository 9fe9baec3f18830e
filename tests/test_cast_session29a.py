"""Cast, session 29: the people of notes and emails. A name heading an email's From or To line is a person,
not a place ("To: Marit Holt" parses as a preposition); a note's salutation ("Rolf — the spare key is in the
shed") and its signature at the end of its own line ("... Home by six. All my love, Wenke x") are a letter's
people.
Texts are our own, with invented names."""

from __future__ import annotations

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
    assert _at(text, "Wenke") == "signature"
    assert _at(text, "Wenke", 1) == "salutation"
    assert _at(text, "Rolf", 1) == "signature"
    quoted = "\"Wenke — I have posted the forms. I am sorry. Rolf.\""
    assert _at(quoted, "Rolf") == "signature"


def test_a_line_ending_in_a_name_is_no_signature_without_a_salutation():
    text = "They carried the boxes to the van together. Rolf"
    assert _at(text, "Rolf") == ""
    # a quoted letter's last paragraph, its closing quote mark after the name: as before, no signature
    text = "\"Come home soon.\n\nYour sister, Wenke.\""
    assert _at(text, "Wenke") == ""
