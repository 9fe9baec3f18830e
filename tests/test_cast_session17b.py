"""Session 17 (fan fiction): cast fixes for the people a fan-fiction story's lines go to."""

from __future__ import annotations

from collections import Counter

from fabula.cast import names


def _occ(role: str, label: str, in_quote: bool = False, sent_initial: bool = True,
         pron_after: bool = False) -> names.Occurrence:
    return names.Occurrence(start=0, end=5, tok_start=0, tok_end=1, text="Tobrin", title=None, words=("Tobrin",),
                            sent_initial=sent_initial, in_quote=in_quote, ner_person=False,
                            ner_other=bool(label), ent_label=label, role=role, pron_after=pron_after)


def test_narrated_speaker_beats_a_group_label():
    # 'Tobrin says, "Hold it steady."' in the narration: the NER calls the name a nationality every time,
    # but the subject of a speech verb the story never writes in lower case is a person
    occs = [_occ("other", "NORP"), _occ("other", "NORP", in_quote=True, sent_initial=False),
            _occ("speech_subj", "NORP"), _occ("subj", "NORP", pron_after=True)]
    cands = names.score_candidates(occs, Counter())
    assert cands[("", "Tobrin")].accepted


def test_group_label_without_a_narrated_speaker_still_rejected():
    occs = [_occ("other", "NORP"), _occ("other", "NORP", in_quote=True, sent_initial=False),
            _occ("speech_subj", "NORP", in_quote=True), _occ("subj", "NORP", pron_after=True)]
    cands = names.score_candidates(occs, Counter())
    assert not cands[("", "Tobrin")].accepted


def test_ao3_header_is_metadata_not_text():
    from fabula.ingest.plain import read_markdown, read_plain

    src = ("Rating: Mature Audiences\nRelationship: Wenna Hale/Brannoch Teague\nAdditional Tags: Slow Burn, Fluff\n\n"
           '"Fetch the rope," Brannoch says.\n')
    story = read_plain(src)
    assert story.metadata.rating == "Mature Audiences"
    assert story.metadata.relationships == ["Wenna Hale/Brannoch Teague"]
    assert story.metadata.additional_tags == ["Slow Burn", "Fluff"]
    assert "Audiences" not in story.text and "Slow Burn" not in story.text
    assert any("header" in w for w in story.warnings)  # it does not vanish silently
    a = story.text.index("Brannoch")
    s0, _s1 = story.source_span((a, a + 8))
    assert src[s0:s0 + 8] == "Brannoch"  # offsets still point into the source

    md = read_markdown("# Kiln\n\n**Rating:** General Audiences | **Words:** ~300\n\n---\n\nThe kiln ticks.\n")
    assert md.metadata.rating == "General Audiences" and "Audiences" not in md.text


def test_a_story_opening_with_a_colon_is_text():
    from fabula.ingest.plain import read_plain

    story = read_plain("Notes: the first thing Wenna wrote down.\n\nShe put the pen away.\n")
    assert story.text.startswith("Notes:") and not story.warnings
