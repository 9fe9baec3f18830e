"""A description joined to the named person it stands for ("the old man" is Osric).

Nominal person phrases are grouped into unnamed entities ("n:<k>", :func:`nominals.nominal_entities`)
that compete with characters for pronouns. A reader joins such a description to a named person
when the text says so, and only then:

- *apposition or copula*: "Osric, an old man in a blue coat", "the old man, Osric,", "the old man
  was Osric Thwaite";
- *a name introduced right after the description acts*: "The old man watched her work. / Osric
  Thwaite had kept the ferry since he was a boy." A full name first used as the subject of a
  describing sentence ("had", "was") right after a sentence whose subject is the description;
- the link then holds for the description's later and earlier uses with the same words ("the old
  man"), each within ``CHAIN`` sentences of the last, when no other person is linked to it.

A description is never joined to someone named beside it in one sentence (not apposed) or called by
name in a line the description speaks ('"Tam," the old man said' is not Tam). The joined uses become
``nominal`` mentions of the character, and the pronouns the coreference gave the description become
the character's pronoun mentions when every use of that entity is theirs, so dialogue and relations
see them.
"""

from __future__ import annotations

from collections import Counter

from fabula.cast.nominals import _DEFINITE, NOUN_GENDER
from fabula.model import Evidence, Mention

APPOS_PUNCT = {",", "—", "–", "-", "--", "("}
DEFINITE = {"the"}
CHAIN = 30  # sentences between two uses of one description carried over from a linked use
POINTING = {"latter", "former", "other", "same", "next", "last", "first", "second", "third", "new"}
HEDGES = {"might", "may", "could", "would", "must", "not", "never", "seem"}  # "might be X": no equation
SCENE_LINKS = False  # link descriptions by the scenes they are used in (see _scene_keys)


def description_key(tok) -> str:
    """"the old man" → "old man": the head's lemma with its adjectives, the words a story repeats."""
    adjs = sorted(c.lower_ for c in tok.children if c.dep_ == "amod")
    return " ".join([*adjs, tok.lemma_.lower()])


def _adjectives(tok) -> frozenset[str]:
    return frozenset(c.lower_ for c in tok.children if c.dep_ == "amod")


def _same_person_words(tok, linked: set[frozenset[str]]) -> bool:
    """May this use of an entity's noun be the linked person? Entities group uses by the noun alone;
    "a young man" and "the old man" are two people, "the old man" and "the man" may be one."""
    adjs = _adjectives(tok)
    return not adjs or adjs in linked or not any(linked)


def _definite(tok) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)


def _definite_the(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _run_of(i: int, name_tokens: dict[int, str]) -> tuple[int, int]:
    cid = name_tokens[i]
    lo, hi = i, i + 1
    while lo - 1 in name_tokens and name_tokens[lo - 1] == cid:
        lo -= 1
    while hi in name_tokens and name_tokens[hi] == cid:
        hi += 1
    return lo, hi


def _appos_names(head, name_tokens: dict[int, str], qmap=None) -> set[str]:
    """Characters apposed to, or equated by "be" with, the description headed by ``head``: the name
    and the phrase side by side with one comma or dash between ("Osric, an old man in a blue coat",
    "the old man, Osric,"), or "Osric was the old man"; all in the narration."""
    doc = head.doc
    out: set[str] = set()

    def told(i: int) -> bool:
        return qmap is None or not qmap.inside(doc[i].idx)

    def one_mark(lo: int, hi: int) -> bool:
        return hi - lo == 1 and doc[lo].text in APPOS_PUNCT

    for c in head.children:
        # "the old man, Osric," (a lone name: "her friend, Ann, and Bea" is a list)
        if c.dep_ == "appos" and c.i in name_tokens and told(c.i) \
                and not any(x.dep_ == "conj" for x in c.children) \
                and one_mark(head.i + 1, _run_of(c.i, name_tokens)[0]):
            out.add(name_tokens[c.i])
    h = head.head
    if head.dep_ == "appos" and h.i in name_tokens and told(h.i) and not any(x.dep_ == "conj" for x in h.children) \
            and one_mark(_run_of(h.i, name_tokens)[1], head.left_edge.i):
        out.add(name_tokens[h.i])  # "Osric, an old man in a blue coat"
    hedged = any(c.dep_ in ("aux", "neg") and c.lemma_ in HEDGES for c in h.children)
    if h.lemma_ == "be" and head.dep_ in ("attr", "nsubj") and told(h.i) and not hedged:
        other = "nsubj" if head.dep_ == "attr" else "attr"
        for c in h.children:
            if c.dep_ == other and c.i in name_tokens and told(c.i):
                out.add(name_tokens[c.i])  # "Osric was the old man", "the old man was Osric"
    return out


def _introduced_after(doc, name_tokens: dict[int, str], heads_by_sent: dict[int, list[int]],
                      sent_of: list[int], chars: set[str]) -> list[tuple[int, str]]:
    """(description head, character): a full name first used as the subject of a describing
    sentence right after a sentence whose subject is a description."""
    first: dict[str, int] = {}
    for i, cid in sorted(name_tokens.items()):
        first.setdefault(cid, i)
    out = []
    for cid, f in first.items():
        if cid not in chars or not doc[f].is_sent_start or f == 0:
            continue
        lo, hi = _run_of(f, name_tokens)
        if hi - lo < 2:
            continue  # a full name, introduced: "Osric Thwaite had kept ... (a describing sentence)"
        last = doc[hi - 1]
        describes = last.head.lemma_ in ("be", "have") or any(c.dep_ == "aux" and c.lower_ == "had"
                                                              for c in last.head.children)
        if last.dep_ != "nsubj" or not describes:
            continue
        sent = doc[f].sent
        # a him/her object in the sentence is the one just seen acting: the newcomer is someone else
        if any(t.lower_ in ("her", "him") and t.dep_ in ("dobj", "pobj", "dative", "iobj") for t in sent):
            continue
        # a role said of the newcomer ("was the new nurse") ties it to nobody
        if last.head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in last.head.children):
            continue
        prev = sent_of[f] - 1
        for h in heads_by_sent.get(prev, []):
            if doc[h].dep_ == "nsubj" and _definite_the(doc[h]):
                out.append((h, cid))
    return out


