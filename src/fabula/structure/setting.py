"""Where a scene happens: place names and locative phrases in its narration.

spaCy's GPE/LOC/FAC entities give named places ("Carver Street", "Lyon"). Most scenes name their
place with a common noun instead ("at a booth in a restaurant", "on the bakery floor"), so we also
take prepositional phrases whose object is a place noun, cut before any verb so a participle
clause does not ride along.
"""

from __future__ import annotations

from fabula.model import SettingCue, Span

PLACE_PREPS = {"at", "in", "inside", "outside", "into", "near", "behind", "under", "on", "onto", "beside",
               "across", "through", "within", "from", "toward", "towards", "to", "by", "outside of"}
PLACE_NOUNS = {
    "restaurant", "cafe", "café", "diner", "bar", "pub", "club", "booth", "kitchen", "bedroom", "bathroom",
    "living", "room", "hall", "hallway", "corridor", "office", "studio", "shop", "store", "bakery", "market",
    "station", "platform", "train", "carriage", "bus", "car", "van", "truck", "airport", "plane", "ship",
    "ferry", "boat", "harbour", "harbor", "port", "beach", "sea", "shore", "river", "riverbank", "bank",
    "lake", "canal", "bridge", "street", "road", "lane", "alley", "square", "park", "garden", "yard",
    "orchard", "field", "farm", "barn", "shed", "forest", "wood", "woods", "mountain", "hill", "valley",
    "glacier", "summit", "ridge", "tent", "camp", "house", "home", "flat", "apartment", "cabin", "cottage",
    "porch", "doorstep", "step", "steps", "roof", "attic", "basement", "cellar", "church", "chapel",
    "vestry", "school", "classroom", "college", "university", "library", "hospital", "clinic", "ward",
    "hotel", "lobby", "theatre", "theater", "stage", "wings", "auditorium", "gym", "pool", "court",
    "stadium", "lighthouse", "tower", "castle", "palace", "prison", "cell", "city", "town", "village",
    "country", "island", "desert", "party", "wedding", "funeral", "concert", "rehearsal", "audition",
    "dorm", "locker", "courtyard", "floor", "window", "table", "desk", "bed", "couch", "sofa", "car park",
    "parking", "waiting", "exam", "lab", "laboratory", "factory", "warehouse", "workshop", "gallery",
    "museum", "cemetery", "graveyard", "col", "hut", "cave", "tunnel", "subway", "metro", "mall",
}
MAX_PHRASE_TOKENS = 8
MAX_CUES = 6


def _in(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _acts_like_person(tok) -> bool:
    """A "place" that is the subject of a clause ("Marcus and I stopped"), or owns something, is
    much more often a person the small model mislabelled."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")


def setting_cues(doc, span: Span, quotes: list[Span], people: set[str] = frozenset(),
                 ents: list | None = None) -> list[SettingCue]:
    """Place entities first, then locative phrases, at most a handful, without repeats.
    ``people`` are lower-cased character names: the small model sometimes tags a person as a
    place, and a cast name is never a setting."""
    if doc is None:
        return []
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None:
        return []
    out: list[SettingCue] = []
    seen: set[str] = set()
    # Span.ents scans every entity of the Doc; the stage passes the scene's own entities instead.
    for ent in (ents if ents is not None else sp.ents):
        if ent.label_ in ("GPE", "LOC", "FAC") and not _in(ent.start_char, quotes) and ent.text.lower() not in people \
                and not _acts_like_person(ent.root):
            key = ent.text.lower()
            if key not in seen:
                seen.add(key)
                out.append(SettingCue(text=ent.text, span=(ent.start_char, ent.end_char), kind="entity"))
    for tok in sp:
        if len(out) >= MAX_CUES:
            break
        if tok.dep_ != "prep" or tok.lower_ not in PLACE_PREPS or _in(tok.idx, quotes):
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.lemma_.lower() in PLACE_NOUNS or pobj.ent_type_ in ("GPE", "LOC", "FAC")):
            continue
        end = tok.i
        for t in doc[tok.i + 1: min(len(doc), tok.i + 1 + MAX_PHRASE_TOKENS * 2)]:
            if t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_punct or t.i > pobj.right_edge.i or t.idx >= span[1]:
                break
            end = t.i
        if end - tok.i > MAX_PHRASE_TOKENS or end < pobj.i:
            end = pobj.i
        phrase = doc[tok.i: end + 1]
        key = pobj.lemma_.lower()
        if key in seen or phrase.text.lower() in seen:
            continue
        seen.add(key)
        out.append(SettingCue(text=phrase.text, span=(phrase.start_char, phrase.end_char), kind="phrase"))
    return out[:MAX_CUES]
