"""The fandom knowledge base: shipped files, user files, validation errors, name scanning,
fandom detection and the KB alias merge. Stories here are original text written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from fabula import ingest
from fabula.errors import InputNotFound, MalformedInput
from fabula.model import Analysis, Character, Mention, Quote, Relationship
from fabula.pipeline import Context
from fabula.tags.fandom import cast_units, decide, score_fandoms
from fabula.tags.kb import load_kb, merge_aliases, norm
from fabula.tags.scan import AliasMatcher, fold_text
from fabula.tags.stage import suggest
from fabula.tags.tokens import token_table


def _parse(nlp, text: str):
    from fabula import nlp as nlp_mod

    story = ingest.from_text(text)
    return story, nlp_mod.parse(story, nlp)


def test_shipped_kb_is_large_and_consistent(kb):
    assert len(kb.fandoms) >= 10
    for fd in kb.fandoms:
        assert len(fd.characters) >= 20, fd.name
        names = [norm(c.name) for c in fd.characters]
        assert len(names) == len(set(names)), f"duplicate canonical names in {fd.name}"
        for rel, idx in fd.relationships:
            assert len(idx) == len(rel.names), f"{fd.name}: {rel.tag} names an unknown character"
            assert ("/" in rel.tag) == (rel.kind == "romantic")
        # an alias the KB lists for two characters would make the scan guess
        assert all(len(v) == 1 for v in fd.alias_to_chars.values()), fd.name


def _write(d: Path, name: str, text: str) -> Path:
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


GOOD_USER_KB = """\
fandom: The Saltmarsh Chronicles
aliases: [Saltmarsh]
characters:
  - {name: Oriel Vantassel, aliases: [Oriel, Vantassel], gender: she}
  - {name: Brannoch Teague, aliases: [Brannoch, Teague], nicknames: [Bran], gender: he}
  - {name: Ysolde Marrick, gender: she}
relationships:
  - {tag: Brannoch Teague/Oriel Vantassel, kind: romantic}
