"""Session 8 dialogue rules: a rank used alone as a tag's subject, and the tag's description
carried to the speaker ranker."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules
from fabula import analyze


def speakers(text: str) -> list[tuple[str, str | None]]:
    a = analyze(text=text, only=["cast", "dialogue"])
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def test_rank_alone_names_its_holder(nlp):
    text = (
        "Colonel Ashdown and Hester Lyle walked along the sea wall in the rain.\n\n"
        "Hester stopped by the railings. Behind them Tom Pike carried the hamper and grumbled.\n\n"
        '"The tide is turning," observed the Colonel, and he held out his arm to her.\n\n'
        "She took it without a word."
    )
    got = dict(speakers(text))
    assert got["The tide is turning,"] and got["The tide is turning,"].startswith("Colonel")


def test_rank_alone_prefers_the_holder_named_last(nlp):
    text = (
        "Captain Rowe had left the harbour at dawn. By noon Captain Imber and Nell Sayer were "
        "alone on the quay, counting the crates.\n\n"
        "Nell wrote the numbers in her book and frowned at them.\n\n"
        '"Forty short," said the Captain. "Somebody has been at them."\n\n'
        "Nell closed the book."
    )
    got = dict(speakers(text))
    quote = next(k for k in got if k.startswith("Forty short"))
    assert got[quote] and "Imber" in got[quote]


def _rules(text: str, nlp):
    return dialogue_rules(text, nlp)


def test_a_description_tag_carries_what_the_story_meant_by_it_recently(nlp):
    from fabula.dialogue.ranker import FeatureBuilder

    text = (
        "Dr. Orla Finch came up the stairs at midnight. Bram Kettle held the lamp for her.\n\n"
        "Orla knelt by the bed. The doctor opened her bag and said nothing for a while.\n\n"
        "Bram set the lamp on the chair and waited by the door.\n\n"
        '"He will live," said the doctor.'
    )
    an, at, utts = _rules(text, nlp)
    fb = FeatureBuilder(at, utts)
    q = next(u for u in utts if u.tag_noun)
    assert q.tag_noun[0] == "doctor"
    ids = {c.name: c.id for c in an.characters}
    finch = next(cid for name, cid in ids.items() if "Finch" in name)
    bram = next(cid for name, cid in ids.items() if "Bram" in name)
    same_f, prev_f, _ = fb.epithet_features(q, finch)
    same_b, prev_b, _ = fb.epithet_features(q, bram)
    assert prev_f > prev_b  # "Orla knelt by the bed. The doctor opened her bag"
    untagged = next(u for u in utts if not u.tag_noun) if len(utts) > 1 else None
    assert untagged is None or fb.epithet_features(untagged, finch) == (0.0, 0.0, 0.0)


def test_the_first_person_narrator_is_mentioned_by_i(nlp):
    from fabula.dialogue.ranker import narrator_mentions

    text = (
        "I waited on the platform with Tamsin Hale for an hour. My hands were numb.\n\n"
        '"It is late," Tamsin said.\n\n'
        '"It is always late," I said.'
    )
    an, at, utts = _rules(text, nlp)
    narr = next(n.character for n in an.narrator if n.person == 1)
    got = narrator_mentions(at)
    assert got and all(cid == narr for _, _, cid in got)
    words = {at.text[s:e] for s, e, _ in got}
    assert words <= {"I", "My", "me", "my"} and "My" in words
    assert all(not at.in_quote(s) for s, _, _ in got)  # the "I" inside a quote is not counted
