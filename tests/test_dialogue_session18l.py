"""Session 18, description tags in novels: "said the girl" is never a character the story calls
"Mrs." and never "Miss"; and a new paragraph's quote tagged by a plain gendered description, right
after the last speaker's own tagged line with no narration between (the line ends its paragraph and the new one opens on the quote), is the other person of that
gender named before, not the last speaker again."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules


def _full(text, nlp):
    """(analysis, attributor, utterances) after the rankers and the turn rules that follow them."""
    from fabula import ingest
    from fabula import nlp as N
    from fabula.dialogue.attribute import attribute_full
    from fabula.dialogue.extract import extract_segments
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    story = ingest.from_text(text)
    doc = N.parse(story, nlp)
    an = run_stages(Context(story=story, doc=doc), Analysis.for_story(story), only=["cast"])
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    at, utts = attribute_full(story, doc, an, segs)
    return an, at, utts

_PARLOUR = (
    "Philippa Cole had come to the tall house on the square that spring as a companion. Mrs. "
    "Hollowbeck Thale had kept its front parlour for forty winters. The old lady sat by the grate with "
    "her cards, and the girl sat at the window and watched the carts go by. Mr. Amos Pike, the "
    "lodger, read his paper by the door.\n\n"
)


def _speakers(text, nlp, rules_only=False):
    an, at, utts = (dialogue_rules if rules_only else _full)(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return {at.text[u.start:u.end].strip("\"' ,")[:14]: names.get(u.speaker) for u in utts}


def test_the_girl_is_not_the_married_woman_named_last(nlp):
    text = _PARLOUR + (
        "The cards were dealt slowly by Mrs. Thale.\n\n"
        '"I never could remember which queen goes where," said the girl, laughing.\n\n'
    )
    assert _speakers(text, nlp, rules_only=True)["I never could "] == "Philippa Cole"


def test_a_description_after_the_last_speakers_tagged_line_is_the_other_one(nlp):
    text = _PARLOUR + (
        '"The red queen, Mr. Pike," said Philippa, tapping the table, "goes on the black king."\n\n'
        '"Not in my house, child," said the old lady.\n\n'
    )
    assert _speakers(text, nlp)["Not in my hous"] == "Mrs. Hollowbeck Thale"


def test_a_continuing_description_keeps_the_speaker(nlp):
    text = _PARLOUR + (
        '"The red queen, Mr. Pike," said Philippa, tapping the table, "goes on the black king."\n\n'
        '"And the knave after it," the girl went on.\n\n'
    )
    assert _speakers(text, nlp)["And the knave "] == "Philippa Cole"
