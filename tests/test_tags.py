"""Tag suggestions: relationships, additional tags, warnings, the checklist against a work's own
tags, the `fabula tags` command, `fabula eval tags` and the reference story. Stories here are
original text written for the tests; the gold works are in tests/gold/tags/."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fabula import ingest
from fabula.cli import app
from fabula.model import Analysis, Metadata, Tag
from fabula.pipeline import Context
from fabula.tags.compare import compare
from fabula.tags.stage import suggest

GOLD = Path(__file__).resolve().parent / "gold" / "tags"


def _tags(nlp, text: str, kb, metadata: Metadata | None = None):
    """The whole pipeline (cast, dialogue, structure, relations... then tags), as users run it."""
    from fabula.tags.run import analyze_for_tags

    story = ingest.from_text(text)
    if metadata is not None:
        story.metadata = metadata
    an = analyze_for_tags(story, kb=kb)
    return story, an.tags


def _names(tags, ttype):
    return [t.name for t in tags if t.type == ttype and t.kind == "suggested"]


FIRST_PERSON_BREAKUP = """\
Stiles Stilinski's point of view

I still had the jeep keys in my hand when Derek Hale told me it was over. We had been together for two years. "I can't do this anymore," Derek said. "We should break up."

I cried the whole way home. I cried in the shower. Scott McCall came over with pizza and held me while I sobbed, because he was my best friend and that is what friends do. "You'll be okay," Scott said. "I promise. I'm here."

Flashback

Two summers ago, Derek kissed me for the first time behind the station, and I thought my heart would stop. He was my boyfriend after that. I loved him. I loved him so much.

End of flashback

Now there was only the empty room and the tears and the guilt, and Scott hugging me again, my friend, my brother in everything but blood.
"""


def test_first_person_breakup_story(nlp, kb):
    story, tags = _tags(nlp, FIRST_PERSON_BREAKUP, kb)
    assert _names(tags, "fandom") == ["Teen Wolf (TV)"]
    rels = _names(tags, "relationship")
    assert "Derek Hale/Stiles Stilinski" in rels  # the KB's canonical order
    assert "Scott McCall & Stiles Stilinski" in rels  # platonic: "&", never "/"
    assert not any("Derek Hale" in r and "Scott McCall" in r for r in rels)
    pairs = [frozenset(r.replace("/", "|").replace(" & ", "|").split("|")) for r in rels]
    assert len(pairs) == len(set(pairs))  # one tag per pair
    extra = _names(tags, "additional")
    for expected in ("First Person", "Flashbacks", "Break Up", "Angst", "Hurt/Comfort"):
        assert expected in extra, (expected, extra)
    assert "Fluff" not in extra
    chars = _names(tags, "character")
    assert chars[0] == "Stiles Stilinski"  # the narrator, most referred to
    assert set(chars) == {"Stiles Stilinski", "Derek Hale", "Scott McCall"}
    for t in tags:  # every suggestion is explained
        if t.type != "fandom" and t.name != "First Person":
            assert t.evidence and t.evidence[0].spans, t.name
        assert 0.0 <= t.confidence <= 1.0


VIOLENT_DEATH = """\
The fight in the warehouse was bloody. Clint Barton punched the first guard and kicked the knife out of his hand. Blood ran down the wall where the second guard had been shot.

Natasha Romanov stabbed a man in the throat and choked another until he dropped. There was blood on her hands, blood in her hair, bruised knuckles and a broken knife.

Then the gun went off again. Clint Barton died on the concrete floor with his bow still in his hand. Natasha held him and screamed, and his blood soaked her sleeves.

