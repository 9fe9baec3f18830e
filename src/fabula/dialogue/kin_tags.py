"""Possessed kin nouns as speech-tag subjects ("said his sister", "her father asked", "my mum
said"): the relative among the cast, found by what the text says about that family.

:meth:`Attributor.kin_of` first tries the family surname (the one character of the kin word's
gender who shares the possessor's surname). When that finds no single person, :func:`relative`
looks for other evidence, in this order, and answers only when exactly one character fits:

1. the story names the relative beside the same possessor and kin word somewhere in its narration
   ("her sister Nell", "Nell, her sister", "Ben's sister, Nell", "his sister, Nell");
2. a married name spells out the spouse ("her husband" of "Mrs. Oswin Crane" is "Oswin Crane");
3. the narration right after the tag brings on a person of the kin word's gender who has not
   been named for a while ('"...," said his sister. Wenna was nine and ...');
4. of several same-surname relatives, the one the family's plain title names ("Mrs. Crane"
   rather than "Mrs. Oswin Crane" for "her mother").

Otherwise the tag stays unresolved and the later passes decide, as before.
"""

from __future__ import annotations

import bisect

# kin words a tag's subject may be, with the kin "family" each belongs to
KIN_FAMILY = {
    "mother": "mother", "mum": "mother", "mom": "mother", "mummy": "mother", "mommy": "mother",
    "mama": "mother", "mamma": "mother", "ma": "mother",
    "father": "father", "dad": "father", "daddy": "father", "papa": "father", "pa": "father",
    "sister": "sister", "brother": "brother", "son": "son", "daughter": "daughter",
    "husband": "husband", "wife": "wife", "aunt": "aunt", "auntie": "aunt", "uncle": "uncle",
    "niece": "niece", "nephew": "nephew",
    "gran": "grandmother", "granny": "grandmother", "grandma": "grandmother", "grandmother": "grandmother",
    "nan": "grandmother", "nana": "grandmother",
    "grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather", "grandfather": "grandfather",
}
FAMILY_GENDER = {"mother": "she", "father": "he", "sister": "she", "brother": "he", "son": "he", "daughter": "she",
                 "husband": "he", "wife": "she", "aunt": "she", "uncle": "he", "niece": "she", "nephew": "he",
                 "grandmother": "she", "grandfather": "he"}
# words between the possessor and the kin noun that do not change who is meant ("her older sister")
_KIN_ADJ = {"older", "elder", "eldest", "oldest", "younger", "youngest", "little", "big", "baby", "twin", "kid",
            "dear", "poor", "own", "late", "half", "step"}
_PARENT_TITLES = {"mother": {"mrs", "lady"}, "wife": {"mrs", "lady"}, "father": {"mr", "sir"},
                  "husband": {"mr", "sir"}}
INTRO_WINDOW = 1500  # a person named this recently is no newcomer brought on after the tag


def family(lemma: str) -> str | None:
    return KIN_FAMILY.get(lemma.lower())


def relative(at, tok) -> str | None:
    """The character a possessed kin noun ``tok`` stands for, by the evidence of the module doc,
    or None when no single character fits."""
    fam = family(tok.lemma_) or family(tok.lower_)
    if fam is None or tok.pos_ != "NOUN":
        return None
    p = _possessor(tok)
    if p is None:
        return None
    owner = _owner(at, p)
    if owner is None:
        return None
    gender = FAMILY_GENDER.get(fam)

    def fits(cid: str | None) -> bool:
        return cid is not None and cid != owner and (gender is None or at.genders.get(cid) in (gender, "unknown", None))

    for find in (_named_beside, _spouse_by_name, _brought_on_after, _plain_title):
        hits = {c for c in find(at, tok, p, owner, fam) if fits(c)}
        if len(hits) == 1:
            return next(iter(hits))
    return None


def possessor_of(at, tok) -> str | None:
    """Who owns a possessed kin noun ``tok`` ("her" of "said her mother", "Wren" of "Wren's
    son", the narrator of "my mum"), resolved as :func:`relative` resolves it; None when ``tok``
    is no possessed kin noun or the owner is unknown. That owner is never the tag's speaker."""
    fam = family(tok.lemma_) or family(tok.lower_)
    if fam is None or tok.pos_ != "NOUN":
        return None
    p = _possessor(tok)
    return _owner(at, p) if p is not None else None


def _possessor(tok):
    """The possessive determiner or "X's" of a kin noun: the parse's poss child, else the word just
    before it past kin adjectives ("her older sister")."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss:
        return poss[0]
    i = tok.i - 1
    while i >= 0 and tok.doc[i].lower_ in _KIN_ADJ:
        i -= 1
    if i >= 0 and tok.doc[i].lower_ in ("his", "her", "my"):
        return tok.doc[i]
    return None


def _owner(at, p) -> str | None:
    """Who "his"/"her"/"my"/"X's" is, the way the tag's pronoun would be resolved."""
    low = p.lower_
    if low == "my":
        return at.narrator_at(p.idx)
    if low in ("'s", "’s", "'", "’") and p.i > 0:
        p = p.doc[p.i - 1]
    cid = at.index.at((p.idx, p.idx + len(p.text)))
    if cid is None and low in ("his", "her"):
        cid = at.recent_by_gender(p.idx, "he" if low == "his" else "she")
    elif cid is None and p.pos_ == "PROPN":
        cid = at.index.by_name(p.text) or at.name_words().get(p.text)
    if cid is not None and low in ("his", "her") and at.genders.get(cid) != ("he" if low == "his" else "she"):
        return None  # only a possessor whose gender the cast knows and the pronoun agrees with
    return cid