"""


def test_user_kb_adds_a_fandom_and_derives_first_and_last_names(tmp_path):
    _write(tmp_path, "saltmarsh.yaml", GOOD_USER_KB)
    kb = load_kb(tmp_path)
    fd = kb.by_name("saltmarsh")
    assert fd is not None and fd.name == "The Saltmarsh Chronicles"
    assert fd.resolve("Bran") == fd.resolve("Brannoch Teague") == 1
    # only the canonical name is listed: first and last names are derived
    assert fd.resolve("Ysolde") == fd.resolve("Marrick") == 2
    assert len(kb.fandoms) == len(load_kb().fandoms) + 1


@pytest.mark.parametrize("text, fragment", [
    ("fandom: X\ncharacters: [\n", "not valid YAML"),
    ("- just a list\n", "must be a mapping"),
    ("fandom: X\n", "characters"),
    ("fandom: X\ncharacters:\n  - {name: A B, gender: it}\n", "gender"),
    ("fandom: X\ncharacters:\n  - {name: Ann Lee}\nrelationships:\n  - {tag: Ann Lee/Bo Chen}\n",
     "Bo Chen"),
    ("fandom: X\ncharacters:\n  - {name: Ann Lee}\n  - {name: Bo Chen}\nrelationships:\n"
     "  - {tag: Ann Lee & Bo Chen/Cy Dunn}\n", "never mixes"),
    ("fandom: X\ncharacters:\n  - {name: Ann Lee, colour: red}\n", "colour"),
])
def test_broken_user_kb_is_one_line_naming_the_file(tmp_path, text, fragment):
    p = _write(tmp_path, "broken.yaml", text)
    with pytest.raises(MalformedInput) as ei:
        load_kb(tmp_path)
    msg = ei.value.message
    assert str(p) in msg and fragment in msg and "\n" not in msg


def test_missing_or_empty_kb_dir(tmp_path):
    with pytest.raises(InputNotFound):
        load_kb(tmp_path / "nope")
    with pytest.raises(InputNotFound):
        load_kb(tmp_path)  # exists, but holds no yaml


def test_fold_text_keeps_offsets():
    text = "Éowyn met Padmé — and İzmir"
    folded = fold_text(text)
    assert len(folded) == len(text)
    assert folded.startswith("eowyn met padme")


def test_scan_is_case_aware_longest_first_and_accent_blind(nlp, kb):
    text = ("Sam Winchester laughed. Will you hand me that? Dean did. "
            "Later Éowyn and Eowyn were both there, and I will go.")
    story, doc = _parse(nlp, text)
    m = AliasMatcher(kb)
    hits = m.scan(token_table(doc, story.text), story.text)
    spn = kb.fandoms.index(kb.by_name("Supernatural"))
    lotr = kb.fandoms.index(kb.by_name("Lord of the Rings"))
    spn_hits = [(story.text[h.start:h.end], h.words) for h in hits if h.fandom == spn]
    assert ("Sam Winchester", 2) in spn_hits  # not "Sam" alone
    assert not any(story.text[h.start:h.end].lower() == "will" for h in hits)  # sentence-initial verb, lowercase verb
    assert sum(1 for h in hits if h.fandom == lotr and "owyn" in story.text[h.start:h.end]) == 2


def _decision(nlp, kb, text):
    story, doc = _parse(nlp, text)
    m = AliasMatcher(kb)
    hits = m.scan(token_table(doc, story.text), story.text)
    d = decide(score_fandoms(kb, m, hits, cast_units(Analysis.for_story(story), doc)))
    return kb.fandoms[d.fandom].name if d.fandom is not None else None, d


def test_fandom_detection_needs_evidence_and_a_margin(nlp, kb):
    name, d = _decision(nlp, kb, (
        "Stiles Stilinski ran into the clinic. Derek Hale was already there, bleeding. "
        "\"Scott is on his way,\" Stiles said. Derek glared at him. Lydia Martin called twice."))
    assert name == "Teen Wolf (TV)" and d.confidence > 0.5
    # shared first names only: several fandoms have a Sam and a John, so no guess
    name, d = _decision(nlp, kb, "Sam waved. John waved back. Sam went home and John stayed.")
    assert name is None
    # an ordinary story whose people are not in any fandom
    name, d = _decision(nlp, kb, (
        "Marta Quill sold bread in Lisbon. Her brother Tomasz Quill fixed radios. "
        "Marta and Tomasz argued every Sunday about the price of flour."))
    assert name is None and d.reason


def test_merge_aliases_joins_first_and_last_name_never_invents(kb):
    fd = kb.by_name("Supernatural")
    story = ingest.from_text("Bobby poured a drink. Later Singer swore at the radio. Dean laughed. Marla left.")
    an = Analysis.for_story(story)
    t = story.text

    def m(word):
        i = t.index(word)
        return Mention(span=(i, i + len(word)), text=word)

    an.characters = [
        Character(id="c1", name="Bobby", mentions=[m("Bobby")]),
        Character(id="c2", name="Singer", mentions=[m("Singer")]),
        Character(id="c3", name="Dean", mentions=[m("Dean")]),
        Character(id="c4", name="Marla", mentions=[m("Marla")]),
    ]
    an.quotes = [Quote(id="q1", spans=[(0, 5)], text="x", speaker="c2", addressees=["c3", "c2"])]
    an.relationships = [Relationship(id="r1", source="c2", target="c3", type="friends"),
                        Relationship(id="r2", source="c1", target="c3", type="friends")]
    mapping = merge_aliases(an, fd)
    ids = [c.id for c in an.characters]
    assert ids == ["c1", "c3", "c4"]  # merged into the first; nobody added
    bobby = an.character("c1")
    assert bobby.name == "Bobby Singer" and {"Bobby", "Singer"} <= set(bobby.aliases)
    assert len(bobby.mentions) == 2 and any("merged" in (e.note or "") for e in bobby.evidence)
    assert an.character("c3").name == "Dean Winchester"
    assert an.character("c4").name == "Marla"  # not in the KB: untouched
    assert an.quotes[0].speaker == "c1" and an.quotes[0].addressees == ["c3", "c1"]
    assert len(an.relationships) == 1 and an.relationships[0].source == "c1"
    assert mapping == {"c1": fd.resolve("Bobby Singer"), "c3": fd.resolve("Dean")}


def test_user_kb_drives_suggestions(nlp, tmp_path):
    _write(tmp_path, "saltmarsh.yaml", GOOD_USER_KB)
    kb = load_kb(tmp_path)
    text = ("Oriel Vantassel kept the lamp at the harbour. Brannoch Teague came every evening. "
            "Oriel kissed Brannoch on the quay, and Bran said he loved her. "
            "Ysolde watched them and smiled. Oriel and Brannoch were married in spring.")
    story, doc = _parse(nlp, text)
    tags = suggest(Context(story=story, doc=doc), Analysis.for_story(story), kb)
    by_type = {}
    for t in tags:
        by_type.setdefault(t.type, []).append(t.name)
    assert by_type["fandom"] == ["The Saltmarsh Chronicles"]
    assert set(by_type["character"]) == {"Oriel Vantassel", "Brannoch Teague", "Ysolde Marrick"}
    assert by_type["relationship"] == ["Brannoch Teague/Oriel Vantassel"]