At Clint's funeral Tony Stark did not say a word.
"""


def test_warning_hints_come_with_passages(nlp, kb):
    story, tags = _tags(nlp, VIOLENT_DEATH, kb)
    warn = {t.name: t for t in tags if t.type == "warning"}
    assert set(warn) == {"Graphic Depictions Of Violence", "Major Character Death"}
    death = warn["Major Character Death"]
    assert "Clint Barton" in (death.note or "")
    passages = [story.text[s:e] for s, e in death.evidence[0].spans]
    assert any("died" in p for p in passages)


def test_figurative_death_is_no_warning(nlp, kb):
    text = ("Harry Potter laughed until Ron Weasley said it was killing him. \"This homework will be the "
            "death of me,\" said Hermione Granger. Harry said he was dying to see the match.")
    _, tags = _tags(nlp, text, kb)
    assert not [t for t in tags if t.type == "warning"]


FLUFF = """\
Poe Dameron woke up warm, with Finn curled against his side and the morning sun on the blankets. Finn smiled in his sleep. Poe kissed his forehead and grinned.

They made pancakes, badly, and laughed at the mess. BB-8 beeped happily at the door. Finn kissed the flour off Poe's nose, and Poe blushed, delighted, and kissed him back.

It was a soft, sweet, lazy day, and they were happy, and they cuddled on the sofa until the stars came out.
"""


def test_fluff_and_happy_ending(nlp, kb):
    _, tags = _tags(nlp, FLUFF, kb)
    extra = _names(tags, "additional")
    assert "Fluff" in extra and "Happy Ending" in extra
    assert "Angst" not in extra and "Sad Ending" not in extra
    assert _names(tags, "relationship") == ["Finn/Poe Dameron"]


def test_unknown_fandom_uses_the_texts_names(nlp, kb):
    text = ("Marta Quill kissed Tomasz Brandt at the station. Marta loved him, and Tomasz loved her. "
            "They were married in June, and Marta wore her mother's dress.")
    _, tags = _tags(nlp, text, kb)
    fandom = [t for t in tags if t.type == "fandom"]
    assert fandom[0].name == "unknown" and fandom[0].note
    assert "Original Character(s)" not in _names(tags, "character")


def test_checklist_against_the_works_own_tags(nlp, kb):
    meta = Metadata(fandoms=["Teen Wolf"], characters=["Stiles", "Derek Hale", "Lydia Martin"],
                    relationships=["Stiles Stilinski/Derek Hale", "Jackson Whittemore/Stiles Stilinski"],
                    additional_tags=["Angst", "Coffee Shop AU"])
    story, tags = _tags(nlp, FIRST_PERSON_BREAKUP, kb, meta)
    status = {(t.type, t.name, t.kind): t.status for t in tags}
    assert status[("fandom", "Teen Wolf (TV)", "suggested")] == "matched"  # KB alias of the fandom
    assert status[("character", "Stiles Stilinski", "suggested")] == "matched"  # "Stiles" means him
    assert status[("character", "Scott McCall", "suggested")] == "missing"  # the work lacks it
    assert status[("relationship", "Derek Hale/Stiles Stilinski", "suggested")] == "matched"  # order-blind
    assert status[("character", "Lydia Martin", "given")] == "unsupported"  # never named in the text
    assert status[("relationship", "Jackson Whittemore/Stiles Stilinski", "given")] == "unsupported"
    assert status[("additional", "Angst", "suggested")] == "matched"
    assert status[("additional", "Coffee Shop AU", "given")] == "unchecked"


def test_no_given_tags_no_statuses(kb):
    sugg = [Tag(type="character", name="Derek Hale", confidence=0.9)]
    assert compare(sugg, Metadata(), None, kb, "Derek Hale") == []
    assert sugg[0].status is None


# --- the command line ------------------------------------------------------------------------

runner = CliRunner()


def _ao3(tmp_path: Path, spec_name: str) -> Path:
    from fabula.evaluate.tags import spec_from_yaml
    from fabula.testing.ao3 import write_ao3_html

    return write_ao3_html(spec_from_yaml(GOLD / "dev" / spec_name), tmp_path / "work.html")


def test_cli_tags_json_on_an_ao3_download(tmp_path):
    html = _ao3(tmp_path, "spn_motel.yaml")
    res = runner.invoke(app, ["tags", str(html), "--json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    tags = payload["tags"]
    fandom = [t for t in tags if t["type"] == "fandom" and t["kind"] == "suggested"]
    assert fandom[0]["name"] == "Supernatural" and fandom[0]["status"] == "matched"
    assert any(t["name"] == "Castiel/Dean Winchester" and t["status"] == "matched" for t in tags)
    assert all("source_spans" in e for t in tags for e in t["evidence"])


def test_cli_tags_table(tmp_path):
    html = _ao3(tmp_path, "hp_eighth_year.yaml")
    res = runner.invoke(app, ["tags", str(html)], env={"COLUMNS": "220"})
    assert res.exit_code == 0, res.output
    assert "Draco Malfoy/Harry Potter" in res.output and "Tags" in res.output


def test_cli_errors_are_one_line(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Derek Hale waited for Stiles Stilinski.", encoding="utf-8")
    bad = tmp_path / "kb"
    bad.mkdir()
    (bad / "mine.yaml").write_text("fandom: X\ncharacters: []\n", encoding="utf-8")
    res = runner.invoke(app, ["tags", str(story), "--kb", str(bad)])
    assert res.exit_code == 6
    assert "mine.yaml" in res.output and len(res.output.strip().splitlines()) == 1
    res = runner.invoke(app, ["tags", str(tmp_path / "missing.txt")])
    assert res.exit_code == 3 and len(res.output.strip().splitlines()) == 1
    res = runner.invoke(app, ["tags", str(story), "--kb", str(tmp_path / "no-such-dir")])
    assert res.exit_code == 3


# --- evaluation ------------------------------------------------------------------------------


@pytest.mark.slow
def test_eval_tags_held_out_works_meet_targets():
    """The held-out gold works (never used to tune the rules): the issue's targets, pooled over all
    31 (fresh4_* and fresh5_* are the blind sets of sessions 5 and 6; on each of them alone the
    relationship recall is still below 0.6, see docs/benchmarks.md)."""
    from fabula.evaluate.tags import evaluate_works

    res = evaluate_works(GOLD / "test")
    assert res["works"] >= 31
    assert res["fandom_accuracy"] >= 0.9
    assert res["characters"]["recall"] >= 0.8 and res["characters"]["precision"] >= 0.7
    # measured P 0.776 / R 0.692 on the 31 works at 14:56 UTC 2026-11-26 (docs/benchmarks.md)
    assert res["relationships"]["precision"] >= 0.6 and res["relationships"]["recall"] >= 0.6


def test_eval_tags_cli_on_dev_json():
    res = runner.invoke(app, ["eval", "tags", "--works", str(GOLD / "dev"), "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["works"] == len(list((GOLD / "dev").glob("*.yaml")))
    assert d["unknown_fandom_abstained"] == 1.0  # the original work is not forced into a fandom


# --- the reference story ---------------------------------------------------------------------


@pytest.mark.shared
def test_reference_story(reference_story, kb):
    """A reader expects the fandom, the two relationships the story is about and the cast by
    canonical names. Checked through the KB so no character is named here."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.load(reference_story), kb=kb)
    tags = an.tags
    assert _names(tags, "fandom") == ["Glee"]
    fd = kb.by_name("Glee")
    canon = {c.name for c in fd.characters}
    chars = _names(tags, "character")
    assert len(chars) >= 4 and set(chars) <= canon
    romantic = [t for t in tags if t.type == "relationship" and "/" in t.name]
    assert len(romantic) == 2
    assert all(r.note and "KB canon pairing" in r.note for r in romantic)
    assert any("break up" in (r.note or "") for r in romantic)
    # the narrator is in one pairing, the ex's new partner in the other
    narrator = next(t for t in tags if t.type == "character" and t.note == "narrator")
    assert sum(narrator.name in r.name for r in romantic) == 1
    extra = _names(tags, "additional")
    assert {"First Person", "Flashbacks", "Break Up", "Angst"} <= set(extra)