def _core_span(head) -> tuple[int, int]:
    """Token range of a description's words up to its noun ("the old man" of "the old man in the
    blue coat"; "her mother" of "her mother, Helen, who ..."): what it is called, not what is said of it.
    A possessor that is a name stays out ("Paul's girl" is "girl"): it is another person's mention."""
    lo = head.i
    for c in head.children:
        if c.i < head.i and (c.dep_ in ("det", "amod", "compound", "nummod")
                             or c.dep_ == "poss" and c.pos_ == "PRON"):
            lo = min(lo, c.left_edge.i)
    return lo, head.i + 1


def _repeatable(key: str) -> bool:
    """May a description be carried from a linked use to the next ones? Not a word that points
    back ("the latter gentleman", "the other") or that anyone is called by ("the man", "the stranger")."""
    from fabula.dialogue.epithets import NOT_EPITHETS

    words = key.split()
    return not (set(words) & POINTING) and not (len(words) == 1 and words[0] in NOT_EPITHETS)


def _named_in_sentence(doc, h: int, cid: str, name_tokens: dict[int, str]) -> bool:
    sent = doc[h].sent
    return any(name_tokens.get(i) == cid for i in range(sent.start, sent.end))


def _scene_keys(doc, qmap, heads: dict[int, str], name_tokens: dict[int, str],
                genders: dict[str, str]) -> dict[str, str]:
    """Description ("the doctor", "the old gentleman") → the one character named near most of its
    uses in the narration, far more often than that character's share of the text predicts
    (:func:`fabula.dialogue.epithets.scene_epithets`, the statistics the dialogue uses for tags)."""
    from fabula.dialogue import epithets

    uses: dict[str, list[int]] = {}
    for h in heads:
        t = doc[h]
        if not _definite_the(t) or qmap.inside(t.idx) or t.tag_ == "NNS":
            continue
        k = description_key(t)
        if " " not in k and k in epithets.NOT_EPITHETS:
            continue
        uses.setdefault(k, []).append(t.idx)
    named = sorted((doc[i].idx, cid) for i, cid in name_tokens.items()
                   if name_tokens.get(i - 1) != cid and not qmap.inside(doc[i].idx))

    def fits(key: str, cid: str) -> bool:
        g = NOUN_GENDER.get(key.split()[-1])
        return not g or genders.get(cid) in (g, "unknown", None)

    return epithets.scene_epithets(uses, named, len(doc.text), fits)


