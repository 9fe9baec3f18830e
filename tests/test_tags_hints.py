"""Romance shown rather than named, canon bonds kept together, and self-naming narrators (issue 8,
relationship recall). Unit tests build the evidence by hand; the story tests run the whole
pipeline on original text written for these tests."""

from __future__ import annotations

from fabula import ingest
from fabula.tags.people import Person, QuoteRegions, self_named
from fabula.tags.relationships import (
    PairEvidence,
    _cue_weights,
    canon_companions,
    central_pair,
    decide_relationships,
)
from fabula.tags.tokens import token_table


def _person(key: str, name: str, refs: int, kb_index: int | None = None) -> Person:
    spans = [(10 * i, 10 * i + 3) for i in range(refs)]
    return Person(key, name, kb_index, {key}, spans, spans[: max(1, refs // 2)])


def _kb_people(fandom, *names: str) -> list[Person]:
    return [_person(chr(ord("a") + i), n, 12, fandom.resolve(n)) for i, n in enumerate(names)]


def _cues(nlp, sentence: str) -> dict[str, float]:
    tt = token_table(nlp(sentence), sentence)
    lo, hi = tt.sents[0]
    return _cue_weights(tt, lo, hi)


def test_hint_words_are_read_and_objects_are_not_touches(nlp):
    assert _cues(nlp, "Their fingers touched on the mug and stayed there.").get("hint", 0) > 0
    assert _cues(nlp, "He stayed the night at her flat.").get("hint", 0) > 0
    assert _cues(nlp, "She held his gaze a second longer than she needed to.").get("hint", 0) > 0
    # a hand on a bell, or something lasting longer than an hour, is no hint
    assert not _cues(nlp, "His fingers brushed the bell and it rang.").get("hint")
    assert not _cues(nlp, "The meeting went on longer than an hour.").get("hint")
    # longing is the part a parent does not give: "could not stop looking", not "stopped and looked"
    assert _cues(nlp, "She could not stop looking at him.").get("longing", 0) > 0
    assert not _cues(nlp, "At the gate she stopped and looked up at him.").get("longing")
    assert not _cues(nlp, "She took his hand at the crossing.").get("longing")
    # a handshake, or a face red with fury, is no hint at all
    assert not _cues(nlp, "Harry took his hand and shook it once.").get("hint")
    assert not _cues(nlp, "His face went red with fury.").get("hint")
    # "would love to" is a wish, not love
    assert not _cues(nlp, "He would love to see Potter try.").get("romance")
    assert _cues(nlp, "She had loved him since the academy.").get("romance", 0) > 0


def test_hints_make_a_canon_couple_but_not_a_stranger_pair(kb):
    spn = kb.by_name("Supernatural")
    sam, jess = _kb_people(spn, "Sam Winchester", "Jessica Moore")
    pe = PairEvidence(sam.key, jess.key, cooccur=2, hint=1.2)
    rels = decide_relationships({(sam.key, jess.key): pe}, [sam, jess], spn, words=300)
    assert [(r.name, r.kind) for r in rels] == [("Jessica Moore/Sam Winchester", "romantic")]
    # the same hints between two people the KB does not ship are not enough on their own
    a, b = _person("a", "Mara Quist", 12), _person("b", "Jonah Reyes", 12)
    pe = PairEvidence("a", "b", cooccur=1, hint=1.2)
    rels = decide_relationships({("a", "b"): pe}, [a, b], None, words=300)
    assert not any(r.kind == "romantic" for r in rels)


def test_touches_alone_do_not_make_a_pair_the_kb_knows_as_friends_too(kb):
    """Harry and Hermione are a canon friendship and a canon pairing: a held hand in a tent is the
    friendship's as much as the pairing's, a blush or a night spent is not."""
    hp = kb.by_name("Harry Potter - J. K. Rowling")
    harry, hermione = _kb_people(hp, "Harry Potter", "Hermione Granger")
    touched = PairEvidence(harry.key, hermione.key, cooccur=3, hint=1.6)
    rels = decide_relationships({(harry.key, hermione.key): touched}, [harry, hermione], hp, words=300)
    assert not any(r.kind == "romantic" for r in rels)
    longed = PairEvidence(harry.key, hermione.key, cooccur=3, hint=1.6, longing=1.2)
    rels = decide_relationships({(harry.key, hermione.key): longed}, [harry, hermione], hp, words=300)
    assert [r.kind for r in rels] == ["romantic"]


FLAGON = """Samwise Gamgee knelt beside Frodo Baggins on the black rock and took his hand. "Come on,
Mr. Frodo," Sam said. "I can't carry it for you, but I can carry you."

Frodo leaned his head on Sam's shoulder and closed his eyes. Sam held him there a second longer than he
needed to, and then lifted him, and began to climb.

Frodo woke hours later with his hand still in Sam's, hand in hand on the mountainside, and Sam was
singing an old Shire song under his breath.
"""


def test_a_gen_hurt_comfort_scene_of_a_pair_shipped_and_befriended_stays_platonic(nlp, kb):
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(FLAGON), kb=kb)
    rels = [t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"]
    assert not any("/" in r for r in rels), rels


def test_hints_never_make_family_a_couple(kb):
    tw = kb.by_name("Teen Wolf (TV)")
    scott, melissa = _kb_people(tw, "Scott McCall", "Melissa McCall")
    pe = PairEvidence(scott.key, melissa.key, cooccur=4, hint=1.5, family=1.0, relation_types=["family"])
    rels = decide_relationships({(scott.key, melissa.key): pe}, [scott, melissa], tw, words=300)
    assert not any(r.kind == "romantic" for r in rels)


def test_a_kb_only_couple_kept_together_needs_only_a_little_romance(kb):
    tw = kb.by_name("Teen Wolf (TV)")
    noah, melissa = _kb_people(tw, "Noah Stilinski", "Melissa McCall")
    few = PairEvidence(noah.key, melissa.key, cooccur=1, romance=0.5, romance_direct=0.5)
    assert decide_relationships({(noah.key, melissa.key): few}, [noah, melissa], tw, words=300) == []
    kept = PairEvidence(noah.key, melissa.key, cooccur=4, romance=0.5, romance_direct=0.5)
    rels = decide_relationships({(noah.key, melissa.key): kept}, [noah, melissa], tw, words=300)
    assert [r.kind for r in rels] == ["romantic"]


def test_central_pair_with_romance_shown_is_a_couple():
    a, b = _person("a", "Noor Haddad", 16), _person("b", "Tomasz Wilk", 12)
    by_key = {"a": a, "b": b}
    shown = PairEvidence("a", "b", cooccur=4, talk=4.0, hint=0.5, longing=0.5)
    tag = central_pair({("a", "b"): shown}, by_key, None, set(), 1.0)
    assert tag is not None and tag.kind == "romantic" and tag.name == "Noor Haddad/Tomasz Wilk"
    assert tag.confidence <= 0.6
    # friendship shown more than romance, or one of them already paired: friends
    cared = PairEvidence("a", "b", cooccur=4, talk=4.0, hint=0.5, longing=0.5, care=1.0)
    assert central_pair({("a", "b"): cared}, by_key, None, set(), 1.0).kind == "platonic"
    # touches without longing (a held hand, a head on a shoulder) are a parent's or a coach's too
    touched = PairEvidence("a", "b", cooccur=4, talk=4.0, hint=1.5)
    assert central_pair({("a", "b"): touched}, by_key, None, set(), 1.0).kind == "platonic"
    tag = central_pair({("a", "b"): shown}, by_key, None, set(), 1.0, frozenset({"a"}))
    assert tag is not None and tag.kind == "platonic"


def test_a_canon_friendship_kept_together_is_tagged_but_not_a_shipped_one(kb):
    lotr = kb.by_name("The Lord of the Rings - J. R. R. Tolkien")
    eowyn, eomer = _kb_people(lotr, "Éowyn", "Éomer")
    by_key = {p.key: p for p in (eowyn, eomer)}
    pe = PairEvidence(eowyn.key, eomer.key, cooccur=3, talk=1.0)
    tags = canon_companions({(eowyn.key, eomer.key): pe}, by_key, lotr, set(), 1.0)
    assert [t.name for t in tags] == ["Éomer & Éowyn"]
    once = PairEvidence(eowyn.key, eomer.key, cooccur=1, talk=1.0)
    assert canon_companions({(eowyn.key, eomer.key): once}, by_key, lotr, set(), 1.0) == []
    # Frodo and Sam are a canon friendship AND a canon pairing: the romance rules decide
    frodo, sam = _kb_people(lotr, "Frodo Baggins", "Samwise Gamgee")
    pe = PairEvidence(frodo.key, sam.key, cooccur=5, talk=4.0)
    assert canon_companions({(frodo.key, sam.key): pe}, {frodo.key: frodo, sam.key: sam}, lotr, set(), 1.0) == []


def test_the_narration_names_its_narrator():
    text = 'My name is Wren Calloway and I hate boats. "I\'m Tobias," he said.'
    story = ingest.from_text(text)
    s = story.text
    wren = Person("w", "Wren Calloway", None, {"w"}, [], [(s.index("Wren"), s.index("Wren") + 13)])
    tobias = Person("t", "Tobias", None, {"t"}, [], [(s.index("Tobias"), s.index("Tobias") + 6)])
    from fabula.model import Analysis

    quotes = QuoteRegions(story, Analysis.for_story(story))
    assert self_named(s, [wren, tobias], quotes) is wren
    assert self_named(s, [tobias], quotes) is None  # "I'm Tobias" is inside a quote: the speaker


NIGHT_SHIFT = """Ada Marsh ran the night desk at the county paper, and Felix Oduya ran the presses in the
basement, and at two every morning he came up the stairs with the first copy still warm.

He always brought two coffees. He always gave her the one with sugar. Neither of them mentioned it.

One night the new sub-editor, Clara Voss, sat on the edge of Felix's desk and laughed at everything
he said. Ada read the same headline four times.

"You all right?" Felix asked when Clara had gone home.

"Fine," Ada said. "She's nice. You should take her for a drink."

Felix put the sugared coffee down on top of her page. "I don't want to take her anywhere."

Ada looked at the coffee, and then at him. His ears had gone red. She could not stop looking at him.

At five the presses stopped. Felix waited for Ada at the side door with the first copy under his
arm. She took his hand in the car park, and he held on, and their fingers stayed laced together
all the way to the bus stop.
"""


def test_a_slow_burn_with_no_romance_words_is_a_couple(nlp, kb):
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(NIGHT_SHIFT), kb=kb)
    rels = {t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"}
    assert "Ada Marsh/Felix Oduya" in rels, rels
    assert "Ada Marsh & Felix Oduya" not in rels
    assert not any("Clara" in r and "/" in r and "Felix" in r for r in rels), rels


SCHOOL_RUN = """Marcus Hale walked Ellie to school every morning, rain or shine. At the big crossing on Mill
Road she took his hand without looking, the way she had since she was four, and Marcus held on until
they reached the far side.

"Dad, can I have a sleepover on Friday?" Ellie asked.

"We'll see," said Marcus.

At the gate she stopped and looked up at him for a long moment. "You'll pick me up?"

"I always pick you up, Ellie."

She hugged his waist and ran in. Marcus stood at the railings a second longer than he needed to,
watching her red coat disappear, and then he went to work.

In the evening Ellie sat in his lap on the sofa while he read her the chapter about the dragon, and
she fell asleep with her head on his shoulder before the end.
"""


def test_a_parent_holding_a_childs_hand_is_no_couple(nlp, kb):
    """Held hands, a long look, a lap and a head on a shoulder are what parents and children do
    too: without longing (a blush, a night spent...) the central pair stays platonic."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(SCHOOL_RUN), kb=kb)
    rels = [t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"]
    assert not any("/" in r for r in rels), rels


def test_dev_works_relationship_scores_do_not_regress():
    """All dev works (tuned on): measured P 0.921 / R 0.760 on 105 works at 09:46 UTC 2026-11-26
    (docs/benchmarks.md). A regression guard a little below that, not a target; upstream stages
    change these numbers by a pair or two."""
    from pathlib import Path

    from fabula.evaluate.tags import evaluate_works

    res = evaluate_works(Path(__file__).parent / "gold" / "tags" / "dev")
    assert res["works"] >= 105
    assert res["relationships"]["precision"] >= 0.85 and res["relationships"]["recall"] >= 0.70


def test_the_central_pair_outranks_a_friendship_resting_only_on_shared_scenes():
    """With the platonic cap full, the story's central pair replaces the weakest tag that passed
    only on scenes shared, not a friendship the text names."""
    names = ["Ada Kell", "Bo Ruiz", "Cy Tran", "Di Moss", "Ed Pike", "Flo Yates"]
    people = [_person(chr(ord("a") + i), n, 20) for i, n in enumerate(names)]
    pairs = {
        ("a", "b"): PairEvidence("a", "b", cooccur=3, platonic=3.0),  # named friends
        ("c", "d"): PairEvidence("c", "d", cooccur=3, platonic=3.0),
        ("a", "e"): PairEvidence("a", "e", cooccur=3, talk=2.0, care=0.9),  # scenes + one gesture
        ("e", "f"): PairEvidence("e", "f", cooccur=6, talk=8.0),  # the pair the story is about
    }
    rels = decide_relationships(pairs, people, None, words=300, max_platonic=3)
    got = {r.people for r in rels}
    assert ("e", "f") in got and ("a", "b") in got and ("c", "d") in got
    assert ("a", "e") not in got
    # with room left, the scenes-only friendship stays
    rels = decide_relationships(pairs, people, None, words=300, max_platonic=4)
    assert ("a", "e") in {r.people for r in rels}


def test_a_reader_insert_is_tagged_so():
    """A second-person story told to "you" gets AO3's "Second Person" and "Reader-Insert" tags; a
    third-person story gets neither, nor a "Reader" character."""
    from fabula import analyze

    text = ("You push open the door of the bakery. Tomas is already there, waving at you from the corner.\n\n"
            '"Over here!" he calls.\n\nYou slide into the chair across from him. "Sorry I\'m late."\n\n'
            '"You\'re always late," Tomas says. You laugh, and you steal his coffee.')
    names = {(t.type, t.name) for t in analyze(text=text).tags}
    assert {("additional", "Second Person"), ("additional", "Reader-Insert")} <= names
    plain = {(t.type, t.name) for t in analyze(text=text.replace("You ", "Ada ").replace("you", "Ada")).tags}
    assert ("additional", "Reader-Insert") not in plain and ("character", "Reader") not in plain