@pytest.mark.shared
def test_reference_story_without_any_knowledge_base(reference_story):
    """The KB only maps what the text already says onto AO3's canonical spellings: with no KB at
    all the narrator is still found and named from the text, and the break-up pair still comes out
    (the fandom is then "unknown")."""
    from fabula.tags.kb import KnowledgeBase
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.load(reference_story), kb=KnowledgeBase([]))
    assert _names(an.tags, "fandom") == ["unknown"]
    narrator = next(t for t in an.tags if t.type == "character" and t.note == "narrator")
    named = next(n.character for n in an.narrator if n.person == 1 and n.character)
    assert narrator.characters == [named]
    romantic = [t for t in an.tags if t.type == "relationship" and "/" in t.name]
    assert any(narrator.name in r.name and "break up" in (r.note or "") for r in romantic)


@pytest.mark.shared
def test_tags_stage_is_cheap(reference_story, nlp, kb):
    """Budget: 5% of bare spaCy time; asserted loosely here (CI machines are noisy), measured
    properly in docs/benchmarks.md."""
    from fabula import nlp as nlp_mod

    story = ingest.load(reference_story)
    t0 = time.perf_counter()
    doc = nlp_mod.parse(story, nlp)
    parse = time.perf_counter() - t0
    ctx = Context(story=story, doc=doc)
    suggest(ctx, Analysis.for_story(story), kb)  # warm: KB matcher and lexicon load once
    t0 = time.perf_counter()
    suggest(Context(story=story, doc=doc), Analysis.for_story(story), kb)
    assert time.perf_counter() - t0 < 0.25 * parse


