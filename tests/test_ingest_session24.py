"""Session 24: an AO3-style header pasted above a .txt story may open with its title and author lines."""

from fabula.ingest.plain import read_plain


def test_header_opening_with_title_and_author_is_metadata() -> None:
    src = ("Title: Salt and Rope\nAuthor: quillfinch\nRating: Teen And Up Audiences\n"
           "Characters: Wenna Hale, Piet Moor\n\n* * *\n\n\"Haul,\" Wenna said.\n")
    story = read_plain(src)
    md = story.metadata
    assert md.title == "Salt and Rope" and md.authors == ["quillfinch"]
    assert md.characters == ["Wenna Hale", "Piet Moor"]
    assert "Title:" not in story.text and "Teen And Up" not in story.text
    assert story.text.lstrip().startswith("* * *")


def test_a_title_line_without_header_fields_stays_story_text() -> None:
    story = read_plain("Title: the word on the spine had worn away.\n\nShe shelved it anyway.\n")
    assert story.text.startswith("Title:") and story.metadata.title is None