def join(doc, qmap, scratch, by_id: dict, name_tokens: dict[int, str], genders: dict[str, str],
         sent_of: list[int]) -> dict[str, str]:
    """Join description entities to named characters (see the module doc); adds the mentions to the
    characters and to ``scratch.token_char``. Returns entity id → character id."""
    heads = {h: e for h, e in scratch.nominal_heads.items() if e.startswith("n:") and not e.startswith("n:p")}
    if not heads or not name_tokens:
        return {}
    chars = set(by_id)
    heads_by_sent: dict[int, list[int]] = {}
    for h in heads:
        heads_by_sent.setdefault(sent_of[h], []).append(h)
    votes: dict[str, Counter] = {}
    notes: dict[tuple[str, str], str] = {}

    adjs_of: dict[str, set[frozenset[str]]] = {}  # entity → the adjectives of its linking uses

    voters: set[int] = set()

    def vote(h: int, cid: str, note: str) -> None:
        e = heads[h]
        voters.add(h)
        votes.setdefault(e, Counter())[cid] += 1
        notes.setdefault((e, cid), note)
        adjs_of.setdefault(e, set()).add(_adjectives(doc[h]))

    for h in heads:
        if qmap.inside(doc[h].idx):
            continue  # '"Come, Ned, my dear"': a call, not a description
        for cid in _appos_names(doc[h], name_tokens, qmap):
            if cid in chars:
                vote(h, cid, f"'{doc[h].text}' apposed to or equated with the name")
    for h, cid in _introduced_after(doc, name_tokens, heads_by_sent, sent_of, chars):
        vote(h, cid, f"'{by_id[cid].name}' introduced right after '{doc[h].text}' acts")
    scene = _scene_keys(doc, qmap, heads, name_tokens, genders) if SCENE_LINKS else {}
    if not votes and not scene:
        return {}
    # told apart: named in the description's own sentence, not apposed to it
    apart: set[tuple[str, str]] = set()
    names_by_sent: dict[int, set[int]] = {}
    for i in name_tokens:
        names_by_sent.setdefault(sent_of[i], set()).add(i)
    for h, e in heads.items():
        near = _appos_names(doc[h], name_tokens, qmap)
        for i in names_by_sent.get(sent_of[h], ()):
            if name_tokens[i] not in near:
                apart.add((e, name_tokens[i]))
    links: dict[str, str] = {}
    for e, v in votes.items():
        ranked = v.most_common(2)
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            continue
        cid = ranked[0][0]
        lemma = doc[next(h for h, x in heads.items() if x == e)].lemma_.lower()
        g = NOUN_GENDER.get(lemma)
        if (e, cid) in apart or g and genders.get(cid) not in (g, "unknown", None):
            continue
        links[e] = cid
    if not links and not scene:
        return {}
    # the same description ("the old man") throughout the story, when it is linked to one person only
    by_key: dict[str, set[str]] = {}
    key_of = {h: description_key(doc[h]) for h in heads if _definite_the(doc[h])}
    for h, k in key_of.items():
        if heads[h] in links:
            by_key.setdefault(k, set()).add(links[heads[h]])
    for h in voters:  # "Osric, an old man in a blue coat": then "the old man"
        if heads[h] in links:
            by_key.setdefault(description_key(doc[h]), set()).add(links[heads[h]])
    for k, cid in scene.items():
        by_key.setdefault(k, set()).add(cid)
        notes.setdefault(("key", k), f"'the {k}' is used where they are named")
    owner: dict[int, str] = {}  # description head → character
    for h, e in heads.items():
        cid = links.get(e)
        if cid is not None and (h in voters or _definite_the(doc[h]) and _same_person_words(doc[h], adjs_of[e])
                                and not qmap.inside(doc[h].idx)):
            owner[h] = cid
    for k, cids in by_key.items():
        if len(cids) != 1 or not _repeatable(k):
            continue
        cid = next(iter(cids))
        uses = sorted({h for h, kk in key_of.items() if kk == k and not qmap.inside(doc[h].idx)}
                      | {h for h in voters if h in owner and description_key(doc[h]) == k})
        if k in scene:
            chain = [h for h in uses if not _named_in_sentence(doc, h, cid, name_tokens)]
        else:
            # "the old man" again and again, each use no more than CHAIN sentences after the last
            # one linked (forward and back from the linked uses)
            chain = []
            linked = [h for h in uses if h in owner]
            for order in (uses, uses[::-1]):
                last = None
                for h in order:
                    if h in owner:
                        last = h
                    elif last is not None and abs(sent_of[h] - sent_of[last]) <= CHAIN \
                            and (heads[h], cid) not in apart:
                        chain.append(h)
                        last = h
                    else:
                        last = None
            del linked
        for h in chain:
            if h not in owner:
                e = heads[h]
                owner[h] = cid
                notes.setdefault((e, cid), notes.get(("key", k)) or f"'the {k}' is used of them just before")
    # the joined uses and their pronouns become the character's mentions
    text = doc.text
    seen_notes: set[tuple[str, str]] = set()
    for nm in scratch.nominals:
        e = heads.get(nm.head)
        cid = owner.get(nm.head)
        if cid is None or nm.head in scratch.token_char or doc[nm.head].dep_ in ("attr", "appos"):
            continue  # "Osric was an old friend", "Osric, an old man": said of the name's mention
        a, b = _core_span(doc[nm.head])
        if any(i in name_tokens for i in range(a, b)):
            continue
        ch = by_id[cid]
        s0, s1 = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        ch.mentions.append(Mention(span=(s0, s1), text=text[s0:s1], kind="nominal", confidence=0.7))
        scratch.token_char[nm.head] = (cid, 0.7, "nominal")
        note = notes.get((e, cid))
        if note and (e, cid) not in seen_notes:
            seen_notes.add((e, cid))
            ch.evidence.append(Evidence(note=note, confidence=0.7))
    whole: dict[str, str | None] = {}
    for h, e in heads.items():
        c = owner.get(h)
        whole[e] = c if whole.get(e, c) == c else None
    verbs_of: dict[str, set[int]] = {}
    for h, e in heads.items():
        verbs_of.setdefault(e, set()).add(doc[h].head.i)
    for ti, e in list(scratch.nominal_links.items()):
        cid = whole.get(e)
        if cid is None or ti in scratch.token_char or doc[ti].head.i in verbs_of[e]:
            continue  # "the driver saluted him": the him of the description's own verb is someone else
        t = doc[ti]
        by_id[cid].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text, kind="pronoun",
                                           confidence=0.6))
        scratch.token_char[ti] = (cid, 0.6, "pronoun")
    return links