def test_full_name_prefers_more_words_then_the_cast_name():
    from fabula.tags.people import _full_name

    assert _full_name("Anna", ["Anna Whitlock", "Annie"]) == "Anna Whitlock"
    assert _full_name("Theo", ["Teddy"]) == "Theo"


def test_first_names_alone_do_not_make_a_fandom():
    """A cast explained by a canon only through a few shared first names, when most of the cast
    is someone else, stays 'unknown'."""
    from fabula.tags.fandom import FandomScore, decide
    from fabula.tags.scan import NameHit

    hits = [NameHit(start=i * 10, end=i * 10 + 4, fandom=0, char=i, alias=f"n{i}", words=1) for i in range(3)]
    weak = FandomScore(fandom=0, score=3.0, characters=3, coverage=0.35, hits=hits)
    assert decide([weak]).fandom is None
    full = [*hits, NameHit(start=50, end=60, fandom=0, char=0, alias="n0 full", words=2)]
    assert decide([FandomScore(fandom=0, score=3.0, characters=3, coverage=0.35, hits=full)]).fandom == 0


PLATONIC_PAIR = """\
Odette Marsh and Juniper Vale had shared a desk since the first day of school. Odette was loud and
Juniper was quiet, and nobody could remember a time when they had not been together.

When Felix Crane laughed at Juniper's drawing, Odette stood up and told him to shut his mouth.
"Leave her alone," Odette said. Felix left her alone.

Juniper cried in the cloakroom afterwards. Odette sat down beside her and put an arm around her
shoulders. "You're my best friend," Odette told her. "Nobody laughs at my best friend."

"Thanks, Odette," Juniper said, and wiped her nose on her sleeve, and the two of them walked home
together, sharing a bag of chips.
"""


def test_platonic_pair_the_story_is_about(nlp, kb):
    """A friendship shown by comfort and by standing up for each other gets an 'A & B' tag; the
    bully they meet once gets none."""
    _, tags = _tags(nlp, PLATONIC_PAIR, kb)
    rels = _names(tags, "relationship")
    assert "Juniper Vale & Odette Marsh" in rels, rels
    assert not any("/" in r for r in rels)
    assert not any("Felix" in r for r in rels)