def _name_at(at, t) -> str | None:
    if t.pos_ != "PROPN" or not t.text[:1].isupper():
        return None
    return at.index.at((t.idx, t.idx + len(t.text))) or at.index.by_name(t.text)


def _pairs(at) -> list[tuple[str, str, str]]:
    """(possessor, kin family, relative) for every "her sister Nell" / "Nell, her sister" /
    "Ben's sister, Nell" of the narration, computed once per story."""
    cached = getattr(at, "_kin_pairs", None)
    if cached is not None:
        return cached
    out: list[tuple[str, str, str]] = []
    doc = at.doc
    for t in doc if doc is not None else []:
        fam = family(t.lemma_) or family(t.lower_)
        if fam is None or t.pos_ not in ("NOUN", "PROPN") or at.in_quote(t.idx):
            continue
        i = t.i - 1
        while i >= 0 and doc[i].lower_ in _KIN_ADJ:
            i -= 1
        if i < 0 or doc[i].lower_ not in ("his", "her", "my", "'s", "’s"):
            continue
        p = doc[i]
        first = i - 1 if p.lower_ in ("'s", "’s") else i  # the possessor phrase's first token
        rel = None
        j = t.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j < len(doc) and (doc[j].head.i == t.i or t.head.i == j):
            rel = _name_at(at, doc[j])  # "her sister Nell", "his sister, Nell" (one phrase in the parse)
        if rel is None and first >= 2 and doc[first - 1].text == "," and t.dep_ == "appos" \
                and t.head.i == first - 2:
            rel = _name_at(at, doc[first - 2])  # "Nell, her sister"
        if rel is None:
            continue
        owner = _owner(at, p)
        if owner is not None and owner != rel:
            out.append((owner, fam, rel))
    at._kin_pairs = out
    return out


def _named_beside(at, tok, p, owner, fam):
    return [r for o, f, r in _pairs(at) if o == owner and f == fam]


def _spouse_by_name(at, tok, p, owner, fam):
    """"Mrs. Oswin Crane"'s husband is "Oswin Crane" / "Mr. Oswin Crane", and his wife her."""
    if fam not in ("husband", "wife"):
        return []
    names = _names(at)
    mine = names.get(owner, set())
    out = []
    for cid, forms in names.items():
        if cid == owner:
            continue
        for a in mine:
            for b in forms:
                wife, husband = (a, b) if fam == "husband" else (b, a)
                w = wife.replace(".", "").split()
                h = husband.replace(".", "").split()
                if len(w) >= 3 and w[0].lower() == "mrs" and h[-len(w) + 1:] == w[1:] and len(h) in (len(w) - 1, len(w)):
                    out.append(cid)
    return out


def _names(at) -> dict[str, set[str]]:
    return {c.id: {c.name, *c.aliases} for c in at.analysis.characters}


def _brought_on_after(at, tok, p, owner, fam):
    """'"You're late," said his sister. Wenna was nine and ...': the first narration sentence after
    the tag's own whose subject is a person named there and not in the INTRO_WINDOW before."""
    doc = at.doc
    sent = tok.sent
    nxt = sent.end
    for _ in range(3):
        if nxt >= len(doc):
            return []
        s = doc[nxt].sent
        nxt = s.end
        if at.in_quote(s.start_char) or s.start_char - sent.end_char > 300:
            continue
        subj = [t for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if not subj:
            return []
        cid = _name_at(at, subj[0])
        if cid is None or _named_before(at, cid, tok.idx):
            return []
        return [cid]
    return []


def _named_before(at, cid: str, pos: int) -> bool:
    i = bisect.bisect_left(at.ment_starts, pos) - 1
    while i >= 0 and at.ments[i][0] >= pos - INTRO_WINDOW:
        s, _e, c, kind = at.ments[i]
        if c == cid and kind == "name" and not at.in_quote(s):
            return True
        i -= 1
    return False


def _plain_title(at, tok, p, owner, fam):
    """Of the family's several Mrs. (Mr.) of one surname, the one named by title and surname
    alone: "Mrs. Crane" is the mother, "Mrs. Oswin Crane" a son's wife."""
    titles = _PARENT_TITLES.get(fam)
    surname = at.surnames().get(owner)
    if not titles or not surname:
        return []
    out = []
    for c in at.analysis.characters:
        w = c.name.replace(".", "").split()  # named so, not only once called so ("Nell Crane", alias "Mrs. Crane")
        if len(w) == 2 and w[0].lower() in titles and w[1] == surname:
            out.append(c.id)
    return out
